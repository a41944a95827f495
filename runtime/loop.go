package runtime

import (
	"sync"
	"time"
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
// the function that work returns (if any) on the loop goroutine.
func (rt *Runtime) Async(work func() func()) {
	h := rt.NewHandle("Async")
	go func() {
		done := work()
		rt.Post(func() {
			h.Close()
			if done != nil {
				done()
			}
		})
	}()
}

// run is the event loop: timers, then posted I/O completions, then
// immediates, until nothing ref'd remains or the process exits.
func (rt *Runtime) run() {
	wait := time.NewTimer(time.Hour)
	defer wait.Stop()
	for !rt.exiting {
		if !rt.alive() {
			rt.emitBeforeExit()
			if rt.exiting || !rt.alive() {
				return
			}
		}
		rt.runTimers()
		if rt.exiting {
			return
		}
		rt.runPosted()
		if rt.exiting {
			return
		}
		rt.runImmediates()
		if rt.exiting || !rt.alive() {
			continue
		}
		if len(rt.immediates) > 0 || rt.queue.pending() {
			continue
		}
		var timeout <-chan time.Time
		if next, ok := rt.timers.nextDeadline(); ok {
			d := time.Until(next)
			if d <= 0 {
				continue
			}
			wait.Reset(d)
			timeout = wait.C
		}
		select {
		case <-rt.queue.wakeup:
		case <-timeout:
		case <-rt.ctxDone:
			rt.stopFromContext()
		}
		rt.loopNow = time.Now()
		if timeout != nil && !wait.Stop() {
			select {
			case <-wait.C:
			default:
			}
		}
	}
}

func (rt *Runtime) runPosted() {
	tasks := rt.queue.take()
	for _, task := range tasks {
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
	return rt.refs > 0 || rt.timers.refs > 0 || rt.immediateRefs > 0 || rt.queue.pending()
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
}

// NewHandle returns an open, ref'd handle. name says what it is, for
// diagnostics.
func (rt *Runtime) NewHandle(name string) *Handle {
	h := &Handle{rt: rt, name: name, ref: true}
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

// HasRef reports whether the handle keeps the loop alive.
func (h *Handle) HasRef() bool { return h.ref && !h.closed }

// Closed reports whether Close has been called.
func (h *Handle) Closed() bool { return h.closed }

// Close releases the handle. It is idempotent.
func (h *Handle) Close() {
	if h.closed {
		return
	}
	if h.ref {
		h.rt.refs--
	}
	h.closed = true
	delete(h.rt.handles, h)
}

// OnRuntimeClose registers fn to run if the runtime shuts down while the
// handle is still open (for example to close a socket when an embedded
// runtime is stopped).
func (h *Handle) OnRuntimeClose(fn func()) { h.onClose = fn }

// closeHandles runs the shutdown hooks of every handle still open.
func (rt *Runtime) closeHandles() {
	for h := range rt.handles {
		if h.onClose != nil {
			h.onClose()
		}
		h.Close()
	}
}
