package runtime

import (
	"cmp"
	goruntime "runtime"
	"slices"
	"sync"
	"syscall"
	"time"

	"github.com/dop251/goja"

	"github.com/gonode/gonode/internal/fdpoll"
	"github.com/gonode/gonode/internal/nativefunc"
)

// queue is the one thread-safe entry point into the loop: any goroutine may
// post a function, and the loop goroutine runs posted functions in order.
type queue struct {
	mu     sync.Mutex
	tasks  []func()
	spare  []func()
	wakeup chan struct{}
}

func newQueue() *queue {
	return &queue{wakeup: make(chan struct{}, 1)}
}

func (q *queue) post(fn func()) {
	q.mu.Lock()
	q.tasks = append(q.tasks, fn)
	q.mu.Unlock()
	select {
	case q.wakeup <- struct{}{}:
	default:
	}
}

// take returns every task posted so far, leaving the queue empty.
func (q *queue) take() []func() {
	q.mu.Lock()
	tasks := q.tasks
	q.tasks = q.spare[:0]
	q.spare = nil
	q.mu.Unlock()
	return tasks
}

// recycle hands a drained slice back for reuse.
func (q *queue) recycle(tasks []func()) {
	clear(tasks)
	q.mu.Lock()
	if q.spare == nil {
		q.spare = tasks[:0]
	}
	q.mu.Unlock()
}

func (q *queue) pending() bool {
	q.mu.Lock()
	n := len(q.tasks)
	q.mu.Unlock()
	return n > 0
}

// Post runs fn on the loop goroutine. It is safe to call from any goroutine.
// A posted function does not keep the process alive by itself: post from
// goroutines that belong to a ref'd Handle, or use Async.
func (rt *Runtime) Post(fn func()) {
	rt.queue.post(fn)
}

// Async runs work on a new goroutine while keeping the loop alive, then runs
// the function that work returns (if any) on the loop goroutine, in the
// async context Async was called in.
func (rt *Runtime) Async(work func() func()) {
	rt.AsyncRequest("", work)
}

// AsyncRequest is Async for a request that process.getActiveResourcesInfo
// lists under resource until its callback has returned, as node lists its
// requests ('FSReqCallback', 'GetAddrInfoReqWrap'); "" lists none.
func (rt *Runtime) AsyncRequest(resource string, work func() func()) {
	rt.asyncRequest(resource, false, work)
}

// exitWorkWait bounds how long the end of the process waits for work
// AsyncRequestFinished started.
const exitWorkWait = time.Second

// AsyncRequestFinished is AsyncRequest for work that the process lets
// finish, for up to a second, if it ends while the work runs: an fs write
// that one of libuv's threads has begun completes even when node exits at
// once (an uncaught exception, process.exit), so its bytes are not lost.
func (rt *Runtime) AsyncRequestFinished(resource string, work func() func()) {
	rt.asyncRequest(resource, true, work)
}

func (rt *Runtime) asyncRequest(resource string, finish bool, work func() func()) {
	h := rt.NewHandle("Async")
	h.resource, h.request = resource, true
	ctx := rt.async.current
	if rt.async.ids {
		ctx = rt.CaptureContext(requestType(resource), nil)
	}
	var worked chan struct{}
	if finish {
		worked = make(chan struct{})
		h.OnRuntimeClose(func() {
			select {
			case <-worked:
			case <-time.After(exitWorkWait):
			}
		})
	}
	go func() {
		done := work()
		if worked != nil {
			close(worked)
		}
		rt.Post(func() {
			defer h.Close()
			if done != nil {
				rt.InContext(ctx, done)
			}
			rt.DestroyContext(ctx)
		})
	}()
}

// Pending runs fn in the loop's pending phase, as libuv runs deferred I/O
// callbacks (a shutdown or write completing at once): after the posted I/O
// completions of the current iteration and before its immediates. Work
// queued by a pending callback runs in the same phase, for up to
// maxPendingRounds rounds; work queued later in an iteration runs before the
// next iteration's I/O completions. Loop goroutine only.
func (rt *Runtime) Pending(fn func()) {
	rt.pending = append(rt.pending, fn)
}

// Closing runs fn in the loop's closing phase, as libuv runs uv_close
// callbacks (a socket's or server's 'close'): after the immediates of the
// current iteration and before the next iteration's timers, the last
// queued first. A function
// queued by a closing callback runs in the next iteration's closing phase.
// Loop goroutine only.
func (rt *Runtime) Closing(fn func()) {
	rt.closing = append(rt.closing, fn)
}

// maxPendingRounds bounds the pending phase as libuv does, so that callbacks
// queueing more pending work cannot starve the rest of the loop.
const maxPendingRounds = 8

// runPending runs up to rounds batches of pending callbacks.
func (rt *Runtime) runPending(rounds int) {
	for r := 0; r < rounds && len(rt.pending) > 0 && !rt.exiting; r++ {
		batch := rt.pending
		rt.pending, rt.pendingSpare = rt.pendingSpare[:0], nil
		for _, fn := range batch {
			if rt.exiting {
				return
			}
			fn()
		}
		clear(batch)
		rt.pendingSpare = batch[:0]
	}
}

// runClosing runs the closing callbacks queued before this phase began.
func (rt *Runtime) runClosing() {
	for _, h := range rt.closed {
		delete(rt.handles, h)
	}
	rt.closed = rt.closed[:0]
	batch := rt.closing
	rt.closing = nil
	// Newest first, as libuv runs its closing handles.
	for i := len(batch) - 1; i >= 0; i-- {
		if rt.exiting {
			return
		}
		batch[i]()
	}
}

// run is the event loop, in libuv's order: timers, pending callbacks,
// posted I/O completions, pending callbacks again, immediates, closing
// callbacks; until nothing ref'd remains or the process exits.
func (rt *Runtime) run() {
	wait := time.NewTimer(time.Hour)
	defer wait.Stop()
	for !rt.exiting && !rt.terminated() {
		rt.loops++
		if !rt.alive() {
			rt.emitBeforeExit()
			if rt.exiting || !rt.alive() {
				return
			}
		}
		rt.runTimers()
		rt.runPending(1)
		if rt.exiting {
			return
		}
		if len(rt.closing) > 0 {
			rt.pollNow()
		}
		rt.runPosted()
		rt.runPending(maxPendingRounds)
		if rt.exiting {
			return
		}
		rt.runImmediates()
		if rt.exiting {
			return
		}
		rt.runClosing()
		if rt.exiting || !rt.alive() {
			continue
		}
		if len(rt.immediates) > 0 || len(rt.pending) > 0 || len(rt.closing) > 0 || len(rt.closed) > 0 || len(rt.async.destroyed) > 0 || rt.queue.pending() {
			rt.spinning()
			continue
		}
		rt.spinSince = time.Time{}
		next, hasNext := rt.timers.nextDeadline()
		idleSince := time.Now() // the loop is idle from here until it has work
		if rt.pollBeforeSleep(next, hasNext) {
			rt.wokeUp(idleSince)
			continue
		}
		var timeout <-chan time.Time
		if hasNext {
			d := time.Until(next)
			if d <= 0 {
				continue
			}
			wait.Reset(d)
			timeout = wait.C
		}
		if timeout == nil && rt.ctxDone == nil {
			<-rt.queue.wakeup // a plain receive: no select machinery
		} else {
			select {
			case <-rt.queue.wakeup:
			case <-timeout:
			case <-rt.ctxDone:
				rt.stopFromContext()
			}
		}
		rt.wokeUp(idleSince)
		if timeout != nil && !wait.Stop() {
			select {
			case <-wait.C:
			default:
			}
		}
	}
}

// wokeUp ends the loop's idle time, begun at idleSince: it counts it for
// performance.eventLoopUtilization, and for a CPU profile's (idle).
func (rt *Runtime) wokeUp(idleSince time.Time) {
	rt.loopNow = time.Now()
	d := rt.loopNow.Sub(idleSince)
	rt.idle += d
	rt.vm.ProfileIdle(d)
}

// pollNow gives the I/O that is ready now the chance to post its
// completions before this iteration's closing phase, as libuv polls before
// it runs uv_close callbacks: the peer of a socket closed by a timer sees
// the end of its input first, as under node. (Without a CPU of their own,
// the I/O goroutines would run only once the loop waits.) It polls and
// yields twice: the first yield may only let the goroutine that Go's own
// poller woke take the events, the second the goroutines it handed them
// to (with one round, testdata/diff/http-close-order.js came out in the
// wrong order 2–3 times in 100 runs; with two, none in 400).
func (rt *Runtime) pollNow() {
	for range 2 {
		fdpoll.Poll()
		goruntime.Gosched()
	}
}

// spinning is called for each loop iteration that goes on without waiting.
// The I/O goroutines then run only when the scheduler preempts the loop
// goroutine (with GOMAXPROCS=1 there is no other P), which is the job of
// the runtime's monitor thread; but fdpoll's syscalls leave that thread
// asleep once the process has been idle. After a millisecond of spinning,
// one ordinary syscall wakes it (at most once a millisecond). The time is
// the loop's, as this iteration's timers phase read it.
func (rt *Runtime) spinning() {
	now := rt.loopNow
	switch {
	case rt.spinSince.IsZero():
		rt.spinSince = now
	case now.Sub(rt.spinSince) >= time.Millisecond:
		rt.spinSince = now
		syscall.Syscall(syscall.SYS_GETPPID, 0, 0, 0) // not Getppid: that one is raw
	}
}

// idlePoll is the loop's choice, before each sleep, of whether to poll the
// process's descriptors for a while first (fdpoll.Poll). A process that
// answers a peer (an IPC round trip, a request on a kept-alive connection)
// usually has the peer's next message within tens of microseconds; polling
// for it on the loop goroutine costs less CPU than sleeping and being woken,
// and it comes sooner. Polls that find nothing make the loop back off.
type idlePoll struct {
	skip   int // sleeps left to take without polling
	misses int // polls in a row that found nothing
}

// idlePollBudget is how long the loop polls before it sleeps.
const idlePollBudget = 50 * time.Microsecond

// idlePollUseful: on a single CPU the peer cannot run while the loop polls
// for its message, so the loop only polls where there are several.
var idlePollUseful = goruntime.NumCPU() > 1

// maxIdleMisses bounds the back-off: after n fruitless polls in a row the
// loop sleeps 2^n-1 times without polling (1023 at most).
const maxIdleMisses = 10

// pollBeforeSleep polls for I/O until a completion is posted, the budget is
// spent or the next timer (when hasNext) is due, unless backing off. It
// reports whether there is work to run.
func (rt *Runtime) pollBeforeSleep(next time.Time, hasNext bool) bool {
	p := &rt.idlePoll
	if !idlePollUseful {
		return false
	}
	if p.skip > 0 {
		p.skip--
		return false
	}
	start := time.Now()
	end := start.Add(idlePollBudget)
	timerFirst := hasNext && next.Before(end)
	if timerFirst {
		end = next
	}
	for {
		fdpoll.Poll()
		if rt.queue.pending() {
			p.misses = 0
			select {
			case <-rt.queue.wakeup: // the posts' token: nothing to wait for
			default:
			}
			return true
		}
		if !time.Now().Before(end) {
			break
		}
		goruntime.Gosched() // I/O goroutines post from their reads
	}
	if !timerFirst {
		p.misses = min(p.misses+1, maxIdleMisses)
		p.skip = 1<<p.misses - 1
	}
	return false
}

func (rt *Runtime) runPosted() {
	tasks := rt.queue.take()
	for _, task := range tasks {
		if rt.terminated() {
			break
		}
		task()
		if rt.exiting {
			// Tasks not yet run are dropped, as Node drops pending I/O
			// callbacks at exit.
			break
		}
	}
	rt.queue.recycle(tasks)
}

// alive reports whether anything ref'd still holds the loop open.
func (rt *Runtime) alive() bool {
	return rt.refs > 0 || rt.timers.refs > 0 || rt.immediateRefs > 0 || rt.queue.pending() ||
		len(rt.pending) > 0 || len(rt.closing) > 0 || len(rt.closed) > 0 || len(rt.async.destroyed) > 0
}

// Handle is an active resource (a server, socket, child process, channel,
// pending operation) that keeps the loop alive while it is open and ref'd.
// Its methods must be called on the loop goroutine.
type Handle struct {
	rt      *Runtime
	name    string
	ref     bool
	closed  bool
	onClose func()
	// seq orders handles by creation; resource and request are what
	// activeResources reports of it, userRef (when set, +1 or -1) the ref
	// it reports it by instead of its own.
	seq      uint64
	resource string
	request  bool
	userRef  int8
	// owner gives what process._getActiveHandles lists for the handle
	// (nil: the handle is not listed there); object is a request's
	// object in process._getActiveRequests, made on first listing.
	owner  func() goja.Value
	object goja.Value
}

// NewHandle returns an open, ref'd handle. name says what it is, for
// diagnostics.
func (rt *Runtime) NewHandle(name string) *Handle {
	rt.handleSeq++
	h := &Handle{rt: rt, name: name, ref: true, seq: rt.handleSeq}
	rt.refs++
	rt.handles[h] = struct{}{}
	return h
}

// Ref makes the handle keep the loop alive again.
func (h *Handle) Ref() {
	if !h.ref && !h.closed {
		h.rt.refs++
	}
	h.ref = true
}

// Unref lets the process exit while the handle is still open.
func (h *Handle) Unref() {
	if h.ref && !h.closed {
		h.rt.refs--
	}
	h.ref = false
}

// SetResource names the handle as process.getActiveResourcesInfo lists it
// while it is ref'd (by SetUserRef's ref, if given), until the closing phase
// after Close: node's type of handle ('TCPSocketWrap', 'TCPServerWrap',
// 'PipeWrap', 'ProcessWrap', 'UDPWrap', …). A handle without one is not
// listed.
func (h *Handle) SetResource(resource string) { h.resource = resource }

// SetUserRef gives the ref the user asked for (ref() or unref()) of a
// handle that also gives up its ref while idle, as libuv's handles do not:
// process.getActiveResourcesInfo lists it by that instead.
func (h *Handle) SetUserRef(ref bool) {
	h.userRef = -1
	if ref {
		h.userRef = 1
	}
}

// SetOwner gives the object process._getActiveHandles lists for the
// handle while activeResources lists it: owner returns, on the loop
// goroutine, what node's handle's owner is (the net.Socket, net.Server,
// ChildProcess, … that uses it). A handle without one is not listed there.
func (h *Handle) SetOwner(owner func() goja.Value) { h.owner = owner }

// listed reports whether activeResources lists the handle, also while it
// is closing (closed, until the closing phase).
func (h *Handle) listed() bool {
	if h.resource == "" {
		return false
	}
	if h.userRef != 0 {
		return h.userRef > 0
	}
	return h.ref
}

// listedHandles returns the handles activeResources lists: the ref'd
// requests, then the ref'd handles, each in the order they were made.
func (rt *Runtime) listedHandles() []*Handle {
	var open []*Handle
	for h := range rt.handles {
		if h.listed() {
			open = append(open, h)
		}
	}
	slices.SortFunc(open, func(a, b *Handle) int {
		if a.request != b.request {
			if a.request {
				return -1
			}
			return 1
		}
		return cmp.Compare(a.seq, b.seq)
	})
	return open
}

// activeResources is what process.getActiveResourcesInfo returns: the
// resources of the listed handles, then one 'Timeout' per ref'd timer and
// one 'Immediate' per ref'd immediate not run yet, as in node.
func (rt *Runtime) activeResources() []string {
	open := rt.listedHandles()
	timeouts := rt.timers.refs
	// A ref'd timer counts until its callback returns, as in node, unless
	// the callback clears, re-arms (counted already) or unrefs it.
	if f := rt.timers.firing; f != nil && f.ref && !f.active && !f.cleared {
		timeouts++
	}
	names := make([]string, 0, len(open)+timeouts+rt.immediateRefs)
	for _, h := range open {
		names = append(names, h.resource)
	}
	for range timeouts {
		names = append(names, "Timeout")
	}
	for range rt.immediateRefs {
		names = append(names, "Immediate")
	}
	return names
}

// activeHandles is what process._getActiveHandles returns: the owners of
// the listed handles that are not requests, in the order they were made.
// Timers are not among them, as in node.
func (rt *Runtime) activeHandles() []any {
	var owners []any
	for _, h := range rt.listedHandles() {
		if !h.request && h.owner != nil {
			owners = append(owners, h.owner())
		}
	}
	return owners
}

// activeRequests is what process._getActiveRequests returns: an object per
// listed request, of a class named as getActiveResourcesInfo names the
// request ('FSReqCallback', 'GetAddrInfoReqWrap', …), the same object for
// a request at each call.
func (rt *Runtime) activeRequests() []any {
	var objects []any
	for _, h := range rt.listedHandles() {
		if !h.request {
			continue
		}
		if h.object == nil {
			h.object = rt.NewObjectOfClass(h.resource)
		}
		objects = append(objects, h.object)
	}
	return objects
}

// NewObjectOfClass makes an empty object of a class called name (one class
// per name and runtime), for objects that stand for node's native ones
// (request and handle objects), which util.inspect shows by class.
func (rt *Runtime) NewObjectOfClass(name string) *goja.Object {
	vm := rt.vm
	proto, ok := rt.classProtos[name]
	if !ok {
		ctor := nativefunc.Named(vm, name, 0, func(goja.FunctionCall) goja.Value { return goja.Undefined() })
		proto = vm.NewObject()
		_ = proto.DefineDataProperty("constructor", ctor, goja.FLAG_TRUE, goja.FLAG_FALSE, goja.FLAG_TRUE)
		_ = ctor.DefineDataProperty("prototype", proto, goja.FLAG_FALSE, goja.FLAG_FALSE, goja.FLAG_FALSE)
		if rt.classProtos == nil {
			rt.classProtos = map[string]*goja.Object{}
		}
		rt.classProtos[name] = proto
	}
	obj := vm.NewObject()
	_ = obj.SetPrototype(proto)
	return obj
}

// Local returns the value in this runtime's slot key, made by mk on first
// use: where a module package keeps state of its own per runtime. Use an
// unexported type of the package as key. Loop goroutine only.
func (rt *Runtime) Local(key any, mk func() any) any {
	if v, ok := rt.locals[key]; ok {
		return v
	}
	v := mk()
	if rt.locals == nil {
		rt.locals = map[any]any{}
	}
	rt.locals[key] = v
	return v
}

// HasRef reports whether the handle keeps the loop alive.
func (h *Handle) HasRef() bool { return h.ref && !h.closed }

// Closed reports whether Close has been called.
func (h *Handle) Closed() bool { return h.closed }

// Close releases the handle. It is idempotent. As a libuv handle, a
// closed one keeps the loop alive until the loop's next closing phase
// (which 'beforeExit' listeners closing a server rely on); a request is
// done at once.
func (h *Handle) Close() {
	if h.closed {
		return
	}
	if h.ref {
		h.rt.refs--
	}
	h.closed = true
	if h.request {
		delete(h.rt.handles, h)
		return
	}
	h.rt.closed = append(h.rt.closed, h)
}

// OnRuntimeClose registers fn to run if the runtime shuts down while the
// handle is still open (for example to close a socket when an embedded
// runtime is stopped).
func (h *Handle) OnRuntimeClose(fn func()) { h.onClose = fn }

// closeHandles runs the shutdown hooks of every handle still open.
func (rt *Runtime) closeHandles() {
	for h := range rt.handles {
		if h.onClose != nil && !h.closed {
			h.onClose()
		}
		h.Close()
	}
}
