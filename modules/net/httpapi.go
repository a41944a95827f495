package net

import (
	"io"

	"github.com/dop251/goja"
	"github.com/gonode/gonode/runtime"
)

// HandleWriter is for Go code that writes whole protocol messages to a
// net.Socket (http responses) without making JavaScript values for them.
// It returns the socket's handle object (loop goroutine; socket._handle: a
// TCP or Pipe handle, or one with a StreamHandle) and write, which writes
// bufs through that handle as handle.writev(cb, bufs) does from
// JavaScript: it returns 0 when the kernel took everything (cb is not
// called), 1 when cb(status) runs later, or a negative errno when the
// write failed at once. Bytes written count in the socket's bytesWritten,
// and writes stay in order with the handle's other writes. ok is false
// when socket has no such handle.
func HandleWriter(rt *runtime.Runtime, socket *goja.Object) (handle *goja.Object, write func(cb goja.Value, bufs [][]byte) int, ok bool) {
	b, err := bindingOf(rt)
	if err != nil || socket == nil {
		return nil, nil, false
	}
	handle, _ = socket.Get("_handle").(*goja.Object)
	if w := b.wrapOf(handle); w != nil {
		return handle, w.writeCode, true
	}
	if h := b.streamHandleOf(handle); h != nil {
		return handle, h.Write, true
	}
	return nil, nil, false
}

// StreamHandle is the Go side of a stream handle another module makes
// (tls's TLSWrap), which TakeReader and HandleWriter then serve as they
// serve TCP and Pipe handles. Its methods run on the loop goroutine.
type StreamHandle interface {
	// Take and release are TakeReader's, for the handle's input.
	Take() (r io.Reader, release func(unread []byte, err error), ok bool)
	// Write is HandleWriter's write.
	Write(cb goja.Value, bufs [][]byte) int
}

// SetStreamHandle makes h the Go side of handle, a JavaScript handle
// object (loop goroutine).
func SetStreamHandle(rt *runtime.Runtime, handle *goja.Object, h StreamHandle) error {
	b, err := bindingOf(rt)
	if err != nil {
		return err
	}
	return handle.DefineDataPropertySymbol(b.streamKey, rt.HostRef(h), goja.FLAG_FALSE, goja.FLAG_FALSE, goja.FLAG_FALSE)
}

// streamHandleOf returns the StreamHandle of a handle object, or nil.
func (b *binding) streamHandleOf(handle *goja.Object) StreamHandle {
	if handle == nil {
		return nil
	}
	h, _ := runtime.HostOf(handle.GetSymbol(b.streamKey)).(StreamHandle)
	return h
}
