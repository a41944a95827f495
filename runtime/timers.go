package runtime

import (
	"container/heap"
	_ "embed"
	"math"
	"time"

	"github.com/dop251/goja"
	"github.com/gonode/gonode/internal/gojastore"
	"github.com/gonode/gonode/internal/nativefunc"
)

//go:embed lib/timers_promises.js
var timersPromisesSource string

func init() {
	RegisterCoreModule("timers", func(rt *Runtime, module *goja.Object) error {
		exports := rt.vm.NewObject()
		for _, k := range []string{"setTimeout", "clearTimeout", "setImmediate", "clearImmediate", "setInterval", "clearInterval"} {
			_ = exports.Set(k, rt.timerFuncs.Get(k))
		}
		rt.installLegacyTimers(exports)
		rt.defineLazy(exports, "promises", func() goja.Value {
			v, err := rt.Require("timers/promises")
			if err != nil {
				rt.Rethrow(err)
			}
			return v
		})
		return module.Set("exports", exports)
	})
	RegisterCoreModule("timers/promises", JSModule("node:timers/promises", timersPromisesSource))
	RegisterCoreModule("internal/timers", func(rt *Runtime, module *goja.Object) error {
		exports := rt.vm.NewObject()
		_ = exports.Set("validate", rt.validateTimerArgs)
		return module.Set("exports", exports)
	})
}

// timer is one setTimeout/setInterval entry, or an object enrolled with
// the legacy timers.enroll. As in node, its object's _onTimeout is what
// runs and its _repeat whether it runs again.
type timer struct {
	id      int64
	when    time.Time
	seq     uint64
	delay   time.Duration // in whole milliseconds, as node's timer lists
	args    []goja.Value
	ref     bool
	active  bool // in the heap
	cleared bool // by clearTimeout or close: refresh no longer re-arms it
	// destroyed mirrors the object's _destroyed; enrolled says the object
	// is not a Timeout but one given to the legacy timers.active.
	destroyed, enrolled bool
	index               int
	obj                 *goja.Object
	ctx                 AsyncContext // the context it was made in
}

// timerHeap orders timers by deadline, then by creation order.
type timerHeap struct {
	items  []*timer
	refs   int // active ref'd timers
	seq    uint64
	firing *timer // the timer whose callback runs, if any

	// What fireTimer, a method value made once (fire), runs.
	fire    func()
	fireFn  goja.Value // firing's _onTimeout
	fireNow time.Time  // when the round began
	calls   CallableCache

	store *gojastore.Layout // for a new Timeout's or Immediate's properties
}

func (h *timerHeap) Len() int { return len(h.items) }
func (h *timerHeap) Less(i, j int) bool {
	a, b := h.items[i], h.items[j]
	if a.when.Equal(b.when) {
		return a.seq < b.seq
	}
	return a.when.Before(b.when)
}
func (h *timerHeap) Swap(i, j int) {
	h.items[i], h.items[j] = h.items[j], h.items[i]
	h.items[i].index = i
	h.items[j].index = j
}
func (h *timerHeap) Push(x any) {
	t := x.(*timer)
	t.index = len(h.items)
	h.items = append(h.items, t)
}
func (h *timerHeap) Pop() any {
	n := len(h.items)
	t := h.items[n-1]
	h.items[n-1] = nil
	h.items = h.items[:n-1]
	t.index = -1
	return t
}

func (h *timerHeap) nextDeadline() (time.Time, bool) {
	if len(h.items) == 0 {
		return time.Time{}, false
	}
	return h.items[0].when, true
}

func (h *timerHeap) schedule(t *timer, now time.Time) {
	h.seq++
	t.seq = h.seq
	t.when = now.Add(t.delay)
	if !t.active {
		t.active = true
		if t.ref {
			h.refs++
		}
		heap.Push(h, t)
		return
	}
	heap.Fix(h, t.index)
}

func (h *timerHeap) remove(t *timer) {
	if !t.active {
		return
	}
	heap.Remove(h, t.index)
	t.active = false
	if t.ref {
		h.refs--
	}
}

func (h *timerHeap) setRef(t *timer, ref bool) {
	if t.ref == ref {
		return
	}
	t.ref = ref
	if t.active {
		if ref {
			h.refs++
		} else {
			h.refs--
		}
	}
}

// timerDelay converts a JS delay to a duration as Node does: values that are
// not numbers in [1, 2^31-1] become 1 ms.
// timerDelay converts a JS delay as node does: values that are not
// numbers in [1, 2^31-1] become 1 ms. It returns the delay node keeps in
// _idleTimeout.
func (rt *Runtime) timerDelay(v goja.Value) float64 {
	ms := math.NaN()
	if v != nil && !goja.IsUndefined(v) {
		ms = v.ToFloat()
	}
	if !(ms >= 1 && ms <= math.MaxInt32) {
		if ms > math.MaxInt32 {
			rt.Warn(rt.vm.ToValue(rt.vm.ToValue(ms).String()+" does not fit into a 32-bit signed integer.\nTimeout duration was set to 1."),
				rt.vm.ToValue("TimeoutOverflowWarning"))
		}
		ms = 1
	}
	return ms
}

// wholeMillis is the duration a timer of ms waits: node truncates delays
// to whole milliseconds, so that timers of 1, 1.1 and 1.8 ms share a list
// and run in the order they were made.
func wholeMillis(ms float64) time.Duration {
	return time.Duration(math.Trunc(ms)) * time.Millisecond
}

// validateTimerArgs is validate(delay, options) for timers/promises: it
// throws node's ERR_INVALID_ARG_TYPE for a delay that is not a number
// (undefined is fine), options that are not an object, an options.signal
// that is not an AbortSignal or an options.ref that is not a boolean.
func (rt *Runtime) validateTimerArgs(call goja.FunctionCall) goja.Value {
	invalid := func(what, expected string, v goja.Value) {
		panic(rt.NewNodeError("TypeError", "ERR_INVALID_ARG_TYPE", what+" must be "+expected+". Received "+describeReceived(v)))
	}
	if delay := call.Argument(0); !goja.IsUndefined(delay) {
		if _, ok := numberValue(delay); !ok {
			invalid(`The "delay" argument`, "of type number", delay)
		}
	}
	options, ok := call.Argument(1).(*goja.Object)
	if !ok || goja.IsCallable(options) || options.ClassName() == "Array" {
		invalid(`The "options" argument`, "of type object", call.Argument(1))
	}
	if signal := options.Get("signal"); signal != nil && !goja.IsUndefined(signal) {
		o, ok := signal.(*goja.Object)
		if !ok || o.Get("aborted") == nil { // node checks 'aborted' in signal

			invalid(`The "options.signal" property`, "an instance of AbortSignal", signal)
		}
	}
	if ref := options.Get("ref"); ref != nil && !goja.IsUndefined(ref) {
		if _, ok := ref.Export().(bool); !ok {
			invalid(`The "options.ref" property`, "of type boolean", ref)
		}
	}
	return goja.Undefined()
}

// runTimers runs every timer whose deadline has passed, in order. As in
// node, a timer runs its object's _onTimeout, and afterwards runs again
// after _repeat milliseconds if that is set (setInterval sets it; a
// callback may set or clear it), unless the callback cleared or refreshed
// it or set _idleTimeout to -1; otherwise it is done (_destroyed).
func (rt *Runtime) runTimers() {
	now := time.Now()
	rt.loopNow = now
	// The ticks a timer that threw left run at the end of the phase, as
	// node's timer callback scope runs them after processTimers.
	defer rt.drainTicks()
	for len(rt.timers.items) > 0 && !rt.exiting {
		t := rt.timers.items[0]
		if t.when.After(now) {
			return
		}
		rt.timers.remove(t)
		fn := t.obj.Get("_onTimeout")
		if fn == nil || !fn.ToBoolean() {
			rt.finishTimer(t)
			continue
		}
		rt.timers.firing, rt.timers.fireFn, rt.timers.fireNow = t, fn, now
		rt.CallGoIn(t.ctx, rt.timers.fire)
		rt.timers.firing, rt.timers.fireFn = nil, nil
	}
}

// fireTimer runs the firing timer's callback, then re-arms or finishes the
// timer, also when the callback throws: as node's listOnTimeout does in a
// finally block, before the exception reaches 'uncaughtException'.
func (rt *Runtime) fireTimer() {
	t, now := rt.timers.firing, rt.timers.fireNow
	var err error
	f, ok := rt.timers.calls.Of(rt.timers.fireFn)
	if ok {
		_, err = f(t.obj, t.args...)
	}
	rt.timers.firing = nil
	if !t.active && !t.cleared && !rt.exiting {
		if repeat := t.obj.Get("_repeat"); repeat != nil && repeat.ToBoolean() && !cleared(t.obj) {
			_ = t.obj.Set("_idleTimeout", repeat)
			t.delay = max(wholeMillis(repeat.ToFloat()), time.Millisecond)
			rt.timers.schedule(t, now)
		} else {
			rt.finishTimer(t)
		}
	}
	if !ok {
		panic(rt.vm.NewTypeError("timer._onTimeout is not a function"))
	}
	if err != nil {
		rt.Rethrow(err)
	}
}

// cleared reports whether obj's _idleTimeout is -1, node's mark of a
// timer stopped for good.
func cleared(obj *goja.Object) bool {
	v := obj.Get("_idleTimeout")
	return v != nil && v.ToFloat() == -1
}

// finishTimer marks a timer that will not run again (_destroyed), unless
// refresh re-arms it.
func (rt *Runtime) finishTimer(t *timer) {
	t.destroyed = true
	_ = t.obj.Set("_destroyed", true)
	delete(rt.timerIDs, t.id)
	rt.DestroyContext(t.ctx)
}

// newTimer creates a Timeout object and schedules it.
func (rt *Runtime) newTimer(call goja.FunctionCall, repeat bool) goja.Value {
	fn := call.Argument(0)
	if !goja.IsCallable(fn) {
		panic(rt.NewNodeError("TypeError", "ERR_INVALID_ARG_TYPE",
			`The "callback" argument must be of type function. Received `+describeReceived(fn)))
	}
	ms := rt.timerDelay(call.Argument(1))
	obj := rt.vm.NewObject()
	proto, _ := rt.timerProtos()
	obj.SetPrototype(proto)
	msValue := rt.vm.ToValue(ms)
	// From the current time, not the loop's cached one: node's timers ask
	// libuv to update its clock first, so a timer made after a long
	// synchronous stretch still waits its full delay.
	rt.loopNow = time.Now()
	timerArgs := goja.Undefined()
	var callArgs []goja.Value
	if len(call.Arguments) > 2 {
		callArgs = append([]goja.Value(nil), call.Arguments[2:]...)
		args := make([]any, len(callArgs))
		for i, a := range callArgs {
			args[i] = a
		}
		timerArgs = rt.vm.NewArray(args...)
	}
	repeatValue := goja.Null()
	if repeat {
		repeatValue = msValue
	}
	vals := [...]goja.Value{msValue, rt.vm.ToValue(rt.idleStart(rt.loopNow)), fn, timerArgs, repeatValue, rt.vm.ToValue(false)}
	rt.timers.store.DefineAll(obj, timeoutNames, vals[:])
	// Made complete before the timer, as async_hooks' init sees it.
	t := rt.newTimerOn(obj, ms)
	t.args = callArgs
	rt.timers.schedule(t, rt.loopNow)
	return t.obj
}

// timeoutNames and immediateNames are the own properties newTimer gives a
// Timeout and newImmediate an Immediate, in node's order.
var (
	timeoutNames   = gojastore.Names{"_idleTimeout", "_idleStart", "_onTimeout", "_timerArgs", "_repeat", "_destroyed"}
	immediateNames = gojastore.Names{"_onImmediate", "_destroyed"}
)

// newTimerOn makes the timer of obj, waiting ms, ref'd and not yet
// scheduled; obj finds it again through timerOf.
func (rt *Runtime) newTimerOn(obj *goja.Object, ms float64) *timer {
	rt.nextTimerID++
	t := &timer{id: rt.nextTimerID, delay: wholeMillis(ms), obj: obj, ref: true, index: -1, ctx: rt.CaptureContext("Timeout", obj)}
	_ = obj.DefineDataPropertySymbol(rt.timerSym, rt.HostRef(t), goja.FLAG_FALSE, goja.FLAG_FALSE, goja.FLAG_FALSE)
	rt.timerIDs[t.id] = t
	return t
}

func (rt *Runtime) timerOf(v goja.Value) *timer {
	switch v := v.(type) {
	case *goja.Object:
		if t, ok := HostOf(v.GetSymbol(rt.timerSym)).(*timer); ok {
			return t
		}
	case nil:
	default:
		if goja.IsUndefined(v) || goja.IsNull(v) {
			return nil
		}
		// clearTimeout accepts the numeric id from Timeout[Symbol.toPrimitive].
		return rt.timerIDs[v.ToInteger()]
	}
	return nil
}

// clearTimer is clearTimeout and clearInterval, for a Timeout (or an
// enrolled object) or the id its Symbol.toPrimitive gave: as in node, it
// takes its _onTimeout away and unenrolls it.
func (rt *Runtime) clearTimer(call goja.FunctionCall) goja.Value {
	obj, ok := call.Argument(0).(*goja.Object)
	if !ok {
		t := rt.timerOf(call.Argument(0))
		if t == nil {
			return goja.Undefined()
		}
		obj = t.obj
	}
	if fn := obj.Get("_onTimeout"); fn != nil && fn.ToBoolean() {
		_ = obj.Set("_onTimeout", goja.Null())
		rt.unenroll(obj)
	}
	return goja.Undefined()
}

// unenroll stops obj's timer for good, as node's unenroll: _destroyed, and
// _idleTimeout -1 so that refresh and active no longer re-arm it.
func (rt *Runtime) unenroll(obj *goja.Object) {
	t := rt.timerOf(obj)
	if t != nil {
		rt.timers.remove(t)
		t.cleared = true
		delete(rt.timerIDs, t.id)
		if t.destroyed {
			return
		}
		t.destroyed = true
		rt.DestroyContext(t.ctx)
	} else if d := obj.Get("_destroyed"); d != nil && d.ToBoolean() {
		return
	}
	_ = obj.Set("_destroyed", true)
	if t == nil || t.enrolled {
		_ = obj.Set("_idleNext", goja.Null())
		_ = obj.Set("_idlePrev", goja.Null())
	}
	_ = obj.Set("_idleTimeout", -1)
}

// activate (re)starts obj's timer from now for its _idleTimeout, ref'd or
// not, as node's insertGuarded (refresh, and the legacy active and
// _unrefActive): not once _idleTimeout is negative (cleared) or unset.
func (rt *Runtime) activate(obj *goja.Object, ref bool) {
	v := obj.Get("_idleTimeout")
	if v == nil || goja.IsUndefined(v) {
		return
	}
	ms := v.ToFloat()
	if !(ms >= 0) {
		return
	}
	t := rt.timerOf(obj)
	if t == nil {
		t = rt.newTimerOn(obj, ms)
		t.enrolled = true
	} else if t.cleared {
		t.cleared = false
		rt.timerIDs[t.id] = t
	}
	t.delay = wholeMillis(ms)
	rt.timers.setRef(t, ref)
	now := time.Now()
	_ = obj.Set("_idleStart", rt.idleStart(now))
	if t.enrolled {
		// Linked, as in node's lists (enroll links it to itself).
		if next := obj.Get("_idleNext"); next == nil || !next.ToBoolean() {
			_ = obj.Set("_idleNext", obj)
			_ = obj.Set("_idlePrev", obj)
		}
	}
	if t.destroyed || t.enrolled {
		t.destroyed = false
		_ = obj.Set("_destroyed", false)
	}
	rt.timers.schedule(t, now)
}

// idleStart is a timer's _idleStart for a start at now: whole milliseconds
// since the runtime started, as node's loop clock counts.
func (rt *Runtime) idleStart(now time.Time) int64 {
	return now.Sub(rt.milestones[MilestoneNodeStart]).Milliseconds()
}

// immediate is one setImmediate entry.
type immediate struct {
	fn        goja.Value
	args      []goja.Value
	ref       bool
	cancelled bool
	obj       *goja.Object
	ctx       AsyncContext // the context it was made in
}

func (rt *Runtime) setImmediate(call goja.FunctionCall) goja.Value {
	fn := call.Argument(0)
	if !goja.IsCallable(fn) {
		panic(rt.NewNodeError("TypeError", "ERR_INVALID_ARG_TYPE",
			`The "callback" argument must be of type function. Received `+describeReceived(fn)))
	}
	var args []goja.Value
	if len(call.Arguments) > 1 {
		args = append(args, call.Arguments[1:]...)
	}
	return rt.newImmediate(fn, args)
}

// newImmediate queues fn(...args) for the loop's check phase and returns
// its Immediate object.
func (rt *Runtime) newImmediate(fn goja.Value, args []goja.Value) *goja.Object {
	im := &immediate{fn: fn, args: args, ref: true, obj: rt.vm.NewObject()}
	_, proto := rt.timerProtos()
	im.obj.SetPrototype(proto)
	im.ctx = rt.CaptureContext("Immediate", im.obj)
	vals := [...]goja.Value{fn, rt.vm.ToValue(false)}
	rt.timers.store.DefineAll(im.obj, immediateNames, vals[:])
	rt.immediateObjs[im.obj] = im
	rt.immediates = append(rt.immediates, im)
	rt.immediateRefs++
	return im.obj
}

func (rt *Runtime) immediateOf(v goja.Value) *immediate {
	if o, ok := v.(*goja.Object); ok {
		return rt.immediateObjs[o]
	}
	return nil
}

// clearImmediate cancels im for clearImmediate: its async resource ends.
func (rt *Runtime) clearImmediate(im *immediate) {
	if !im.cancelled {
		rt.cancelImmediate(im)
		rt.DestroyContext(im.ctx)
	}
}

func (rt *Runtime) cancelImmediate(im *immediate) {
	if im.cancelled {
		return
	}
	im.cancelled = true
	_ = rt.timers.store.Set(im.obj, "_destroyed", rt.vm.ToValue(true))
	delete(rt.immediateObjs, im.obj)
	if im.ref {
		rt.immediateRefs--
	}
}

// runImmediates runs the immediates queued before this phase began; ones
// queued while it runs wait for the next loop iteration, as in Node.
func (rt *Runtime) runImmediates() {
	if len(rt.async.destroyed) > 0 {
		rt.CallGo(rt.emitDestroyed)
	}
	if len(rt.immediates) == 0 {
		return
	}
	// The phase's batch and the queue for the next one take turns with two
	// slices, rather than a new one each phase.
	batch := rt.immediates
	rt.immediates, rt.spareImmediates = rt.spareImmediates[:0], nil
	for i, im := range batch {
		if rt.exiting {
			rt.immediates = append(batch[i:], rt.immediates...)
			return
		}
		if im.cancelled {
			continue
		}
		rt.cancelImmediate(im)
		rt.CallIn(im.ctx, im.fn, im.obj, im.args...)
		rt.DestroyContext(im.ctx)
	}
	clear(batch)
	rt.spareImmediates = batch[:0]
}

// installTimers defines the timer globals and the Timeout/Immediate
// prototypes.
func (rt *Runtime) installTimers() {
	vm := rt.vm
	rt.timerSym = goja.NewSymbol("timer")
	rt.timerIDs = map[int64]*timer{}
	rt.timers.fire = rt.fireTimer
	rt.timers.store = gojastore.For(vm)
	rt.immediateObjs = map[*goja.Object]*immediate{}
	rt.installTimerFuncs()
}

// timerProtos returns the prototypes of Timeout and Immediate objects,
// made with the first of either.
func (rt *Runtime) timerProtos() (timeout, immediate *goja.Object) {
	if rt.timeoutProto == nil {
		rt.makeTimerProtos()
	}
	return rt.timeoutProto, rt.immediateProto
}

// makeTimerProtos makes node's Timeout and Immediate classes, whose
// constructors only their prototypes' constructor properties reach.
func (rt *Runtime) makeTimerProtos() {
	vm := rt.vm
	// Class methods are non-enumerable, as in node's Timeout and Immediate
	// classes; Timeout's close is assigned there, so it stays enumerable.
	method := func(proto *goja.Object, name string, fn func(goja.FunctionCall) goja.Value) {
		_ = proto.DefineDataProperty(name, rt.namedFunc(name, fn), goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_FALSE)
	}
	tp := vm.NewObject()
	rt.timeoutProto = tp
	this := func(call goja.FunctionCall) *timer { return rt.timerOf(call.This) }
	method(tp, "ref", func(call goja.FunctionCall) goja.Value {
		if t := this(call); t != nil {
			rt.timers.setRef(t, true)
		}
		return call.This
	})
	method(tp, "unref", func(call goja.FunctionCall) goja.Value {
		if t := this(call); t != nil {
			rt.timers.setRef(t, false)
		}
		return call.This
	})
	method(tp, "hasRef", func(call goja.FunctionCall) goja.Value {
		t := this(call)
		return vm.ToValue(t != nil && t.ref)
	})
	// refresh re-arms the timer from now, also once it has fired (as in
	// Node), but not once it has been cleared.
	method(tp, "refresh", func(call goja.FunctionCall) goja.Value {
		if t := this(call); t != nil {
			rt.activate(t.obj, t.ref)
		}
		return call.This
	})
	_ = tp.Set("close", nativefunc.New(vm, func(call goja.FunctionCall) goja.Value {
		rt.clearTimer(goja.FunctionCall{Arguments: []goja.Value{call.This}})
		return call.This
	}))
	_ = tp.SetSymbol(goja.SymToPrimitive, nativefunc.New(vm, func(call goja.FunctionCall) goja.Value {
		if t := this(call); t != nil {
			return vm.ToValue(t.id)
		}
		return goja.NaN()
	}))
	_ = tp.DefineDataPropertySymbol(goja.SymDispose, rt.namedFunc("[Symbol.dispose]", func(call goja.FunctionCall) goja.Value {
		return rt.clearTimer(goja.FunctionCall{Arguments: []goja.Value{call.This}})
	}), goja.FLAG_TRUE, goja.FLAG_FALSE, goja.FLAG_TRUE)
	ctor := vm.ToValue(func(goja.ConstructorCall) *goja.Object {
		panic(vm.NewTypeError("Illegal constructor"))
	}).(*goja.Object)
	_ = ctor.Set("prototype", tp)
	_ = tp.DefineDataProperty("constructor", ctor, goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_FALSE)
	_ = ctor.DefineDataProperty("name", vm.ToValue("Timeout"), goja.FLAG_FALSE, goja.FLAG_TRUE, goja.FLAG_FALSE)

	ip := vm.NewObject()
	rt.immediateProto = ip
	// immediateOf finds only immediates still queued, so these need not
	// check for one that ran or was cleared.
	method(ip, "ref", func(call goja.FunctionCall) goja.Value {
		if im := rt.immediateOf(call.This); im != nil && !im.ref {
			im.ref = true
			rt.immediateRefs++
		}
		return call.This
	})
	method(ip, "unref", func(call goja.FunctionCall) goja.Value {
		if im := rt.immediateOf(call.This); im != nil && im.ref {
			im.ref = false
			rt.immediateRefs--
		}
		return call.This
	})
	method(ip, "hasRef", func(call goja.FunctionCall) goja.Value {
		im := rt.immediateOf(call.This)
		return vm.ToValue(im != nil && im.ref)
	})
	_ = ip.DefineDataPropertySymbol(goja.SymDispose, rt.namedFunc("[Symbol.dispose]", func(call goja.FunctionCall) goja.Value {
		if im := rt.immediateOf(call.This); im != nil {
			rt.clearImmediate(im)
		}
		return goja.Undefined()
	}), goja.FLAG_TRUE, goja.FLAG_FALSE, goja.FLAG_TRUE)
	ictor := vm.ToValue(func(goja.ConstructorCall) *goja.Object {
		panic(vm.NewTypeError("Illegal constructor"))
	}).(*goja.Object)
	_ = ictor.Set("prototype", ip)
	_ = ip.DefineDataProperty("constructor", ictor, goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_FALSE)
	_ = ictor.DefineDataProperty("name", vm.ToValue("Immediate"), goja.FLAG_FALSE, goja.FLAG_TRUE, goja.FLAG_FALSE)
}

// installTimerFuncs defines the global timer functions, also kept in
// rt.timerFuncs.
func (rt *Runtime) installTimerFuncs() {
	vm := rt.vm
	g := vm.GlobalObject()
	rt.timerFuncs = vm.NewObject()
	set := func(name string, fn func(goja.FunctionCall) goja.Value) {
		v := rt.namedFunc(name, fn)
		_ = g.Set(name, v)
		_ = rt.timerFuncs.Set(name, v)
	}
	set("setTimeout", func(call goja.FunctionCall) goja.Value { return rt.newTimer(call, false) })
	set("setInterval", func(call goja.FunctionCall) goja.Value { return rt.newTimer(call, true) })
	set("clearTimeout", rt.clearTimer)
	set("clearInterval", rt.clearTimer)
	set("setImmediate", rt.setImmediate)
	set("clearImmediate", func(call goja.FunctionCall) goja.Value {
		if im := rt.immediateOf(call.Argument(0)); im != nil {
			rt.clearImmediate(im)
		}
		return goja.Undefined()
	})
	// util.promisify(setTimeout) and util.promisify(setImmediate) give the
	// timers/promises forms, as in Node.
	promisifyCustom := rt.SymbolFor("nodejs.util.promisify.custom")
	for _, name := range []string{"setTimeout", "setImmediate"} {
		name := name
		fn := rt.timerFuncs.Get(name).(*goja.Object)
		getter := nativefunc.New(vm, func(goja.FunctionCall) goja.Value {
			p, err := rt.Require("timers/promises")
			if err != nil {
				rt.Rethrow(err)
			}
			return p.ToObject(vm).Get(name)
		})
		_ = fn.DefineAccessorPropertySymbol(promisifyCustom, getter, nil, goja.FLAG_TRUE, goja.FLAG_FALSE)
	}
	set("queueMicrotask", func(call goja.FunctionCall) goja.Value {
		fn := call.Argument(0)
		if !goja.IsCallable(fn) {
			panic(rt.NewNodeError("TypeError", "ERR_INVALID_ARG_TYPE",
				`The "callback" argument must be of type function. Received `+describeReceived(fn)))
		}
		rt.queueMicrotask(fn)
		return goja.Undefined()
	})
}

// installLegacyTimers adds node's deprecated timers functions to exports:
// enroll(item, msecs) gives an object a timer of msecs that active(item)
// (or _unrefActive, unref'd) starts; it runs item._onTimeout; unenroll
// stops it.
func (rt *Runtime) installLegacyTimers(exports *goja.Object) {
	vm := rt.vm
	itemOf := func(call goja.FunctionCall) *goja.Object {
		return call.Argument(0).ToObject(vm)
	}
	_ = exports.Set("_unrefActive", rt.deprecatedFunc("_unrefActive", func(call goja.FunctionCall) goja.Value {
		rt.activate(itemOf(call), false)
		return goja.Undefined()
	}, "timers._unrefActive() is deprecated. Please use timeout.refresh() instead.", "DEP0127"))
	_ = exports.Set("active", rt.deprecatedFunc("active", func(call goja.FunctionCall) goja.Value {
		rt.activate(itemOf(call), true)
		return goja.Undefined()
	}, "timers.active() is deprecated. Please use timeout.refresh() instead.", "DEP0126"))
	_ = exports.Set("unenroll", rt.deprecatedFunc("unenroll", func(call goja.FunctionCall) goja.Value {
		rt.unenroll(itemOf(call))
		return goja.Undefined()
	}, "timers.unenroll() is deprecated. Please use clearTimeout instead.", "DEP0096"))
	_ = exports.Set("enroll", rt.deprecatedFunc("enroll", func(call goja.FunctionCall) goja.Value {
		item := itemOf(call)
		ms := rt.enrollDuration(call.Argument(1))
		if t := rt.timerOf(item); t != nil && t.active {
			rt.unenroll(item)
		}
		_ = item.Set("_idleNext", item)
		_ = item.Set("_idlePrev", item)
		_ = item.Set("_idleTimeout", ms)
		return goja.Undefined()
	}, "timers.enroll() is deprecated. Please use setTimeout instead.", "DEP0095"))
}

// enrollDuration checks enroll's msecs as node's getTimerDuration: a
// non-negative finite number, at most 2^31-1 (larger ones are cut down,
// with a warning).
func (rt *Runtime) enrollDuration(v goja.Value) float64 {
	ms, ok := numberValue(v)
	if !ok {
		panic(rt.NewNodeError("TypeError", "ERR_INVALID_ARG_TYPE", `The "msecs" argument must be of type number. Received `+describeReceived(v)))
	}
	if ms < 0 || math.IsInf(ms, 0) || math.IsNaN(ms) {
		panic(rt.NewNodeError("RangeError", "ERR_OUT_OF_RANGE",
			`The value of "msecs" is out of range. It must be a non-negative finite number. Received `+rt.vm.ToValue(ms).String()))
	}
	if ms > math.MaxInt32 {
		rt.Warn(rt.vm.ToValue(rt.vm.ToValue(ms).String()+" does not fit into a 32-bit signed integer.\nTimer duration was truncated to 2147483647."),
			rt.vm.ToValue("TimeoutOverflowWarning"))
		return math.MaxInt32
	}
	return ms
}

// deprecatedFunc is a function named name that runs fn as
// util.deprecate(fn, msg, code) would, util being loaded on its first call.
func (rt *Runtime) deprecatedFunc(name string, fn func(goja.FunctionCall) goja.Value, msg, code string) goja.Value {
	var wrapped goja.Callable
	inner := rt.namedFunc(name, fn)
	return rt.namedFunc(name, func(call goja.FunctionCall) goja.Value {
		if wrapped == nil {
			w := rt.callMethod(rt.exportsOf("util"), "deprecate", inner, rt.vm.ToValue(msg), rt.vm.ToValue(code))
			wrapped, _ = goja.AssertFunction(w)
		}
		v, err := wrapped(call.This, call.Arguments...)
		if err != nil {
			rt.Rethrow(err)
		}
		return v
	})
}
