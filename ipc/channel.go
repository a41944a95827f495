package ipc

import (
	"errors"
	"fmt"
	"os"
	"sync"
	"sync/atomic"

	"github.com/gonode/gonode/internal/fdpoll"
	"golang.org/x/sys/unix"
)

// ErrClosed is reported to Send callbacks and to the end callback once
// Close has been called.
var ErrClosed = errors.New("ipc: channel closed")

// Channel is one end of a node IPC channel in json mode: an AF_UNIX stream
// socket carrying newline-terminated JSON frames and SCM_RIGHTS handles.
//
// Send, WriteQueueSize, Close, FD and Done are safe for concurrent use; the
// callbacks given to Start and Send run on the channel's own goroutines (see
// their docs), never while a Channel lock is held.
type Channel struct {
	pd   *fdpoll.Desc // the non-blocking socket
	fd   int
	mode Mode // framing of received data; set before Start
	// decodeChecks: see LeaveChecksToDecode; set before Start.
	decodeChecks bool

	queued atomic.Int64 // bytes accepted by Send and not yet written

	mu         sync.Mutex
	closed     bool
	fileClosed bool
	started    bool
	writing    bool        // a writer goroutine owns the socket's write side
	queue      []*outFrame // frames waiting for the writer goroutine
	direct     directWrite // Send's direct attempt
	onDrain    func()      // see OnDrain
	free       [][]byte    // written SendCopy buffers, for reuse
	pushIov    []unix.Iovec
	regions    [][]byte // batch buffers given back by Release
	running    int      // live reader/writer goroutines (a started reader counts until it ends)
	in         *inbound // set by Start
	done       chan struct{}
}

// Socketpair creates a connected AF_UNIX stream socketpair (both ends
// close-on-exec). It returns the parent's Channel and the child's end, which
// is left in blocking mode for the child to adopt: put it in
// exec.Cmd.ExtraFiles (or dup it to the 'ipc' stdio index) and set
// NODE_CHANNEL_FD accordingly, then close it in the parent once the child
// has started.
func Socketpair() (*Channel, *os.File, error) {
	fds, err := unix.Socketpair(unix.AF_UNIX, unix.SOCK_STREAM|unix.SOCK_CLOEXEC, 0)
	if err != nil {
		return nil, nil, fmt.Errorf("ipc: %w", os.NewSyscallError("socketpair", err))
	}
	c, err := newChannel(fds[0])
	if err != nil {
		unix.Close(fds[0])
		unix.Close(fds[1])
		return nil, nil, err
	}
	return c, os.NewFile(uintptr(fds[1]), "ipc-child"), nil
}

// FromFD adopts fd (the child's NODE_CHANNEL_FD) as a Channel: it checks
// that fd is a stream socket, marks it close-on-exec and non-blocking, and
// takes ownership of it. On error the fd is left untouched.
func FromFD(fd int) (*Channel, error) {
	var st unix.Stat_t
	if err := unix.Fstat(fd, &st); err != nil {
		return nil, fmt.Errorf("ipc: channel fd %d: %w", fd, os.NewSyscallError("fstat", err))
	}
	if st.Mode&unix.S_IFMT != unix.S_IFSOCK {
		return nil, fmt.Errorf("ipc: channel fd %d is not a socket", fd)
	}
	typ, err := unix.GetsockoptInt(fd, unix.SOL_SOCKET, unix.SO_TYPE)
	if err != nil {
		return nil, fmt.Errorf("ipc: channel fd %d: %w", fd, os.NewSyscallError("getsockopt", err))
	}
	if typ != unix.SOCK_STREAM {
		return nil, fmt.Errorf("ipc: channel fd %d is not a stream socket", fd)
	}
	unix.CloseOnExec(fd)
	return newChannel(fd)
}

func newChannel(fd int) (*Channel, error) {
	if err := unix.SetNonblock(fd, true); err != nil {
		return nil, fmt.Errorf("ipc: channel fd %d: %w", fd, os.NewSyscallError("fcntl", err))
	}
	pd, err := fdpoll.Open(fd)
	if err != nil {
		return nil, fmt.Errorf("ipc: channel fd %d: %w", fd, err)
	}
	c := &Channel{pd: pd, fd: fd, done: make(chan struct{})}
	c.direct.write = func(fd uintptr) bool {
		c.direct.n, c.direct.err = sendmsg(int(fd), c.direct.iov[:], c.direct.fd)
		return true
	}
	return c, nil
}

// Mode is a channel's serialization mode (node's options.serialization),
// which decides how received bytes split into frames.
type Mode uint8

const (
	// JSON frames are lines of JSON text (node's default, 'json').
	JSON Mode = iota
	// Advanced frames are a 4-byte big-endian length and that many bytes
	// of V8 serialization ('advanced', see internal/v8ser).
	Advanced
)

// SetMode sets how received bytes split into frames; call it before Start.
// Sending is the same in both modes: Send takes whole frames.
func (c *Channel) SetMode(m Mode) {
	c.mu.Lock()
	c.mode = m
	c.mu.Unlock()
}

// LeaveChecksToDecode is for a consumer that decodes every frame it
// receives (Decode reports the same SyntaxError the reader would): in json
// mode the reader then validates only the lines that may be internal
// messages, the only ones that can claim a received descriptor, and hands
// on the others unchecked (Err nil even when invalid). A line may be
// internal unless it holds neither "NODE_" nor a \u escape. Call it before
// Start.
func (c *Channel) LeaveChecksToDecode() {
	c.mu.Lock()
	c.decodeChecks = true
	c.mu.Unlock()
}

// FD returns the channel's file descriptor number (process.channel.fd).
func (c *Channel) FD() int { return c.fd }

// Start starts reading. onBatch receives the frames completed by each
// read, in order; onEnd is called exactly once, after the last onBatch,
// when reading stops: with nil on EOF or ECONNRESET (a partial last line is
// dropped), ErrClosed after Close, or the read error. Both run on the
// goroutine that reads (fdpoll's, or one of the channel's own), one call
// at a time, and should only hand the work to the loop (e.g. post one task
// per batch). Start may be called once.
func (c *Channel) Start(onBatch func([]Frame), onEnd func(error)) error {
	c.mu.Lock()
	if c.started {
		c.mu.Unlock()
		return errors.New("ipc: channel already started")
	}
	c.started = true
	if c.closed {
		c.mu.Unlock()
		onEnd(ErrClosed)
		return nil
	}
	c.running++
	in := &inbound{
		c:       c,
		r:       &lineReader{c: c, buf: make([]byte, 0, 2*readSize)},
		oob:     make([]byte, unix.CmsgSpace(maxFDsPerRead*4)),
		onBatch: onBatch,
		onEnd:   onEnd,
	}
	c.in = in
	c.mu.Unlock()
	c.pd.SetReadHandler(in.readable)
	// Data may have come before the handler was set.
	go in.readOn()
	return nil
}

// WriteQueueSize returns the number of bytes passed to Send that have not
// been written to the socket yet (node: send() returns
// writeQueueSize < 131072).
func (c *Channel) WriteQueueSize() int { return int(c.queued.Load()) }

// Close closes the socket. It is idempotent and does not block on the
// callbacks: reading ends (onEnd(ErrClosed) unless it already
// ended), frames still queued fail with ErrClosed (like node/libuv, queued
// writes are dropped, not flushed), and received handles nobody claimed are
// closed. Done is closed once all of that has happened.
func (c *Channel) Close() error {
	c.mu.Lock()
	if c.closed {
		c.mu.Unlock()
		return nil
	}
	c.closed = true
	c.mu.Unlock()
	err := c.pd.Close() // wakes the writer; waits for in-flight syscalls
	c.mu.Lock()
	c.fileClosed = true
	in := c.in
	c.finishLocked()
	c.mu.Unlock()
	if in != nil {
		// The reader's next read meets the closed descriptor and ends.
		go in.readOn()
	}
	if err != nil {
		return fmt.Errorf("ipc: close: %w", err)
	}
	return nil
}

// Done returns a channel that is closed after Close once the reader and
// writer goroutines have exited and every unclaimed handle is closed.
func (c *Channel) Done() <-chan struct{} { return c.done }

func (c *Channel) goroutineExited() {
	c.mu.Lock()
	c.running--
	c.finishLocked()
	c.mu.Unlock()
}

func (c *Channel) finishLocked() {
	if c.fileClosed && c.running == 0 {
		select {
		case <-c.done:
		default:
			close(c.done)
		}
	}
}

func (c *Channel) isClosed() bool {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.closed
}
