package util

import (
	"github.com/dop251/goja"
	"github.com/gonode/gonode/runtime"
)

// invalidArgType builds node's ERR_INVALID_ARG_TYPE TypeError:
// `The "name" argument must be <expected>. Received ...`.
func invalidArgType(vm *goja.Runtime, name, expected string, actual goja.Value) *goja.Object {
	msg := `The "` + name + `" argument must be ` + expected + ". Received " + describeReceived(vm, actual)
	return nodeError(vm, vm.NewTypeError(msg), "ERR_INVALID_ARG_TYPE")
}

// nodeError gives err node's code property and "Name [CODE]: message" stack
// line.
func nodeError(vm *goja.Runtime, err *goja.Object, code string) *goja.Object {
	_ = err.DefineDataProperty("code", vm.ToValue(code), goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_TRUE)
	stack := err.Get("stack").String()
	name := err.Get("name").String()
	if len(stack) >= len(name) && stack[:len(name)] == name {
		stack = name + " [" + code + "]" + stack[len(name):]
	}
	_ = err.DefineDataProperty("stack", vm.ToValue(stack), goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_FALSE)
	return err
}

// describeReceived is node's determineSpecificType.
func describeReceived(vm *goja.Runtime, v goja.Value) string {
	if v == nil || goja.IsUndefined(v) {
		return "undefined"
	}
	if goja.IsNull(v) {
		return "null"
	}
	if o, ok := v.(*goja.Object); ok {
		if goja.IsCallable(o) {
			if n := o.Get("name"); n != nil && n.String() != "" {
				return "function " + n.String()
			}
		}
		if ctor, ok := o.Get("constructor").(*goja.Object); ok {
			if n := ctor.Get("name"); n != nil && n.ToBoolean() {
				return "an instance of " + n.String()
			}
		}
		opts := DefaultInspectOptions()
		opts.Depth = -1
		return Inspect(vm, o, opts)
	}
	opts := DefaultInspectOptions()
	inspected := Inspect(vm, v, opts)
	if s := goJSString(inspected); s.len() > 28 {
		inspected = s.slice(0, 25).String() + "..."
	}
	return "type " + typeOf(v) + " (" + inspected + ")"
}

// typeOf is JS typeof for primitives.
func typeOf(v goja.Value) string {
	switch {
	case goja.IsString(v):
		return "string"
	case goja.IsNumber(v):
		return "number"
	case goja.IsBigInt(v):
		return "bigint"
	case goja.IsUndefined(v):
		return "undefined"
	}
	switch v.(type) {
	case *goja.Symbol:
		return "symbol"
	case *goja.Object:
		if goja.IsCallable(v) {
			return "function"
		}
		return "object"
	}
	if runtime.IsBoolean(v) {
		return "boolean"
	}
	return "object"
}
