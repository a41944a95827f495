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

// cipherPipe is the net.Conn a session's crypto/tls.Conn runs on. Its
// input is the ciphertext JavaScript feeds from the transport; its output
// goes to send, which hands it to the transport and returns once the
// transport took it (or the pipe closed), so that a writer waits for a
// slow peer as a socket's writer would.
type cipherPipe struct {
	send func(p []byte, done func(error))

	mu     sync.Mutex
	cond   sync.Cond
	in     []byte
	eof    bool
	closed bool
	// gone is closed when the pipe closes, releasing writers.
	gone chan struct{}
}

func newCipherPipe(send func(p []byte, done func(error))) *cipherPipe {
	c := &cipherPipe{send: send, gone: make(chan struct{})}
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

// Read returns fed ciphertext, waiting for some; io.EOF after feedEOF.
func (c *cipherPipe) Read(p []byte) (int, error) {
	c.mu.Lock()
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

// Write hands a copy of p to the transport and waits until it took it.
func (c *cipherPipe) Write(p []byte) (int, error) {
	select {
	case <-c.gone:
		return 0, errPipeClosed
	default:
	}
	done := make(chan error, 1)
	c.send(append([]byte(nil), p...), func(err error) { done <- err })
	select {
	case err := <-done:
		if err != nil {
			return 0, err
		}
		return len(p), nil
	case <-c.gone:
		return 0, errPipeClosed
	}
}

// Close releases every reader and writer. It is idempotent.
func (c *cipherPipe) Close() error {
	c.mu.Lock()
	if !c.closed {
		c.closed = true
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
