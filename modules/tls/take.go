package tls

import (
	"bytes"
	"errors"
	"io"
	"sync"
	"syscall"

	"github.com/dop251/goja"
)

// maxReadAhead bounds the plaintext the reader goroutine decrypts ahead
// of its consumer (JavaScript, or the Go code that took it), so that a
// busy loop leaves the rest in the kernel (TCP backpressure).
const maxReadAhead = 2 * readSize

// errReleased is what a taken reader returns once its take was released.
var errReleased = errors.New("tls: plaintext reader released")

// plainTake is the state of a session whose plaintext Go code (http's
// parser) reads in place of JavaScript, as node's parser consumes a
// TLSWrap: the session is the net.StreamHandle of its TLSWrap. The fields
// are guarded by the session's readMu; taken changes on the loop only.
type plainTake struct {
	// taken: the loop queues plaintext here instead of calling ondata.
	taken bool
	// owner is the take whose reader may read (0: none, as soon as the
	// take is released); takes counts the takes.
	owner, takes uint64
	queue        [][]byte
	// err ends the plaintext, after queue.
	err error
}

// holdReads reports whether the reader goroutine waits before its next
// read: a taker reads the connection itself (or a released one still
// does), its consumer has enough to take in, or JavaScript paused it;
// unless the plaintext ended or the session closed. readMu is held.
func (s *session) holdReads() bool {
	return !s.ended && (s.reading || s.ahead >= maxReadAhead || s.plain.owner != 0 || (s.paused && !s.plain.taken))
}

// consumed counts n bytes of plaintext as taken in by their consumer.
func (s *session) consumed(n int) {
	s.readMu.Lock()
	s.ahead -= n
	s.readMu.Unlock()
	s.readCond.Broadcast()
}

// Take hands the plaintext to Go code (net.TakeReader): what arrives from
// now on, and what arrived but did not reach JavaScript yet, is read from
// r and not delivered to ondata; the TLSSocket's pause and resume do not
// apply. release (any goroutine, once) gives it back: unread, what r did
// not yield, and the rest reach JavaScript first (or the next take, if one
// comes before the loop delivers them); then err, or the end the reader
// met, ends the plaintext as the reader goroutine's end would.
func (s *session) Take() (r io.Reader, release func(unread []byte, err error), ok bool) {
	s.readMu.Lock()
	if s.closed || s.plain.owner != 0 || (s.ended && s.ahead == 0) {
		// (Past the end, nothing is left to take: JavaScript has it.)
		s.readMu.Unlock()
		return nil, nil, false
	}
	s.plain.taken = true
	s.plain.takes++
	take := s.plain.takes
	s.plain.owner = take
	s.readMu.Unlock()
	s.readCond.Broadcast()
	var once sync.Once
	release = func(unread []byte, err error) {
		once.Do(func() {
			s.readMu.Lock()
			s.plain.owner = 0
			if len(unread) > 0 {
				s.plain.queue = append([][]byte{bytes.Clone(unread)}, s.plain.queue...)
				s.ahead += len(unread)
			}
			s.readMu.Unlock()
			s.readCond.Broadcast()
			s.b.rt.Post(func() { s.untake(err) })
		})
	}
	return &plainReader{s: s, take: take}, release, true
}

// untake runs on the loop after a release: unless another take came, the
// queued plaintext goes to JavaScript, then the end of the plaintext (the
// reader's, else err).
func (s *session) untake(err error) {
	s.readMu.Lock()
	if s.plain.owner != 0 || !s.plain.taken {
		s.readMu.Unlock()
		return
	}
	queue, end := s.plain.queue, s.plain.err
	s.plain = plainTake{takes: s.plain.takes}
	s.readMu.Unlock()
	s.readCond.Broadcast()
	for _, data := range queue {
		s.consumed(len(data))
		s.call("ondata", s.b.newBuffer(data))
	}
	if end == nil {
		end = err
	}
	if end != nil {
		s.readDone(end)
	}
}

// queuePlain gives data, which the reader goroutine read, to the taker
// (loop goroutine).
func (s *session) queuePlain(data []byte) {
	s.readMu.Lock()
	s.plain.queue = append(s.plain.queue, data)
	s.readMu.Unlock()
	s.readCond.Broadcast()
}

// endPlain ends the taker's plaintext with err, after what is queued, unless
// it ended already.
func (s *session) endPlain(err error) {
	s.readMu.Lock()
	if s.plain.taken && s.plain.err == nil {
		s.plain.err = err
	}
	s.readMu.Unlock()
	s.readCond.Broadcast()
}

// Write writes plaintext from Go code (net.HandleWriter's write), as
// write does, or returns -EPIPE once the session closed. It counts in the
// TLSWrap's bytesWritten, as JavaScript's writes do.
func (s *session) Write(cb goja.Value, bufs [][]byte) int {
	if s.closed {
		return -int(syscall.EPIPE)
	}
	var data []byte
	switch len(bufs) {
	case 0:
	case 1:
		data = bufs[0]
	default:
		data = bytes.Join(bufs, nil)
	}
	written := s.handlers.Get("bytesWritten")
	_ = s.handlers.Set("bytesWritten", written.ToInteger()+int64(len(data)))
	return s.write(data, cb)
}

// plainReader reads a take's plaintext, on any goroutine.
type plainReader struct {
	s    *session
	take uint64
}

// Read yields what the reader goroutine read for the take first; with
// nothing of that left or on its way, it reads the TLS connection itself
// (a read then costs no hand-off through the loop).
func (r *plainReader) Read(p []byte) (int, error) {
	s := r.s
	s.readMu.Lock()
	for {
		switch {
		case s.plain.owner != r.take:
			s.readMu.Unlock()
			return 0, errReleased
		case len(s.plain.queue) > 0:
			n := copy(p, s.plain.queue[0])
			if n < len(s.plain.queue[0]) {
				s.plain.queue[0] = s.plain.queue[0][n:]
			} else {
				s.plain.queue[0] = nil
				s.plain.queue = s.plain.queue[1:]
			}
			s.ahead -= n
			s.readMu.Unlock()
			s.readCond.Broadcast()
			return n, nil
		case s.plain.err != nil:
			err := s.plain.err
			s.readMu.Unlock()
			return 0, err
		case s.handshaken && !s.reading && s.ahead == 0 && !s.ended:
			return r.readConn(p)
		}
		s.readCond.Wait()
	}
}

// readConn reads the TLS connection on the taker's goroutine. readMu is
// held, and released.
func (r *plainReader) readConn(p []byte) (int, error) {
	s := r.s
	s.reading = true
	s.readMu.Unlock()
	n, err := s.conn.Read(p)
	s.bytesRead.Add(int64(n))
	s.readMu.Lock()
	if s.plain.owner != r.take {
		// Released while reading: what came goes where the reader
		// goroutine's reads go, ahead of anything read later.
		s.handOff(p[:n], err)
		return 0, errReleased
	}
	s.reading = false
	if err != nil {
		s.ended = true
		if s.plain.err == nil {
			s.plain.err = err
		}
		if n > 0 {
			err = nil // the end follows at the next read
		}
	}
	s.readMu.Unlock()
	s.readCond.Broadcast()
	return n, err
}

// Unread reports whether data arrived that the take has not read:
// plaintext read for it, or ciphertext not yet decrypted.
func (r *plainReader) Unread() bool {
	s := r.s
	s.readMu.Lock()
	mine, read := s.plain.owner == r.take, s.ahead > 0
	s.readMu.Unlock()
	return mine && (read || s.pipe.buffered())
}
