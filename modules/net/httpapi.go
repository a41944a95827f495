package net

import (
	"github.com/dop251/goja"
	"github.com/gonode/gonode/runtime"
)

// HandleWriter is for Go code that writes whole protocol messages to a
// net.Socket (http responses) without making JavaScript values for them.
// It returns the socket's handle object (loop goroutine; socket._handle,
// a TCP or Pipe handle) and write, which writes bufs through that handle
// as handle.writev(cb, bufs) does from JavaScript: it returns 0 when the
// kernel took everything (cb is not called), 1 when cb(status) runs later,
// or a negative errno when the write failed at once. Bytes written count
// in the socket's bytesWritten, and writes stay in order with the
// handle's other writes. ok is false when socket has no such handle.
func HandleWriter(rt *runtime.Runtime, socket *goja.Object) (handle *goja.Object, write func(cb goja.Value, bufs [][]byte) int, ok bool) {
	b, err := bindingOf(rt)
	if err != nil || socket == nil {
		return nil, nil, false
	}
	handle, _ = socket.Get("_handle").(*goja.Object)
	w := b.wrapOf(handle)
	if w == nil {
		return nil, nil, false
	}
	return handle, func(cb goja.Value, bufs [][]byte) int { return int(w.write(cb, bufs).ToInteger()) }, true
}
