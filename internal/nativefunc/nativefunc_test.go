package nativefunc

import (
	"reflect"
	"testing"

	"github.com/dop251/goja"
)

// TestNew checks that functions made by New call their own Go function with
// the call's this and arguments, and that goja sees one Go function for all.
func TestNew(t *testing.T) {
	vm := goja.New()
	add := New(vm, func(c goja.FunctionCall) goja.Value {
		return vm.ToValue(c.Argument(0).ToInteger() + c.Argument(1).ToInteger())
	})
	self := New(vm, func(c goja.FunctionCall) goja.Value { return c.This })
	_ = vm.Set("add", add)
	_ = vm.Set("self", self)
	v, err := vm.RunString(`[add(2, 3), self.call('x')]`)
	if err != nil {
		t.Fatal(err)
	}
	if got := v.Export(); !reflect.DeepEqual(got, []any{int64(5), "x"}) {
		t.Fatalf("got %#v, want [5 x]", got)
	}
	a, b := wrap(nil), wrap(func(goja.FunctionCall) goja.Value { return nil })
	if reflect.ValueOf(a).Pointer() != reflect.ValueOf(b).Pointer() {
		t.Fatal("wrapped functions have different code")
	}
}

// TestSetAll checks that SetAll defines every function on the object.
func TestSetAll(t *testing.T) {
	vm := goja.New()
	o := vm.NewObject()
	err := SetAll(vm, o, map[string]func(goja.FunctionCall) goja.Value{
		"one": func(goja.FunctionCall) goja.Value { return vm.ToValue(1) },
		"two": func(goja.FunctionCall) goja.Value { return vm.ToValue(2) },
	})
	if err != nil {
		t.Fatal(err)
	}
	_ = vm.Set("o", o)
	v, err := vm.RunString(`o.one() + o.two() * 10`)
	if err != nil || v.ToInteger() != 21 {
		t.Fatalf("got %v, %v; want 21", v, err)
	}
}
