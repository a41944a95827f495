package tls

import (
	"errors"
	"io"
	"net"
	"sync"
	"time"
)

// errPipeClosed is what a session's TLS connection reads or writes after
// the session closed.
var errPipeClosed = errors.New("tls: session closed")

// maxUnsent bounds the ciphertext a cipherPipe holds for the transport: a
// writer waits while more is unsent, as a socket's writer waits for a
// slow peer.
const maxUnsent = 256 << 10

// cipherPipe is the net.Conn a session's crypto/tls.Conn runs on. Its
// input is the ciphertext JavaScript feeds from the transport, or, once
// direct is called, what the transport's connection yields to a reader Go
// took from it. Its output
// collects until the loop hands it to the transport (send; the transport
// then calls sent once it took it): the records one operation writes go
// out in one transport write. One send is outstanding at a time.
type cipherPipe struct {
	post func(func())
	send func(p []byte)

	mu     sync.Mutex
	cond   sync.Cond
	in     []byte
	eof    bool
	closed bool
	// out is the ciphertext not yet handed to the transport; flushing is
	// true while a flush is posted or the transport holds one; failed is
	// the transport's error, which later writes return.
	out      []byte
	flushing bool
	failed   error
	// held keeps the output from the transport until release.
	held bool
	// inline: the loop is writing through the pipe and takes the output
	// itself (writeInline); no flush is posted meanwhile.
	inline bool
	// gone is closed when the pipe closes, releasing writers.
	gone chan struct{}
	// src, when set, is read once in is used up; srcFailed gets the
	// errors it returns other than the end of input.
	src       io.Reader
	srcFailed func(error)
}

// bulkOut is the capacity of the output buffers of bulk writes (a record
// of 16 KiB at a time: a 64 KiB write's records fit), which outBuffers
// keeps between writes once the transport has taken their bytes.
const bulkOut = 66 << 10

// outBuffers holds bulkOut-sized output buffers for any session's pipe
// (a connection keeps none of its own while idle).
var outBuffers = sync.Pool{New: func() any { return new([bulkOut]byte) }}

func newCipherPipe(post func(func()), send func(p []byte)) *cipherPipe {
	c := &cipherPipe{post: post, send: send, gone: make(chan struct{})}
	c.cond.L = &c.mu
	return c
}

// feed appends ciphertext read from the transport.
func (c *cipherPipe) feed(p []byte) {
	c.mu.Lock()
	c.in = append(c.in, p...)
	c.mu.Unlock()
	c.cond.Broadcast()
}

// feedEOF reports that the transport will give no more input.
func (c *cipherPipe) feedEOF() {
	c.mu.Lock()
	c.eof = true
	c.mu.Unlock()
	c.cond.Broadcast()
}

// direct makes src the input after what was fed: the transport's
// connection, read without JavaScript. A read error other than the end of
// input goes to failed, and the TLS connection sees the pipe closed.
func (c *cipherPipe) direct(src io.Reader, failed func(error)) {
	c.mu.Lock()
	c.src, c.srcFailed = src, failed
	c.mu.Unlock()
	c.cond.Broadcast()
}

// Read returns fed ciphertext, waiting for some; io.EOF after feedEOF.
func (c *cipherPipe) Read(p []byte) (int, error) {
	c.mu.Lock()
	if src := c.src; src != nil && len(c.in) == 0 && !c.closed {
		c.mu.Unlock()
		return c.readSrc(src, p)
	}
	defer c.mu.Unlock()
	for len(c.in) == 0 && !c.eof && !c.closed {
		c.cond.Wait()
	}
	if c.closed {
		return 0, errPipeClosed
	}
	if len(c.in) == 0 {
		return 0, io.EOF
	}
	n := copy(p, c.in)
	c.in = c.in[n:]
	if len(c.in) == 0 {
		c.in = nil
	}
	return n, nil
}

// buffered reports whether ciphertext has arrived that the TLS connection
// has not read: fed, or waiting in the transport's connection.
func (c *cipherPipe) buffered() bool {
	c.mu.Lock()
	src, fed := c.src, len(c.in) > 0
	c.mu.Unlock()
	u, ok := src.(interface{ Unread() bool })
	return fed || ok && u.Unread()
}

// readSrc reads the transport's connection. Its closing (the transport
// destroyed) ends the input, as the transport's 'close' does when
// JavaScript feeds it.
func (c *cipherPipe) readSrc(src io.Reader, p []byte) (int, error) {
	n, err := src.Read(p)
	switch {
	case err == nil, errors.Is(err, io.EOF):
	case errors.Is(err, net.ErrClosed):
		err = io.EOF
	default:
		c.srcFailed(err)
		err = errPipeClosed
	}
	return n, err
}

// Write adds p to the output, waiting first while too much is unsent.
func (c *cipherPipe) Write(p []byte) (int, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	for len(c.out) >= maxUnsent && !c.closed && c.failed == nil {
		c.cond.Wait()
	}
	switch {
	case c.closed:
		return 0, errPipeClosed
	case c.failed != nil:
		return 0, c.failed
	}
	if c.out == nil {
		// Room for a few more records like p before the loop takes them
		// (growing by appends would copy a bulk write's output twice).
		if size := min(4*len(p), maxUnsent); size <= bulkOut/2 {
			c.out = make([]byte, 0, size)
		} else {
			c.out = outBuffers.Get().(*[bulkOut]byte)[:0]
		}
	}
	c.out = append(c.out, p...)
	c.startFlush()
	return len(p), nil
}

// recycle takes back an output buffer the transport has written and
// holds no more, for a later bulk write.
func recycle(out []byte) {
	if cap(out) == bulkOut {
		outBuffers.Put((*[bulkOut]byte)(out[:bulkOut]))
	}
}

// startFlush posts a flush of the output, unless there is none, one is on
// its way, the output is held, or the pipe closed or failed. c.mu is held.
func (c *cipherPipe) startFlush() {
	if len(c.out) > 0 && !c.flushing && !c.held && !c.inline && !c.closed && c.failed == nil {
		c.flushing = true
		c.post(c.flush)
	}
}

// idle reports whether the pipe holds no output and is not handing any to
// the transport, nor held, closed or failed: a write of up to maxUnsent
// does not wait.
func (c *cipherPipe) idle() bool {
	c.mu.Lock()
	defer c.mu.Unlock()
	return len(c.out) == 0 && !c.flushing && !c.held && !c.closed && c.failed == nil
}

// writeInline runs write, which writes through the pipe, on the loop
// goroutine and returns the output it made, now the caller's to hand to
// the transport (as a flush would; sent follows). The pipe must be idle.
func (c *cipherPipe) writeInline(write func() error) ([]byte, error) {
	c.mu.Lock()
	c.inline = true
	c.mu.Unlock()
	err := write()
	c.mu.Lock()
	defer c.mu.Unlock()
	c.inline = false
	out := c.out
	c.out = nil
	if len(out) > 0 {
		c.flushing = true
	}
	return out, err
}

// hold keeps what is written from the transport until release.
func (c *cipherPipe) hold() {
	c.mu.Lock()
	c.held = true
	c.mu.Unlock()
}

// release lets the output go, with what was held.
func (c *cipherPipe) release() {
	c.mu.Lock()
	c.held = false
	c.startFlush()
	c.mu.Unlock()
}

// flush hands the output to the transport, on the loop goroutine.
func (c *cipherPipe) flush() {
	c.mu.Lock()
	out := c.out
	c.out = nil
	c.mu.Unlock()
	c.send(out)
}

// sent reports, on the loop goroutine, that the transport took what send
// gave it (or failed with err), and flushes what came meanwhile.
func (c *cipherPipe) sent(err error) {
	c.mu.Lock()
	if err != nil && c.failed == nil {
		c.failed = err
	}
	c.flushing = false
	c.startFlush()
	c.mu.Unlock()
	c.cond.Broadcast()
}

// drain waits until the transport took every byte written so far, and
// returns its error if it failed.
func (c *cipherPipe) drain() error {
	c.mu.Lock()
	defer c.mu.Unlock()
	for (c.flushing || len(c.out) > 0) && !c.closed && c.failed == nil {
		c.cond.Wait()
	}
	switch {
	case c.closed:
		return errPipeClosed
	case c.failed != nil:
		return c.failed
	}
	return nil
}

// Close releases every reader and writer, and drops unsent output. It is
// idempotent.
func (c *cipherPipe) Close() error {
	c.mu.Lock()
	if !c.closed {
		c.closed = true
		c.out = nil
		close(c.gone)
	}
	c.mu.Unlock()
	c.cond.Broadcast()
	return nil
}

// pipeAddr is the address a cipherPipe reports: the transport's own are
// JavaScript's business.
type pipeAddr struct{}

func (pipeAddr) Network() string { return "tls-transport" }
func (pipeAddr) String() string  { return "tls-transport" }

func (c *cipherPipe) LocalAddr() net.Addr  { return pipeAddr{} }
func (c *cipherPipe) RemoteAddr() net.Addr { return pipeAddr{} }

// The deadlines are JavaScript's (socket.setTimeout); the pipe has none.
func (c *cipherPipe) SetDeadline(time.Time) error      { return nil }
func (c *cipherPipe) SetReadDeadline(time.Time) error  { return nil }
func (c *cipherPipe) SetWriteDeadline(time.Time) error { return nil }
