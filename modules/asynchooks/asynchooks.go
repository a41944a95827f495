// Package asynchooks provides node's 'async_hooks' core module:
// AsyncLocalStorage, whose stores follow the async execution context
// through promises, await, process.nextTick, timers, immediates, handles
// and the callbacks of fs, dns and crypto (see runtime.AsyncContext);
// AsyncResource; and the hooks (createHook, executionAsyncId,
// triggerAsyncId, executionAsyncResource) on the async resources the
// runtime numbers (see runtime.AsyncResource).
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
	// newResource(type, triggerAsyncId, resource): a context like the
	// current one, as a new async resource, for runIn.
	set("newResource", 3, func(c goja.FunctionCall) goja.Value {
		return rt.HostRef(rt.NewAsyncResource(c.Argument(0).String(), c.Argument(1).ToInteger(), c.Argument(2)))
	})
	resourceOf := func(v goja.Value) *runtime.AsyncResource {
		ctx, _ := runtime.HostOf(v).(runtime.AsyncContext)
		return ctx.Resource()
	}
	// asyncIdOf(context): its resource's asyncId.
	set("asyncIdOf", 1, func(c goja.FunctionCall) goja.Value {
		return vm.ToValue(resourceOf(c.Argument(0)).ID())
	})
	// destroy(context): its resource has ended (AsyncResource.emitDestroy).
	set("destroy", 1, func(c goja.FunctionCall) goja.Value {
		ctx, _ := runtime.HostOf(c.Argument(0)).(runtime.AsyncContext)
		rt.DestroyContext(ctx)
		return goja.Undefined()
	})
	// setHook(fn): fn(event, asyncId, ...) receives the resources' events;
	// null for none.
	set("setHook", 1, func(c goja.FunctionCall) goja.Value {
		rt.TrackAsyncIDs()
		fn, _ := goja.AssertFunction(c.Argument(0))
		rt.SetAsyncHook(fn)
		return goja.Undefined()
	})
	// currentAsyncId(): executionAsyncId without turning on the numbering,
	// for AsyncResource.
	set("currentAsyncId", 0, func(goja.FunctionCall) goja.Value {
		return vm.ToValue(rt.ExecutionAsyncID())
	})
	// The public functions turn the numbering on: from then on, callbacks
	// know their ids.
	set("executionAsyncId", 0, func(goja.FunctionCall) goja.Value {
		rt.TrackAsyncIDs()
		return vm.ToValue(rt.ExecutionAsyncID())
	})
	set("triggerAsyncId", 0, func(goja.FunctionCall) goja.Value {
		rt.TrackAsyncIDs()
		if r := rt.AsyncContext().Resource(); r != nil {
			return vm.ToValue(r.TriggerID())
		}
		return vm.ToValue(0)
	})
	// The top level's resource is an empty object, made when first asked
	// for.
	var topLevel goja.Value
	set("executionAsyncResource", 0, func(goja.FunctionCall) goja.Value {
		rt.TrackAsyncIDs()
		if r := rt.AsyncContext().Resource(); r != nil {
			return r.Object(vm)
		}
		if topLevel == nil {
			topLevel = vm.NewObject()
		}
		return topLevel
	})
	// runIn(snapshot, fn, thisArg, ...args): fn in the snapshot's context.
	set("runIn", 3, func(c goja.FunctionCall) goja.Value {
		ctx, _ := runtime.HostOf(c.Argument(0)).(runtime.AsyncContext)
		return rt.RunInContext(ctx, func() goja.Value { return call(c, 1) })
	})
	return module.Set("exports", exports)
}
