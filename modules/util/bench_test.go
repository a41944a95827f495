package util_test

import (
	"testing"

	"github.com/dop251/goja"
	"github.com/gonode/gonode/modules/util"
)

func benchInspect(b *testing.B, src string) {
	vm := goja.New()
	v, err := vm.RunString(src)
	if err != nil {
		b.Fatal(err)
	}
	opts := util.DefaultInspectOptions()
	util.Inspect(vm, v, opts)
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		util.Inspect(vm, v, opts)
	}
}

// BenchmarkInspectTypical is node's ~4.3µs util.inspect of a small object.
func BenchmarkInspectTypical(b *testing.B) {
	benchInspect(b, `({ a: 1, b: 'x', c: [1, 2, 3], d: { e: null } })`)
}

func BenchmarkInspectNumberArray(b *testing.B) {
	benchInspect(b, `Array.from({ length: 100 }, (_, i) => i * 3)`)
}

func BenchmarkInspectClassInstances(b *testing.B) {
	benchInspect(b, `class P { constructor(i) { this.id = i; this.name = 'n' + i; this.tags = ['a', 'b']; } }
		Array.from({ length: 10 }, (_, i) => new P(i))`)
}

func BenchmarkFormat(b *testing.B) {
	vm := goja.New()
	v, err := vm.RunString(`['%s: %d items', 'list', 3, { ok: true }]`)
	if err != nil {
		b.Fatal(err)
	}
	var args []goja.Value
	if err := vm.ExportTo(v, &args); err != nil {
		b.Fatal(err)
	}
	util.Format(vm, args)
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		util.Format(vm, args)
	}
}
