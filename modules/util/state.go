package util

import (
	_ "embed"
	"fmt"
	"runtime"
	"sync"
	"weak"

	"github.com/dop251/goja"
	"github.com/gonode/gonode/internal/lazy"
)

//go:embed helpers.js
var helpersSource string

// anchorSource attaches a value to an object through a private field: it
// keeps the value alive as long as the object without adding a visible
// property.
const anchorSource = `(function () {
  class Base { constructor(o) { return o; } }
  class Anchor extends Base {
    #value;
    constructor(o, v) { super(o); this.#value = v; }
  }
  return (o, v) => { new Anchor(o, v); };
})()`

func anchorProgram() *goja.Program {
	return anchorProgramLazy.Get(func() *goja.Program {
		return goja.MustCompile("node:internal/util/inspect-anchor", anchorSource, true)
	})
}

var anchorProgramLazy lazy.Value[*goja.Program]

func helpersProgram() *goja.Program {
	return helpersProgramLazy.Get(func() *goja.Program {
		return goja.MustCompile("node:internal/util/inspect-helpers", helpersSource, true)
	})
}

var helpersProgramLazy lazy.Value[*goja.Program]

// vmState is the per-VM part of the inspector: intrinsics captured on first
// use, the JS helpers and the VM's util.inspect.defaultOptions.
type vmState struct {
	vm *goja.Runtime

	customInspect *goja.Symbol

	objectPrototype, functionPrototype     *goja.Object
	asyncFunctionProto, generatorFuncProto *goja.Object
	generatorProto                         *goja.Object
	errorPrototype                         *goja.Object
	defaultHasInstance                     *goja.Object
	brandPrototypes                        map[*goja.Object]bool

	desc, symbols                   goja.Callable
	nonIndexKeys, indexKeys         goja.Callable
	mapEntries, setValues, brand    goja.Callable
	typedArrayName, fnSource, unbox goja.Callable
	errorToString, dateToString     goja.Callable
	json, parseInt, parseFloat      goja.Callable
	regExpToString                  goja.Callable

	// defaults are util.inspect.defaultOptions for this VM.
	defaults InspectOptions
	// inspectFn is the JS util.inspect function handed to custom inspectors.
	inspectFn *goja.Object
	// styles and colors, when set, are the JS util.inspect.styles and
	// util.inspect.colors objects consulted by stylize.
	styles, colors *goja.Object
	// defaultsObj is the util.inspect.defaultOptions object.
	defaultsObj *goja.Object
	// nesting counts the objects being formatted, across nested inspect
	// calls, to stop before the Go stack overflows.
	nesting int
}

// registry maps a VM to its state without keeping either alive: the VM holds
// the state (through a private field on its global object) and the registry
// only holds weak pointers.
var registry struct {
	sync.Mutex
	m map[weak.Pointer[goja.Runtime]]weak.Pointer[vmState] // made on first use
}

// stateOf returns the inspector state of vm, creating it on first use.
// Loop goroutine only.
func stateOf(vm *goja.Runtime) *vmState {
	key := weak.Make(vm)
	registry.Lock()
	wp, ok := registry.m[key]
	registry.Unlock()
	if ok {
		if s := wp.Value(); s != nil {
			return s
		}
	}
	s := newState(vm)
	registry.Lock()
	if _, ok := registry.m[key]; !ok {
		runtime.AddCleanup(vm, func(k weak.Pointer[goja.Runtime]) {
			registry.Lock()
			delete(registry.m, k)
			registry.Unlock()
		}, key)
	}
	if registry.m == nil {
		registry.m = map[weak.Pointer[goja.Runtime]]weak.Pointer[vmState]{}
	}
	registry.m[key] = weak.Make(s)
	registry.Unlock()
	return s
}

// newState makes vm's state, anchored to its global object. The helpers
// wait for loadHelpers: formatting strings and numbers, all that most
// console.log calls do, needs none of them.
func newState(vm *goja.Runtime) *vmState {
	s := &vmState{vm: vm, defaults: DefaultInspectOptions()}
	v, err := vm.RunProgram(anchorProgram())
	if err != nil {
		panic(fmt.Errorf("util: initialising inspect state: %w", err))
	}
	anchor, _ := goja.AssertFunction(v)
	if _, err := anchor(goja.Undefined(), vm.GlobalObject(), vm.ToValue(s)); err != nil {
		panic(fmt.Errorf("util: anchoring inspect state: %w", err))
	}
	custom, _ := goja.AssertFunction(vm.Get("Symbol").ToObject(vm).Get("for"))
	sym, err := custom(goja.Undefined(), vm.ToValue("nodejs.util.inspect.custom"))
	if err != nil {
		panic(fmt.Errorf("util: initialising inspect state: %w", err))
	}
	s.customInspect = sym.(*goja.Symbol)
	return s
}

// loadHelpers runs the helpers program for s's VM once, capturing the
// intrinsics it reads: newInspector and format's %j, %i and %f call it.
func (s *vmState) loadHelpers() {
	if s.desc != nil {
		return
	}
	vm := s.vm
	v, err := vm.RunProgram(helpersProgram())
	if err != nil {
		panic(fmt.Errorf("util: initialising inspect helpers: %w", err))
	}
	h := v.(*goja.Object)
	fn := func(name string) goja.Callable {
		f, ok := goja.AssertFunction(h.Get(name))
		if !ok {
			panic(fmt.Errorf("util: inspect helper %q missing", name))
		}
		return f
	}
	obj := func(name string) *goja.Object { return h.Get(name).(*goja.Object) }
	s.objectPrototype, s.functionPrototype = obj("objectPrototype"), obj("functionPrototype")
	s.asyncFunctionProto, s.generatorFuncProto = obj("asyncFunctionPrototype"), obj("generatorFunctionPrototype")
	s.generatorProto, s.errorPrototype = obj("generatorPrototype"), obj("errorPrototype")
	s.defaultHasInstance = obj("defaultHasInstance")
	s.brandPrototypes = map[*goja.Object]bool{}
	s.symbols, s.nonIndexKeys, s.indexKeys = fn("symbols"), fn("nonIndexKeys"), fn("indexKeys")
	s.mapEntries, s.setValues, s.brand = fn("mapEntries"), fn("setValues"), fn("brand")
	s.typedArrayName, s.fnSource, s.unbox = fn("typedArrayName"), fn("fnSource"), fn("unbox")
	s.errorToString, s.dateToString = fn("errorToString"), fn("dateToString")
	s.json, s.regExpToString = fn("json"), fn("regExpToString")
	s.parseInt, s.parseFloat = fn("parseInt"), fn("parseFloat")
	bp := obj("brandPrototypes")
	for _, k := range bp.Keys() {
		s.brandPrototypes[bp.Get(k).(*goja.Object)] = true
	}
	// desc last: loadHelpers's test that the helpers are loaded.
	s.desc = fn("desc")
}

// call invokes a helper, turning a JS exception into a Go panic that goja
// rethrows to the JS caller (the way goja's own Object methods behave).
func call(f goja.Callable, args ...goja.Value) goja.Value {
	v, err := f(goja.Undefined(), args...)
	if err != nil {
		panic(err)
	}
	return v
}

// DefaultOptions returns vm's util.inspect.defaultOptions.
func DefaultOptions(vm *goja.Runtime) InspectOptions {
	return stateOf(vm).defaults
}
