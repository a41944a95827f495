package http

import (
	"io"
	"sync"
)

// pipeLimit is how many fed bytes may wait for the reader before feed asks
// JavaScript to pause the socket.
const pipeLimit = 256 << 10

// feedPipe carries the bytes JavaScript feeds (a socket's 'data') to a
// reader goroutine. feed never blocks: past pipeLimit it asks the caller to
// pause its source, and onDrain tells it when to resume.
type feedPipe struct {
	mu      sync.Mutex
	cond    sync.Cond
	queue   [][]byte
	size    int
	eof     bool
	closed  bool
	paused  bool   // feed reported the pipe full
	fed     uint64 // how many feeds so far
	waiting bool   // the reader waits on the empty pipe
	onDrain func() // reader goroutine: the pipe emptied after being full
	// onIdle (reader goroutine) is called before waiting on an empty pipe,
	// with the number of feeds consumed: if no feed came since, the reader
	// has handed over everything and has nothing to do.
	onIdle func(fed uint64)
}

func newFeedPipe(onDrain func(), onIdle func(fed uint64)) *feedPipe {
	p := &feedPipe{onDrain: onDrain, onIdle: onIdle}
	p.cond.L = &p.mu
	return p
}

// feed queues a copy of b. It reports false once the caller should pause
// its source until onDrain.
func (p *feedPipe) feed(b []byte) bool {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.eof || p.closed || len(b) == 0 {
		return true
	}
	p.queue = append(p.queue, append([]byte(nil), b...))
	p.size += len(b)
	p.fed++
	p.cond.Signal()
	if p.size >= pipeLimit {
		p.paused = true
		return false
	}
	return true
}

// finish marks the end of the fed stream: the reader sees io.EOF after the
// bytes already queued.
func (p *feedPipe) finish() {
	p.mu.Lock()
	p.eof = true
	p.cond.Signal()
	p.mu.Unlock()
}

// close ends the pipe at once; queued bytes are dropped.
func (p *feedPipe) close() {
	p.mu.Lock()
	p.closed = true
	p.queue = nil
	p.cond.Signal()
	p.mu.Unlock()
}

// drain removes and returns every queued byte.
func (p *feedPipe) drain() []byte {
	p.mu.Lock()
	defer p.mu.Unlock()
	var out []byte
	for _, b := range p.queue {
		out = append(out, b...)
	}
	p.queue, p.size = nil, 0
	return out
}

// unread puts b back in front of the queue.
func (p *feedPipe) unread(b []byte) {
	if len(b) == 0 {
		return
	}
	p.mu.Lock()
	p.queue = append([][]byte{b}, p.queue...)
	p.size += len(b)
	p.cond.Signal()
	p.mu.Unlock()
}

// fedCount is the number of feeds so far.
func (p *feedPipe) fedCount() uint64 {
	p.mu.Lock()
	defer p.mu.Unlock()
	return p.fed
}

// readerIdle reports whether the reader waits on the empty pipe, having
// consumed every feed.
func (p *feedPipe) readerIdle() bool {
	p.mu.Lock()
	defer p.mu.Unlock()
	return p.waiting && len(p.queue) == 0
}

// idleSince reports whether nothing was fed since the reader went idle
// after consuming fed feeds.
func (p *feedPipe) idleSince(fed uint64) bool {
	p.mu.Lock()
	defer p.mu.Unlock()
	return p.fed == fed && !p.eof
}

func (p *feedPipe) Read(b []byte) (int, error) {
	p.mu.Lock()
	for len(p.queue) == 0 && !p.eof && !p.closed {
		fed := p.fed
		p.mu.Unlock()
		p.onIdle(fed)
		p.mu.Lock()
		if len(p.queue) == 0 && !p.eof && !p.closed {
			p.waiting = true
			p.cond.Wait()
			p.waiting = false
		}
	}
	defer p.mu.Unlock()
	if p.closed {
		return 0, errStopped
	}
	if len(p.queue) == 0 {
		return 0, io.EOF
	}
	n := copy(b, p.queue[0])
	if n == len(p.queue[0]) {
		p.queue[0] = nil
		p.queue = p.queue[1:]
	} else {
		p.queue[0] = p.queue[0][n:]
	}
	p.size -= n
	if p.paused && p.size < pipeLimit/2 {
		p.paused = false
		p.onDrain()
	}
	return n, nil
}
