// Package asynchooks provides node's 'async_hooks' core module as far as
// AsyncLocalStorage and AsyncResource go: stores that follow the async
// execution context through promises, await, process.nextTick, timers,
// immediates and the callbacks of fs, dns and crypto (see
// runtime.AsyncContext). The low-level hooks (createHook, executionAsyncId,
// triggerAsyncId, executionAsyncResource) are not provided.
package asynchooks

import (
	_ "embed"

	"github.com/dop251/goja"
	"github.com/gonode/gonode/runtime"
)

// Modules are async_hooks and its binding; modules/all registers them.
var Modules = runtime.ModuleSet{
	Core: []runtime.Module{
		{Name: "internal/async_context", Load: loadBinding},
		{Name: "async_hooks", Source: &source},
	},
}

//go:embed async_hooks.js
var source string

// loadBinding exports the context operations async_hooks.js builds on, and
// turns on the carrying of contexts: nothing is captured before a program
// requires async_hooks.
func loadBinding(rt *runtime.Runtime, module *goja.Object) error {
	vm := rt.VM()
	rt.TrackAsyncContexts()
	storage := func(v goja.Value) *goja.Object {
		o, ok := v.(*goja.Object)
		if !ok {
			panic(vm.NewTypeError("not an AsyncLocalStorage"))
		}
		return o
	}
	// call runs fn with this and the arguments of c from the index first.
	call := func(c goja.FunctionCall, fnIndex int) goja.Value {
		f, ok := goja.AssertFunction(c.Argument(fnIndex))
		if !ok {
			panic(rt.NewNodeError("TypeError", "ERR_INVALID_ARG_TYPE", `The "fn" argument must be of type function`))
		}
		v, err := f(c.Argument(fnIndex+1), c.Arguments[min(fnIndex+2, len(c.Arguments)):]...)
		if err != nil {
			rt.Rethrow(err)
		}
		return v
	}
	exports := vm.NewObject()
	set := func(name string, length int, fn func(goja.FunctionCall) goja.Value) {
		_ = exports.Set(name, runtime.NewFunction(vm, name, length, fn))
	}
	// getStore(storage): its store in the current context.
	set("getStore", 1, func(c goja.FunctionCall) goja.Value {
		if v, ok := rt.AsyncContext().Lookup(storage(c.Argument(0))); ok {
			return v
		}
		return goja.Undefined()
	})
	// run(storage, store, fn, thisArg, ...args): fn in a context where
	// storage holds store.
	set("run", 4, func(c goja.FunctionCall) goja.Value {
		ctx := rt.AsyncContext().With(storage(c.Argument(0)), c.Argument(1))
		return rt.RunInContext(ctx, func() goja.Value { return call(c, 2) })
	})
	// exit(storage, fn, thisArg, ...args): fn in a context where storage
	// holds nothing.
	set("exit", 3, func(c goja.FunctionCall) goja.Value {
		ctx := rt.AsyncContext().Without(storage(c.Argument(0)))
		return rt.RunInContext(ctx, func() goja.Value { return call(c, 1) })
	})
	// enterWith(storage, store): storage holds store for the rest of the
	// current task.
	set("enterWith", 2, func(c goja.FunctionCall) goja.Value {
		rt.EnterContext(rt.AsyncContext().With(storage(c.Argument(0)), c.Argument(1)))
		return goja.Undefined()
	})
	// snapshot(): the current context, for runIn.
	set("snapshot", 0, func(goja.FunctionCall) goja.Value {
		return rt.HostRef(rt.AsyncContext())
	})
	// runIn(snapshot, fn, thisArg, ...args): fn in the snapshot's context.
	set("runIn", 3, func(c goja.FunctionCall) goja.Value {
		ctx, _ := runtime.HostOf(c.Argument(0)).(runtime.AsyncContext)
		return rt.RunInContext(ctx, func() goja.Value { return call(c, 1) })
	})
	return module.Set("exports", exports)
}
