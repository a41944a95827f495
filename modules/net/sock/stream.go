package sock

import (
	"bytes"
	"errors"
	"io"
	"net"
	"runtime"
	"syscall"

	"golang.org/x/sys/unix"

	"github.com/gonode/gonode/internal/fdpoll"
)

// maxReadAhead is how many bytes a stream reads ahead of the loop.
const maxReadAhead = 64 << 10

// Stream is a connected stream socket (TCP or Unix domain).
type Stream struct {
	fd *FD
	r  reader
	w  writer
	// shutdown is a Shutdown waiting for the write queue to drain.
	shutdown func(error)
}

// NewStream runs fd, a connected stream socket, on the poller; fd is
// registered with it only once reading starts or a write has to wait.
// onRead runs on the loop with each chunk read, or with io.EOF or a read
// error (after which nothing more is read).
func NewStream(fd *FD, post func(func()), onRead func(chunk []byte, err error)) *Stream {
	s := &Stream{fd: fd}
	s.r.init(fd, post)
	s.r.deliver = onRead
	s.w.init(fd, post)
	s.w.idle = s.runShutdown
	return s
}

func readChunk(fd int, buf []byte) ([]byte, int, error) {
	n, err := fdpoll.Read(fd, buf)
	if err != nil {
		return nil, 0, err
	}
	if n == 0 {
		return nil, 0, io.EOF
	}
	chunk := make([]byte, n)
	copy(chunk, buf[:n])
	return chunk, n, nil
}

// ReadStart starts (or resumes) delivering reads.
func (s *Stream) ReadStart() { s.r.start() }

// SetReadSize makes each read take at most n bytes (any goroutine), as a
// socket reading into a buffer of its user's does (net's onread option);
// n <= 0 gives back the default size.
func (s *Stream) SetReadSize(n int) { s.r.readCap.Store(int64(n)) }

// ReadStop stops delivering reads; the kernel buffers what arrives, and the
// peer's writes eventually block.
func (s *Stream) ReadStop() { s.r.stop() }

// Reading reports whether the stream is delivering reads and has not seen
// EOF or an error.
func (s *Stream) Reading() bool { return s.r.active() }

// WhenRead calls cb on the loop once what the peer had written by now has
// been read and delivered to onRead (at once if the stream is not
// reading): a child's 'exit' waits for the output it wrote before exiting.
func (s *Stream) WhenRead(cb func()) { s.r.whenRead(cb) }

// Write writes bufs. If the kernel takes everything now it returns
// async=false and done is never called; otherwise done runs on the loop once
// the rest is written or has failed. A returned error means the write failed
// at once.
func (s *Stream) Write(bufs [][]byte, done func(error)) (async bool, err error) {
	size := 0
	for _, b := range bufs {
		size += len(b)
	}
	return s.w.submit(&writeReq{bufs: bufs, size: size, done: done})
}

// WriteNow writes bufs at once if nothing is being written and returns
// what the kernel did not take: nil when it took everything (then nothing
// more happens), otherwise the rest, which the caller queues with Write.
// It saves Write's request and callback for the usual write that the
// kernel takes whole. An error means the write failed.
func (s *Stream) WriteNow(bufs [][]byte) (rest [][]byte, err error) {
	if s.fd.closed || !s.w.idleNow() || s.shutdown != nil {
		return bufs, nil
	}
	r := writeReq{bufs: bufs}
	complete, err := r.attempt(s.fd.Sysfd)
	if err != nil || complete {
		return nil, err
	}
	return r.bufs, nil
}

// TryWrite writes as much of b as the kernel takes now, if nothing else is
// being written, and reports how much that was. It never queues: what is
// left, or all of b after an error, is the caller's to write.
func (s *Stream) TryWrite(b []byte) int {
	if s.fd.closed || !s.w.idleNow() || s.shutdown != nil {
		return 0
	}
	for {
		n, err := fdpoll.Write(s.fd.Sysfd, b)
		switch {
		case err == unix.EINTR:
			continue
		case err != nil:
			return 0
		}
		return n
	}
}

// WriteQueueSize is the number of bytes waiting to be written.
func (s *Stream) WriteQueueSize() int { return s.w.pendingBytes() }

// Writing reports whether writes (or a shutdown) are outstanding.
func (s *Stream) Writing() bool { return !s.w.idleNow() || s.shutdown != nil }

// Shutdown shuts down the writing side once queued writes are written
// (loop goroutine). done runs on the loop: given to now when nothing is
// queued and the shutdown is made at once (libuv completes such a shutdown
// among its deferred callbacks, before its next poll: net runs it in the
// loop's pending phase), posted otherwise.
func (s *Stream) Shutdown(done func(error), now func(func())) {
	if s.w.idleNow() {
		err := s.shutdownNow()
		now(func() { done(err) })
		return
	}
	s.shutdown = done
}

// runShutdown makes the shutdown the writes held back, once they are
// written (or cancelled).
func (s *Stream) runShutdown() {
	done := s.shutdown
	if done == nil {
		return
	}
	s.shutdown = nil
	err := s.shutdownNow()
	s.w.post(func() { done(err) })
}

// shutdownNow shuts the writing side down (ECANCELED once closed).
func (s *Stream) shutdownNow() error {
	if s.fd.closed {
		return unix.ECANCELED
	}
	err := s.fd.Shutdown()
	if errors.Is(err, unix.ENOTSOCK) {
		// A terminal or pipe has no shutdown: the writes are done.
		err = nil
	}
	return err
}

// Close stops reading and writing and closes the descriptor. Queued writes
// and a pending shutdown complete with ECANCELED.
func (s *Stream) Close() {
	s.r.close()
	_ = s.fd.Close()
	s.cancelShutdown()
}

// Detach gives up the descriptor without closing it (an accepted socket
// handed to another process, say): the stream stops as by Close, minus the
// close(2), and the descriptor, out of the poller and used by no goroutine,
// is returned as the caller's. False: the stream was closed already.
func (s *Stream) Detach() (int, bool) {
	if s.fd.closed {
		return -1, false
	}
	s.r.close()
	fd := s.fd.Detach()
	s.cancelShutdown()
	return fd, true
}

// cancelShutdown completes a pending shutdown, once the writes queued
// before it are done, with ECANCELED (the descriptor is gone).
func (s *Stream) cancelShutdown() {
	if s.shutdown != nil && s.w.idleNow() {
		s.runShutdown()
	}
}

// Connect connects fd to sa without blocking the loop; done runs on the loop
// with the outcome (nil, or an errno such as ECONNREFUSED).
func Connect(fd *FD, sa unix.Sockaddr, post func(func()), done func(error)) {
	err := retryEINTR(func() error { return unix.Connect(fd.Sysfd, sa) })
	if err != nil && err != unix.EINPROGRESS {
		post(func() { done(err) })
		return
	}
	if rerr := fd.register(); rerr != nil {
		post(func() { done(rerr) })
		return
	}
	if err == nil {
		post(func() { done(nil) })
		return
	}
	go func() {
		// The outcome is taken from the poller's readiness report, not
		// checked at once (the first call only asks for it): a local
		// connect is complete by now, and waiting for the report orders
		// it after the events readied before it, as libuv does; and it
		// is posted there and then, in the order the poller reports
		// events, so that a server in this process, whose listener posts
		// as it is reported too (Listener.ready), sees 'connection'
		// before the client sees 'connect', as in node.
		asked := false
		finish := func(cerr error) bool {
			// Goroutines the same readiness report woke run first: a
			// listener's among them posts its accept before this.
			runtime.Gosched()
			post(func() { done(cerr) })
			return true
		}
		if werr := fd.pd.Write(func(s uintptr) bool {
			if !asked {
				asked = true
				return false
			}
			v, gerr := fdpoll.GetsockoptInt(int(s), unix.SOL_SOCKET, unix.SO_ERROR)
			if gerr != nil {
				return finish(gerr)
			}
			switch e := syscall.Errno(v); e {
			case unix.EINPROGRESS, unix.EALREADY, unix.EINTR:
				return false
			case 0:
				// Writable without error: connected, unless this is a
				// spurious wakeup.
				if _, perr := fdpoll.Getpeername(int(s)); perr != nil {
					return false
				}
				return finish(nil)
			default:
				return finish(e)
			}
		}); werr != nil {
			post(func() { done(unix.ECANCELED) })
		}
	}()
}

// ErrReleased is returned by a taken reader after Release.
var ErrReleased = errors.New("sock: reader released")

// Take hands the stream's reads to a Go consumer: the returned reader
// yields the bytes read but not yet delivered, then what arrives, on any
// goroutine, without involving the loop; reading ahead is bounded as for
// the loop. Deliveries to onRead stop until Release. ok is false if the
// stream is taken already.
func (s *Stream) Take() (r io.Reader, ok bool) {
	rd := &s.r
	rd.mu.Lock()
	defer rd.mu.Unlock()
	if rd.taken {
		return nil, false
	}
	rd.taken = true
	rd.takes++
	rd.run()
	return takenReader{r: rd, take: rd.takes}, true
}

// Release ends Take (any goroutine, once): unread (bytes the consumer read
// but did not use) goes back in front of what is pending, then err is
// queued after it unless a read error or EOF already is (nil: none). All of
// it reaches onRead once the loop reads again (ReadStart).
func (s *Stream) Release(unread []byte, err error) {
	r := &s.r
	r.mu.Lock()
	r.taken = false
	var front []result
	if len(unread) > 0 {
		front = append(front, result{item: bytes.Clone(unread), size: len(unread)})
		r.size += len(unread)
	}
	terminal := false
	for _, res := range r.pending {
		terminal = terminal || res.err != nil
	}
	r.pending = append(front, r.pending...)
	if err != nil && !terminal {
		r.pending = append(r.pending, result{err: err, size: 1})
		r.size++
	}
	post := r.want && !r.posted && len(r.pending) > 0
	r.posted = r.posted || post
	r.kick()
	r.avail.Broadcast()
	r.mu.Unlock()
	if post {
		r.post(r.deliverFn)
	}
}

// takenReader reads a taken stream's results for one Take: once that take
// is released, its reads fail, also when the stream is taken again.
type takenReader struct {
	r    *reader
	take uint64 // which Take, of the reader's takes
}

// Unread reports whether data has arrived that the taker has not read:
// queued here, or still in the kernel's receive queue.
func (t takenReader) Unread() bool {
	r := t.r
	r.mu.Lock()
	for _, res := range r.pending {
		if res.err == nil && res.size > 0 {
			r.mu.Unlock()
			return true
		}
	}
	r.mu.Unlock()
	if r.fd.pd == nil {
		return false
	}
	queued := false
	_ = r.fd.pd.Control(func(fd uintptr) {
		n, err := unix.IoctlGetInt(int(fd), unix.SIOCINQ)
		queued = err == nil && n > 0
	})
	return queued
}

func (t takenReader) Read(p []byte) (int, error) {
	r := t.r
	r.mu.Lock()
	defer r.mu.Unlock()
	mine := func() bool { return r.taken && r.takes == t.take }
	for mine() && !r.closing && len(r.pending) == 0 {
		r.avail.Wait()
	}
	switch {
	case r.closing:
		return 0, net.ErrClosed
	case !mine():
		return 0, ErrReleased
	}
	res := &r.pending[0]
	if res.err != nil {
		// EOF or a read error stays queued: every later Read sees it.
		return 0, res.err
	}
	n := copy(p, res.item)
	res.item = res.item[n:]
	res.size -= n
	r.size -= n
	if len(res.item) == 0 {
		r.pending[0] = result{}
		r.pending = r.pending[1:]
	}
	r.kick()
	return n, nil
}
