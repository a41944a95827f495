package ipc

import "github.com/gonode/gonode/internal/fdpoll"

// FD is a descriptor passed with a message (SCM_RIGHTS), held as a plain
// int: wrapping it in an *os.File would register it with Go's poller and
// attach a finalizer, several system calls per handle that nobody needs.
// The zero FD is no descriptor.
type FD struct{ n int32 } // the descriptor plus one

// NewFD holds descriptor fd; a negative fd gives the zero FD.
func NewFD(fd int) FD {
	if fd < 0 {
		return FD{}
	}
	return FD{int32(fd) + 1}
}

// Valid reports whether d holds a descriptor.
func (d FD) Valid() bool { return d.n > 0 }

// Int is the descriptor, or -1 when d holds none.
func (d FD) Int() int { return int(d.n) - 1 }

// Close closes the descriptor, if any.
func (d FD) Close() error {
	if d.n <= 0 {
		return nil
	}
	return fdpoll.Close(d.Int())
}
