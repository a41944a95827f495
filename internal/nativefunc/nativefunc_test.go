package nativefunc

import (
	"reflect"
	"testing"

	"github.com/dop251/goja"
)

// TestNew checks that functions made by New and Named call their own Go
// function with the call's this and arguments, and have the name and
// length given (New's: anonymous, length 0).
func TestNew(t *testing.T) {
	vm := goja.New()
	add := New(vm, func(c goja.FunctionCall) goja.Value {
		return vm.ToValue(c.Argument(0).ToInteger() + c.Argument(1).ToInteger())
	})
	self := Named(vm, "self", 2, func(c goja.FunctionCall) goja.Value { return c.This })
	_ = vm.Set("add", add)
	_ = vm.Set("self", self)
	v, err := vm.RunString(`[add(2, 3), self.call('x'), add.name, add.length, self.name, self.length,
		Object.getOwnPropertyNames(self).join(), JSON.stringify(Object.getOwnPropertyDescriptor(self, 'name'))]`)
	if err != nil {
		t.Fatal(err)
	}
	want := []any{int64(5), "x", "", int64(0), "self", int64(2), "length,name",
		`{"value":"self","writable":false,"enumerable":false,"configurable":true}`}
	if got := v.Export(); !reflect.DeepEqual(got, want) {
		t.Fatalf("got %#v, want %#v", got, want)
	}
}

// TestSetAll checks that SetAll defines every function on the object,
// named by its key.
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
	v, err := vm.RunString(`o.one() + o.two() * 10 + ' ' + o.one.name`)
	if err != nil || v.String() != "21 one" {
		t.Fatalf("got %v, %v; want 21 one", v, err)
	}
}
