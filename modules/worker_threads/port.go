package workerthreads

import (
	"sync"

	"github.com/dop251/goja"
	"github.com/gonode/gonode/runtime"
)

// item is one entry of an endpoint's inbox: a serialized message (V8
// format, made on the sender's goroutine), or the peer's close.
type item struct {
	data  []byte
	close bool
}

// maxBatch bounds the messages one drain delivers before it yields to the
// rest of the loop (it posts itself again).
const maxBatch = 1000

// endpoint is one end of a message channel (a MessagePort's native side).
// Any goroutine may enqueue into it; its owner's loop delivers what it
// holds, in order. The fields under mu are shared; the rest belong to the
// owner's loop.
type endpoint struct {
	peer *endpoint // fixed at creation

	mu        sync.Mutex
	owner     *runtime.Runtime // whose loop receives; nil once gone
	inbox     []item
	closed    bool
	scheduled bool // a drain is posted to owner
	receiving bool // started: messages are delivered as they come

	// Owner loop only.
	b        *binding
	handle   *runtime.Handle
	dispatch goja.Callable // dispatch(kind, value): kindMessage, kindMessageError, kindClose
	onGone   func()        // runs when the owner shuts down with e open
}

// What an endpoint's dispatch callback is told.
const (
	kindMessage      = 0
	kindMessageError = 1
	kindClose        = 2
)

// newPair makes the two ends of a channel, a owned by ra and b by rb (either
// may be nil until attached).
func newPair(ra, rb *runtime.Runtime) (*endpoint, *endpoint) {
	a := &endpoint{owner: ra}
	b := &endpoint{owner: rb, peer: a}
	a.peer = b
	return a, b
}

// schedule posts a drain to the owner unless one is pending. mu held.
func (e *endpoint) schedule() {
	if e.scheduled || e.owner == nil {
		return
	}
	e.scheduled = true
	owner := e.owner
	owner.Post(func() { e.drain(false) })
}

// enqueue adds a message from any goroutine. A closed endpoint drops it, as
// a closed port does.
func (e *endpoint) enqueue(data []byte) {
	e.mu.Lock()
	defer e.mu.Unlock()
	if e.closed {
		return
	}
	e.inbox = append(e.inbox, item{data: data})
	if e.receiving {
		e.schedule()
	}
}

// enqueueClose tells e that its peer closed, after the messages before it.
func (e *endpoint) enqueueClose() {
	e.mu.Lock()
	defer e.mu.Unlock()
	if e.closed {
		return
	}
	e.inbox = append(e.inbox, item{close: true})
	e.schedule()
}

// attach makes rt the owner (the loop that receives).
func (e *endpoint) attach(rt *runtime.Runtime) {
	e.mu.Lock()
	defer e.mu.Unlock()
	e.owner = rt
	if len(e.inbox) > 0 && e.receiving {
		e.schedule()
	}
}

// detach closes e for good when its owner is gone (a worker ended): what
// comes later is dropped.
func (e *endpoint) detach() {
	e.mu.Lock()
	e.closed, e.receiving, e.inbox, e.owner = true, false, nil, nil
	e.mu.Unlock()
}

// bind ties e to its JavaScript MessagePort, port, on the owner's loop: an
// unref'd handle (a port keeps the loop alive only once ref'd, which
// worker_threads' JavaScript does while it has 'message' listeners), which
// process._getActiveHandles lists as port while ref'd (an object of class
// MessagePort standing for node's handle when port is undefined).
func (e *endpoint) bind(b *binding, port goja.Value, dispatch goja.Callable) {
	e.b, e.dispatch = b, dispatch
	if e.handle == nil {
		e.mu.Lock()
		closed := e.closed
		e.mu.Unlock()
		if !closed {
			e.handle = b.rt.NewHandle("MessagePort")
			e.handle.SetResource("MessagePort")
			e.handle.SetOwner(func() goja.Value {
				if goja.IsUndefined(port) {
					port = b.rt.NewObjectOfClass("MessagePort")
				}
				return port
			})
			e.handle.Unref()
			e.handle.OnRuntimeClose(func() {
				e.detach()
				if e.onGone != nil {
					e.onGone()
				}
			})
		}
	}
}

func (e *endpoint) setReceiving(on bool) {
	e.mu.Lock()
	defer e.mu.Unlock()
	e.receiving = on
	if on && len(e.inbox) > 0 {
		e.schedule()
	}
}

// drain delivers the inbox on the owner's loop: while receiving, or all of
// it when forced (a Worker's exit delivers what its thread posted before it
// ended, as node's drainMessagePort). A peer's close ends it.
func (e *endpoint) drain(force bool) {
	for n := 0; ; n++ {
		e.mu.Lock()
		if len(e.inbox) == 0 {
			e.scheduled = false
			e.mu.Unlock()
			return
		}
		if !e.receiving && !force {
			// Not started: messages wait, unless the peer closed.
			hasClose := false
			for _, it := range e.inbox {
				hasClose = hasClose || it.close
			}
			e.scheduled = false
			if !hasClose {
				e.mu.Unlock()
				return
			}
			e.inbox = nil
			e.mu.Unlock()
			e.closeLocal()
			return
		}
		if n >= maxBatch && !force {
			owner := e.owner
			e.mu.Unlock()
			if owner != nil {
				owner.Post(func() { e.drain(false) })
			}
			return
		}
		it := e.inbox[0]
		e.inbox[0] = item{}
		e.inbox = e.inbox[1:]
		e.mu.Unlock()
		if it.close {
			e.closeLocal()
			return
		}
		e.deliver(it.data)
	}
}

// take removes the next message, for receiveMessageOnPort.
func (e *endpoint) take() ([]byte, bool) {
	e.mu.Lock()
	defer e.mu.Unlock()
	if len(e.inbox) == 0 || e.inbox[0].close {
		return nil, false
	}
	it := e.inbox[0]
	e.inbox[0] = item{}
	e.inbox = e.inbox[1:]
	return it.data, true
}

// deliver emits one message as a macrotask.
func (e *endpoint) deliver(data []byte) {
	if e.dispatch == nil || e.b == nil {
		return
	}
	b := e.b
	b.rt.CallGo(func() {
		v, err := b.deserialize(data)
		kind := kindMessage
		if err != nil {
			kind = kindMessageError
			v = b.errorValue(err)
		}
		if _, err := e.dispatch(goja.Undefined(), b.vm.ToValue(kind), v); err != nil {
			b.rt.Rethrow(err)
		}
	})
}

// closeLocal closes e on its owner's loop and emits 'close'.
func (e *endpoint) closeLocal() {
	e.mu.Lock()
	e.closed, e.receiving, e.inbox = true, false, nil
	e.mu.Unlock()
	if e.handle != nil {
		e.handle.Close()
	}
	if e.dispatch != nil && e.b != nil {
		b := e.b
		b.rt.CallGo(func() {
			if _, err := e.dispatch(goja.Undefined(), b.vm.ToValue(kindClose), goja.Undefined()); err != nil {
				b.rt.Rethrow(err)
			}
		})
	}
}

// close is port.close() on the owner's loop: both ends close, the peer
// after the messages already sent to it, and each emits 'close'.
func (e *endpoint) close() {
	e.mu.Lock()
	if e.closed {
		e.mu.Unlock()
		return
	}
	e.closed, e.receiving, e.inbox = true, false, nil
	owner := e.owner
	e.mu.Unlock()
	if e.handle != nil {
		e.handle.Close()
	}
	if owner != nil && e.dispatch != nil {
		b := e.b
		owner.Post(func() {
			b.rt.CallGo(func() {
				if _, err := e.dispatch(goja.Undefined(), b.vm.ToValue(kindClose), goja.Undefined()); err != nil {
					b.rt.Rethrow(err)
				}
			})
		})
	}
	// The peer closes after this end (and after the messages before).
	e.peer.enqueueClose()
}

// isClosed reports whether e is closed.
func (e *endpoint) isClosed() bool {
	e.mu.Lock()
	defer e.mu.Unlock()
	return e.closed
}
