package console_test

import (
	"context"
	"io"
	"strconv"
	"testing"

	"github.com/gonode/gonode/runtime"
)

func benchConsole(b *testing.B, stmt string) {
	rt, err := runtime.New(runtime.Options{Stdout: io.Discard, Stderr: io.Discard})
	if err != nil {
		b.Fatal(err)
	}
	src := "const v = { a: 1, b: 'x', c: [1, 2, 3], d: { e: null } };\nfor (let i = 0; i < " + strconv.Itoa(b.N) + "; i++) " + stmt
	b.ReportAllocs()
	b.ResetTimer()
	if _, err := rt.RunSource(context.Background(), "bench.js", src); err != nil {
		b.Fatal(err)
	}
}

// BenchmarkConsoleLogString is console.log('line', i).
func BenchmarkConsoleLogString(b *testing.B) { benchConsole(b, "console.log('line', i);") }

// BenchmarkConsoleLogObject is console.log of a small object.
func BenchmarkConsoleLogObject(b *testing.B) { benchConsole(b, "console.log(v);") }

// BenchmarkUtilInspectFromJS is util.inspect of a small object called from JS.
func BenchmarkUtilInspectFromJS(b *testing.B) {
	benchConsole(b, "require('util').inspect(v);")
}
