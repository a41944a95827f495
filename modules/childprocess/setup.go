package childprocess

import (
	"strconv"

	"github.com/dop251/goja"
	"github.com/gonode/gonode/internal/nativefunc"
	"github.com/gonode/gonode/runtime"
)

// ipcLib is one runtime's share of what channels set up in Go have in
// common: the symbols lib/ipc_io.js and lib/ipc_handles.js read targets
// and controls by (lib/ipc.js exports them from the binding), Control's
// prototype, and those two libraries, required when first needed. Setting
// a channel up in Go (setup) compiles no JavaScript: a forked child sends
// its first message without compiling lib/ipc.js.
type ipcLib struct {
	rt *runtime.Runtime
	// Symbols as node names them: kChannelHandle is the target's channel,
	// kPendingMessages the control's queue of messages no one listened
	// to, kAfterChannelEnd what disconnect() does once writes finish,
	// kWrites the channel a target sent on (kept after it closed) and
	// kState a control's Go state.
	kChannelHandle, kPendingMessages, kAfterChannelEnd, kWrites, kState *goja.Symbol
	kSockets                                                            *goja.Symbol // Symbol.for('gonode.ipc.sockets'): modules/net/handles.js's too
	controlProto                                                        *goja.Object
	io, handles                                                         *goja.Object
	calls                                                               runtime.CallableCache // callMethod's
}

// ipcLibKey is the runtime.Local key of a runtime's ipcLib.
type ipcLibKey struct{}

// ipcLibOf returns rt's ipcLib, made on first use.
func ipcLibOf(rt *runtime.Runtime) *ipcLib {
	return rt.Local(ipcLibKey{}, func() any {
		return &ipcLib{
			rt:               rt,
			kChannelHandle:   goja.NewSymbol("kChannelHandle"),
			kPendingMessages: goja.NewSymbol("kPendingMessages"),
			kAfterChannelEnd: goja.NewSymbol("kAfterChannelEnd"),
			kWrites:          goja.NewSymbol("kWrites"),
			kState:           goja.NewSymbol("kState"),
			kSockets:         rt.SymbolFor("gonode.ipc.sockets"),
		}
	}).(*ipcLib)
}

// symbols is the object lib/ipc.js exports the symbols from.
func (l *ipcLib) symbols() *goja.Object {
	o := l.rt.VM().NewObject()
	_ = o.Set("kChannelHandle", l.kChannelHandle)
	_ = o.Set("kPendingMessages", l.kPendingMessages)
	_ = o.Set("kAfterChannelEnd", l.kAfterChannelEnd)
	_ = o.Set("kWrites", l.kWrites)
	return o
}

// lib returns the exports of the core module name, cached in *slot.
func (l *ipcLib) lib(slot **goja.Object, name string) *goja.Object {
	if *slot == nil {
		v, err := l.rt.Require(name)
		if err != nil {
			l.rt.Rethrow(err)
		}
		*slot = v.ToObject(l.rt.VM())
	}
	return *slot
}

// call calls the function name of lib/ipc_io.js (handles false) or
// lib/ipc_handles.js (handles true) on this and args; what it throws
// propagates.
func (l *ipcLib) call(handles bool, name string, this goja.Value, args ...goja.Value) goja.Value {
	lib := l.lib(&l.io, "internal/child_process/ipc_io")
	if handles {
		lib = l.lib(&l.handles, "internal/child_process/ipc_handles")
	}
	fn, _ := goja.AssertFunction(lib.Get(name))
	v, err := fn(this, args...)
	if err != nil {
		l.rt.Rethrow(err)
	}
	return v
}

// control is the Go state of a Control, target.channel: explicit ref()
// and unref() set the channel's liveness (ch.explicit); until then it is
// ref'd while refs (a child's 'message' and 'disconnect' listeners) is
// positive, or always when base (a parent).
type control struct {
	ch   *channel
	base bool
	refs int
}

func (c *control) setRef(ref, explicit bool) {
	c.ch.wantRef, c.ch.explicit = ref, explicit
	c.ch.updateRef()
}

// controlOf is this's control state; a receiver that is no Control throws.
func (l *ipcLib) controlOf(this goja.Value) *control {
	if o, ok := this.(*goja.Object); ok {
		if c, ok := runtime.HostOf(o.GetSymbol(l.kState)).(*control); ok {
			return c
		}
	}
	panic(l.rt.VM().NewTypeError("Illegal invocation"))
}

// newControl makes a Control (an EventEmitter, as node's) for ch.
func (l *ipcLib) newControl(ch *channel, base bool) (*goja.Object, *control) {
	vm := l.rt.VM()
	if l.controlProto == nil {
		l.controlProto = l.makeControlProto()
	}
	events, err := l.rt.Require("events")
	if err != nil {
		l.rt.Rethrow(err)
	}
	o := vm.NewObject()
	_ = o.SetPrototype(l.controlProto)
	if init, ok := goja.AssertFunction(events); ok {
		if _, err := init(o); err != nil {
			l.rt.Rethrow(err)
		}
	}
	c := &control{ch: ch, base: base}
	_ = o.DefineDataPropertySymbol(l.kState, l.rt.HostRef(c), goja.FLAG_TRUE, goja.FLAG_FALSE, goja.FLAG_TRUE)
	_ = o.SetSymbol(l.kPendingMessages, vm.NewArray())
	return o, c
}

// makeControlProto makes Control.prototype, which inherits
// EventEmitter.prototype.
func (l *ipcLib) makeControlProto() *goja.Object {
	vm := l.rt.VM()
	proto := l.rt.NewObjectOfClass("Control").Prototype()
	if events, err := l.rt.Require("events"); err == nil {
		if ep, ok := events.ToObject(vm).Get("prototype").(*goja.Object); ok {
			_ = proto.SetPrototype(ep)
		}
	}
	method := func(name string, fn func(*goja.Object, *control)) {
		_ = proto.DefineDataProperty(name, runtime.NewFunction(vm, name, 0, func(call goja.FunctionCall) goja.Value {
			c := l.controlOf(call.This)
			fn(call.This.(*goja.Object), c)
			return goja.Undefined()
		}), goja.FLAG_TRUE, goja.FLAG_FALSE, goja.FLAG_TRUE)
	}
	method("refCounted", func(_ *goja.Object, c *control) { c.refCounted() })
	method("unrefCounted", l.unrefCounted)
	method("ref", func(_ *goja.Object, c *control) { c.setRef(true, true) })
	method("unref", func(_ *goja.Object, c *control) { c.setRef(false, true) })
	fd := runtime.NewFunction(vm, "get fd", 0, func(call goja.FunctionCall) goja.Value {
		return vm.ToValue(l.controlOf(call.This).ch.c.FD())
	})
	_ = proto.DefineAccessorProperty("fd", fd, nil, goja.FLAG_TRUE, goja.FLAG_FALSE)
	return proto
}

// refCounted counts a listener that keeps a child's channel alive.
func (c *control) refCounted() {
	if c.refs++; c.refs == 1 && !c.ch.explicit {
		c.setRef(true, false)
	}
}

// unrefCounted uncounts one; the last one gone emits 'unref' on the
// control.
func (l *ipcLib) unrefCounted(o *goja.Object, c *control) {
	if c.refs--; c.refs == 0 && !c.ch.explicit {
		c.setRef(c.base, false)
		l.emit(o, "unref")
	}
}

// emit calls o.emit(event).
func (l *ipcLib) emit(o *goja.Object, event string) {
	emit, _ := goja.AssertFunction(o.Get("emit"))
	if emit == nil {
		return
	}
	if _, err := emit(o, l.rt.VM().ToValue(event)); err != nil {
		l.rt.Rethrow(err)
	}
}

// on calls o.on(event, fn), fn named name and taking one argument.
func (l *ipcLib) on(o *goja.Object, event, name string, fn func(goja.FunctionCall) goja.Value) {
	on, _ := goja.AssertFunction(o.Get("on"))
	if on == nil {
		return
	}
	if _, err := on(o, l.rt.VM().ToValue(event), runtime.NewFunction(l.rt.VM(), name, 1, fn)); err != nil {
		l.rt.Rethrow(err)
	}
}

// setup(target, onEOF[, base]) is setupTarget for lib/internal.js: base
// defaults to true.
func (ch *channel) setup(call goja.FunctionCall) goja.Value {
	target := objectArg(ch.rt.VM(), call, 0)
	if target == nil {
		panic(ch.rt.VM().NewTypeError("setup: target must be an object"))
	}
	base := goja.IsUndefined(call.Argument(2)) || call.Argument(2).ToBoolean()
	ctrl, _ := ch.setupTarget(target, call.Argument(1), base)
	return ctrl
}

// setupTarget gives target send(), disconnect(), connected and channel (a
// Control, returned with its state) over this channel, and starts reading
// (NODE-IPC.md §3). base is the channel's liveness before any counting:
// true in a parent, false in a child. onEOF runs after the peer closed
// (the parent's maybeClose). What a channel does beyond plain messages is
// lib/ipc_io.js's and lib/ipc_handles.js's, loaded when first needed; they
// get the channel's context, {target, channel, onEOF}.
func (ch *channel) setupTarget(target *goja.Object, onEOF goja.Value, base bool) (*goja.Object, *control) {
	rt, vm := ch.rt, ch.rt.VM()
	l := ipcLibOf(rt)
	self := ch.jsObject
	ctrl, state := l.newControl(ch, base)
	state.setRef(base, false)
	_ = target.Set("channel", ctrl)
	_ = target.SetSymbol(l.kChannelHandle, self)
	_ = target.SetSymbol(l.kWrites, self)
	warned := false
	get := runtime.NewFunction(vm, "get", 0, func(goja.FunctionCall) goja.Value {
		if !warned {
			warned = true
			rt.Warn(vm.ToValue("_channel is deprecated. Use ChildProcess.channel instead."),
				vm.ToValue("DeprecationWarning"), vm.ToValue("DEP0129"))
		}
		return target.Get("channel")
	})
	set := runtime.NewFunction(vm, "set", 1, func(call goja.FunctionCall) goja.Value {
		_ = target.Set("channel", call.Argument(0))
		return goja.Undefined()
	})
	_ = target.DefineAccessorProperty("_channel", get, set, goja.FLAG_TRUE, goja.FLAG_FALSE)
	_ = target.Set("_handleQueue", goja.Null())
	_ = target.Set("_pendingMessage", goja.Null())
	// Socket lists by the peer's server key (internal/net/handles): keys
	// come off the wire, so no inherited name (toString, __proto__) may
	// match one.
	sockets := vm.NewObject()
	for _, side := range []string{"got", "send"} {
		list := vm.NewObject()
		_ = list.SetPrototype(nil)
		_ = sockets.Set(side, list)
	}
	_ = target.SetSymbol(l.kSockets, sockets)

	ctx := vm.NewObject()
	_ = ctx.Set("target", target)
	_ = ctx.Set("channel", self)
	_ = ctx.Set("onEOF", onEOF)
	undef := goja.Undefined()
	writeFailed := func(errno goja.Value) goja.Value {
		return l.call(false, "writeFailed", undef, ctx, errno, undef, undef)
	}
	ch.startReading(target,
		nativefunc.New(vm, func(goja.FunctionCall) goja.Value {
			l.onEnd(ch, target, onEOF)
			return undef
		}),
		nativefunc.New(vm, func(call goja.FunctionCall) goja.Value {
			// A user message nobody listens to yet waits for a listener.
			if c, ok := target.Get("channel").(*goja.Object); ok {
				if q, ok := c.GetSymbol(l.kPendingMessages).(*goja.Object); ok {
					entry := vm.NewArray(vm.ToValue("message"), call.Argument(0), undef)
					_ = q.Set(q.Get("length").String(), entry)
				}
			}
			return undef
		}),
		nativefunc.New(vm, func(call goja.FunctionCall) goja.Value { return writeFailed(call.Argument(0)) }))

	// Replay user messages that arrived while nobody listened.
	replay := nativefunc.New(vm, func(goja.FunctionCall) goja.Value {
		l.replayPending(target)
		return undef
	})
	replayFn, _ := goja.AssertFunction(replay)
	l.on(target, "newListener", "", func(goja.FunctionCall) goja.Value {
		rt.NextTick(replayFn)
		return undef
	})
	// The handle protocol's messages; others are for their own listeners
	// (cluster).
	l.on(target, "internalMessage", "", func(call goja.FunctionCall) goja.Value {
		if m, ok := call.Argument(0).(*goja.Object); ok && m.Get("cmd") != nil {
			switch m.Get("cmd").String() {
			case "NODE_HANDLE", "NODE_HANDLE_ACK", "NODE_HANDLE_NACK":
				l.call(true, "internalMessage", undef, ctx, m, call.Argument(1))
			}
		}
		return undef
	})
	// send's fast path (a plain message, nothing queued) is sendFunction's;
	// the rest is in ipc_io, as are _send and disconnect (their functions
	// named and sized as node's anonymous ones).
	slow := func(this goja.Value, args ...goja.Value) (goja.Value, error) {
		return l.call(false, "send", undef, append([]goja.Value{this}, args...)...), nil
	}
	failed := func(_ goja.Value, args ...goja.Value) (goja.Value, error) {
		return writeFailed(args[0]), nil
	}
	_ = target.Set("send", ch.sendFunction(slow, failed))
	_ = target.Set("_send", runtime.NewFunction(vm, "", 4, func(call goja.FunctionCall) goja.Value {
		return l.call(false, "_send", undef, append([]goja.Value{ctx, call.This}, call.Arguments...)...)
	}))
	_ = target.Set("connected", true)
	// disconnect() and _disconnect() are lib/ipc_io.js's; their common
	// case, a connected target with no handle in flight or waiting, is
	// here, so that a child's exit compiles no JavaScript.
	_ = target.Set("disconnect", runtime.NewFunction(vm, "", 0, func(call goja.FunctionCall) goja.Value {
		if call.This != target || !target.Get("connected").ToBoolean() {
			l.call(false, "disconnect", undef, call.This)
			return undef
		}
		_ = target.Set("connected", false)
		if isNullish(target.Get("_handleQueue")) {
			l.callMethod(target, "_disconnect")
		}
		return undef
	}))
	finish := nativefunc.New(vm, func(goja.FunctionCall) goja.Value {
		ch.close()
		l.callMethod(target, "emit", vm.ToValue("disconnect"))
		return undef
	})
	finishFn, _ := goja.AssertFunction(finish)
	_ = target.Set("_disconnect", runtime.NewFunction(vm, "", 0, func(call goja.FunctionCall) goja.Value {
		if call.This != target || !l.nothingInFlight(target) {
			l.call(false, "_disconnect", undef, ctx, call.This)
			return undef
		}
		_ = target.Set("channel", goja.Null())
		_ = target.SetSymbol(l.kChannelHandle, goja.Null())
		_ = target.Set("_handleQueue", goja.Null())
		rt.NextTick(finishFn)
		return undef
	}))
	return ctrl, state
}

// nothingInFlight reports whether target, still holding its channel, has
// no handle waiting to be sent, acknowledged or taken: what lib/ipc_io.js's
// _disconnect would close.
func (l *ipcLib) nothingInFlight(target *goja.Object) bool {
	c, ok := target.Get("channel").(*goja.Object)
	if !ok {
		return false
	}
	q, ok := c.GetSymbol(l.kPendingMessages).(*goja.Object)
	if !ok || q.Get("length").ToInteger() != 0 {
		return false
	}
	return !target.Get("_pendingMessage").ToBoolean() && isNullish(target.Get("_handleQueue"))
}

// onEnd is lib/ipc_io.js's onEnd: the peer closed the channel. The target
// disconnects (disconnect() waits for an ACK while handles are in flight;
// at the end none can come), the channel closes, onEOF (the parent's
// maybeClose) runs, and then what afterChannelEnd left for the end, once
// the target's write callbacks have run.
func (l *ipcLib) onEnd(ch *channel, target *goja.Object, onEOF goja.Value) {
	if target.Get("connected").ToBoolean() {
		l.callMethod(target, "disconnect")
	}
	if target.Get("channel").ToBoolean() {
		l.callMethod(target, "_disconnect")
	}
	ch.close()
	_ = target.SetSymbol(l.kChannelHandle, goja.Null())
	if onEOF != nil && onEOF.ToBoolean() {
		l.rt.CallFrom(&l.calls, onEOF, goja.Undefined(), target)
	}
	afterEnd, ok := goja.AssertFunction(target.GetSymbol(l.kAfterChannelEnd))
	if !ok {
		return
	}
	_ = target.SetSymbol(l.kAfterChannelEnd, goja.Null())
	later := nativefunc.New(l.rt.VM(), func(goja.FunctionCall) goja.Value {
		l.rt.NextTick(afterEnd)
		return goja.Undefined()
	})
	// whenWritten (lib/ipc_io.js): the channel the target wrote on runs it
	// once their callbacks have run; with none, it runs now.
	if w, ok := target.GetSymbol(l.kWrites).(*goja.Object); ok && w.ToBoolean() {
		l.callMethod(w, "whenWritten", later)
		return
	}
	l.rt.CallFrom(&l.calls, later, goja.Undefined())
}

// callMethod calls o[name](...args); what it throws propagates.
func (l *ipcLib) callMethod(o *goja.Object, name string, args ...goja.Value) goja.Value {
	return l.rt.CallFrom(&l.calls, o.Get(name), o, args...)
}

func isNullish(v goja.Value) bool {
	return v == nil || goja.IsUndefined(v) || goja.IsNull(v)
}

// replayPending emits the user messages target's control holds, once
// target has 'message' listeners.
func (l *ipcLib) replayPending(target *goja.Object) {
	vm := l.rt.VM()
	c, ok := target.Get("channel").(*goja.Object)
	if !ok || !l.listens(target, "message") {
		return
	}
	q, ok := c.GetSymbol(l.kPendingMessages).(*goja.Object)
	if !ok {
		return
	}
	n := int(q.Get("length").ToInteger())
	if n == 0 {
		return
	}
	emit, _ := goja.AssertFunction(target.Get("emit"))
	for i := 0; i < n; i++ {
		entry := q.Get(strconv.Itoa(i)).ToObject(vm)
		if h, ok := entry.Get("2").(*goja.Object); ok {
			if ref, ok := goja.AssertFunction(h.Get("ref")); ok {
				if _, err := ref(h); err != nil {
					l.rt.Rethrow(err)
				}
			}
		}
		if _, err := emit(target, entry.Get("0"), entry.Get("1"), entry.Get("2")); err != nil {
			l.rt.Rethrow(err)
		}
	}
	_ = c.SetSymbol(l.kPendingMessages, vm.NewArray())
}

// listens reports whether o.listenerCount(event) is positive.
func (l *ipcLib) listens(o *goja.Object, event string) bool {
	count, ok := goja.AssertFunction(o.Get("listenerCount"))
	if !ok {
		return false
	}
	n, err := count(o, l.rt.VM().ToValue(event))
	if err != nil {
		l.rt.Rethrow(err)
	}
	return n.ToInteger() > 0
}

// forkChild sets the channel up on process in a forked child: unref'd, and
// ref'd while process has 'message' or 'disconnect' listeners.
func (ch *channel) forkChild() {
	rt := ch.rt
	l := ipcLibOf(rt)
	process := rt.Process()
	ctrl, state := ch.setupTarget(process, goja.Null(), false)
	counted := func(name goja.Value) bool {
		s := name.String()
		return s == "message" || s == "disconnect"
	}
	l.on(process, "newListener", "onNewListener", func(call goja.FunctionCall) goja.Value {
		if counted(call.Argument(0)) {
			state.refCounted()
		}
		return goja.Undefined()
	})
	l.on(process, "removeListener", "onRemoveListener", func(call goja.FunctionCall) goja.Value {
		if counted(call.Argument(0)) {
			l.unrefCounted(ctrl, state)
		}
		return goja.Undefined()
	})
}
