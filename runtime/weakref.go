package runtime

import (
	_ "embed"
	"fmt"
	goruntime "runtime"
	"sync"
	"weak"

	"github.com/dop251/goja"
)

// WeakRef and FinalizationRegistry, which goja lacks: lib/weakref.js
// defines the classes over the native half here. A WeakRef holds a Go weak
// pointer to its target's goja object; a registry's cleanup callback runs
// as a macrotask once Go's collector has found a registered target
// unreachable. As in V8, pending cleanups do not keep the process alive.

var (
	//go:embed lib/weakref.js
	weakRefSource  string
	weakRefProgram = sync.OnceValues(func() (*goja.Program, error) {
		return goja.Compile("gonode:weakref", weakRefSource, true)
	})
)

// installWeakRefs defines the globals WeakRef and FinalizationRegistry,
// made on first use.
func (rt *Runtime) installWeakRefs() {
	var classes *goja.Object
	class := func(name string) func() goja.Value {
		return func() goja.Value {
			if classes == nil {
				classes = rt.weakRefClasses()
			}
			return classes.Get(name)
		}
	}
	rt.defineLazyGlobal("WeakRef", false, class("WeakRef"))
	rt.defineLazyGlobal("FinalizationRegistry", false, class("FinalizationRegistry"))
}

// cleanupRegistry is the state of one FinalizationRegistry: its callback
// and the registrations not cleaned up yet.
type cleanupRegistry struct {
	callback goja.Value
	cells    map[*registration]struct{}
}

// registration is one register() call: the cleanup that reports it, and
// its unregister token.
type registration struct {
	cleanup goruntime.Cleanup
	token   weak.Pointer[goja.Object]
}

func (rt *Runtime) weakRefClasses() *goja.Object {
	vm := rt.vm
	prg, err := weakRefProgram()
	if err != nil {
		panic(vm.NewGoError(fmt.Errorf("gonode: compile weakref: %w", err)))
	}
	factory, err := vm.RunProgram(prg)
	if err != nil {
		rt.Rethrow(err)
	}
	native := vm.NewObject()
	set := func(name string, fn func(goja.FunctionCall) goja.Value) { _ = native.Set(name, fn) }
	set("describe", func(call goja.FunctionCall) goja.Value {
		return vm.ToValue(noSideEffectsToString(vm, call.Argument(0)))
	})
	set("makeRef", func(call goja.FunctionCall) goja.Value {
		target := call.Argument(0).(*goja.Object)
		rt.keepDuringJob(target)
		return rt.HostRef(weak.Make(target))
	})
	set("deref", func(call goja.FunctionCall) goja.Value {
		p, _ := HostOf(call.Argument(0)).(weak.Pointer[goja.Object])
		target := p.Value()
		if target == nil {
			return goja.Undefined()
		}
		rt.keepDuringJob(target)
		return target
	})
	set("makeRegistry", func(call goja.FunctionCall) goja.Value {
		return rt.HostRef(&cleanupRegistry{callback: call.Argument(0), cells: map[*registration]struct{}{}})
	})
	set("register", func(call goja.FunctionCall) goja.Value {
		r := HostOf(call.Argument(0)).(*cleanupRegistry)
		target, held := call.Argument(1).(*goja.Object), call.Argument(2)
		cell := &registration{}
		if tok, ok := call.Argument(3).(*goja.Object); ok {
			cell.token = weak.Make(tok)
		}
		r.cells[cell] = struct{}{}
		// The cleanup runs on a goroutine of Go's; the callback, on the loop.
		cell.cleanup = goruntime.AddCleanup(target, func(held goja.Value) {
			rt.Post(func() {
				if _, live := r.cells[cell]; !live {
					return
				}
				delete(r.cells, cell)
				rt.Call(r.callback, goja.Undefined(), held)
			})
		}, held)
		return goja.Undefined()
	})
	set("unregister", func(call goja.FunctionCall) goja.Value {
		r := HostOf(call.Argument(0)).(*cleanupRegistry)
		tok := call.Argument(1).(*goja.Object)
		removed := false
		for cell := range r.cells {
			if cell.token.Value() == tok {
				cell.cleanup.Stop()
				delete(r.cells, cell)
				removed = true
			}
		}
		return vm.ToValue(removed)
	})
	fn, _ := goja.AssertFunction(factory)
	classes, err := fn(goja.Undefined(), native)
	if err != nil {
		rt.Rethrow(err)
	}
	return classes.(*goja.Object)
}

// keepDuringJob keeps o alive until the current job and its microtasks
// have run, as the spec asks of a WeakRef's target when it is made or
// dereferenced.
func (rt *Runtime) keepDuringJob(o *goja.Object) {
	rt.keptAlive = append(rt.keptAlive, o)
}
