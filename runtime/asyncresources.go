package runtime

import (
	"errors"
	"strings"

	"github.com/dop251/goja"
)

// AsyncResource is an async resource as node's async_hooks numbers it: a
// timer, an immediate, a tick, a promise reaction, a request, a handle or
// a JavaScript AsyncResource. Once ids are tracked (TrackAsyncIDs), each
// context captured for later work is a new resource, and the callbacks run
// in it see its id as executionAsyncId.
type AsyncResource struct {
	id, trigger int64
	typ         string
	obj         goja.Value // the resource object, nil until asked for
}

// ID is the resource's asyncId.
func (r *AsyncResource) ID() int64 { return r.id }

// TriggerID is the asyncId of the resource whose callback made r.
func (r *AsyncResource) TriggerID() int64 { return r.trigger }

// Object is r's resource object (a Timeout, a handle, a promise), an
// empty object made on first use for a resource without one.
func (r *AsyncResource) Object(vm *goja.Runtime) goja.Value {
	if r.obj == nil {
		r.obj = vm.NewObject()
	}
	return r.obj
}

// Resource is the async resource whose callback runs in ctx, nil at the
// top level.
func (ctx *asyncFrame) Resource() *AsyncResource {
	if ctx == nil {
		return nil
	}
	return ctx.res
}

// Async hook events, the first argument of the function SetAsyncHook
// installs.
const (
	AsyncInit    = iota // (AsyncInit, id, type, triggerId, resource)
	AsyncBefore         // (AsyncBefore, id)
	AsyncAfter          // (AsyncAfter, id)
	AsyncDestroy        // (AsyncDestroy, id)
)

// capturedFrame is a captured context with its resource, in one
// allocation.
type capturedFrame struct {
	asyncFrame
	r AsyncResource
}

// TrackAsyncIDs turns on the numbering of async resources, and the
// carrying of contexts (TrackAsyncContexts): async_hooks does when a
// program first asks for an id or enables a hook. Numbering costs an
// allocation for each callback scheduled, which AsyncLocalStorage alone
// does not need. A callback scheduled before runs as the top level.
func (rt *Runtime) TrackAsyncIDs() {
	rt.TrackAsyncContexts()
	rt.async.ids = true
}

// CaptureContext returns the context for work scheduled now, to run it
// with CallIn, CallGoIn or InContext: the current context, as a new async
// resource of type typ (node's provider name: "TCPWRAP", "Timeout") once
// ids are tracked. obj is its resource object, or nil to make an empty one
// if asked for. The init hooks see it now; DestroyContext ends it.
func (rt *Runtime) CaptureContext(typ string, obj goja.Value) AsyncContext {
	if !rt.async.ids {
		return rt.async.current
	}
	return rt.NewAsyncResource(typ, rt.ExecutionAsyncID(), obj)
}

// NewAsyncResource is CaptureContext with the trigger id given, for
// async_hooks' AsyncResource.
func (rt *Runtime) NewAsyncResource(typ string, trigger int64, obj goja.Value) AsyncContext {
	cur := rt.async.current
	f := &capturedFrame{}
	if cur != nil {
		f.keys, f.vals = cur.keys, cur.vals
	}
	rt.async.lastID++
	f.r = AsyncResource{id: rt.async.lastID, trigger: trigger, typ: typ, obj: obj}
	f.res = &f.r
	if rt.async.hook != nil {
		rt.emitAsync(AsyncInit, &f.r, true)
	}
	return &f.asyncFrame
}

// ExecutionAsyncID is the asyncId of the resource whose callback is
// running: 1 at the top level, as node numbers the main script.
func (rt *Runtime) ExecutionAsyncID() int64 {
	if r := rt.async.current.Resource(); r != nil {
		return r.id
	}
	return 1
}

// DestroyContext ends ctx's resource: the destroy hooks see it in the
// loop's next check phase, as node queues them. Loop goroutine only.
func (rt *Runtime) DestroyContext(ctx AsyncContext) {
	if r := ctx.Resource(); r != nil && rt.async.hook != nil {
		rt.async.destroyed = append(rt.async.destroyed, r.id)
	}
}

// CallOnClose is a closed handle's end: cb(this) in ctx, run through
// schedule (Closing, Post) when cb is a function, then the end of ctx's
// async resource (at once when there is no callback).
func (rt *Runtime) CallOnClose(ctx AsyncContext, cb, this goja.Value, schedule func(func())) {
	if !goja.IsCallable(cb) {
		rt.DestroyContext(ctx)
		return
	}
	schedule(func() {
		rt.CallIn(ctx, cb, this)
		rt.DestroyContext(ctx)
	})
}

// SetAsyncHook installs fn as the receiver of async hook events (the
// Async* constants), nil for none. An exception from fn ends the process
// as an uncaught error does, as in node.
func (rt *Runtime) SetAsyncHook(fn goja.Callable) {
	rt.async.hook = fn
}

// enterResource runs the before hooks for a callback about to run in ctx
// from outer, when ctx is another resource, and returns that resource for
// leaveResource (nil when there is nothing to leave).
func (rt *Runtime) enterResource(ctx, outer AsyncContext) *AsyncResource {
	if rt.async.hook == nil {
		return nil
	}
	r := ctx.Resource()
	if r == nil || r == outer.Resource() {
		return nil
	}
	rt.emitAsync(AsyncBefore, r, false)
	return r
}

// leaveResource runs the after hooks for the callback enterResource
// entered r for.
func (rt *Runtime) leaveResource(r *AsyncResource) {
	if r != nil && rt.async.hook != nil {
		rt.emitAsync(AsyncAfter, r, false)
	}
}

// emitDestroyed runs the destroy hooks of the resources ended since the
// last time.
func (rt *Runtime) emitDestroyed() {
	for len(rt.async.destroyed) > 0 && rt.async.hook != nil {
		ids := rt.async.destroyed
		rt.async.destroyed = nil
		for _, id := range ids {
			rt.emitAsync(AsyncDestroy, &AsyncResource{id: id}, false)
		}
	}
	rt.async.destroyed = nil
}

// emitAsync calls the hook with event for r; init gets its type, trigger
// and object too. An exception is fatal, reported without the source line
// of the throw, as node reports it.
func (rt *Runtime) emitAsync(event int, r *AsyncResource, init bool) {
	var err error
	if init {
		_, err = rt.async.hook(goja.Undefined(), rt.vm.ToValue(event), rt.vm.ToValue(r.id), rt.vm.ToValue(r.typ), rt.vm.ToValue(r.trigger), r.Object(rt.vm))
	} else {
		_, err = rt.async.hook(goja.Undefined(), rt.vm.ToValue(event), rt.vm.ToValue(r.id))
	}
	if err == nil || isExit(err) {
		return
	}
	rt.throwLocation = location{}
	var ex *goja.Exception
	if !errors.As(err, &ex) {
		rt.fatal(rt.vm.NewGoError(err))
		return
	}
	v := ex.Value()
	if o, ok := v.(*goja.Object); !ok || !goja.IsString(o.Get("stack")) {
		// Something thrown without a stack is reported as an Error with
		// it as the message, as node's fatalError does.
		msg := v.String()
		if _, ok := v.(*goja.Symbol); ok {
			msg = "Symbol(" + msg + ")"
		}
		v = rt.NewNodeError("Error", "", msg)
	}
	rt.fatal(v)
}

// requestType is the async_hooks type of a request that
// getActiveResourcesInfo lists as resource: node's provider names are the
// upper-cased class names ("FSREQCALLBACK"); a request listed under no
// name is a "REQUEST".
func requestType(resource string) string {
	if resource == "" {
		return "REQUEST"
	}
	return strings.ToUpper(resource)
}
