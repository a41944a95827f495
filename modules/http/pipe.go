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
	onDrain func() // reader goroutine: the pipe emptied after being full
	onIdle  func() // reader goroutine: about to wait on an empty pipe
}

func newFeedPipe(onDrain, onIdle func()) *feedPipe {
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

// idle reports whether nothing is queued (loop goroutine: the reader has
// nothing left to do until the next feed).
func (p *feedPipe) idle() bool {
	p.mu.Lock()
	defer p.mu.Unlock()
	return len(p.queue) == 0 && !p.eof
}

func (p *feedPipe) Read(b []byte) (int, error) {
	p.mu.Lock()
	for len(p.queue) == 0 && !p.eof && !p.closed {
		p.mu.Unlock()
		p.onIdle()
		p.mu.Lock()
		if len(p.queue) == 0 && !p.eof && !p.closed {
			p.cond.Wait()
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
