package runtime

import "github.com/dop251/goja"

// AsyncContext is an async execution context as AsyncLocalStorage sees it:
// the store each storage holds, and, for async_hooks, the async resource
// whose callback runs in it (asyncresources.go). It is immutable (With and
// Without make new ones); nil is the root context, where every storage is
// empty, at the top level.
//
// The runtime keeps the current context and carries it, once tracking is on
// (TrackAsyncContexts), from where work is scheduled to where it runs:
// promise reactions (through goja's AsyncContextTracker), process.nextTick,
// timers and immediates, and Async's completions. Other callbacks from Go
// run in the root context unless their dispatcher captured a context with
// CaptureContext and runs them with InContext, CallIn or CallGoIn.
type AsyncContext = *asyncFrame

type asyncFrame struct {
	keys []*goja.Object // the storages, each once
	vals []goja.Value
	// res is the async resource whose callback runs in this context
	// (asyncresources.go); nil is the top level.
	res *AsyncResource
}

// Lookup returns the store ctx holds for key.
func (ctx *asyncFrame) Lookup(key *goja.Object) (goja.Value, bool) {
	if ctx == nil {
		return nil, false
	}
	for i, k := range ctx.keys {
		if k == key {
			return ctx.vals[i], true
		}
	}
	return nil, false
}

// With returns a context like ctx where key holds v.
func (ctx *asyncFrame) With(key *goja.Object, v goja.Value) AsyncContext {
	next := ctx.Without(key)
	if next == nil {
		next = &asyncFrame{}
	} else if next == ctx {
		next = &asyncFrame{keys: append([]*goja.Object(nil), ctx.keys...), vals: append([]goja.Value(nil), ctx.vals...), res: ctx.res}
	}
	next.keys = append(next.keys, key)
	next.vals = append(next.vals, v)
	return next
}

// Without returns a context like ctx where key holds nothing (ctx itself
// when it holds nothing for key).
func (ctx *asyncFrame) Without(key *goja.Object) AsyncContext {
	if _, ok := ctx.Lookup(key); !ok {
		return ctx
	}
	next := &asyncFrame{res: ctx.res}
	for i, k := range ctx.keys {
		if k != key {
			next.keys = append(next.keys, k)
			next.vals = append(next.vals, ctx.vals[i])
		}
	}
	if len(next.keys) == 0 && next.res == nil {
		return nil
	}
	return next
}

// asyncState is the runtime's side of async contexts.
type asyncState struct {
	on      bool         // TrackAsyncContexts was called
	current AsyncContext // the context JavaScript runs in now
	// task is the context the next macrotask (Call, CallGo) from the loop
	// runs in: set by InContext, the root otherwise.
	task AsyncContext
	// resumedFrom is the context a promise reaction interrupted (goja's
	// reactions do not nest), and resumed the resource it runs as.
	resumedFrom AsyncContext
	resumed     *AsyncResource

	// async_hooks (asyncresources.go): whether ids are tracked, the last
	// asyncId given, the hook receiving the events, and the resources
	// ended since the last check phase.
	ids       bool
	lastID    int64
	hook      goja.Callable
	destroyed []int64
}

// TrackAsyncContexts turns on the carrying of async contexts (the
// async_hooks module does, on first require); until then every context is
// the root and nothing is captured.
func (rt *Runtime) TrackAsyncContexts() {
	if rt.async.on {
		return
	}
	rt.async.on = true
	rt.async.lastID = 1 // the main script's
	rt.vm.SetAsyncContextTracker(promiseContexts{rt})
}

// AsyncContext returns the current context, whose stores and resource it
// tells; a dispatcher that runs a later callback in it captures it with
// CaptureContext.
func (rt *Runtime) AsyncContext() AsyncContext {
	return rt.async.current
}

// InContext runs fn, which calls JavaScript as a macrotask from the loop
// (Call, CallGo), in ctx. Loop goroutine only.
func (rt *Runtime) InContext(ctx AsyncContext, fn func()) {
	prev := rt.async.task
	rt.async.task = ctx
	defer func() { rt.async.task = prev }()
	fn()
}

// CallIn is Call in the async context ctx, as InContext would run it,
// without a closure: for a handle that delivers its events in the context
// it was made in.
func (rt *Runtime) CallIn(ctx AsyncContext, fn goja.Value, this goja.Value, args ...goja.Value) goja.Value {
	prev := rt.async.task
	rt.async.task = ctx
	defer func() { rt.async.task = prev }()
	return rt.Call(fn, this, args...)
}

// CallGoIn is CallGo in the async context ctx.
func (rt *Runtime) CallGoIn(ctx AsyncContext, fn func()) {
	prev := rt.async.task
	rt.async.task = ctx
	defer func() { rt.async.task = prev }()
	rt.CallGo(fn)
}

// RunInContext runs fn from inside JavaScript with ctx current, then
// restores the context it found, also when fn throws.
func (rt *Runtime) RunInContext(ctx AsyncContext, fn func() goja.Value) goja.Value {
	prev := rt.async.current
	r := rt.enterResource(ctx, prev)
	rt.async.current = ctx
	defer func() {
		rt.async.current = prev
		rt.leaveResource(r)
	}()
	return fn()
}

// EnterContext makes ctx current for the rest of the running task, as
// AsyncLocalStorage.enterWith does.
func (rt *Runtime) EnterContext(ctx AsyncContext) {
	rt.async.current = ctx
}

// beginTask and endTask bracket a macrotask from the loop: it runs in the
// context InContext gave, and the loop goes back to the root after it.
func (rt *Runtime) beginTask() { rt.async.current = rt.async.task }
func (rt *Runtime) endTask()   { rt.async.current = nil }

// promiseContexts carries contexts to promise reactions: a reaction runs in
// the context current when it was registered (then, await), as a resource
// of its own, whose object is the promise then returned.
type promiseContexts struct{ rt *Runtime }

func (p promiseContexts) Grab() any {
	return p.GrabFor(nil)
}

func (p promiseContexts) GrabFor(derived *goja.Object) any {
	var obj goja.Value
	if derived != nil {
		obj = derived
	}
	if ctx := p.rt.CaptureContext("PROMISE", obj); ctx != nil {
		return ctx
	}
	return nil
}

func (p promiseContexts) Resumed(ctx any) {
	rt := p.rt
	next, _ := ctx.(AsyncContext)
	rt.async.resumedFrom = rt.async.current
	rt.async.resumed = rt.enterResource(next, rt.async.current)
	rt.async.current = next
}

func (p promiseContexts) Exited() {
	rt := p.rt
	rt.async.current = rt.async.resumedFrom
	rt.async.resumedFrom = nil
	r := rt.async.resumed
	rt.async.resumed = nil
	rt.leaveResource(r)
}
