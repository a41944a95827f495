package jsclass

import "github.com/dop251/goja"

// Func1 makes fn a JavaScript function of one argument. Unlike
// vm.ToValue(fn), the call goes through no reflection.
func Func1(vm *goja.Runtime, fn func(goja.Value)) goja.Value {
	return vm.ToValue(func(call goja.FunctionCall) goja.Value {
		fn(call.Argument(0))
		return goja.Undefined()
	})
}
