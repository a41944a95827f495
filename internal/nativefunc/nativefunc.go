// Package nativefunc makes Go functions into JavaScript ones without goja
// reading the binary's function tables for each.
//
// goja names every Go function it wraps by runtime.FuncForPC, which reads
// that function's entries in the binary's function tables, mapping pages of
// them into the process for each distinct function: a forked child's
// start-up alone made about a hundred. gonode names its functions itself
// (runtime.SetFunctionName), so New hands goja the same Go closure around
// each function instead, whose entries are read once.
package nativefunc

import "github.com/dop251/goja"

// New makes fn a JavaScript function, as vm.ToValue(fn) does. Like any Go
// function goja wraps, it is named after its Go function, here wrap's, until
// the caller names it (renaming costs about as much as making it, so New
// leaves that to callers whose functions a program sees by name).
func New(vm *goja.Runtime, fn func(goja.FunctionCall) goja.Value) *goja.Object {
	return vm.ToValue(wrap(fn)).(*goja.Object)
}

// wrap wraps fn in the one closure New gives goja. Inlined, each call site
// would have a closure of its own.
//
//go:noinline
func wrap(fn func(goja.FunctionCall) goja.Value) func(goja.FunctionCall) goja.Value {
	return func(c goja.FunctionCall) goja.Value { return fn(c) }
}

// SetAll defines each of fns on o, made by New: the methods of a native
// binding object.
func SetAll(vm *goja.Runtime, o *goja.Object, fns map[string]func(goja.FunctionCall) goja.Value) error {
	for name, fn := range fns {
		if err := o.Set(name, New(vm, fn)); err != nil {
			return err
		}
	}
	return nil
}
