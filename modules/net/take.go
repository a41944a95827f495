package net

import (
	"io"
	"sync"
	"sync/atomic"

	"github.com/dop251/goja"
	"github.com/gonode/gonode/runtime"
)

// TakeReader hands the read side of a net.Socket to Go code (loop
// goroutine), for protocol parsers such as http that read the connection
// directly instead of through 'data' events. r first yields the bytes net
// read but has not delivered to JavaScript, then what arrives; call Read on
// any goroutine. The socket emits no 'data' meanwhile; writes, timeouts
// and closing are unaffected (Read fails with net.ErrClosed once the
// socket is destroyed).
//
// release (any goroutine, once) gives reading back: unread (bytes read
// from r but not consumed) reaches JavaScript first, as 'data', then err:
// nil resumes normal reading, io.EOF ends the readable side ('end'), and
// any other error destroys the socket (as a read error with err's errno,
// EINVAL if it has none). ok is false when the socket has no connection to
// take (not connected yet, destroyed, or already taken). A socket whose
// handle is another module's (a TLSSocket's) is taken as its StreamHandle
// says.
func TakeReader(rt *runtime.Runtime, socket *goja.Object) (r io.Reader, release func(unread []byte, err error), ok bool) {
	b, err := bindingOf(rt)
	if err != nil || socket == nil {
		return nil, nil, false
	}
	handle, _ := socket.Get("_handle").(*goja.Object)
	w := b.wrapOf(handle)
	if w == nil {
		if h := b.streamHandleOf(handle); h != nil {
			return h.Take()
		}
		return nil, nil, false
	}
	if w.closed || w.connecting || w.ensureStream() != nil {
		return nil, nil, false
	}
	// The stream's own state, which release changes at once: a socket an
	// http client released and reuses in the same turn can be taken again.
	r, ok = w.stream.Take()
	if !ok {
		return nil, nil, false
	}
	w.sync()
	r = countingReader{r: r, n: &w.bytesRead}
	var once sync.Once
	release = func(unread []byte, err error) {
		once.Do(func() {
			w.stream.Release(unread, err)
			rt.Post(w.sync)
		})
	}
	return r, release, true
}

// countingReader adds what it reads to n, the handle's bytesRead.
type countingReader struct {
	r io.Reader
	n *atomic.Int64
}

func (c countingReader) Read(p []byte) (int, error) {
	n, err := c.r.Read(p)
	c.n.Add(int64(n))
	return n, err
}

// Unread reports whether data has arrived that was not read yet (the
// stream's taken reader tells).
func (c countingReader) Unread() bool {
	u, ok := c.r.(interface{ Unread() bool })
	return ok && u.Unread()
}
