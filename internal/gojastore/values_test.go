package gojastore

import (
	"strconv"
	"strings"
	"testing"

	"github.com/dop251/goja"
	"github.com/dop251/goja/unistring"
)

// valueNames are the names FuzzValues stores: short and long, the empty
// name, names differing only in the middle (which nameHash does not read),
// and enough of them to take the storage past its small size several times.
var valueNames = func() []unistring.String {
	names := []unistring.String{"", "a", "ab", "abc", "_events", "_eventsCount", "_maxListeners", unistring.NewFromString("ü")}
	for i := 0; i < 40; i++ {
		names = append(names, unistring.String("f"+strconv.Itoa(i)))
		names = append(names, unistring.String("prefix"+strings.Repeat("x", i%7)+strconv.Itoa(i)+"suffix"))
		names = append(names, unistring.String("aaaaaaaa"+strconv.Itoa(i)+"zzzzzzzz"))
	}
	return names
}()

// FuzzValues checks goja.PropValues against a Go map through a sequence of
// operations that each byte pair of the input picks: set, add, delete,
// grow; after each one every name is looked up, with and without a hint.
func FuzzValues(f *testing.F) {
	f.Add([]byte{0, 1, 0, 2, 0, 3, 2, 1})
	grow := make([]byte, 0, 400)
	for i := 0; i < 100; i++ {
		grow = append(grow, 1, byte(i))
	}
	for i := 0; i < 100; i += 3 {
		grow = append(grow, 2, byte(i))
	}
	f.Add(grow)
	vm := goja.New()
	f.Fuzz(func(t *testing.T, ops []byte) {
		var p Values
		model := map[unistring.String]goja.Value{}
		for i := 0; i+1 < len(ops); i += 2 {
			name := valueNames[int(ops[i+1])%len(valueNames)]
			v := vm.ToValue(i)
			switch ops[i] % 4 {
			case 0:
				p.Set(name, nil)
				p.Set(name, v)
				model[name] = v
			case 1:
				if _, ok := model[name]; !ok {
					p.Add(name, v)
					model[name] = v
				}
			case 2:
				p.Delete(name)
				delete(model, name)
			case 3:
				p.Grow(int(ops[i+1]) % 40)
			}
			if p.Len() != len(model) {
				t.Fatalf("op %d: Len %d, want %d", i/2, p.Len(), len(model))
			}
			for j, n := range valueNames {
				want, stored := model[n]
				slot := p.Slot(n, -1)
				if (slot >= 0) != stored || stored && p.At(slot) != want {
					t.Fatalf("op %d: Slot(%q) = %d, stored %v", i/2, n, slot, stored)
				}
				if hinted := p.Slot(n, j%(p.Len()+1)); hinted != slot {
					t.Fatalf("op %d: Slot(%q) with a hint = %d, without %d", i/2, n, hinted, slot)
				}
			}
		}
	})
}
