package http

import (
	"io"
	"sync"
)

// source is the input of a parser that reads its socket directly: the
// socket's taken reader, until untake switches it to the bytes JavaScript
// feeds (see parser.untake). The reader goroutine reads it; switchTo runs
// on the loop goroutine.
type source struct {
	mu sync.Mutex
	r  io.Reader
}

func (s *source) current() io.Reader {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.r
}

// switchTo makes r the input from the next read on. A read blocked in the
// old input fails once that input is released, and goes on with r.
func (s *source) switchTo(r io.Reader) {
	s.mu.Lock()
	s.r = r
	s.mu.Unlock()
}

// Read reads the current input. A read that fails on an input switched
// away from meanwhile (it was released, its error stays with the socket)
// goes on with the new input.
func (s *source) Read(p []byte) (int, error) {
	r := s.current()
	for {
		n, err := r.Read(p)
		if n > 0 || err == nil {
			return n, err
		}
		next := s.current()
		if next == r {
			return n, err
		}
		r = next
	}
}

// unread reports whether data has arrived on the current input that has
// not been read from it (the socket's taken reader can tell; fed bytes are
// the pipe's).
func (s *source) unread() bool {
	u, ok := s.current().(interface{ Unread() bool })
	return ok && u.Unread()
}
