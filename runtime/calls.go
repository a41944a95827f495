package runtime

import (
	"errors"
	"fmt"
	"slices"
	"sync"

	"github.com/dop251/goja"
)

// tick is one process.nextTick entry: fn and its arguments, kept in the
// entry itself when there are two or fewer (the queue's array is reused, so
// queueing them allocates nothing).
type tick struct {
	fn    goja.Callable
	n     int
	small [2]goja.Value
	more  []goja.Value // the arguments, when more than two
	ctx   AsyncContext // the context it was queued in
}

// args is t's arguments.
func (t *tick) args() []goja.Value {
	if t.more != nil {
		return t.more
	}
	return t.small[:t.n]
}

// exitInterrupt unwinds the VM when the process exits from inside JS.
type exitInterrupt struct{}

// Call invokes fn as a macrotask from the loop: an I/O completion, a timer,
// an event delivered from Go. An exception becomes an uncaught exception, and
// the nextTick queue and the promise microtasks drain afterwards, as in Node.
// Called from inside JavaScript (a native function calling back), it is a
// plain call whose exception propagates to the caller.
func (rt *Runtime) Call(fn goja.Value, this goja.Value, args ...goja.Value) goja.Value {
	if rt.exiting || rt.terminated() {
		return goja.Undefined()
	}
	if this == nil {
		this = goja.Undefined()
	}
	if rt.inJS > 0 {
		f, ok := goja.AssertFunction(fn)
		if !ok {
			panic(rt.vm.NewTypeError("callback is not a function"))
		}
		v, err := f(this, args...)
		if err != nil {
			rt.Rethrow(err)
		}
		return v
	}
	rt.inJS++
	rt.beginTask()
	rt.task = macrotask{fn: fn, this: this, args: args}
	v, err := rt.invoke(goja.Undefined())
	rt.inJS--
	rt.afterTask(err)
	return v
}

// afterTask ends a macrotask: as in node, a callback that threw leaves the
// tick queue for the next callback (the handled error queued an immediate
// for that); otherwise the ticks and promise jobs drain now.
func (rt *Runtime) afterTask(err error) {
	threw := rt.taskThrew
	rt.taskThrew = false
	if err != nil {
		rt.handleError(err)
	} else if !threw {
		rt.drainTicks()
	}
	rt.endTask()
}

// CallGo runs fn as a macrotask from the loop, as Call runs a JavaScript
// function, sparing a Go handler the wrapping as a JavaScript function and
// its arguments: fn may call JavaScript with CallFrom, an exception it lets
// through becomes an uncaught exception, and the nextTick queue and the
// promise microtasks drain afterwards. Called from inside JavaScript, it is
// a plain call.
func (rt *Runtime) CallGo(fn func()) {
	if rt.exiting || rt.terminated() {
		return
	}
	if rt.inJS > 0 {
		fn()
		return
	}
	rt.inJS++
	rt.beginTask()
	rt.task = macrotask{goFn: fn}
	_, err := rt.invoke(goja.Undefined())
	rt.inJS--
	rt.afterTask(err)
}

// Rethrow propagates an error from a nested call back into the running JS:
// a JS exception is rethrown as it was, an interrupt (process.exit, Stop)
// goes on up, any other error becomes a GoError.
func (rt *Runtime) Rethrow(err error) {
	var ie *goja.InterruptedError
	if errors.As(err, &ie) {
		panic(ie)
	}
	var ex *goja.Exception
	if errors.As(err, &ex) {
		rt.rethrown = ex
		panic(ex)
	}
	var tv *thrownValue
	if errors.As(err, &tv) {
		panic(tv.val)
	}
	panic(rt.vm.NewGoError(err))
}

// macrotask is the callback Call (or CallGo) has invoke run.
type macrotask struct {
	fn   goja.Value
	this goja.Value
	args []goja.Value
	goFn func() // CallGo's, instead of fn
}

// callTask runs rt.task, then the nextTick queue, for the JS invoke helper:
// invoke's frame keeps goja from draining the promise jobs until both are
// done, as Node drains microtasks after the tick queue. Calling the task
// from Go spares each macrotask an arguments array, and running the ticks
// here a second call out of JavaScript.
//
// A task that throws is reported here, still inside invoke's frame, so
// that 'uncaughtException' listeners run before the promise jobs the task
// queued, as in node; the tick queue then waits for the next callback
// (taskThrew tells Call).
func (rt *Runtime) callTask() goja.Value {
	t := rt.task
	rt.task = macrotask{}
	r := rt.enterResource(rt.async.current, nil)
	if t.goFn != nil {
		threw := rt.runGoTask(t.goFn)
		rt.leaveResource(r)
		if !threw {
			rt.runTicksJS()
		}
		return goja.Undefined()
	}
	f, ok := rt.taskFns.Of(t.fn)
	if !ok {
		panic(rt.vm.NewTypeError("Value is not callable: %s", t.fn))
	}
	v, err := f(t.this, t.args...)
	if err != nil {
		rt.taskFailed(err)
		rt.leaveResource(r)
		return goja.Undefined()
	}
	rt.leaveResource(r)
	rt.runTicksJS()
	return v
}

// runGoTask runs a CallGo task and reports whether it threw. An exception
// that Rethrow raised (CallFrom's: the call had returned it, so the VM is
// as the task left it) is the task's failure. Anything else goes on up to
// goja: a throw from inside the VM (a getter run by Object.Get, say) has
// already unwound the VM to invoke's frame, and only goja may resume there.
func (rt *Runtime) runGoTask(fn func()) (threw bool) {
	rt.rethrown = nil
	defer func() {
		r := recover()
		if r == nil {
			return
		}
		ex, ok := r.(*goja.Exception)
		if !ok || ex != rt.rethrown {
			panic(r)
		}
		rt.rethrown = nil
		threw = true
		rt.taskFailed(ex)
	}()
	fn()
	return false
}

// taskFailed reports the exception a macrotask threw (an interrupt goes on
// up, ending the task).
func (rt *Runtime) taskFailed(err error) {
	var ie *goja.InterruptedError
	if errors.As(err, &ie) {
		panic(ie)
	}
	rt.taskThrew = true
	rt.handleError(err)
}

// CallableCache gives the Callables of functions without making one for
// each function, as goja.AssertFunction does (an allocation): the Callable
// it gives calls the function last given to Of, so call it before the next
// Of on the same cache. The zero value is ready to use; loop goroutine
// only.
type CallableCache struct {
	fn   *goja.Object
	call goja.Callable // callLast, made once
}

// Of returns a Callable of v, and whether v is a function.
func (c *CallableCache) Of(v goja.Value) (goja.Callable, bool) {
	obj, ok := v.(*goja.Object)
	if !ok || !goja.IsCallable(obj) {
		return nil, false
	}
	c.fn = obj
	if c.call == nil {
		c.call = c.callLast
	}
	return c.call, true
}

// callLast calls the function last given to Of.
func (c *CallableCache) callLast(this goja.Value, args ...goja.Value) (goja.Value, error) {
	return goja.CallFunction(c.fn, this, args...)
}

// CallFrom calls fn, remembered in cache, from inside a native function: a
// value that is not a function is a TypeError, and an exception propagates
// to the JavaScript that called the native function.
func (rt *Runtime) CallFrom(cache *CallableCache, fn, this goja.Value, args ...goja.Value) goja.Value {
	f, ok := cache.Of(fn)
	if !ok {
		panic(rt.vm.NewTypeError("%s is not a function", fn))
	}
	v, err := f(this, args...)
	if err != nil {
		rt.Rethrow(err)
	}
	return v
}

// callMethod calls obj[name](...args) from a native function: an exception
// propagates to its caller.
func (rt *Runtime) callMethod(obj *goja.Object, name string, args ...goja.Value) goja.Value {
	var cache CallableCache
	return rt.CallFrom(&cache, obj.Get(name), obj, args...)
}

// exportsOf is core module name's exports, for a native function.
func (rt *Runtime) exportsOf(name string) *goja.Object {
	v, err := rt.Require(name)
	if err != nil {
		rt.Rethrow(err)
	}
	return v.ToObject(rt.vm)
}

// NextTick queues fn(...args) to run after the current operation, before
// promise microtasks, as process.nextTick does. It keeps a copy of args.
func (rt *Runtime) NextTick(fn goja.Callable, args ...goja.Value) {
	t := tick{fn: fn, n: len(args), ctx: rt.CaptureContext("TickObject", nil)}
	if len(args) <= len(t.small) {
		copy(t.small[:], args)
	} else {
		t.more = append([]goja.Value(nil), args...)
	}
	rt.ticks = append(rt.ticks, t)
}

// queueMicrotask queues fn as a promise job.
func (rt *Runtime) queueMicrotask(fn goja.Value) {
	if _, err := rt.microtask(goja.Undefined(), fn); err != nil {
		rt.Rethrow(err)
	}
}

// runTicksJS runs the nextTick queue; it is called inside invoke's frame so that
// promise jobs wait until the queue is empty.
func (rt *Runtime) runTicksJS() {
	ctx := rt.async.current
	defer func() { rt.async.current = ctx }()
	for len(rt.ticks) > 0 && !rt.exiting {
		batch := rt.ticks
		rt.ticks = rt.tickSpare[:0]
		for i := range batch {
			if rt.exiting {
				break
			}
			t := &batch[i]
			r := rt.enterResource(t.ctx, ctx)
			rt.async.current = t.ctx
			if _, err := t.fn(goja.Undefined(), t.args()...); err != nil {
				if isExit(err) {
					break
				}
				// Ticks queued after a throwing one run after the
				// next callback, as in node, unless the exception ends
				// the process.
				rt.ticks = append(rt.ticks, batch[i+1:]...)
				clear(batch)
				rt.tickSpare = batch[:0]
				rt.tickThrew = true
				rt.handleError(err)
				rt.leaveResource(r)
				return
			}
			rt.leaveResource(r)
			rt.DestroyContext(t.ctx)
		}
		clear(batch)
		rt.tickSpare = batch[:0]
	}
}

// drainTicks runs ticks and microtasks until both are empty, then reports
// unhandled rejections: Node's processTicksAndRejections.
func (rt *Runtime) drainTicks() {
	for !rt.exiting && !rt.terminated() {
		if rt.tickThrew {
			// The rest waits for the next callback, as node's
			// processTicksAndRejections is left by the exception.
			rt.tickThrew = false
			return
		}
		if len(rt.ticks) > 0 {
			rt.inJS++
			rt.task = macrotask{fn: rt.noop(), this: goja.Undefined()}
			_, err := rt.invoke(goja.Undefined())
			rt.inJS--
			if err != nil {
				rt.handleError(err)
			}
			continue
		}
		if len(rt.rejections) > 0 || len(rt.handledLate) > 0 {
			rt.processRejections()
			continue
		}
		// The job is over: WeakRef targets it used may go.
		clear(rt.keptAlive)
		rt.keptAlive = rt.keptAlive[:0]
		return
	}
}

func (rt *Runtime) noop() goja.Value {
	if rt.noopFn == nil {
		rt.noopFn = rt.vm.ToValue(func(goja.FunctionCall) goja.Value { return goja.Undefined() })
	}
	return rt.noopFn
}

func isExit(err error) bool {
	var ie *goja.InterruptedError
	if errors.As(err, &ie) {
		_, ok := ie.Value().(exitInterrupt)
		return ok
	}
	return false
}

// handleError deals with an error that escaped a top-level call.
func (rt *Runtime) handleError(err error) {
	if rt.terminated() || rt.exiting || isExit(err) {
		return
	}
	var ex *goja.Exception
	if errors.As(err, &ex) {
		rt.noteThrow(ex)
		rt.uncaught(ex.Value(), "uncaughtException")
		return
	}
	var ie *goja.InterruptedError
	if errors.As(err, &ie) {
		// Interrupted by Stop or a context.
		rt.exiting = true
		return
	}
	// A goja-internal failure (stack overflow is reported as an exception;
	// this is anything else): report it as an uncaught error.
	rt.uncaught(rt.vm.NewGoError(err), "uncaughtException")
}

// reportUncaughtJS reports an exception thrown by a queueMicrotask callback.
func (rt *Runtime) reportUncaughtJS(v goja.Value) {
	rt.uncaught(v, "uncaughtException")
}

// internal/uncaught lets the domain module see uncaught exceptions first.
func init() {
	RegisterCoreModule("internal/uncaught", func(rt *Runtime, module *goja.Object) error {
		exports := rt.vm.NewObject()
		_ = exports.Set("setDomainHandler", NewFunction(rt.vm, "setDomainHandler", 1, func(call goja.FunctionCall) goja.Value {
			rt.domainFn = call.Argument(0)
			return goja.Undefined()
		}))
		return module.Set("exports", exports)
	})
}

// uncaught implements node's uncaught-exception path: emit
// 'uncaughtException' if anyone listens, otherwise print the error and exit 1.
func (rt *Runtime) uncaught(errVal goja.Value, origin string) {
	if rt.exiting {
		return
	}
	if rt.emittingUncaught {
		rt.fatal(errVal)
		return
	}
	// The exception goes to process._fatalException, as in node: gonode's
	// own, or what a program put in its place.
	switch fn := rt.process.Get("_fatalException"); {
	case fn == rt.fatalException:
		if !rt.handleUncaught(errVal, origin) {
			rt.fatal(errVal)
		}
	case !goja.IsCallable(fn):
		// node's exit for a process._fatalException that is not a
		// function: the error printed, no 'exit', code 6.
		rt.printUncaught(errVal)
		rt.endWith(6)
	default:
		f, _ := goja.AssertFunction(fn)
		handled, err := f(rt.process, errVal, rt.vm.ToValue(origin == "unhandledRejection"))
		switch {
		case err != nil:
			if !isExit(err) {
				rt.handlerFailed(err)
			}
		case handled.ToBoolean():
		default:
			rt.printUncaught(errVal)
			if rt.exitCodeSet == nil {
				rt.endWith(1)
			} else {
				rt.endWith(rt.exitCodeValue())
			}
		}
	}
}

// handleUncaught offers an uncaught exception to the listeners, as node's
// process._fatalException does: 'uncaughtExceptionMonitor', then the
// active domain, then the capture callback or 'uncaughtException'. It
// reports whether one handled it; if a listener threw, the process ends
// (handlerFailed).
func (rt *Runtime) handleUncaught(errVal goja.Value, origin string) bool {
	rt.emittingUncaught = true
	defer func() { rt.emittingUncaught = false }()
	emit, _ := goja.AssertFunction(rt.process.Get("emit"))
	_, err := emit(rt.process, rt.vm.ToValue("uncaughtExceptionMonitor"), errVal, rt.vm.ToValue(origin))
	if domain, ok := goja.AssertFunction(rt.domainFn); ok && err == nil && origin == "uncaughtException" {
		// The active domain's 'error' listeners come first, as node's
		// domain module captures uncaught exceptions.
		var handled goja.Value
		if handled, err = domain(goja.Undefined(), errVal); err == nil && handled.ToBoolean() {
			rt.handled()
			return true
		}
	}
	if capture, ok := goja.AssertFunction(rt.captureFn); ok && err == nil {
		if _, err = capture(goja.Undefined(), errVal); err == nil {
			rt.handled()
			return true
		}
	} else if err == nil && rt.listenerCount("uncaughtException") > 0 {
		_, err = emit(rt.process, rt.vm.ToValue("uncaughtException"), errVal, rt.vm.ToValue(origin))
		if err == nil {
			rt.handled()
			return true
		}
	}
	if err == nil {
		return false
	}
	if !isExit(err) {
		rt.handlerFailed(err)
	}
	return true
}

// endWith ends the process with code at once, without 'exit'.
func (rt *Runtime) endWith(code int) {
	rt.exitCode = code
	rt.exitEmitted = true
	rt.exiting = true
	if rt.inJS > 0 {
		rt.vm.Interrupt(exitInterrupt{})
	}
}

// handled follows an uncaught exception that a listener handled: as node,
// it queues an empty immediate, so that a callback comes to run the ticks
// the failed one left.
func (rt *Runtime) handled() {
	rt.newImmediate(rt.noop(), nil)
}

// handlerFailed ends the process for an exception thrown by an
// 'uncaughtException' (or monitor) listener, as node does: the exception
// is printed, no 'exit' is emitted, and the exit code is 7.
func (rt *Runtime) handlerFailed(err error) {
	var ex *goja.Exception
	errVal := goja.Value(nil)
	if errors.As(err, &ex) {
		rt.noteThrow(ex)
		errVal = ex.Value()
	} else {
		errVal = rt.vm.NewGoError(err)
	}
	if rt.opts.OnFatal != nil {
		// A worker hands the listener's exception to its parent and
		// exits with 1, as node's workers do.
		if !rt.terminated() {
			rt.opts.OnFatal(rt, errVal)
		}
		rt.exitCode = 1
		rt.exitEmitted = true
		rt.exiting = true
		if rt.inJS > 0 {
			rt.vm.Interrupt(exitInterrupt{})
		}
		return
	}
	rt.printUncaught(errVal)
	rt.endWith(7)
}

// fatal ends the process for an error nobody handled, as node does:
// process.exitCode becomes 1 and 'exit' is emitted first (an exception
// from its listeners is swallowed; process.exit() in one ends the process
// there, unreported), then the error is printed. The exit code is
// process.exitCode as the listeners left it.
func (rt *Runtime) fatal(errVal goja.Value) {
	rt.exitCode = 1
	if !rt.exitEmitted {
		rt.exitCodeSet = rt.vm.ToValue(1)
	}
	_ = rt.emitExit(1)
	if rt.opts.OnFatal != nil {
		if !rt.terminated() {
			rt.opts.OnFatal(rt, errVal)
		}
	} else if !rt.exitCodeFromExit {
		rt.printUncaught(errVal)
	}
	if rt.inJS > 0 {
		rt.vm.Interrupt(exitInterrupt{})
	}
}

// exitWith ends the process with code: it emits 'exit' and stops the loop,
// unwinding any JavaScript still on the stack.
func (rt *Runtime) exitWith(code int) {
	rt.exitCode = code
	rt.exit(code)
	if rt.inJS > 0 {
		rt.vm.Interrupt(exitInterrupt{})
	}
}

// trackRejection records promises rejected without a handler, and forgets
// them once a handler is attached; a handler attached after the rejection
// was reported is reported in turn (processRejections).
func (rt *Runtime) trackRejection(p *goja.Promise, op goja.PromiseRejectionOperation) {
	switch op {
	case goja.PromiseRejectionReject:
		rt.rejections = append(rt.rejections, p)
	case goja.PromiseRejectionHandle:
		for i, q := range rt.rejections {
			if q == p {
				rt.rejections = append(rt.rejections[:i], rt.rejections[i+1:]...)
				return
			}
		}
		if id, ok := rt.rejectionsSeen[p]; ok {
			delete(rt.rejectionsSeen, p)
			rt.handledLate = append(rt.handledLate, lateHandled{p, id})
		}
	}
}

// lateHandled is a promise whose rejection was reported as unhandled
// before a handler came, with the rejection's id.
type lateHandled struct {
	promise *goja.Promise
	id      int
}

// processRejections runs once the microtask queue drained, as node's
// processPromiseRejections: first 'rejectionHandled' for the rejections
// handled late (or, with no listener, a PromiseRejectionHandledWarning),
// then 'unhandledRejection' for promises still unhandled or, with no
// listener, Node 20's throw mode (an uncaught error, exit 1).
func (rt *Runtime) processRejections() {
	late := rt.handledLate
	rt.handledLate = nil
	for _, h := range late {
		if rt.listenerCount("rejectionHandled") > 0 {
			rt.emitProcess("rejectionHandled", rt.vm.ToValue(h.promise))
			continue
		}
		w := rt.NewNodeError("Error", "", fmt.Sprintf("Promise rejection was handled asynchronously (rejection id: %d)", h.id))
		_ = w.Set("name", "PromiseRejectionHandledWarning")
		rt.setStack(w, "PromiseRejectionHandledWarning: "+w.Get("message").String(), "Error: "+w.Get("message").String())
		rt.Warn(w)
	}
	pending := rt.rejections
	rt.rejections = nil
	for _, p := range pending {
		if rt.exiting {
			return
		}
		if rt.rejectionsSeen == nil {
			rt.rejectionsSeen = map[*goja.Promise]int{}
		}
		rt.rejectionID++
		rt.rejectionsSeen[p] = rt.rejectionID
		reason := p.Result()
		// What follows depends on --unhandled-rejections, as in node.
		switch rt.rejectionMode {
		case "strict":
			rt.noteErrorSite(reason)
			rt.uncaught(rt.rejectionError(reason), "unhandledRejection")
			if !rt.exiting && !rt.emitUnhandled(reason, p) {
				rt.warnUnhandled(rt.rejectionID, reason)
			}
		case "none":
			rt.emitUnhandled(reason, p)
		case "warn":
			rt.emitUnhandled(reason, p)
			rt.warnUnhandled(rt.rejectionID, reason)
		case "warn-with-error-code":
			if !rt.emitUnhandled(reason, p) {
				rt.warnUnhandled(rt.rejectionID, reason)
				rt.exitCodeSet = rt.vm.ToValue(1)
			}
		default: // throw
			if !rt.emitUnhandled(reason, p) {
				rt.noteErrorSite(reason)
				rt.uncaught(rt.rejectionError(reason), "unhandledRejection")
			}
		}
	}
}

// RejectionModes are the values --unhandled-rejections takes.
var RejectionModes = []string{"throw", "strict", "warn", "none", "warn-with-error-code"}

// emitUnhandled emits 'unhandledRejection' if anyone listens, and reports
// whether anyone did.
func (rt *Runtime) emitUnhandled(reason goja.Value, p *goja.Promise) bool {
	if rt.listenerCount("unhandledRejection") == 0 {
		return false
	}
	rt.Call(rt.process.Get("emit"), rt.process, rt.vm.ToValue("unhandledRejection"), reason, rt.vm.ToValue(p))
	return true
}

// rejectionError is what an unhandled rejection throws: its reason if that
// is an Error, else node's UnhandledPromiseRejection.
func (rt *Runtime) rejectionError(reason goja.Value) goja.Value {
	if isErrorObject(rt.vm, reason) {
		return reason
	}
	return rt.unhandledRejection(reason)
}

// warnUnhandled emits node's two UnhandledPromiseRejectionWarnings for
// rejection id: the reason (its stack if it has one), then the advice.
func (rt *Runtime) warnUnhandled(id int, reason goja.Value) {
	const name = "UnhandledPromiseRejectionWarning"
	text := noSideEffectsToString(rt.vm, reason)
	var stack goja.Value
	// node's isErrorLike: an object with its own stack, shown in node's
	// layout.
	if o, ok := reason.(*goja.Object); ok && slices.Contains(o.GetOwnPropertyNames(), "stack") {
		text = o.Get("stack").String()
		stack = rt.vm.ToValue(text)
	}
	msg := "Unhandled promise rejection. This error originated either by throwing inside of an async " +
		"function without a catch block, or by rejecting a promise which was not handled with .catch(). " +
		"To terminate the node process on unhandled promise rejection, use the CLI flag " +
		"`--unhandled-rejections=strict` (see https://nodejs.org/api/cli.html#cli_unhandled_rejections_mode). " +
		fmt.Sprintf("(rejection id: %d)", id)
	rt.Warn(rt.vm.ToValue(text), rt.vm.ToValue(name))
	w := rt.NewNodeError("Error", "", msg)
	_ = w.Set("name", name)
	if stack != nil {
		_ = w.Set("stack", stack)
	} else {
		rt.setStack(w, name+": "+msg, "Error: "+msg)
	}
	rt.Warn(w)
}

// unhandledRejectionClass is node's UnhandledPromiseRejection class; its
// frames, named gonode:, are left out of stacks.
var unhandledRejectionClass = sync.OnceValues(func() (*goja.Program, error) {
	return goja.Compile("gonode:unhandled-rejection", `(class UnhandledPromiseRejection extends Error {
  code = 'ERR_UNHANDLED_REJECTION';
  constructor(message) { super(message); this.name = 'UnhandledPromiseRejection'; }
})`, true)
})

// unhandledRejection is node's UnhandledPromiseRejection error for a promise
// rejected with reason, which is not an Error, and nobody handled.
func (rt *Runtime) unhandledRejection(reason goja.Value) goja.Value {
	msg := "This error originated either by throwing inside of an async function without a catch block, " +
		"or by rejecting a promise which was not handled with .catch(). The promise rejected with the reason \"" +
		noSideEffectsToString(rt.vm, reason) + "\"."
	prg, err := unhandledRejectionClass()
	var ctor goja.Value
	if err == nil {
		ctor, err = rt.vm.RunProgram(prg)
	}
	if err != nil {
		return rt.NewNodeError("Error", "ERR_UNHANDLED_REJECTION", msg)
	}
	obj, err := rt.vm.New(ctor, rt.vm.ToValue(msg))
	if err != nil {
		return rt.NewNodeError("Error", "ERR_UNHANDLED_REJECTION", msg)
	}
	rt.setStack(obj, "UnhandledPromiseRejection: "+msg, "Error: "+msg)
	return obj
}

// noSideEffectsToString is V8's NoSideEffectsToString, with which node
// names a rejection's reason: primitives as String() gives them, a function
// as its source, a plain object as "#<Constructor>", others as
// "[object Tag]".
func noSideEffectsToString(vm *goja.Runtime, v goja.Value) string {
	if v == nil {
		return "undefined"
	}
	if _, isSym := v.(*goja.Symbol); isSym {
		return symbolOrString(v)
	}
	o, ok := v.(*goja.Object)
	if !ok {
		return v.String()
	}
	if goja.IsCallable(o) {
		return o.String()
	}
	objectProto := vm.Get("Object").ToObject(vm).Get("prototype").ToObject(vm)
	if toString, ok := o.Get("toString").(*goja.Object); ok && toString == objectProto.Get("toString") {
		if ctor, ok := o.Get("constructor").(*goja.Object); ok && goja.IsCallable(ctor) {
			if name, ok := AsString(ctor.Get("name")); ok && name != "" {
				return "#<" + name + ">"
			}
		}
	}
	tag := o.ClassName()
	if t, ok := AsString(o.GetSymbol(goja.SymToStringTag)); ok {
		tag = t
	}
	return "[object " + tag + "]"
}
