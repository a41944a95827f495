package childprocess

import (
	"errors"
	"os"
	"sync/atomic"

	"github.com/dop251/goja"
	"github.com/gonode/gonode/ipc"
	"github.com/gonode/gonode/runtime"
	"golang.org/x/sys/unix"
)

// channel is the native half of an IPC channel, used by lib/ipc.js: an
// ipc.Channel plus the runtime handle that decides liveness. The handle is
// ref'd while JavaScript wants it (node's counted or explicit ref state) or,
// unless the state was set explicitly, while writes are in flight.
type channel struct {
	rt *runtime.Runtime
	c  *ipc.Channel

	handle   *runtime.Handle
	wantRef  bool
	explicit bool
	inFlight int
	closed   bool

	onread  goja.Value
	scratch []byte // encode buffer, reused while writes complete at once
}

// maxScratch bounds the encode buffer kept between writes.
const maxScratch = 64 * 1024

// newChannel adopts fd, one end of an AF_UNIX stream socketpair. ref is the
// initial liveness: ref'd in a parent, unref'd in a child (NODE-IPC.md §1).
func newChannel(rt *runtime.Runtime, fd int, ref bool) (*channel, error) {
	c, err := ipc.FromFD(fd)
	if err != nil {
		return nil, err
	}
	ch := &channel{rt: rt, c: c, handle: rt.NewHandle("IPC"), wantRef: ref}
	ch.handle.OnRuntimeClose(func() { _ = c.Close() })
	ch.updateRef()
	return ch, nil
}

func (ch *channel) updateRef() {
	if ch.closed {
		return
	}
	if ch.wantRef || (!ch.explicit && ch.inFlight > 0) {
		ch.handle.Ref()
	} else {
		ch.handle.Unref()
	}
}

// object is the JavaScript face of the channel.
func (ch *channel) object() *goja.Object {
	vm := ch.rt.VM()
	o := vm.NewObject()
	_ = o.Set("fd", ch.c.FD())
	_ = o.Set("readStart", ch.readStart)
	_ = o.Set("write", ch.write)
	_ = o.Set("writeQueueSize", func(goja.FunctionCall) goja.Value { return vm.ToValue(ch.c.WriteQueueSize()) })
	_ = o.Set("close", ch.close)
	_ = o.Set("setRef", func(ref, explicit bool) {
		ch.wantRef, ch.explicit = ref, explicit
		ch.updateRef()
	})
	_ = o.Set("handleType", ch.handleType)
	_ = o.Set("serializeHandle", ch.serializeHandle)
	_ = o.Set("deserializeHandle", ch.deserializeHandle)
	return o
}

// readStart delivers each read's messages as onread(messages, handles, err):
// handles is null or an array with a received-handle token at the index of
// each NODE_HANDLE that carried a descriptor; err is the SyntaxError of an
// invalid line (the messages before it are delivered, the rest of that read
// is dropped, as node throws from JSON.parse). EOF is onread(null).
func (ch *channel) readStart(onread goja.Value) {
	ch.onread = onread
	rt := ch.rt
	err := ch.c.Start(func(frames []ipc.Frame) {
		rt.Post(func() { ch.deliver(frames) })
	}, func(error) {
		rt.Post(ch.ended)
	})
	if err != nil {
		panic(rt.NewNodeError("Error", "ERR_INTERNAL_ASSERTION", err.Error()))
	}
}

func (ch *channel) deliver(frames []ipc.Frame) {
	if ch.closed {
		for _, f := range frames {
			if f.File != nil {
				_ = f.File.Close()
			}
		}
		return
	}
	vm := ch.rt.VM()
	msgs := make([]any, 0, len(frames))
	var handles []any
	var failure goja.Value = goja.Undefined()
	for i, f := range frames {
		if f.Err != nil {
			_, err := ipc.Decode(vm, f.Data)
			var ex *goja.Exception
			if errors.As(err, &ex) {
				failure = ex.Value()
			} else {
				failure = vm.NewGoError(f.Err)
			}
			for _, rest := range frames[i:] {
				if rest.File != nil {
					_ = rest.File.Close()
				}
			}
			break
		}
		v, err := ipc.Decode(vm, f.Data)
		if err != nil {
			failure = vm.NewGoError(err)
			break
		}
		msgs = append(msgs, v)
		if f.File != nil {
			if handles == nil {
				handles = make([]any, len(frames))
			}
			handles[i] = vm.ToValue(&inHandle{file: f.File})
		}
	}
	var hv goja.Value = goja.Null()
	if handles != nil {
		hv = vm.NewArray(handles...)
	}
	ch.rt.Call(ch.onread, goja.Undefined(), vm.NewArray(msgs...), hv, failure)
}

func (ch *channel) ended() {
	if ch.closed {
		return
	}
	ch.rt.Call(ch.onread, goja.Undefined(), goja.Null())
}

// Flags returned by write (see lib/ipc.js).
const (
	writePending   = 1 // the write did not complete at once
	writeQueueFull = 2 // node's send() returns false: writeQueueSize >= 128 KiB
	queueLimit     = 65536 * 2
)

// write encodes message as node's JSON.stringify and sends it with the
// outgoing handle token, if any. It returns a negative errno when the write
// failed at once, else writePending|writeQueueFull flags. For a pending
// write, cb (if a function) is called without arguments when it completes —
// node ignores the status of writes that did not complete synchronously.
func (ch *channel) write(call goja.FunctionCall) goja.Value {
	vm := ch.rt.VM()
	if ch.closed {
		return vm.ToValue(-int(unix.EBADF))
	}
	var out *outHandle
	if t, ok := call.Argument(1).Export().(*outHandle); ok {
		out = t
	}
	frame, err := ipc.AppendFrame(ch.scratch[:0], vm, call.Argument(0))
	if err != nil {
		panic(err)
	}
	cb := call.Argument(2)
	var file *os.File
	if out != nil {
		file = out.file
	}
	// state: 0 while Send runs, 1 once it returned with the write pending,
	// 2 when the write finished first.
	var state atomic.Int32
	var result error
	ch.c.Send(frame, file, func(err error) {
		result = err
		if state.CompareAndSwap(0, 2) {
			return
		}
		ch.rt.Post(func() { ch.writeDone(out, err, cb) })
	})
	if !state.CompareAndSwap(0, 1) {
		// Done already: the buffer is free again (unless it grew large).
		if cap(frame) <= maxScratch {
			ch.scratch = frame
		}
		ch.release(out, result)
		if result != nil {
			errno := runtime.ErrnoOf(result)
			if errno == 0 {
				errno = unix.EPIPE
			}
			return vm.ToValue(-int(errno))
		}
		return vm.ToValue(ch.queueFlag())
	}
	ch.scratch = nil
	ch.inFlight++
	ch.updateRef()
	return vm.ToValue(writePending | ch.queueFlag())
}

func (ch *channel) queueFlag() int {
	if ch.c.WriteQueueSize() >= queueLimit {
		return writeQueueFull
	}
	return 0
}

func (ch *channel) writeDone(out *outHandle, err error, cb goja.Value) {
	ch.release(out, err)
	ch.inFlight--
	ch.updateRef()
	if _, ok := goja.AssertFunction(cb); ok {
		ch.rt.Call(cb, goja.Undefined())
	}
}

// release closes a sent descriptor once written, unless the peer's ACK is
// awaited.
func (ch *channel) release(out *outHandle, err error) {
	if out != nil && (err != nil || !out.CloseOnAck) {
		out.Close()
	}
}

// close closes the socket; queued writes are dropped, as libuv does.
func (ch *channel) close() {
	if ch.closed {
		return
	}
	ch.closed = true
	ch.handle.Close()
	_ = ch.c.Close()
}

// outHandle is a descriptor being sent, as handed out by a HandleCodec.
type outHandle struct {
	file *os.File
	// CloseOnAck: keep the descriptor until the peer's ACK (resend on NACK).
	CloseOnAck bool
}

// Close releases the descriptor (on ACK, or when giving up).
func (h *outHandle) Close() {
	if h.file != nil {
		_ = h.file.Close()
		h.file = nil
	}
}

// inHandle is a received descriptor not yet given to a codec.
type inHandle struct {
	file *os.File
}

// Close releases a received descriptor nobody claimed.
func (h *inHandle) Close() {
	if h.file != nil {
		_ = h.file.Close()
		h.file = nil
	}
}

// handleType returns the wire type of obj; objects of no registered type
// throw ERR_INVALID_HANDLE_TYPE.
func (ch *channel) handleType(v goja.Value) string {
	obj, _ := v.(*goja.Object)
	return ch.matchType(obj).name
}

func (ch *channel) matchType(obj *goja.Object) handleType {
	var t handleType
	ok := false
	if obj != nil {
		t, ok = matchHandle(ch.rt, obj)
	}
	if !ok {
		panic(ch.rt.NewNodeError("TypeError", "ERR_INVALID_HANDLE_TYPE", "This handle type cannot be sent"))
	}
	return t
}

// serializeHandle(target, obj, message, keepOpen) returns the outgoing token
// for obj, or null when obj has no live native handle.
func (ch *channel) serializeHandle(target, obj, message *goja.Object, keepOpen bool) goja.Value {
	rt := ch.rt
	t := ch.matchType(obj)
	out, err := t.codec.Serialize(rt, &SendRequest{Target: target, Object: obj, Message: message, KeepOpen: keepOpen})
	if err != nil {
		var ex *goja.Exception
		if errors.As(err, &ex) {
			panic(ex)
		}
		panic(rt.NewNodeError("Error", "", err.Error()))
	}
	if out.File == nil {
		return goja.Null()
	}
	return rt.VM().ToValue(&outHandle{file: out.File, CloseOnAck: out.CloseOnAck})
}

// deserializeHandle(target, message, token, deliver) converts a received
// descriptor with the codec named by message.type; deliver(obj) emits the
// carried message. An unknown type throws, as node does.
func (ch *channel) deserializeHandle(target, message *goja.Object, token goja.Value, deliver goja.Value) {
	rt := ch.rt
	in, _ := token.Export().(*inHandle)
	if in == nil || in.file == nil {
		panic(rt.NewNodeError("TypeError", "ERR_INVALID_ARG_TYPE", "no handle received"))
	}
	file := in.file
	in.file = nil
	codec, ok := lookupHandle(message.Get("type").String())
	if !ok {
		_ = file.Close()
		panic(rt.NewNodeError("TypeError", "", "Cannot read properties of undefined (reading 'got')"))
	}
	err := codec.Deserialize(rt, &Incoming{
		Target:  target,
		File:    file,
		Message: message,
		Deliver: func(obj goja.Value) { rt.Call(deliver, goja.Undefined(), obj) },
	})
	if err != nil {
		var ex *goja.Exception
		if errors.As(err, &ex) {
			panic(ex)
		}
		panic(rt.NewNodeError("Error", "", err.Error()))
	}
}
