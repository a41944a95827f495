package http

import (
	"sync"

	"github.com/dop251/goja"
)

// A parser fed from JavaScript parses a chunk before feed returns, when it
// can: node's parser runs synchronously in the socket's 'data' listener,
// so the socket's later 'data' listeners run after the chunk's messages
// and body pieces were delivered (a body piece is pushed before such a
// listener's response dumps the request). feed then hands the chunk to the
// reader, waits until the reader waits again, and dispatches the batches
// it delivered meanwhile. It leaves the reader to post them as usual when
// batches are on their way to the loop already, or when the reader waits
// for the loop (body credits, a pause, an upgrade decision), which feeding
// does not end.

// syncFeed is the state shared by a synchronous feed and the reader.
type syncFeed struct {
	mu   sync.Mutex
	cond sync.Cond
	// on is set while a feed waits for the reader; waiting once the
	// reader waits again (or returned) since.
	on, waiting bool
	batches     [][]event // what the reader delivered while on
	exited      bool      // the reader returned
	// started (loop goroutine) is set once the reader goroutine runs, and
	// dispatching while a synchronous feed dispatches its batches.
	started, dispatching bool
}

// feedSync feeds b to the pipe and, when the reader can be waited for,
// delivers what the reader finds in it before returning. It reports what
// the pipe's feed did.
func (p *parser) feedSync(b []byte) bool {
	f := &p.sync
	f.mu.Lock()
	sync := f.started && !f.exited && !f.dispatching && len(b) > 0 && p.posted.Load() == 0 &&
		!p.s.stalled.Load() && !p.s.deciding.Load() && !p.s.isPaused()
	f.on, f.waiting = sync, false
	// (Fed while locked: a reader that found the pipe empty before cannot
	// report waiting for this feed.)
	more := p.pipe.feed(b)
	if !sync {
		f.mu.Unlock()
		return more
	}
	for !f.waiting {
		f.cond.Wait()
	}
	batches := f.batches
	f.batches, f.on = nil, false
	f.mu.Unlock()
	f.dispatching = true
	defer func() { f.dispatching = false }()
	p.rt.RunInContext(p.ctx, func() goja.Value {
		for _, batch := range batches {
			p.dispatch(batch)
		}
		return nil
	})
	return more
}

// readerWaits (reader goroutine) tells a feed waiting for the reader that
// the reader waits for the loop now.
func (p *parser) readerWaits() {
	f := &p.sync
	f.mu.Lock()
	if f.on {
		f.waiting = true
		f.cond.Signal()
	}
	f.mu.Unlock()
}

// pipeIdle (reader goroutine) tells a feed waiting for the reader that the
// reader consumed fed feeds and waits for more, unless more came already.
func (p *parser) pipeIdle(pipe *feedPipe, fed uint64) {
	f := &p.sync
	f.mu.Lock()
	if f.on && pipe.fedCount() == fed {
		f.waiting = true
		f.cond.Signal()
	}
	f.mu.Unlock()
}

// readerExited (reader goroutine) records that the reader returned.
func (p *parser) readerExited() {
	f := &p.sync
	f.mu.Lock()
	f.exited = true
	if f.on {
		f.waiting = true
		f.cond.Signal()
	}
	f.mu.Unlock()
}
