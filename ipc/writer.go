package ipc

import (
	"errors"
	"fmt"

	"github.com/gonode/gonode/internal/fdpoll"
	"golang.org/x/sys/unix"
)

// maxIovecs bounds the frames gathered into one sendmsg (Linux IOV_MAX).
const maxIovecs = 1024

// outFrame is a frame (or its unwritten rest) waiting for the writer.
type outFrame struct {
	data []byte
	fd   FD // handle still to be attached; zero once sent
	done func(error)
	// owned: data is the channel's own copy (SendCopy), in buf, which
	// later SendCopy calls may extend until the writer takes the frame
	// (busy); buf is reused once written.
	owned, busy bool
	buf         []byte
}

// Owned frames: a small frame gets a buffer of coalesceCap bytes that later
// small frames (below coalesceBelow bytes) fill up; a large one an exact
// copy.
const (
	coalesceCap   = 64 << 10
	coalesceBelow = 4 << 10
)

// Written owned buffers are kept for reuse (fresh memory costs page faults):
// at most maxFree of them, none larger than maxFreeSize.
const (
	maxFree     = 4
	maxFreeSize = 1 << 20
)

// ownCopyLocked copies frame for the queue, into a reused buffer if one is
// big enough.
func (c *Channel) ownCopyLocked(frame []byte) []byte {
	need := len(frame)
	if need < coalesceBelow {
		need = coalesceCap
	}
	if b := c.takeFreeLocked(need); b != nil {
		return append(b, frame...)
	}
	return append(make([]byte, 0, need), frame...)
}

// takeFreeLocked takes a kept buffer of capacity at least n, or nil.
func (c *Channel) takeFreeLocked(n int) []byte {
	for i, b := range c.free {
		if cap(b) >= n {
			last := len(c.free) - 1
			c.free[i], c.free[last] = c.free[last], nil
			c.free = c.free[:last]
			return b[:0]
		}
	}
	return nil
}

// recycleLocked keeps a written owned buffer for ownCopyLocked.
func (c *Channel) recycleLocked(buf []byte) {
	if cap(buf) > maxFreeSize {
		return
	}
	if len(c.free) == maxFree {
		// Keep the larger ones.
		smallest := 0
		for i, b := range c.free {
			if cap(b) < cap(c.free[smallest]) {
				smallest = i
			}
		}
		if cap(c.free[smallest]) >= cap(buf) {
			return
		}
		c.free[smallest] = buf[:0]
		return
	}
	c.free = append(c.free, buf[:0])
}

// Send writes frame (one or more complete "...\n" lines) and, if fd is
// valid, passes it with the first sendmsg of the frame (SCM_RIGHTS; the fd
// is never resent on a partial write). It never blocks: it tries one
// non-blocking write and queues whatever the socket did not take for the
// writer goroutine. Frames are written in Send order.
//
// done (may be nil) is called exactly once: with nil when the whole frame
// has been written, or with the error (ErrClosed after Close, a wrapped
// errno such as EPIPE, which errors.Is matches). It runs synchronously
// inside Send when the outcome is immediate, otherwise on the writer
// goroutine; it must not block.
//
// The caller must not modify frame, nor close fd, until done has run.
func (c *Channel) Send(frame []byte, fd FD, done func(error)) {
	if len(frame) == 0 {
		finish(done, errors.New("ipc: empty frame"))
		return
	}
	c.mu.Lock()
	if c.closed {
		c.mu.Unlock()
		finish(done, ErrClosed)
		return
	}
	startWriter := false
	if !c.writing {
		n, err := c.tryWriteLocked(frame, fd)
		if err != nil || n == len(frame) {
			c.mu.Unlock()
			finish(done, wrapWriteErr(err))
			return
		}
		if n > 0 {
			fd = FD{} // it went with the first bytes
		}
		frame = frame[n:]
		c.startWriterLocked()
		startWriter = true
	}
	c.queue = append(c.queue, &outFrame{data: frame, fd: fd, done: done})
	c.queuedLocked(len(frame), startWriter)
}

// SendCopy writes frame (complete lines, no handle) like Send, but without
// a completion callback: whatever the socket does not take at once is
// copied into the channel's queue (appended to the previous such copy while
// the writer has not taken it yet), so the caller may reuse frame as soon
// as SendCopy returns. It reports whether bytes were left queued, or the
// immediate write error (then nothing is queued). Errors of queued bytes
// are not reported (node ignores the status of writes that did not
// complete at once; a later Send or the reader sees the broken socket);
// like all queued frames they are dropped on Close. OnDrain tells when the
// queue empties.
func (c *Channel) SendCopy(frame []byte) (pending bool, err error) {
	return c.sendPlain(frame, false)
}

// SendBuffer is SendCopy for a frame whose buffer the caller gives up: if
// bytes are left queued, the channel queues frame itself instead of a copy
// (pending is true) and the caller must not touch it again. TakeBuffer
// hands written buffers back for reuse.
func (c *Channel) SendBuffer(frame []byte) (pending bool, err error) {
	return c.sendPlain(frame, true)
}

// TakeBuffer returns an empty buffer of capacity at least n that the
// channel has written and no longer needs, or nil.
func (c *Channel) TakeBuffer(n int) []byte {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.takeFreeLocked(n)
}

func (c *Channel) sendPlain(frame []byte, give bool) (pending bool, err error) {
	whole := frame
	if len(frame) == 0 {
		return false, errors.New("ipc: empty frame")
	}
	c.mu.Lock()
	if c.closed {
		c.mu.Unlock()
		return false, ErrClosed
	}
	startWriter := false
	if !c.writing {
		n, err := c.tryWriteLocked(frame, FD{})
		if err != nil || n == len(frame) {
			c.mu.Unlock()
			return false, wrapWriteErr(err)
		}
		frame = frame[n:]
		c.startWriterLocked()
		startWriter = true
	}
	if give {
		// busy: later copies must not be appended to the caller's buffer.
		c.queue = append(c.queue, &outFrame{data: frame, buf: whole, owned: true, busy: true})
	} else if k := len(c.queue); k > 0 && c.queue[k-1].owned && !c.queue[k-1].busy &&
		len(frame) < coalesceBelow && len(c.queue[k-1].data)+len(frame) <= cap(c.queue[k-1].data) {
		c.queue[k-1].data = append(c.queue[k-1].data, frame...)
	} else {
		buf := c.ownCopyLocked(frame)
		c.queue = append(c.queue, &outFrame{data: buf, buf: buf, owned: true})
	}
	c.queuedLocked(len(frame), startWriter)
	return true, nil
}

// OnDrain registers fn to be called on the writer goroutine each time the
// write queue has emptied (or was dropped by Close). It should only post
// work to the loop.
func (c *Channel) OnDrain(fn func()) {
	c.mu.Lock()
	c.onDrain = fn
	c.mu.Unlock()
}

// tryWriteLocked is the direct, non-blocking sendmsg of Send and SendCopy;
// EAGAIN counts as nothing written.
func (c *Channel) tryWriteLocked(frame []byte, fd FD) (int, error) {
	c.direct.iov[0].Base = &frame[0]
	c.direct.iov[0].SetLen(len(frame))
	c.direct.fd = fd
	err := c.pd.Write(c.direct.write)
	n, serr := c.direct.n, c.direct.err
	c.direct = directWrite{write: c.direct.write}
	if errors.Is(serr, unix.EAGAIN) {
		n, serr = 0, nil
	}
	return n, firstErr(err, serr)
}

// startWriterLocked hands the socket's write side to a writer goroutine,
// which the caller starts after unlocking.
func (c *Channel) startWriterLocked() {
	c.writing = true
	c.running++
}

func finish(done func(error), err error) {
	if done != nil {
		done(err)
	}
}

func firstErr(a, b error) error {
	if a != nil {
		return a
	}
	return b
}

func wrapWriteErr(err error) error {
	if err == nil || err == ErrClosed {
		return err
	}
	return fmt.Errorf("ipc: write: %w", err)
}

// writeLoop drains the queue, gathering consecutive frames into one
// sendmsg; a frame carrying a handle always starts a new sendmsg. It exits
// when the queue is empty (or the channel closed).
func (c *Channel) writeLoop() {
	defer c.goroutineExited()
	var batch []*outFrame
	var iov []unix.Iovec
	for {
		c.mu.Lock()
		if len(c.queue) == 0 || c.closed {
			rest := c.queue
			c.queue = nil
			c.writing = false
			for _, f := range rest {
				c.queued.Add(-int64(len(f.data)))
			}
			onDrain := c.onDrain
			c.mu.Unlock()
			for _, f := range rest {
				finish(f.done, ErrClosed)
			}
			if onDrain != nil {
				onDrain()
			}
			return
		}
		batch = append(batch[:0], c.queue[0])
		for _, f := range c.queue[1:] {
			if f.fd.Valid() || len(batch) == maxIovecs {
				break
			}
			batch = append(batch, f)
		}
		for _, f := range batch {
			f.busy = true
		}
		c.mu.Unlock()

		var werr error
		err := c.pd.Write(func(fd uintptr) bool {
			c.mu.Lock()
			defer c.mu.Unlock()
			for {
				iov = iov[:0]
				for _, f := range batch {
					if len(f.data) > 0 {
						iov = append(iov, unix.Iovec{Base: &f.data[0]})
						iov[len(iov)-1].SetLen(len(f.data))
					}
				}
				if len(iov) == 0 {
					return true
				}
				n, err := sendmsg(int(fd), iov, batch[0].fd)
				if errors.Is(err, unix.EAGAIN) {
					return false // wait until writable
				}
				if err != nil {
					werr = err
					return true
				}
				batch[0].fd = FD{}
				c.queued.Add(-int64(n))
				for _, f := range batch {
					k := min(n, len(f.data))
					f.data = f.data[k:]
					n -= k
				}
			}
		})
		err = firstErr(err, werr)
		// Written frames succeed (the loop may have popped some already,
		// see pushLocked). On error the first unwritten frame fails (a
		// failed sendmsg sends nothing); later ones stay queued and are
		// retried, so a bad handle only fails its own frame.
		c.mu.Lock()
		if err != nil && c.closed {
			err = ErrClosed
		}
		batch = c.popWrittenLocked(batch[:0], false)
		var failed *outFrame
		if err != nil && len(c.queue) > 0 {
			failed = c.queue[0]
			c.queued.Add(-int64(len(failed.data)))
			c.queue[0] = nil
			c.queue = c.queue[1:]
		}
		c.mu.Unlock()
		clear(iov)
		for _, f := range batch {
			finish(f.done, nil)
		}
		if failed != nil {
			finish(failed.done, wrapWriteErr(err))
		}
		clear(batch)
	}
}

// popWrittenLocked removes the written frames at the head of the queue,
// recycling their buffers, and appends them to dst for their completion
// callbacks. With plainOnly it stops at the first frame that has one (and
// appends nothing).
func (c *Channel) popWrittenLocked(dst []*outFrame, plainOnly bool) []*outFrame {
	k := 0
	for _, f := range c.queue {
		if len(f.data) > 0 || f.fd.Valid() || (plainOnly && f.done != nil) {
			break
		}
		if f.buf != nil {
			c.recycleLocked(f.buf)
		}
		if !plainOnly {
			dst = append(dst, f)
		}
		k++
	}
	clear(c.queue[:k])
	c.queue = c.queue[k:]
	return dst
}

// pushLocked writes what the socket takes of the queued frames (up to the
// first one carrying a handle) on the calling goroutine, and pops the
// written ones that have no completion callback. The writer goroutine
// waits for the socket with its write side locked and, with one P, may not
// run for a long time while the loop keeps sending (the loop does not
// block while it has immediates): without this the queue, and the fresh
// buffers it holds, would grow until the scheduler polls the network.
// Every write to the socket and every change to queued data happens under
// mu, so this cannot interleave with the writer's sendmsg.
func (c *Channel) pushLocked() {
	if c.closed {
		return
	}
	iov := c.pushIov[:0]
	for _, f := range c.queue {
		if f.fd.Valid() || len(iov) == maxIovecs {
			break
		}
		if len(f.data) > 0 {
			iov = append(iov, unix.Iovec{Base: &f.data[0]})
			iov[len(iov)-1].SetLen(len(f.data))
		}
	}
	if len(iov) == 0 {
		return
	}
	n, err := sendmsgRaw(c.fd, iov, nil)
	clear(iov)
	c.pushIov = iov[:0]
	if err != nil || n == 0 {
		return // EAGAIN, or an error the writer will meet and report
	}
	c.queued.Add(-int64(n))
	for _, f := range c.queue {
		if n == 0 {
			break
		}
		k := min(n, len(f.data))
		f.data = f.data[k:]
		n -= k
	}
	c.popWrittenLocked(nil, true)
}

// directWrite is the state of Send's direct attempt, kept in the Channel
// (guarded by mu) so that the attempt does not allocate.
type directWrite struct {
	write func(fd uintptr) bool // set once by newChannel
	iov   [1]unix.Iovec
	fd    FD
	n     int
	err   error
}

// sendmsg writes iov with one sendmsg(MSG_NOSIGNAL) call, attaching the fd
// fd (if valid) as SCM_RIGHTS.
func sendmsg(sock int, iov []unix.Iovec, fd FD) (int, error) {
	if !fd.Valid() {
		return sendmsgRaw(sock, iov, nil)
	}
	n, err := sendmsgRaw(sock, iov, unix.UnixRights(fd.Int()))
	if errors.Is(err, unix.EBADF) {
		return n, fmt.Errorf("passing handle: %w", err) // fd, not the channel
	}
	return n, err
}

func sendmsgRaw(sock int, iov []unix.Iovec, oob []byte) (int, error) {
	var msg unix.Msghdr
	msg.Iov = &iov[0]
	msg.SetIovlen(len(iov))
	if len(oob) > 0 {
		msg.Control = &oob[0]
		msg.SetControllen(len(oob))
	}
	return fdpoll.Sendmsg(sock, &msg, unix.MSG_NOSIGNAL)
}

// queuedLocked accounts n newly queued bytes and unlocks c.mu: a new writer
// goroutine starts if startWriter, else the sender pushes what the socket
// takes now.
func (c *Channel) queuedLocked(n int, startWriter bool) {
	c.queued.Add(int64(n))
	if !startWriter {
		c.pushLocked()
	}
	c.mu.Unlock()
	if startWriter {
		go c.writeLoop()
	}
}
