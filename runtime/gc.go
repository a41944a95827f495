package runtime

import (
	goruntime "runtime"

	"github.com/dop251/goja"
)

// installGC defines the global gc() that node's --expose-gc gives: a full
// collection, now, or off the loop when the options ask for
// execution: 'async' (then it returns a promise settled after it).
func (rt *Runtime) installGC() {
	gc := NewFunction(rt.vm, "gc", 0, func(call goja.FunctionCall) goja.Value {
		if opts, ok := call.Argument(0).(*goja.Object); ok {
			if v := opts.Get("execution"); v != nil && v.String() == "async" {
				p, resolve, _ := rt.vm.NewPromise()
				rt.Async(func() func() {
					goruntime.GC()
					return func() { _ = resolve(goja.Undefined()) }
				})
				return rt.vm.ToValue(p)
			}
		}
		goruntime.GC()
		return goja.Undefined()
	})
	_ = rt.vm.GlobalObject().DefineDataProperty("gc", gc, goja.FLAG_TRUE, goja.FLAG_FALSE, goja.FLAG_TRUE)
}
