// Package nativefunc makes Go functions into JavaScript ones without goja
// reading the binary's function tables for each.
//
// goja's ToValue names every Go function it wraps by runtime.FuncForPC,
// which reads that function's entries in the binary's function tables,
// mapping pages of them into the process for each distinct function: a
// forked child's start-up alone made about a hundred. New makes them with
// goja's NewNativeFunction instead, which takes the name from the caller.
package nativefunc

import "github.com/dop251/goja"

// New makes fn an anonymous JavaScript function (named "", length 0), as
// vm.ToValue(fn) does but for the name: the functions of native bindings,
// which programs do not see by name. Named reports the name and length
// that programs see.
func New(vm *goja.Runtime, fn func(goja.FunctionCall) goja.Value) *goja.Object {
	return vm.NewNativeFunction("", 0, fn)
}

// Named makes fn a JavaScript function with the name and length of one
// declared with them.
func Named(vm *goja.Runtime, name string, length int, fn func(goja.FunctionCall) goja.Value) *goja.Object {
	return vm.NewNativeFunction(name, length, fn)
}

// SetAll defines each of fns on o, made by New: the methods of a native
// binding object.
func SetAll(vm *goja.Runtime, o *goja.Object, fns map[string]func(goja.FunctionCall) goja.Value) error {
	for name, fn := range fns {
		if err := o.Set(name, Named(vm, name, 0, fn)); err != nil {
			return err
		}
	}
	return nil
}
