package childprocess

import (
	"errors"
	"reflect"
	"sync/atomic"

	"github.com/dop251/goja"
	"github.com/dop251/goja/unistring"
	"github.com/gonode/gonode/internal/gojastore"
	"github.com/gonode/gonode/internal/nativefunc"
	"github.com/gonode/gonode/internal/v8ser"
	"github.com/gonode/gonode/ipc"
	v8 "github.com/gonode/gonode/modules/v8"
	"github.com/gonode/gonode/runtime"
	"golang.org/x/sys/unix"
)

// channel is the native half of an IPC channel (see setup): an
// ipc.Channel plus the runtime handle that decides liveness. The handle is
// ref'd while JavaScript wants it (node's counted or explicit ref state) or,
// unless the state was set explicitly, while writes are in flight.
type channel struct {
	rt    *runtime.Runtime
	ctx   runtime.AsyncContext // the async context it was made in, which its events run in
	c     *ipc.Channel
	codec *v8ser.Codec // advanced serialization; nil in json mode
	// decoder decodes json mode's messages; made on first use.
	decoder *ipc.Decoder

	handle   *runtime.Handle
	wantRef  bool
	explicit bool
	inFlight int
	closed   bool
	// written are whenWritten's functions, run once no write callback is
	// due (every write ends, with ErrClosed at the latest).
	written      []goja.Value
	writtenCalls runtime.CallableCache
	// plainQueued: SendCopy left bytes queued; counted once in inFlight
	// until drained.
	plainQueued bool
	// cork gathers plain sends after the first of a macrotask, until
	// uncork (queued for the loop's pending phase, uncorkQueued) runs; see
	// writePlain. uncorkFn is ch.uncork, made once. corkReports counts
	// the gathered sends whose failure is reported (not swallowed).
	cork         []byte
	corkReports  int
	uncorkQueued bool
	uncorkFn     func()

	// Set by startReading: the emitting object and the JavaScript callbacks.
	target                *goja.Object
	onEnd, queuePending   goja.Value
	onWriteError          goja.Value // (errno) for each failed corked write
	runBatch              func()     // emits current
	current               *batch
	spare                 *batch // a finished batch, for the next read
	emitFn, countFn       runtime.CallableCache
	nativeEmit            *goja.Object // EventEmitter.prototype.emit
	evMessage, evInternal goja.Value
	scratch               []byte // encode buffer, reused while writes complete at once
	// gaveBig: the size of the last big frame whose buffer the channel
	// kept (sendBig); the next encode buffer is taken or made that size.
	gaveBig int

	closeToken goja.Value   // the close() of descriptor tokens; see tokenBase
	jsObject   *goja.Object // object's result
}

// maxScratch bounds the encode buffer kept between writes (a 64 KiB
// message must fit).
const maxScratch = 1 << 20

// newChannel adopts fd, one end of an AF_UNIX stream socketpair. ref is the
// initial liveness: ref'd in a parent, unref'd in a child (NODE-IPC.md §1).
// advanced selects node's 'advanced' serialization (V8's format) instead of
// JSON lines.
func newChannel(rt *runtime.Runtime, fd int, ref, advanced bool) (*channel, error) {
	var codec *v8ser.Codec
	if advanced {
		var err error
		if codec, err = v8.CodecOf(rt); err != nil {
			return nil, err
		}
	}
	c, err := ipc.FromFD(fd)
	if err != nil {
		return nil, err
	}
	if advanced {
		c.SetMode(ipc.Advanced)
	}
	c.LeaveChecksToDecode() // deliver decodes every frame
	ch := &channel{rt: rt, ctx: rt.CaptureContext("PIPEWRAP", nil), c: c, codec: codec, handle: rt.NewHandle("IPC"), wantRef: ref}
	ch.handle.SetResource("PipeWrap")
	ch.uncorkFn = ch.uncork
	c.OnDrain(func() { rt.Post(ch.drained) })
	ch.handle.OnRuntimeClose(func() {
		// At exit, gathered sends go out as node's synchronous writes would.
		ch.flushCork(false)
		_ = c.Close()
	})
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
	o := ch.rt.NewObjectOfClass("Pipe")
	// node lists an IPC channel's Pipe handle itself among
	// process._getActiveHandles: this object is its counterpart.
	ch.handle.SetOwner(func() goja.Value { return o })
	method := func(name string, fn func(goja.FunctionCall) goja.Value) {
		_ = o.Set(name, nativefunc.New(vm, fn))
	}
	_ = o.Set("fd", ch.c.FD())
	method("setup", ch.setup)
	method("write", ch.write)
	method("writeQueueSize", func(goja.FunctionCall) goja.Value { return vm.ToValue(ch.c.WriteQueueSize()) })
	method("close", func(goja.FunctionCall) goja.Value {
		ch.close()
		return goja.Undefined()
	})
	method("whenWritten", func(call goja.FunctionCall) goja.Value {
		if ch.callbacksDue() == 0 {
			ch.rt.CallFrom(&ch.writtenCalls, call.Argument(0), goja.Undefined())
		} else {
			ch.written = append(ch.written, call.Argument(0))
		}
		return goja.Undefined()
	})
	method("handleType", ch.handleType)
	method("serializeHandle", ch.serializeHandle)
	method("acknowledge", ch.acknowledge)
	method("deserializeHandle", ch.deserializeHandle)
	ch.closeToken = nativefunc.New(vm, closeToken)
	ch.jsObject = o
	return o
}

// objectArg is argument i of call as an object, nil for null or undefined;
// other values throw the TypeError goja's reflective binding threw.
func objectArg(vm *goja.Runtime, call goja.FunctionCall, i int) *goja.Object {
	switch v := call.Argument(i).(type) {
	case *goja.Object:
		return v
	default:
		if goja.IsUndefined(v) || goja.IsNull(v) {
			return nil
		}
		panic(vm.NewTypeError("could not convert function call parameter %d: %s is not an object", i, v.String()))
	}
}

// startReading starts reading for target (see setup). Each read's
// messages are emitted on target from Go, in order, within one macrotask
// (node queues one nextTick per message, which orders the same way: ticks
// queued by a listener run after the whole read): internal messages as
// 'internalMessage'(message, handle) — handle is the received-descriptor
// token for a NODE_HANDLE that carried one, else undefined — and user
// messages as 'message'(message, undefined), or queuePending(message) when
// nobody listens. While target.channel is falsy (disconnected locally)
// arriving messages are dropped. An invalid line throws its SyntaxError
// after the messages before it were queued for the next tick (node throws
// from JSON.parse). onEnd() runs once on EOF. onWriteError(errno) reports
// the failure of gathered sends (see writePlain).
func (ch *channel) startReading(target *goja.Object, onEnd, queuePending, onWriteError goja.Value) {
	vm := ch.rt.VM()
	ch.target = target
	ch.onEnd, ch.queuePending, ch.onWriteError = onEnd, queuePending, onWriteError
	ch.runBatch = func() {
		b := ch.current
		ch.current = nil
		b.run()
	}
	ch.evMessage, ch.evInternal = vm.ToValue("message"), vm.ToValue("internalMessage")
	if events, err := ch.rt.Require("events"); err == nil {
		if proto, ok := events.ToObject(vm).Get("prototype").(*goja.Object); ok {
			ch.nativeEmit, _ = proto.Get("emit").(*goja.Object)
		}
	}
	rt := ch.rt
	err := ch.c.Start(func(frames []ipc.Frame) {
		ch.ackEarly(frames)
		rt.Post(func() { ch.deliver(frames) })
	}, func(error) {
		rt.Post(ch.ended)
	})
	if err != nil {
		panic(rt.NewNodeError("Error", "ERR_INTERNAL_ASSERTION", err.Error()))
	}
}

// batch is the decoded messages of one read, being emitted.
type batch struct {
	ch       *channel
	msgs     []goja.Value
	internal []bool
	handles  []goja.Value // nil, or a token (or nil) per message
	next     int
}

// ackFrame is the reply to a received handle in json mode, as node's
// JSON.stringify writes it.
var ackFrame = []byte(`{"cmd":"` + replyAck + `"}` + "\n")

// ackEarly sends the ACK owed for each received handle as soon as the
// reader has it, on the reader's goroutine, as node does in its read
// callback: the sender, which holds its later messages until the ACK,
// need not wait for this process's loop to get to the message.
// (acknowledge then sends nothing for it.) Frames that need a NACK, or a
// decision only the decoded message can make, are left to acknowledge.
// (The reader gives a descriptor only to a NODE_HANDLE frame, so in json
// mode every received descriptor's ACK goes out here.)
func (ch *channel) ackEarly(frames []ipc.Frame) {
	if ch.codec != nil {
		return
	}
	for i := range frames {
		if frames[i].Cmd == "NODE_HANDLE" && frames[i].FD.Valid() {
			// A failed ACK is not the user's error; the reader sees
			// a broken channel.
			_, _ = ch.c.SendCopy(ackFrame)
		}
	}
}

func closeFDs(frames []ipc.Frame) {
	for _, f := range frames {
		_ = f.FD.Close()
	}
}

func (ch *channel) deliver(frames []ipc.Frame) {
	if ch.closed || !ch.prop(propChannel).ToBoolean() {
		closeFDs(frames)
		ch.c.Release(frames)
		return
	}
	vm := ch.rt.VM()
	b := ch.newBatch()
	var failure goja.Value
	for i, f := range frames {
		v, err := ch.decode(f.Data)
		if err != nil {
			var ex *goja.Exception
			if errors.As(err, &ex) {
				failure = ex.Value()
			} else {
				failure = vm.NewGoError(err)
			}
			closeFDs(frames[i:])
			break
		}
		b.msgs = append(b.msgs, v)
		b.internal = append(b.internal, f.Internal)
		if f.FD.Valid() {
			if b.handles == nil {
				b.handles = make([]goja.Value, len(frames))
			}
			b.handles[i] = vm.NewDynamicObject(&inHandle{tokenBase: tokenBase{ch}, fd: f.FD})
		}
	}
	ch.c.Release(frames) // decoded: the messages hold copies
	if failure == nil {
		ch.current = b
		ch.rt.CallGoIn(ch.ctx, ch.runBatch)
		return
	}
	ch.rt.CallIn(ch.ctx, vm.ToValue(func(goja.FunctionCall) goja.Value {
		if len(b.msgs) > 0 {
			b.resumeOnTick()
		}
		panic(failure)
	}), goja.Undefined())
}

// newBatch returns an empty batch: the spare one, if any.
func (ch *channel) newBatch() *batch {
	b := ch.spare
	if b == nil {
		return &batch{ch: ch}
	}
	ch.spare = nil
	return b
}

// run emits the batch's messages from b.next on. If a listener throws, the
// rest follows on a new tick and the exception propagates. A batch run to
// its end becomes the channel's spare.
func (b *batch) run() {
	ch := b.ch
	defer b.finished()
	for b.next < len(b.msgs) {
		i := b.next
		b.next++
		msg := b.msgs[i]
		if b.internal[i] {
			h := goja.Undefined()
			if b.handles != nil && b.handles[i] != nil {
				h = b.handles[i]
			}
			b.emit(ch.target.Get("emit"), ch.evInternal, msg, h)
			continue
		}
		// Node emits 'message' only while it has listeners, else queues
		// it. EventEmitter's own emit does nothing without listeners and
		// says so, which spares asking listenerCount first.
		emit := ch.target.Get("emit")
		if obj, _ := emit.(*goja.Object); obj != nil && obj == ch.nativeEmit {
			if b.emit(emit, ch.evMessage, msg, goja.Undefined()) {
				continue
			}
		} else if ch.listenerCount(ch.evMessage) > 0 {
			b.emit(emit, ch.evMessage, msg, goja.Undefined())
			continue
		}
		if ch.prop(propChannel).ToBoolean() {
			ch.rt.CallIn(ch.ctx, ch.queuePending, goja.Undefined(), msg)
		}
	}
}

// finished keeps a batch whose messages were all emitted for reuse.
func (b *batch) finished() {
	if b.next < len(b.msgs) {
		return // the rest runs on a tick (resumeOnTick)
	}
	clear(b.msgs)
	b.msgs, b.internal, b.handles, b.next = b.msgs[:0], b.internal[:0], nil, 0
	b.ch.spare = b
}

// emit calls target.emit (the value emitV) with event, msg and handle, and
// returns its result as a boolean.
func (b *batch) emit(emitV, event, msg, handle goja.Value) bool {
	defer func() {
		if r := recover(); r != nil {
			b.resumeOnTick() // a listener threw, or emit is no function
			panic(r)
		}
	}()
	return b.ch.rt.Emit(&b.ch.emitFn, emitV, b.ch.target, event, msg, handle).ToBoolean()
}

// resumeOnTick queues the rest of the batch (if any) for the next tick.
func (b *batch) resumeOnTick() {
	if b.next >= len(b.msgs) {
		return
	}
	// A native function value, so that goja turns a listener's exception
	// into the tick's error (the runtime then runs the ticks after it).
	resume, _ := goja.AssertFunction(b.ch.rt.VM().ToValue(func(goja.FunctionCall) goja.Value {
		b.run()
		return goja.Undefined()
	}))
	b.ch.rt.NextTick(resume)
}

// listenerCount is target.listenerCount(event).
func (ch *channel) listenerCount(event goja.Value) int64 {
	f, ok := ch.countFn.Of(ch.target.Get("listenerCount"))
	if !ok {
		return 0
	}
	n, err := f(ch.target, event)
	if err != nil {
		ch.rt.Rethrow(err)
	}
	return n.ToInteger()
}

func (ch *channel) ended() {
	if ch.closed {
		return
	}
	ch.rt.CallIn(ch.ctx, ch.onEnd, goja.Undefined())
}

// Flags returned by write (see lib/ipc_io.js).
const (
	writePending   = 1 // the write did not complete at once
	writeQueueFull = 2 // node's send() returns false: writeQueueSize >= 128 KiB
	queueLimit     = 65536 * 2
)

// write(message, token, cb, swallowErrors) encodes message as node's
// JSON.stringify and sends it with the outgoing handle token, if any;
// swallowErrors (a send without cb or token) keeps a failure found later
// from being reported (see flushCork). It returns a negative errno when the write
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
	cb := call.Argument(2)
	if !goja.IsCallable(cb) && out == nil {
		return vm.ToValue(ch.writePlain(call.Argument(0), !call.Argument(3).ToBoolean()))
	}
	frame, err := ch.encode(ch.encodeBuffer(), call.Argument(0))
	if err != nil {
		panic(err)
	}
	ch.flushCork(true) // keep the order of sends
	var fd ipc.FD
	if out != nil {
		fd = out.fd
	}
	// state: 0 while Send runs, 1 once it returned with the write pending,
	// 2 when the write finished first.
	var state atomic.Int32
	var result error
	ch.c.Send(frame, fd, func(err error) {
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
		if result == nil && ch.inFlight > 0 {
			// Earlier writes' completions are still on their way to the
			// loop: this one follows them, so that callbacks run in the
			// order of the sends, as with node's write queue.
			ch.inFlight++
			ch.updateRef()
			ch.rt.Post(func() { ch.writeDone(out, nil, cb) })
			return vm.ToValue(writePending | ch.queueFlag())
		}
		ch.release(out, result)
		if result != nil {
			return vm.ToValue(-errnoOf(result))
		}
		return vm.ToValue(ch.queueFlag())
	}
	ch.scratch = nil
	ch.inFlight++
	ch.updateRef()
	return vm.ToValue(writePending | ch.queueFlag())
}

// encode appends the wire frame of message to dst: a JSON line, or in
// advanced mode a length-prefixed V8 serialization.
func (ch *channel) encode(dst []byte, message goja.Value) ([]byte, error) {
	if ch.codec != nil {
		return ch.codec.AppendMessage(dst, message)
	}
	return ipc.AppendFrame(dst, ch.rt.VM(), message)
}

// decode builds the message of a received frame.
func (ch *channel) decode(data []byte) (goja.Value, error) {
	if ch.codec != nil {
		return ch.codec.DecodeMessage(data)
	}
	if ch.decoder == nil {
		ch.decoder = ipc.NewDecoder(ch.rt.VM())
	}
	return ch.decoder.Decode(data)
}

// writePlain encodes message and sends it without callback or handle; it
// returns what write does. report says whether a failure is the sender's
// to hear of (false: the send swallows errors, as node's internal replies
// do). Nobody waits for the frame: the channel copies
// what the socket does not take, so the encode buffer stays ours, and no
// per-message completion comes back to the loop. The channel stays ref'd
// (unless set explicitly) until the queue has drained.
//
// The first such frame of a macrotask is written at once (so a lone
// message costs no latency and an immediate error is reported as node
// does); later ones of the same macrotask are gathered (corked) and written
// together in the loop's pending phase (after the I/O completions of its
// iteration; the loop does not wait while it has pending work), or once
// corkLimit bytes are gathered: one sendmsg for a burst instead of one per
// message.
func (ch *channel) writePlain(message goja.Value, report bool) int {
	if ch.closed {
		return -int(unix.EBADF)
	}
	frame, err := ch.encode(ch.encodeBuffer(), message)
	if err != nil {
		panic(err)
	}
	return ch.writeFrame(frame, report)
}

// writeFrame writes an encoded message without a handle as writePlain
// does; frame is the encode buffer's.
func (ch *channel) writeFrame(frame []byte, report bool) int {
	if ch.uncorkQueued && len(frame) < corkLimit/2 {
		ch.cork = append(ch.cork, frame...)
		if report {
			ch.corkReports++
		}
		ch.keepScratch(frame)
		if len(ch.cork) >= corkLimit {
			ch.flushCork(true)
		}
		return writePending | ch.queueFlag()
	}
	if ch.uncorkQueued {
		// Too big to gain from gathering.
		ch.flushCork(true)
		if err := ch.sendBig(frame); err != nil {
			return -errnoOf(err)
		}
		return writePending | ch.queueFlag()
	}
	if len(frame) >= bigFrame {
		if err := ch.sendBig(frame); err != nil {
			return -errnoOf(err)
		}
		ch.uncorkQueued = true
		ch.rt.Pending(ch.uncorkFn)
		return ch.queueFlag()
	}
	err := ch.sendCopy(frame)
	ch.keepScratch(frame)
	if err != nil {
		return -errnoOf(err)
	}
	ch.uncorkQueued = true
	ch.rt.Pending(ch.uncorkFn)
	return ch.queueFlag()
}

// sendFunction returns target.send: a native function (length 4, no name,
// as node's) that sends a plain message itself when send's fast path
// applies — called on target with only a message that is an object (not a
// function), a string, a number or a boolean, while target.connected is
// truthy and target._handleQueue is null — and otherwise calls slow with
// the same this and arguments. failed(errno) gives the result for a write
// that failed at once. Going through JS costs a function call, a dozen
// property reads and a native call per message.
func (ch *channel) sendFunction(slow, failed goja.Callable) goja.Value {
	vm := ch.rt.VM()
	target := ch.target
	fn := nativefunc.Named(vm, "", 4, func(call goja.FunctionCall) goja.Value {
		if call.This == goja.Value(target) && plainSendArgs(call.Arguments) &&
			ch.prop(propConnected).ToBoolean() && goja.IsNull(ch.prop(propHandleQueue)) {
			r := ch.writePlain(call.Arguments[0], true)
			if r >= 0 {
				return vm.ToValue(r&writeQueueFull == 0)
			}
			return ch.callOrRethrow(failed, goja.Undefined(), vm.ToValue(r))
		}
		return ch.callOrRethrow(slow, call.This, call.Arguments...)
	})
	return fn
}

// Properties of the target read for each message.
const (
	propConnected   = unistring.String("connected")
	propHandleQueue = unistring.String("_handleQueue")
	propChannel     = unistring.String("channel")
)

// prop is target[name]: read from the target's storage if it holds the
// property plainly (it does, unless it was redefined), else through Get.
func (ch *channel) prop(name unistring.String) goja.Value {
	if v, ok := gojastore.OwnValue(ch.rt.VM(), ch.target, name); ok {
		return v
	}
	return ch.target.Get(string(name))
}

// plainSendArgs reports whether send's arguments are one message of a
// type send writes as it is, and nothing else but undefined.
func plainSendArgs(args []goja.Value) bool {
	if len(args) == 0 || len(args) > 4 {
		return false
	}
	for _, a := range args[1:] {
		if !goja.IsUndefined(a) {
			return false
		}
	}
	switch m := args[0].(type) {
	case *goja.Object:
		return !goja.IsCallable(m)
	case goja.String:
		return true
	}
	switch args[0].ExportType() {
	case reflect.TypeOf(int64(0)), reflect.TypeOf(float64(0)), reflect.TypeOf(false):
		return true
	}
	return false
}

// callOrRethrow calls fn and returns its result; its exception propagates.
func (ch *channel) callOrRethrow(fn goja.Callable, this goja.Value, args ...goja.Value) goja.Value {
	r, err := fn(this, args...)
	if err != nil {
		ch.rt.Rethrow(err)
	}
	return r
}

// encodeBuffer returns an empty buffer to encode the next frame into: the
// kept scratch buffer or, after a big frame's buffer went to the channel, a
// written one it hands back, else a new one of that frame's size. Growing
// from nothing would copy a 64 KiB frame through every smaller size, each
// step fresh memory (page faults).
func (ch *channel) encodeBuffer() []byte {
	if ch.scratch != nil || ch.gaveBig == 0 {
		return ch.scratch[:0]
	}
	n := ch.gaveBig
	ch.gaveBig = 0
	if b := ch.c.TakeBuffer(n); b != nil {
		return b
	}
	return make([]byte, 0, n+n/8)
}

// keepScratch keeps an encode buffer the channel is done with for the next
// write, unless it grew large.
func (ch *channel) keepScratch(frame []byte) {
	if cap(frame) <= maxScratch {
		ch.scratch = frame
	}
}

// bigFrame: frames from this size on are not copied when they must queue;
// the channel keeps the encode buffer and hands back a written one.
const bigFrame = 16 << 10

// sendBig sends a big frame, giving the channel its buffer if it queues.
func (ch *channel) sendBig(frame []byte) error {
	pending, err := ch.c.SendBuffer(frame)
	if err == nil && pending {
		ch.scratch, ch.gaveBig = nil, len(frame)
		if !ch.plainQueued {
			ch.plainQueued = true
			ch.inFlight++
			ch.updateRef()
		}
		return nil
	}
	ch.keepScratch(frame)
	return err
}

// corkLimit is the most bytes gathered before they are written.
const corkLimit = 64 << 10

// sendCopy hands frame to the channel, counting queued bytes as a write in
// flight until drained.
func (ch *channel) sendCopy(frame []byte) error {
	pending, err := ch.c.SendCopy(frame)
	if err == nil && pending && !ch.plainQueued {
		ch.plainQueued = true
		ch.inFlight++
		ch.updateRef()
	}
	return err
}

// flushCork writes the gathered frames. With report, a failure goes to
// onWriteError once for each gathered send that does not swallow errors
// (node's synchronous writes would each have failed, and node reports a
// failed send without callback as 'error'); closing does not report (the
// sends were made before the close).
func (ch *channel) flushCork(report bool) {
	reports := ch.corkReports
	ch.corkReports = 0
	if len(ch.cork) == 0 || ch.closed {
		ch.cork = ch.cork[:0]
		return
	}
	err := ch.sendCopy(ch.cork)
	if cap(ch.cork) > maxScratch {
		ch.cork = nil
	} else {
		ch.cork = ch.cork[:0]
	}
	if err == nil || !report {
		return
	}
	errno := ch.rt.VM().ToValue(-errnoOf(err))
	for range reports {
		ch.rt.CallIn(ch.ctx, ch.onWriteError, goja.Undefined(), errno)
	}
}

// uncork runs in the loop's pending phase after a macrotask that sent.
func (ch *channel) uncork() {
	ch.uncorkQueued = false
	ch.flushCork(true)
}

// drained runs on the loop after the write queue emptied.
func (ch *channel) drained() {
	if ch.plainQueued && ch.c.WriteQueueSize() == 0 {
		ch.plainQueued = false
		ch.inFlight--
		ch.updateRef()
	}
}

// errnoOf is the errno of a failed write (EPIPE if it has none).
func errnoOf(err error) int {
	errno := runtime.ErrnoOf(err)
	if errno == 0 {
		errno = unix.EPIPE
	}
	return int(errno)
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
	if goja.IsCallable(cb) {
		ch.rt.CallIn(ch.ctx, cb, goja.Undefined())
	}
	if len(ch.written) > 0 && ch.callbacksDue() == 0 {
		fns := ch.written
		ch.written = nil
		for _, fn := range fns {
			ch.rt.CallIn(ch.ctx, fn, goja.Undefined())
		}
	}
}

// callbacksDue counts the writes whose completion has not reached the
// loop yet, but for the plain bytes SendCopy queued (no callback waits on
// them, and Close drops them).
func (ch *channel) callbacksDue() int {
	if ch.plainQueued {
		return ch.inFlight - 1
	}
	return ch.inFlight
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
	ch.flushCork(false)
	ch.closed = true
	ch.handle.Close()
	_ = ch.c.Close()
}

// tokenBase is what the descriptor tokens handed to lib/ipc_handles.js share: they
// are goja dynamic objects (read without reflection) whose close() is
// closeToken, and whose other properties are read-only.
type tokenBase struct {
	ch *channel
}

// closeToken is token.close(): it releases the token's descriptor.
func closeToken(call goja.FunctionCall) goja.Value {
	if h, ok := call.This.Export().(interface{ Close() }); ok {
		h.Close()
	}
	return goja.Undefined()
}

// Set refuses: a token's properties are read-only.
func (tokenBase) Set(string, goja.Value) bool { return false }

// Delete refuses: a token's properties are read-only.
func (tokenBase) Delete(string) bool { return false }

// outHandle is a descriptor being sent, as handed out by a HandleCodec.
type outHandle struct {
	tokenBase
	fd ipc.FD
	// CloseOnAck: keep the descriptor until the peer's ACK (resend on NACK).
	CloseOnAck bool
	onClose    func() // Outgoing.OnClose
}

// Get reads the token's close and closeOnAck.
func (h *outHandle) Get(key string) goja.Value {
	switch key {
	case "close":
		return h.ch.closeToken
	case "closeOnAck":
		return h.ch.rt.VM().ToValue(h.CloseOnAck)
	}
	return nil
}

// Has reports close and closeOnAck.
func (h *outHandle) Has(key string) bool { return key == "close" || key == "closeOnAck" }

// Keys lists the token's enumerable property.
func (h *outHandle) Keys() []string { return []string{"closeOnAck"} }

// Close releases the descriptor (on ACK, or when giving up).
func (h *outHandle) Close() {
	_ = h.fd.Close()
	h.fd = ipc.FD{}
	if f := h.onClose; f != nil {
		h.onClose = nil
		f()
	}
}

// inHandle is a received descriptor not yet given to a codec.
type inHandle struct {
	tokenBase
	fd ipc.FD
}

// Get reads the token's close.
func (h *inHandle) Get(key string) goja.Value {
	if key == "close" {
		return h.ch.closeToken
	}
	return nil
}

// Has reports close.
func (h *inHandle) Has(key string) bool { return key == "close" }

// Keys lists no enumerable property.
func (h *inHandle) Keys() []string { return nil }

// Close releases a received descriptor nobody claimed.
func (h *inHandle) Close() {
	_ = h.fd.Close()
	h.fd = ipc.FD{}
}

// handleType returns the wire type of obj; objects of no registered type
// throw ERR_INVALID_HANDLE_TYPE.
func (ch *channel) handleType(call goja.FunctionCall) goja.Value {
	obj, _ := call.Argument(0).(*goja.Object)
	if obj != nil {
		if t, ok := matchHandle(ch.rt, obj); ok {
			return ch.rt.VM().ToValue(t.Name)
		}
	}
	panic(errInvalidHandleType(ch.rt))
}

// errInvalidHandleType is node's error for a handle that cannot be sent.
func errInvalidHandleType(rt *runtime.Runtime) *goja.Object {
	return rt.NewNodeError("TypeError", "ERR_INVALID_HANDLE_TYPE", "This handle type cannot be sent")
}

// serializeHandle(target, obj, message, keepOpen) returns the outgoing token
// for obj, or null when obj has no live native handle. message.type is the
// wire type handleType found for obj.
func (ch *channel) serializeHandle(call goja.FunctionCall) goja.Value {
	rt := ch.rt
	vm := rt.VM()
	target, obj, message := objectArg(vm, call, 0), objectArg(vm, call, 1), objectArg(vm, call, 2)
	keepOpen := call.Argument(3).ToBoolean()
	var codec HandleCodec
	ok := false
	if message != nil {
		codec, ok = lookupHandle(message.Get("type").String())
	}
	if !ok {
		panic(errInvalidHandleType(rt))
	}
	out, err := codec.Serialize(rt, &SendRequest{Target: target, Object: obj, Message: message, KeepOpen: keepOpen})
	if err != nil {
		var ex *goja.Exception
		if errors.As(err, &ex) {
			panic(ex)
		}
		panic(rt.NewNodeError("Error", "", err.Error()))
	}
	h := &outHandle{tokenBase: tokenBase{ch}, fd: out.FD, CloseOnAck: out.CloseOnAck, onClose: out.OnClose}
	if !h.fd.Valid() {
		return goja.Null()
	}
	return vm.NewDynamicObject(h)
}

// Replies to a received NODE_HANDLE (NODE-IPC.md §4.3).
const (
	replyAck  = "NODE_HANDLE_ACK"
	replyNack = "NODE_HANDLE_NACK"
)

// receiveVerdict decides what a received internal NODE_HANDLE message gets
// (NODE-IPC.md §4.3): reply is NODE_HANDLE_NACK when no descriptor came with
// it, else NODE_HANDLE_ACK; codec is the registered codec for message.type,
// and known is false when type is not a string naming a registered type
// (node then throws, after its ACK, the TypeError "Cannot read properties
// of undefined (reading 'got')"). It does no I/O; call it on the loop
// goroutine (a getter on the message's prototype chain could run JS).
func receiveVerdict(message *goja.Object, hasHandle bool) (reply string, codec HandleCodec, known bool) {
	reply = replyNack
	if hasHandle {
		reply = replyAck
	}
	if message == nil {
		return reply, HandleCodec{}, false
	}
	v := message.Get("type")
	if v == nil {
		return reply, HandleCodec{}, false
	}
	name, ok := v.Export().(string)
	if !ok {
		return reply, HandleCodec{}, false
	}
	codec, known = lookupHandle(name)
	return reply, codec, known
}

// acknowledge(message, token) sends the reply owed to a received
// NODE_HANDLE message, {cmd: "NODE_HANDLE_ACK"} if token holds a received
// descriptor, else {cmd: "NODE_HANDLE_NACK"}, and returns its cmd; an ACK
// that ackEarly has sent already is not sent again. Replies
// pass messages held behind an unacknowledged handle of our own, and a
// reply that cannot be written is dropped (not the user's error), as
// node's target._send(reply, null, true) does.
func (ch *channel) acknowledge(call goja.FunctionCall) goja.Value {
	vm := ch.rt.VM()
	message := objectArg(vm, call, 0)
	reply, _, _ := receiveVerdict(message, hasFD(call.Argument(1)))
	switch {
	case ch.closed:
	case ch.codec == nil && reply == replyAck: // ackEarly sent it
	case ch.codec == nil: // json: the frame JSON.stringify makes
		frame := append(ch.encodeBuffer(), `{"cmd":"`...)
		ch.writeFrame(append(append(frame, reply...), "\"}\n"...), false)
	default:
		m := vm.NewObject()
		_ = m.Set("cmd", reply)
		ch.writePlain(m, false)
	}
	return vm.ToValue(reply)
}

func hasFD(token goja.Value) bool {
	if token == nil {
		return false
	}
	in, _ := token.Export().(*inHandle)
	return in != nil && in.fd.Valid()
}

// deserializeHandle(target, message, token, deliver) converts a received
// descriptor with the codec named by message.type; deliver(obj) emits the
// carried message. An unknown type throws, as node does.
func (ch *channel) deserializeHandle(call goja.FunctionCall) goja.Value {
	rt := ch.rt
	vm := rt.VM()
	target, message := objectArg(vm, call, 0), objectArg(vm, call, 1)
	token, deliver := call.Argument(2), call.Argument(3)
	if !hasFD(token) {
		panic(rt.NewNodeError("TypeError", "ERR_INVALID_ARG_TYPE", "no handle received"))
	}
	in := token.Export().(*inHandle)
	fd := in.fd
	in.fd = ipc.FD{}
	_, codec, ok := receiveVerdict(message, true)
	if !ok {
		_ = fd.Close()
		panic(rt.NewNodeError("TypeError", "", "Cannot read properties of undefined (reading 'got')"))
	}
	err := codec.Deserialize(rt, &Incoming{
		Target:  target,
		FD:      fd,
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
	return goja.Undefined()
}
