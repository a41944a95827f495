package runtime

import (
	_ "embed"
	"strconv"
	"sync"
	"unicode/utf8"

	"github.com/dop251/goja"
	"github.com/gonode/gonode/internal/gojastore"
	"github.com/gonode/gonode/internal/nativefunc"
)

// The EventEmitter core — the constructor and the prototype methods — is
// native: every process needs it at start-up (process is an EventEmitter),
// and compiling it as JavaScript would cost milliseconds per process. The
// listener storage keeps Node's shape (_events, _eventsCount,
// _maxListeners) because user code and other modules look at it. The
// module-level helpers (events.once, events.on, getEventListeners, ...) are
// JavaScript in lib/events.js, compiled only when first used.

//go:embed lib/events_extras.js
var eventsExtrasSource string

func init() {
	RegisterCoreModule("events", func(rt *Runtime, module *goja.Object) error {
		return module.Set("exports", rt.eventEmitter())
	})
	RegisterCoreModule("internal/events_extras", JSModule("node:internal/events_extras", eventsExtrasSource))
	// The domain module's hook into the making of every emitter, as node's
	// replaces EventEmitter.init: fn(emitter) runs after init.
	RegisterCoreModule("internal/events/init_hook", func(rt *Runtime, module *goja.Object) error {
		rt.eventEmitter() // makes rt.events
		exports := rt.vm.NewObject()
		_ = exports.Set("setInitHook", NewFunction(rt.vm, "setInitHook", 1, func(call goja.FunctionCall) goja.Value {
			rt.events.initHook, _ = goja.AssertFunction(call.Argument(0))
			return goja.Undefined()
		}))
		return module.Set("exports", exports)
	})
}

// evKey is an event name: a string or a symbol.
type evKey struct {
	s     string
	sym   *goja.Symbol
	ascii bool // s is ASCII, as goja keeps such names (see gojastore.Get)
}

func keyOf(v goja.Value) evKey {
	if sym, ok := v.(*goja.Symbol); ok {
		return evKey{sym: sym}
	}
	s := v.String()
	return evKey{s: s, ascii: isASCII(s)}
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// get returns o[k], or undefined.
func (e *emitter) get(o *goja.Object, k evKey) goja.Value {
	var v goja.Value
	switch {
	case k.sym != nil:
		v = e.store.GetSymbol(o, k.sym)
	case k.ascii:
		v = e.store.Get(o, k.s)
	default:
		v = o.Get(k.s)
	}
	if v == nil {
		return goja.Undefined()
	}
	return v
}

// set does o[k] = v.
func (e *emitter) set(o *goja.Object, k evKey, v goja.Value) {
	switch {
	case k.sym != nil:
		_ = o.SetSymbol(k.sym, v)
	case k.ascii:
		_ = e.store.Set(o, k.s, v)
	default:
		_ = o.Set(k.s, v)
	}
}

// field returns o[name] (name ASCII), as o.Get does.
func (e *emitter) field(o *goja.Object, name string) goja.Value {
	return e.store.Get(o, name)
}

// setField does o[name] = v (name ASCII).
func (e *emitter) setField(o *goja.Object, name string, v goja.Value) {
	_ = e.store.Set(o, name, v)
}

// eventsCount returns o._eventsCount as an integer.
func (e *emitter) eventsCount(o *goja.Object) int64 {
	return nilSafe(e.field(o, "_eventsCount")).ToInteger()
}

func (k evKey) del(o *goja.Object) {
	if k.sym != nil {
		_ = o.DeleteSymbol(k.sym)
	} else {
		_ = o.Delete(k.s)
	}
}

func (k evKey) value(vm *goja.Runtime) goja.Value {
	if k.sym != nil {
		return k.sym
	}
	return vm.ToValue(k.s)
}

// emitter holds the runtime's EventEmitter constructor and its helpers.
type emitter struct {
	rt         *Runtime
	ctor       *goja.Object
	proto      *goja.Object
	defaultMax int64
	// kCapture marks an emitter that captures rejections of its async
	// listeners. EventEmitter.prototype has it false; an emitter gets its
	// own only when true, since symbol properties are costly to add.
	kCapture *goja.Symbol
	// captureDefault is EventEmitter.captureRejections, which emitters
	// take when they are created.
	captureDefault bool
	kRejection     *goja.Symbol
	errorMonitor   *goja.Symbol
	extras         *goja.Object // lib/events_extras.js's helpers, once loaded
	// listener: a stream emits 'data' to the same listener chunk after
	// chunk.
	listener CallableCache
	// emitFn is EventEmitter.prototype.emit as made (see Runtime.Emit).
	emitFn *goja.Object
	// removeFn is EventEmitter.prototype.removeListener as made: a once
	// listener of an emitter that overrides it removes itself through the
	// override (as Readable's, which tracks 'readable' listeners).
	removeFn *goja.Object
	// store reads and writes the listener storage where it can.
	store *gojastore.Layout
	// zero is 0, the count of a new listener table.
	zero goja.Value
	// initHook runs after init for each emitter made, once the domain
	// module is loaded (see internal/events/init_hook).
	initHook goja.Callable
	// reflectGet is Reflect.get, for addCatch.
	reflectGet goja.Callable
}

// Emit calls emit, the emit method of o, with args (the event's name
// first), from inside a native function, as CallFrom(cache, emit, o,
// args...) does. When emit is EventEmitter.prototype.emit as the runtime
// made it, Emit runs it directly, sparing goja's call into a native
// function.
func (rt *Runtime) Emit(cache *CallableCache, emit goja.Value, o *goja.Object, args ...goja.Value) goja.Value {
	if e := rt.events; e != nil && e.emitFn != nil && len(args) > 0 {
		if fn, _ := emit.(*goja.Object); fn == e.emitFn {
			return rt.vm.ToValue(e.emit(o, args[0], args[1:]))
		}
	}
	return rt.CallFrom(cache, emit, o, args...)
}

// CaptureRejections reports EventEmitter.captureRejections: whether the
// emitters made now capture the rejections of their async listeners.
func (rt *Runtime) CaptureRejections() bool {
	return rt.events != nil && rt.events.captureDefault
}

// eventEmitter returns the EventEmitter constructor, creating it on first use.
func (rt *Runtime) eventEmitter() *goja.Object {
	if rt.events == nil {
		rt.events = newEmitter(rt)
	}
	return rt.events.ctor
}

const emitterCtorSource = `(function (init) { return function EventEmitter(opts) { init(this, opts); }; })`

var emitterCtorProgram = compileOnce("gonode:events", emitterCtorSource)

func newEmitter(rt *Runtime) *emitter {
	vm := rt.vm
	e := &emitter{
		rt:           rt,
		defaultMax:   10,
		kCapture:     goja.NewSymbol("kCapture"),
		errorMonitor: goja.NewSymbol("events.errorMonitor"),
		store:        gojastore.For(vm),
		zero:         vm.ToValue(0),
	}
	e.kRejection = rt.SymbolFor("nodejs.rejection")
	factory, err := vm.RunProgram(emitterCtorProgram())
	if err != nil {
		panic(err)
	}
	mk, _ := goja.AssertFunction(factory)
	// A func(goja.FunctionCall) goja.Value: goja calls any other signature
	// through reflection, which costs tens of thousands of instructions per
	// constructed emitter.
	ctorVal, err := mk(goja.Undefined(), nativefunc.New(vm, func(c goja.FunctionCall) goja.Value {
		e.init(c.Argument(0), c.Argument(1))
		if e.initHook != nil {
			if _, err := e.initHook(goja.Undefined(), c.Argument(0)); err != nil {
				rt.Rethrow(err)
			}
		}
		return goja.Undefined()
	}))
	if err != nil {
		panic(err)
	}
	e.ctor = ctorVal.ToObject(vm)
	e.proto = e.ctor.Get("prototype").ToObject(vm)
	p := e.proto
	_ = p.Set("_events", goja.Undefined())
	_ = p.Set("_eventsCount", 0)
	_ = p.Set("_maxListeners", goja.Undefined())
	_ = p.DefineDataPropertySymbol(e.kCapture, vm.ToValue(false), goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_FALSE)
	// The methods are enumerable and defined in node's order: code that
	// copies them with Object.keys(EventEmitter.prototype) (socket.io's
	// Server forwards them to its default namespace so) finds them all.
	methods := map[string]goja.Value{}
	method := func(name string, fn func(goja.FunctionCall) goja.Value) goja.Value {
		v := nativefunc.New(vm, fn)
		_ = v.ToObject(vm).DefineDataProperty("name", vm.ToValue(name), goja.FLAG_FALSE, goja.FLAG_TRUE, goja.FLAG_FALSE)
		methods[name] = v
		return v
	}
	on := method("addListener", func(c goja.FunctionCall) goja.Value { return e.add(c.This, c.Argument(0), c.Argument(1), false) })
	methods["on"] = on
	prepend := method("prependListener", func(c goja.FunctionCall) goja.Value { return e.add(c.This, c.Argument(0), c.Argument(1), true) })
	// once goes through this.on / this.prependListener, as in Node, so that
	// subclasses overriding on() (Readable starts flowing on 'data') see it;
	// the emitter's own method is called from Go, without a call into goja.
	once := func(via string, own goja.Value) func(goja.FunctionCall) goja.Value {
		return func(c goja.FunctionCall) goja.Value {
			e.checkListener(c.Argument(1))
			o := c.This.ToObject(vm)
			wrapped := e.onceWrap(c.This, c.Argument(0), c.Argument(1))
			m := o.Get(via)
			if m == own {
				return e.add(o, c.Argument(0), wrapped, via == "prependListener")
			}
			f, ok := goja.AssertFunction(m)
			if !ok {
				return e.add(o, c.Argument(0), wrapped, via == "prependListener")
			}
			if _, err := f(o, c.Argument(0), wrapped); err != nil {
				rt.Rethrow(err)
			}
			return o
		}
	}
	method("once", once("on", on))
	method("prependOnceListener", once("prependListener", prepend))
	methods["off"] = method("removeListener", func(c goja.FunctionCall) goja.Value { return e.remove(c.This, c.Argument(0), c.Argument(1)) })
	e.removeFn, _ = methods["off"].(*goja.Object)
	method("removeAllListeners", func(c goja.FunctionCall) goja.Value { return e.removeAll(c.This, c.Arguments) })
	e.emitFn, _ = method("emit", func(c goja.FunctionCall) goja.Value {
		return vm.ToValue(e.emit(c.This.ToObject(vm), c.Argument(0), c.Arguments[min(1, len(c.Arguments)):]))
	}).(*goja.Object)
	method("listeners", func(c goja.FunctionCall) goja.Value { return e.listeners(c.This, c.Argument(0), true) })
	method("rawListeners", func(c goja.FunctionCall) goja.Value { return e.listeners(c.This, c.Argument(0), false) })
	method("listenerCount", func(c goja.FunctionCall) goja.Value {
		return vm.ToValue(e.count(c.This, c.Argument(0), c.Argument(1)))
	})
	method("eventNames", func(c goja.FunctionCall) goja.Value { return e.eventNames(c.This) })
	method("setMaxListeners", func(c goja.FunctionCall) goja.Value {
		e.validateMax(c.Argument(0), "setMaxListeners")
		_ = c.This.ToObject(vm).Set("_maxListeners", c.Argument(0))
		return c.This
	})
	method("getMaxListeners", func(c goja.FunctionCall) goja.Value { return vm.ToValue(e.maxOf(c.This.ToObject(vm))) })
	for _, name := range []string{"setMaxListeners", "getMaxListeners", "emit", "addListener", "on", "prependListener",
		"once", "prependOnceListener", "removeListener", "off", "removeAllListeners", "listeners", "rawListeners",
		"listenerCount", "eventNames"} {
		_ = p.DefineDataProperty(name, methods[name], goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_TRUE)
	}

	ctor := e.ctor
	_ = ctor.Set("EventEmitter", ctor)
	_ = ctor.Set("usingDomains", false)
	_ = ctor.Set("captureRejectionSymbol", e.kRejection)
	_ = ctor.Set("errorMonitor", e.errorMonitor)
	// The keys of an EventTarget's listener limit, shared by
	// lib/event_target.js and events.setMaxListeners/getMaxListeners.
	_ = ctor.DefineDataProperty("kMaxEventTargetListeners", goja.NewSymbol("events.maxEventTargetListeners"),
		goja.FLAG_FALSE, goja.FLAG_FALSE, goja.FLAG_FALSE)
	_ = ctor.DefineDataProperty("kMaxEventTargetListenersWarned", goja.NewSymbol("events.maxEventTargetListenersWarned"),
		goja.FLAG_FALSE, goja.FLAG_FALSE, goja.FLAG_FALSE)
	// Anonymous, with node's lengths; the accessors are named get and set.
	init := nativefunc.Named(vm, "", 1, func(c goja.FunctionCall) goja.Value { e.init(c.This, c.Argument(0)); return goja.Undefined() })
	_ = ctor.Set("init", init)
	listenerCount := nativefunc.Named(vm, "", 2, func(c goja.FunctionCall) goja.Value {
		o, typ := c.Argument(0).ToObject(vm), c.Argument(1)
		if f, ok := goja.AssertFunction(o.Get("listenerCount")); ok {
			v, err := f(o, typ)
			if err != nil {
				rt.Rethrow(err)
			}
			return v
		}
		return vm.ToValue(e.count(o, typ, goja.Undefined()))
	})
	_ = ctor.Set("listenerCount", listenerCount)
	accessor := func(name string, get, set func(goja.FunctionCall) goja.Value) {
		getter, setter := nativefunc.Named(vm, "get", 0, get), nativefunc.Named(vm, "set", 1, set)
		_ = ctor.DefineAccessorProperty(name, getter, setter, goja.FLAG_FALSE, goja.FLAG_TRUE)
	}
	accessor("defaultMaxListeners", func(goja.FunctionCall) goja.Value { return vm.ToValue(e.defaultMax) },
		func(c goja.FunctionCall) goja.Value {
			e.validateMax(c.Argument(0), "defaultMaxListeners")
			e.defaultMax = c.Argument(0).ToInteger()
			return goja.Undefined()
		})
	accessor("captureRejections", func(goja.FunctionCall) goja.Value { return vm.ToValue(e.captureDefault) },
		func(c goja.FunctionCall) goja.Value {
			v := c.Argument(0)
			b, ok := v.Export().(bool)
			if !ok {
				panic(rt.NewNodeError("TypeError", "ERR_INVALID_ARG_TYPE",
					`The "EventEmitter.captureRejections" property must be of type boolean. Received `+describeReceived(v)))
			}
			e.captureDefault = b
			return goja.Undefined()
		})
	// The module-level helpers load lib/events.js on first use.
	for _, name := range []string{"once", "on", "getEventListeners", "getMaxListeners", "setMaxListeners",
		"addAbortListener", "EventEmitterAsyncResource"} {
		name := name
		rt.defineLazy(ctor, name, func() goja.Value {
			extras, err := rt.Require("internal/events_extras")
			if err != nil {
				rt.Rethrow(err)
			}
			if e.extras == nil {
				install, _ := goja.AssertFunction(extras)
				helpers, err := install(goja.Undefined(), ctor)
				if err != nil {
					rt.Rethrow(err)
				}
				e.extras = helpers.ToObject(vm)
			}
			return e.extras.Get(name)
		})
	}
	return e
}

// init is EventEmitter.init: it gives the object its own listener table.
func (e *emitter) init(this goja.Value, opts goja.Value) {
	vm := e.rt.vm
	o := this.ToObject(vm)
	ev := e.field(o, "_events")
	if ev == nil || goja.IsUndefined(ev) || (o.Prototype() != nil && ev.SameAs(nilSafe(e.field(o.Prototype(), "_events")))) {
		e.setField(o, "_events", e.newTable())
		e.setField(o, "_eventsCount", e.zero)
	}
	if m := e.field(o, "_maxListeners"); m == nil || !m.ToBoolean() {
		e.setField(o, "_maxListeners", goja.Undefined())
	}
	capture := e.captureDefault
	if oo, ok := opts.(*goja.Object); ok {
		// As in Node, only a truthy option counts (and must be a boolean): a
		// false one leaves the default.
		if cr := oo.Get("captureRejections"); cr != nil && cr.ToBoolean() {
			if _, isBool := cr.Export().(bool); !isBool {
				panic(e.rt.NewNodeError("TypeError", "ERR_INVALID_ARG_TYPE",
					`The "options.captureRejections" property must be of type boolean. Received `+describeReceived(cr)))
			}
			capture = true
		}
	}
	if capture {
		_ = o.SetSymbol(e.kCapture, true)
	}
}

func nilSafe(v goja.Value) goja.Value {
	if v == nil {
		return goja.Undefined()
	}
	return v
}

// newTable makes an _events table: an object without a prototype, as
// Object.create(null) does, without a call into goja.
func (e *emitter) newTable() *goja.Object {
	return e.rt.vm.CreateObject(nil)
}

// table returns the object's _events, or nil.
func (e *emitter) table(o *goja.Object) *goja.Object {
	t, _ := e.field(o, "_events").(*goja.Object)
	return t
}

func (e *emitter) checkListener(l goja.Value) {
	if !goja.IsCallable(l) {
		panic(e.rt.NewNodeError("TypeError", "ERR_INVALID_ARG_TYPE",
			`The "listener" argument must be of type function. Received `+describeReceived(l)))
	}
}

func (e *emitter) validateMax(v goja.Value, name string) {
	f := v.ToFloat()
	if _, isNum := v.Export().(int64); !isNum {
		if _, isFloat := v.Export().(float64); !isFloat {
			panic(e.rt.NewNodeError("TypeError", "ERR_INVALID_ARG_TYPE",
				`The "`+name+`" argument must be of type number. Received `+describeReceived(v)))
		}
	}
	if f < 0 || f != f {
		panic(e.rt.NewNodeError("RangeError", "ERR_OUT_OF_RANGE",
			`The value of "`+name+`" is out of range. It must be >= 0. Received `+inspectShort(e.rt, v)))
	}
}

func (e *emitter) maxOf(o *goja.Object) int64 {
	m := e.field(o, "_maxListeners")
	if m == nil || goja.IsUndefined(m) {
		return e.defaultMax
	}
	return m.ToInteger()
}

// unwrap returns a once-wrapper's original listener, or l itself.
func unwrap(l goja.Value) goja.Value {
	if o, ok := l.(*goja.Object); ok {
		if inner := o.Get("listener"); inner != nil && !goja.IsUndefined(inner) {
			return inner
		}
	}
	return l
}

func (e *emitter) add(thisVal, typ, listener goja.Value, prepend bool) goja.Value {
	vm := e.rt.vm
	e.checkListener(listener)
	o := thisVal.ToObject(vm)
	events := e.table(o)
	if events == nil {
		events = e.newTable()
		e.setField(o, "_events", events)
		e.setField(o, "_eventsCount", e.zero)
	} else if nl := events.Get("newListener"); nl != nil && !goja.IsUndefined(nl) {
		e.emit(o, vm.ToValue("newListener"), []goja.Value{typ, unwrap(listener)})
		events = e.table(o)
	}
	k := keyOf(typ)
	existing := e.get(events, k)
	if goja.IsUndefined(existing) {
		e.set(events, k, listener)
		e.setField(o, "_eventsCount", vm.ToValue(e.eventsCount(o)+1))
		return o
	}
	var list *goja.Object
	if goja.IsCallable(existing) {
		if prepend {
			list = vm.NewArray(listener, existing)
		} else {
			list = vm.NewArray(existing, listener)
		}
		e.set(events, k, list)
	} else {
		list = existing.ToObject(vm)
		name := "push"
		if prepend {
			name = "unshift"
		}
		f, _ := goja.AssertFunction(list.Get(name))
		if _, err := f(list, listener); err != nil {
			e.rt.Rethrow(err)
		}
	}
	n := list.Get("length").ToInteger()
	if m := e.maxOf(o); m > 0 && n > m && !nilSafe(list.Get("warned")).ToBoolean() {
		_ = list.Set("warned", true)
		e.warnMax(o, typ, n, m)
	}
	return o
}

func (e *emitter) warnMax(o *goja.Object, typ goja.Value, n, m int64) {
	name := "EventEmitter"
	if o.SameAs(e.rt.process) {
		name = "process"
	} else if c, ok := o.Get("constructor").(*goja.Object); ok {
		if s := c.Get("name"); s != nil && s.String() != "" {
			name = s.String()
		}
	}
	typeName := symbolOrString(typ)
	w := e.rt.NewNodeError("Error", "", "Possible EventEmitter memory leak detected. "+
		strconv.FormatInt(n, 10)+" "+typeName+" listeners added to ["+name+"]. MaxListeners is "+
		strconv.FormatInt(m, 10)+". Use emitter.setMaxListeners() to increase limit")
	_ = w.Set("name", "MaxListenersExceededWarning")
	_ = w.Set("emitter", o)
	_ = w.Set("type", typ)
	_ = w.Set("count", n)
	e.rt.Warn(w)
}

// onceWrap returns a listener that removes itself before calling listener.
func (e *emitter) onceWrap(target, typ, listener goja.Value) goja.Value {
	vm := e.rt.vm
	fired := false
	fn, _ := goja.AssertFunction(listener)
	var wrapped *goja.Object
	wrapped = vm.ToValue(func(c goja.FunctionCall) goja.Value {
		if fired {
			return goja.Undefined()
		}
		fired = true
		e.removeOnce(target, typ, wrapped)
		v, err := fn(target, c.Arguments...)
		if err != nil {
			e.rt.Rethrow(err)
		}
		return v
	}).ToObject(vm)
	_ = wrapped.DefineDataProperty("name", vm.ToValue("bound onceWrapper"), goja.FLAG_FALSE, goja.FLAG_TRUE, goja.FLAG_FALSE)
	_ = wrapped.Set("listener", listener)
	return wrapped
}

// removeOnce removes a once listener that fired: through the target's
// removeListener where that is not EventEmitter's own (node's onceWrapper
// calls target.removeListener).
func (e *emitter) removeOnce(target, typ goja.Value, wrapped *goja.Object) {
	if o, ok := target.(*goja.Object); ok {
		if rm, _ := o.Get("removeListener").(*goja.Object); rm != nil && rm != e.removeFn {
			if f, ok := goja.AssertFunction(rm); ok {
				if _, err := f(target, typ, wrapped); err != nil {
					e.rt.Rethrow(err)
				}
				return
			}
		}
	}
	e.remove(target, typ, wrapped)
}

// emit calls every listener of typ with args; it reports whether there was
// one. An 'error' with no listener is thrown.
func (e *emitter) emit(o *goja.Object, typ goja.Value, args []goja.Value) bool {
	vm := e.rt.vm
	events := e.table(o)
	k := keyOf(typ)
	if k.sym == nil && k.s == "error" {
		if events != nil {
			if mon := events.GetSymbol(e.errorMonitor); mon != nil && !goja.IsUndefined(mon) {
				e.emit(o, e.errorMonitor, args)
			}
		}
		if events == nil || goja.IsUndefined(nilSafe(events.Get("error"))) {
			e.throwUnhandled(args)
		}
	} else if events == nil {
		return false
	}
	handler := e.get(events, k)
	if goja.IsUndefined(handler) {
		return false
	}
	capture := e.store.GetSymbol(o, e.kCapture)
	if fn, ok := e.listener.Of(handler); ok {
		v, err := fn(o, args...)
		if err != nil {
			e.rt.Rethrow(err)
		}
		if capture != nil && capture.ToBoolean() {
			e.addCatch(o, v, typ, args)
		}
		return true
	}
	list := handler.ToObject(vm)
	n := int(list.Get("length").ToInteger())
	fns := make([]goja.Value, n)
	for i := range fns {
		fns[i] = list.Get(strconv.Itoa(i))
	}
	for _, l := range fns {
		fn, ok := e.listener.Of(l)
		if !ok {
			continue
		}
		v, err := fn(o, args...)
		if err != nil {
			e.rt.Rethrow(err)
		}
		if capture != nil && capture.ToBoolean() {
			e.addCatch(o, v, typ, args)
		}
	}
	return true
}

// addCatch routes a rejected promise returned by a listener to 'error' (or
// the emitter's Symbol.for('nodejs.rejection') method), for captureRejections.
func (e *emitter) addCatch(o *goja.Object, result goja.Value, typ goja.Value, args []goja.Value) {
	vm := e.rt.vm
	p, ok := result.(*goja.Object)
	if !ok {
		return
	}
	// A then getter may throw (it is read once: Promises/A+): 'error', as
	// in node. Read through Reflect.get, a call that returns what it threw.
	if e.reflectGet == nil {
		e.reflectGet, _ = goja.AssertFunction(vm.Get("Reflect").ToObject(vm).Get("get"))
	}
	thenVal, err := e.reflectGet(goja.Undefined(), p, vm.ToValue("then"))
	if err != nil {
		e.emit(o, vm.ToValue("error"), []goja.Value{e.rt.errorValue(err)})
		return
	}
	then, ok := goja.AssertFunction(thenVal)
	if !ok {
		return
	}
	args = append([]goja.Value(nil), args...) // goja reuses the argument stack
	onReject := vm.ToValue(func(err goja.Value) {
		deliver := vm.ToValue(func() {
			if f, ok := goja.AssertFunction(o.GetSymbol(e.kRejection)); ok {
				if _, ferr := f(o, append([]goja.Value{err, typ}, args...)...); ferr != nil {
					e.rt.Rethrow(ferr)
				}
				return
			}
			prev := o.GetSymbol(e.kCapture)
			_ = o.SetSymbol(e.kCapture, false)
			defer func() { _ = o.SetSymbol(e.kCapture, prev) }()
			e.emit(o, vm.ToValue("error"), []goja.Value{err})
		})
		fn, _ := goja.AssertFunction(deliver)
		e.rt.NextTick(fn)
	})
	if _, err := then(p, goja.Undefined(), onReject); err != nil {
		e.emit(o, vm.ToValue("error"), []goja.Value{e.rt.errorValue(err)})
	}
}

// errorValue is the JS value behind err.
func (rt *Runtime) errorValue(err error) goja.Value {
	if ex, ok := err.(*goja.Exception); ok {
		return ex.Value()
	}
	return rt.vm.NewGoError(err)
}

func (e *emitter) throwUnhandled(args []goja.Value) {
	var er goja.Value = goja.Undefined()
	if len(args) > 0 {
		er = args[0]
	}
	if isErrorObject(e.rt.vm, er) {
		panic(er)
	}
	msg := "Unhandled error. (" + inspectShort(e.rt, er) + ")"
	err := e.rt.NewNodeError("Error", "ERR_UNHANDLED_ERROR", msg)
	_ = err.Set("context", er)
	panic(err)
}

func (e *emitter) remove(thisVal, typ, listener goja.Value) goja.Value {
	vm := e.rt.vm
	e.checkListener(listener)
	o := thisVal.ToObject(vm)
	events := e.table(o)
	if events == nil {
		return o
	}
	k := keyOf(typ)
	list := e.get(events, k)
	if goja.IsUndefined(list) {
		return o
	}
	if list.SameAs(listener) || unwrap(list).SameAs(listener) {
		count := e.eventsCount(o) - 1
		e.setField(o, "_eventsCount", vm.ToValue(count))
		if count == 0 {
			e.setField(o, "_events", e.newTable())
		} else {
			k.del(events)
			if rl := events.Get("removeListener"); rl != nil && !goja.IsUndefined(rl) {
				e.emit(o, vm.ToValue("removeListener"), []goja.Value{typ, unwrap(list)})
			}
		}
		return o
	}
	if goja.IsCallable(list) {
		return o
	}
	arr := list.ToObject(vm)
	n := int(arr.Get("length").ToInteger())
	pos := -1
	for i := n - 1; i >= 0; i-- {
		l := arr.Get(strconv.Itoa(i))
		if l.SameAs(listener) || unwrap(l).SameAs(listener) {
			pos = i
			break
		}
	}
	if pos < 0 {
		return o
	}
	splice, _ := goja.AssertFunction(arr.Get("splice"))
	if _, err := splice(arr, vm.ToValue(pos), vm.ToValue(1)); err != nil {
		e.rt.Rethrow(err)
	}
	if n-1 == 1 {
		e.set(events, k, arr.Get("0"))
	}
	if rl := events.Get("removeListener"); rl != nil && !goja.IsUndefined(rl) {
		e.emit(o, vm.ToValue("removeListener"), []goja.Value{typ, listener})
	}
	return o
}

func (e *emitter) removeAll(thisVal goja.Value, args []goja.Value) goja.Value {
	vm := e.rt.vm
	o := thisVal.ToObject(vm)
	events := e.table(o)
	if events == nil {
		return o
	}
	if rl := events.Get("removeListener"); rl == nil || goja.IsUndefined(rl) {
		if len(args) == 0 {
			e.setField(o, "_events", e.newTable())
			e.setField(o, "_eventsCount", e.zero)
		} else if k := keyOf(args[0]); !goja.IsUndefined(e.get(events, k)) {
			count := e.eventsCount(o) - 1
			e.setField(o, "_eventsCount", vm.ToValue(count))
			if count == 0 {
				e.setField(o, "_events", e.newTable())
			} else {
				k.del(events)
			}
		}
		return o
	}
	if len(args) == 0 {
		for _, name := range events.Keys() {
			if name != "removeListener" {
				e.removeAll(o, []goja.Value{vm.ToValue(name)})
			}
		}
		for _, sym := range events.Symbols() {
			e.removeAll(o, []goja.Value{sym})
		}
		e.removeAll(o, []goja.Value{vm.ToValue("removeListener")})
		e.setField(o, "_events", e.newTable())
		e.setField(o, "_eventsCount", e.zero)
		return o
	}
	typ := args[0]
	listeners := e.get(events, keyOf(typ))
	if goja.IsCallable(listeners) {
		e.remove(o, typ, listeners)
	} else if arr, ok := listeners.(*goja.Object); ok {
		for i := int(arr.Get("length").ToInteger()) - 1; i >= 0; i-- {
			e.remove(o, typ, arr.Get(strconv.Itoa(i)))
		}
	}
	return o
}

func (e *emitter) listeners(thisVal, typ goja.Value, unwrapped bool) goja.Value {
	vm := e.rt.vm
	events := e.table(thisVal.ToObject(vm))
	if events == nil {
		return vm.NewArray()
	}
	l := e.get(events, keyOf(typ))
	if goja.IsUndefined(l) {
		return vm.NewArray()
	}
	if goja.IsCallable(l) {
		if unwrapped {
			return vm.NewArray(unwrap(l))
		}
		return vm.NewArray(l)
	}
	arr := l.ToObject(vm)
	n := int(arr.Get("length").ToInteger())
	out := make([]any, n)
	for i := range out {
		v := arr.Get(strconv.Itoa(i))
		if unwrapped {
			v = unwrap(v)
		}
		out[i] = v
	}
	return vm.NewArray(out...)
}

func (e *emitter) count(thisVal, typ, listener goja.Value) int {
	vm := e.rt.vm
	events := e.table(thisVal.ToObject(vm))
	if events == nil {
		return 0
	}
	l := e.get(events, keyOf(typ))
	if goja.IsUndefined(l) {
		return 0
	}
	match := func(v goja.Value) bool { return v.SameAs(listener) || unwrap(v).SameAs(listener) }
	hasListener := listener != nil && !goja.IsUndefined(listener) && !goja.IsNull(listener)
	if goja.IsCallable(l) {
		if hasListener && !match(l) {
			return 0
		}
		return 1
	}
	arr := l.ToObject(vm)
	n := int(arr.Get("length").ToInteger())
	if !hasListener {
		return n
	}
	c := 0
	for i := 0; i < n; i++ {
		if match(arr.Get(strconv.Itoa(i))) {
			c++
		}
	}
	return c
}

func (e *emitter) eventNames(thisVal goja.Value) goja.Value {
	vm := e.rt.vm
	o := thisVal.ToObject(vm)
	events := e.table(o)
	if events == nil || e.eventsCount(o) <= 0 {
		return vm.NewArray()
	}
	var names []any
	for _, k := range events.Keys() {
		if !goja.IsUndefined(nilSafe(events.Get(k))) {
			names = append(names, k)
		}
	}
	for _, s := range events.Symbols() {
		if !goja.IsUndefined(nilSafe(events.GetSymbol(s))) {
			names = append(names, s)
		}
	}
	return vm.NewArray(names...)
}

// compileOnce compiles source once per process, on first use.
func compileOnce(name, source string) func() *goja.Program {
	return sync.OnceValue(func() *goja.Program { return goja.MustCompile(name, source, true) })
}
