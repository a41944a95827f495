package net

import (
	"os"
	"reflect"
	"strconv"
	"sync/atomic"
	"unsafe"

	"github.com/dop251/goja"
	"github.com/gonode/gonode/modules/net/sock"
	"github.com/gonode/gonode/runtime"
	"golang.org/x/sys/unix"
)

// wrap is one TCP or Pipe handle: a socket that is unopened, bound,
// listening, connecting or connected. Loop goroutine only.
type wrap struct {
	b    *binding
	obj  *goja.Object
	pipe bool

	fd     *sock.FD
	stream *sock.Stream
	ln     *sock.Listener
	rh     *runtime.Handle

	userRef    bool
	connecting bool
	closed     bool
	// delayed is a bind error that libuv reports from listen (EADDRINUSE).
	delayed error
	// bound is the Unix socket file this handle created, removed on close.
	bound string

	onread, onconnection goja.Value
	onReadFn             func([]byte, error)
	// readSize, when above 0, is the most a read takes (useUserBuffer).
	readSize int
	// pipeDest is the socket this handle's socket is piped into by the
	// 'data' listener pipeData (see pipeChunk), or nil.
	pipeDest *goja.Object
	pipeData goja.Value

	// bytesRead counts what reached JavaScript and what Go code that took
	// the reading side read (TakeReader), on any goroutine.
	bytesRead    atomic.Int64
	bytesWritten int64

	// ctx is the async context the handle was made in, which its
	// callbacks run in (the root for an accepted connection, as in node).
	ctx runtime.AsyncContext
}

// status converts a Go error to the libuv status JS expects.
func (w *wrap) status(err error) goja.Value { return w.b.vm.ToValue(sock.Code(err)) }

// active reports whether the handle has work in progress: libuv only keeps
// the loop alive for those.
func (w *wrap) active() bool {
	if w.closed {
		return false
	}
	if w.connecting || w.ln != nil {
		return true
	}
	return w.stream != nil && (w.stream.Reading() || w.stream.Writing())
}

// sync makes the runtime handle keep the loop alive exactly while the
// handle is ref'd and active; it is listed as active while ref'd.
func (w *wrap) sync() {
	w.rh.SetUserRef(w.userRef)
	if w.userRef && w.active() {
		w.rh.Ref()
	} else {
		w.rh.Unref()
	}
}

func (w *wrap) fdNum() int {
	if w.fd == nil || w.fd.Closed() {
		return -1
	}
	return w.fd.Sysfd
}

func (w *wrap) writeQueueSize() int {
	if w.stream == nil {
		return 0
	}
	return w.stream.WriteQueueSize()
}

// adopt makes the handle own fd, an open socket.
func (w *wrap) adopt(fd *sock.FD) {
	w.fd = fd
}

// ensureStream starts the connected-socket machinery on an opened fd.
func (w *wrap) ensureStream() error {
	if w.closed {
		return unix.EBADF
	}
	if w.stream != nil {
		return nil
	}
	if w.fd == nil || w.ln != nil {
		return unix.ENOTCONN
	}
	w.stream = sock.NewStream(w.fd, w.b.rt.Post, w.onReadFn)
	if w.readSize > 0 {
		w.stream.SetReadSize(w.readSize)
	}
	return nil
}

// onRead delivers one read (or EOF / a read error) to JavaScript.
func (w *wrap) onRead(chunk []byte, err error) {
	if w.closed {
		return
	}
	if err != nil {
		w.sync()
		w.b.rt.CallIn(w.ctx, w.onread, w.obj, w.status(err))
		return
	}
	w.bytesRead.Add(int64(len(chunk)))
	if w.pipeDest != nil {
		if chunk = w.pipeChunk(chunk); len(chunk) == 0 {
			return
		}
	}
	onread := w.onread
	if c := w.b.classes; c != nil && onread.SameAs(c.onread) {
		onread = c.onStreamRead
	}
	w.b.rt.CallIn(w.ctx, onread, w.obj, w.b.vm.ToValue(len(chunk)), w.b.bufs.Wrap(chunk))
}

func (w *wrap) jsOpen(call goja.FunctionCall) goja.Value {
	fd := int(call.Argument(0).ToInteger())
	if w.fd != nil || w.closed {
		return w.status(unix.EINVAL)
	}
	k, err := sock.KindOf(fd)
	switch {
	case err != nil && w.pipe && (guessHandle(fd) == "TTY" || guessHandle(fd) == "PIPE"):
		// tty.ReadStream and WriteStream: a terminal or a pipe read and
		// written as a stream.
	case err != nil:
		return w.status(unix.EINVAL)
	case k.Type != unix.SOCK_STREAM || (k.Domain == unix.AF_UNIX) != w.pipe:
		return w.status(unix.EINVAL)
	}
	sfd, err := sock.Adopt(fd)
	if err != nil {
		return w.status(err)
	}
	w.adopt(sfd)
	return w.b.vm.ToValue(0)
}

// newSocket creates the handle's socket on first use, as libuv does.
func (w *wrap) newSocket(domain int) error {
	if w.closed {
		return unix.EBADF
	}
	if w.fd != nil {
		return nil
	}
	fd, err := sock.NewSocket(domain, unix.SOCK_STREAM)
	if err != nil {
		return err
	}
	w.fd = fd
	return nil
}

func (w *wrap) jsBind4(call goja.FunctionCall) goja.Value {
	return w.bindTCP(call.Argument(0).String(), int(call.Argument(1).ToInteger()), false, int(call.Argument(2).ToInteger()))
}

func (w *wrap) jsBind6(call goja.FunctionCall) goja.Value {
	return w.bindTCP(call.Argument(0).String(), int(call.Argument(1).ToInteger()), true, int(call.Argument(2).ToInteger()))
}

// bindTCP binds like uv_tcp_bind: SO_REUSEADDR, IPV6_V6ONLY as asked, and
// EADDRINUSE kept for listen() to report.
func (w *wrap) bindTCP(addr string, port int, v6 bool, flags int) goja.Value {
	sa, domain, ok := sock.Sockaddr(addr, port)
	if !ok || (domain == unix.AF_INET6) != v6 {
		return w.status(unix.EINVAL)
	}
	if err := w.newSocket(domain); err != nil {
		return w.status(err)
	}
	if err := w.fd.SetInt(unix.SOL_SOCKET, unix.SO_REUSEADDR, 1); err != nil {
		return w.status(err)
	}
	if v6 {
		if err := w.fd.SetInt(unix.IPPROTO_IPV6, unix.IPV6_V6ONLY, boolInt(flags&flagIPv6Only != 0)); err != nil {
			return w.status(err)
		}
	}
	if flags&flagReusePort != 0 {
		if err := w.fd.SetInt(unix.SOL_SOCKET, unix.SO_REUSEPORT, 1); err != nil {
			return w.status(err)
		}
	}
	if err := w.fd.Bind(sa); err != nil {
		if err == unix.EADDRINUSE {
			w.delayed = err
			return w.b.vm.ToValue(0)
		}
		if err == unix.EAFNOSUPPORT {
			return w.status(unix.EINVAL)
		}
		return w.status(err)
	}
	return w.b.vm.ToValue(0)
}

func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}

// unixAddr is the socket address of a Unix socket path ("\0name" is
// Linux's abstract namespace).
func unixAddr(path string) *unix.SockaddrUnix {
	if len(path) > 0 && path[0] == 0 {
		path = "@" + path[1:]
	}
	return &unix.SockaddrUnix{Name: path}
}

func (w *wrap) jsBindPipe(call goja.FunctionCall) goja.Value {
	path := call.Argument(0).String()
	if w.fd != nil {
		return w.status(unix.EINVAL)
	}
	if err := w.newSocket(unix.AF_UNIX); err != nil {
		return w.status(err)
	}
	if err := w.fd.Bind(unixAddr(path)); err != nil {
		_ = w.fd.Close()
		w.fd = nil
		return w.status(err)
	}
	w.bound = path
	return w.b.vm.ToValue(0)
}

// jsFchmod makes a Unix socket server's file readable and/or writable by
// everyone, as uv_pipe_chmod.
func (w *wrap) jsFchmod(call goja.FunctionCall) goja.Value {
	mode := call.Argument(0).ToInteger()
	if w.bound == "" {
		return w.status(unix.EBADF)
	}
	st, err := os.Stat(w.bound)
	if err != nil {
		return w.status(err)
	}
	perm := st.Mode().Perm()
	if mode&1 != 0 {
		perm |= 0o444
	}
	if mode&2 != 0 {
		perm |= 0o222
	}
	return w.status(os.Chmod(w.bound, perm))
}

func (w *wrap) jsListen(call goja.FunctionCall) goja.Value {
	backlog := int(call.Argument(0).ToInteger())
	if w.closed {
		return w.status(unix.EINVAL)
	}
	if w.delayed != nil {
		return w.status(w.delayed)
	}
	if w.ln != nil {
		return w.b.vm.ToValue(0)
	}
	if w.fd == nil {
		return w.status(unix.EINVAL)
	}
	ln, err := sock.Listen(w.fd, backlog, w.b.rt.Post, w.onAccept)
	if err != nil {
		return w.status(err)
	}
	w.ln = ln
	if !w.pipe {
		w.rh.SetResource("TCPServerWrap")
	}
	w.sync()
	return w.b.vm.ToValue(0)
}

// onAccept hands an accepted connection to onconnection(status, handle).
func (w *wrap) onAccept(c *sock.FD, err error) {
	if w.closed {
		if c != nil {
			_ = c.Close()
		}
		return
	}
	if err != nil {
		w.b.rt.CallIn(w.ctx, w.onconnection, w.obj, w.status(err))
		return
	}
	cw := w.b.instance(w.pipe)
	cw.ctx = nil
	cw.adopt(c)
	if serr := cw.ensureStream(); serr != nil {
		cw.release()
		return
	}
	w.b.rt.CallIn(w.ctx, w.onconnection, w.obj, w.b.vm.ToValue(0), cw.obj)
}

func (w *wrap) jsConnect(call goja.FunctionCall) goja.Value {
	req, _ := call.Argument(0).(*goja.Object)
	sa, domain, ok := sock.Sockaddr(call.Argument(1).String(), int(call.Argument(2).ToInteger()))
	if !ok {
		return w.status(unix.EINVAL)
	}
	return w.connect(req, sa, domain)
}

func (w *wrap) jsConnectPipe(call goja.FunctionCall) goja.Value {
	req, _ := call.Argument(0).(*goja.Object)
	return w.connect(req, unixAddr(call.Argument(1).String()), unix.AF_UNIX)
}

// connect starts connecting; req.oncomplete(status) runs when it is done.
func (w *wrap) connect(req *goja.Object, sa unix.Sockaddr, domain int) goja.Value {
	if req == nil {
		panic(w.b.vm.NewTypeError("connect request must be an object"))
	}
	if w.connecting || w.stream != nil || w.ln != nil {
		return w.status(unix.EISCONN)
	}
	if w.delayed != nil {
		return w.status(w.delayed)
	}
	if err := w.newSocket(domain); err != nil {
		return w.status(err)
	}
	w.connecting = true
	w.sync()
	sock.Connect(w.fd, sa, w.b.rt.Post, func(err error) {
		w.connecting = false
		if w.closed {
			return
		}
		if err == nil {
			err = w.ensureStream()
		}
		w.sync()
		w.b.rt.CallIn(w.ctx, req.Get("oncomplete"), req, w.status(err))
	})
	return w.b.vm.ToValue(0)
}

func (w *wrap) jsReadStart(goja.FunctionCall) goja.Value {
	if err := w.ensureStream(); err != nil {
		return w.status(err)
	}
	w.stream.ReadStart()
	w.sync()
	return w.b.vm.ToValue(0)
}

// jsUseUserBuffer is useUserBuffer(buf): reads take at most buf's length,
// as libuv's read into a socket user's buffer (net's onread option).
func (w *wrap) jsUseUserBuffer(call goja.FunctionCall) goja.Value {
	buf, ok := call.Argument(0).Export().([]byte)
	if !ok {
		panic(w.b.vm.NewTypeError("useUserBuffer: expected a Uint8Array"))
	}
	w.readSize = max(len(buf), 1)
	if w.stream != nil {
		w.stream.SetReadSize(w.readSize)
	}
	return goja.Undefined()
}

// jsWhenRead is whenRead(cb): cb() once what the peer wrote until now has
// been read and delivered (see sock.Stream.WhenRead); at once without a
// stream.
func (w *wrap) jsWhenRead(call goja.FunctionCall) goja.Value {
	cb := call.Argument(0)
	if w.stream == nil || w.closed {
		w.b.rt.CallIn(w.ctx, cb, goja.Undefined())
		return goja.Undefined()
	}
	w.stream.WhenRead(func() { w.b.rt.CallIn(w.ctx, cb, goja.Undefined()) })
	return goja.Undefined()
}

func (w *wrap) jsReadStop(goja.FunctionCall) goja.Value {
	if w.stream != nil {
		w.stream.ReadStop()
		w.sync()
	}
	return w.b.vm.ToValue(0)
}

// write submits bufs; it returns 0 when written at once, 1 when cb(status)
// will be called later, or a negative errno.
func (w *wrap) write(cb goja.Value, bufs [][]byte) goja.Value {
	return w.b.vm.ToValue(w.writeCode(cb, bufs))
}

// writeCode writes bufs and returns 0 (written), 1 (a write request will
// call cb) or a negative errno.
func (w *wrap) writeCode(cb goja.Value, bufs [][]byte) int {
	if err := w.ensureStream(); err != nil {
		return sock.Code(err)
	}
	n := 0
	for _, b := range bufs {
		n += len(b)
	}
	rest, err := w.stream.WriteNow(bufs)
	if err != nil {
		return sock.Code(err)
	}
	if rest == nil {
		w.bytesWritten += int64(n)
		return 0
	}
	async, err := w.stream.Write(rest, func(err error) {
		w.sync()
		if goja.IsCallable(cb) {
			w.b.rt.CallIn(w.ctx, cb, w.obj, w.status(err))
		}
	})
	if err != nil {
		return sock.Code(err)
	}
	w.bytesWritten += int64(n)
	if async {
		w.sync()
		return 1
	}
	return 0
}

func (w *wrap) jsWriteBuffer(call goja.FunctionCall) goja.Value {
	o, ok := call.Argument(1).(*goja.Object)
	if !ok {
		panic(w.b.vm.NewTypeError("argument must be a buffer"))
	}
	return w.write(call.Argument(0), [][]byte{runtime.BytesOf(w.b.vm, o)})
}

// notBytes is tryWrite's answer for a chunk that is neither a Uint8Array
// (a Buffer is one) nor a string.
const notBytes = 2

// tryWrite is writeBuffer (or writeUtf8String) for a chunk that may be
// anything: one that is neither a Uint8Array nor a string is not written
// and gets notBytes. A chunk the kernel takes whole at once costs no write
// request.
func (w *wrap) tryWrite(cb, chunk goja.Value) int {
	var b []byte
	switch v := chunk.(type) {
	case *goja.Object:
		if v.ExportType() != reflect.TypeOf([]byte(nil)) {
			return notBytes
		}
		b = v.Export().([]byte)
	case goja.String:
		b = stringBytes(v.String())
	default:
		return notBytes
	}
	if w.stream != nil && !w.closed {
		n := w.stream.TryWrite(b)
		w.bytesWritten += int64(n)
		if n == len(b) {
			return 0
		}
		b = b[n:]
	}
	return w.writeCode(cb, [][]byte{b})
}

// stringBytes is s's memory as bytes: the kernel only reads them, and a
// write that cannot complete at once copies them.
func stringBytes(s string) []byte {
	return unsafe.Slice(unsafe.StringData(s), len(s))
}

func (w *wrap) jsWriteString(call goja.FunctionCall) goja.Value {
	return w.write(call.Argument(0), [][]byte{stringBytes(call.Argument(1).String())})
}

func (w *wrap) jsWritev(call goja.FunctionCall) goja.Value {
	arr, ok := call.Argument(1).(*goja.Object)
	if !ok {
		panic(w.b.vm.NewTypeError("chunks must be an array"))
	}
	n := int(arr.Get("length").ToInteger())
	bufs := make([][]byte, 0, n)
	for i := 0; i < n; i++ {
		o, ok := arr.Get(strconv.Itoa(i)).(*goja.Object)
		if !ok {
			panic(w.b.vm.NewTypeError("chunks must be buffers"))
		}
		bufs = append(bufs, runtime.BytesOf(w.b.vm, o))
	}
	return w.write(call.Argument(0), bufs)
}

func (w *wrap) jsShutdown(call goja.FunctionCall) goja.Value {
	cb := call.Argument(0)
	if err := w.ensureStream(); err != nil {
		return w.status(err)
	}
	w.stream.Shutdown(func(err error) {
		w.sync()
		if goja.IsCallable(cb) {
			w.b.rt.CallIn(w.ctx, cb, w.obj, w.status(err))
		}
	}, w.b.rt.Pending)
	w.sync()
	return w.b.vm.ToValue(0)
}

// owner is what process._getActiveHandles lists for the handle: the
// net.Socket or net.Server it belongs to, else the handle object itself,
// as in node.
func (w *wrap) owner() goja.Value {
	if c := w.b.classes; c != nil {
		if o, ok := w.obj.GetSymbol(c.kOwner).(*goja.Object); ok {
			return o
		}
	}
	return w.obj
}

// release closes everything the handle holds, without callbacks.
func (w *wrap) release() {
	if w.closed {
		return
	}
	w.closed = true
	switch {
	case w.stream != nil:
		w.stream.Close()
	case w.ln != nil:
		w.ln.Close()
	case w.fd != nil:
		_ = w.fd.Close()
	}
	if w.bound != "" {
		removeSocketFile(w.bound)
	}
	w.rh.Close()
}

// detach closes a connected handle but not its descriptor, which it
// returns; a listening handle, or one already closed, is left as it is
// (false).
func (w *wrap) detach() (int, bool) {
	if w.closed || w.fd == nil || w.ln != nil || w.bound != "" {
		return -1, false
	}
	var fd int
	if w.stream != nil {
		var ok bool
		if fd, ok = w.stream.Detach(); !ok {
			return -1, false
		}
	} else {
		fd = w.fd.Detach()
	}
	w.closed = true
	w.rh.Close()
	return fd, true
}

func (w *wrap) jsClose(call goja.FunctionCall) goja.Value {
	if w.closed {
		return goja.Undefined()
	}
	w.release()
	// libuv runs close callbacks at the end of the loop iteration.
	w.b.rt.CallOnClose(w.ctx, call.Argument(0), w.obj, w.b.rt.Closing)
	return goja.Undefined()
}

func (w *wrap) jsReset(call goja.FunctionCall) goja.Value {
	if w.fd != nil && !w.closed {
		if err := w.fd.SetLingerZero(); err != nil {
			return w.status(err)
		}
	}
	w.jsClose(call)
	return w.b.vm.ToValue(0)
}

func (w *wrap) jsRef(goja.FunctionCall) goja.Value {
	w.userRef = true
	w.sync()
	return goja.Undefined()
}

func (w *wrap) jsUnref(goja.FunctionCall) goja.Value {
	w.userRef = false
	w.sync()
	return goja.Undefined()
}

func (w *wrap) jsHasRef(goja.FunctionCall) goja.Value {
	return w.b.vm.ToValue(w.userRef && !w.closed)
}

// fillAddr sets address, family and port on out.
func (w *wrap) fillAddr(out goja.Value, sa unix.Sockaddr, err error) goja.Value {
	if err != nil {
		return w.status(err)
	}
	o, ok := out.(*goja.Object)
	if !ok {
		return w.status(unix.EINVAL)
	}
	a := sock.AddrOf(sa)
	_ = o.Set("address", a.Address)
	_ = o.Set("family", a.Family)
	_ = o.Set("port", a.Port)
	return w.b.vm.ToValue(0)
}

func (w *wrap) jsGetsockname(call goja.FunctionCall) goja.Value {
	if w.fd == nil || w.closed {
		return w.status(unix.EBADF)
	}
	sa, err := w.fd.LocalAddr()
	return w.fillAddr(call.Argument(0), sa, err)
}

func (w *wrap) jsGetpeername(call goja.FunctionCall) goja.Value {
	if w.fd == nil || w.closed {
		return w.status(unix.EBADF)
	}
	sa, err := w.fd.PeerAddr()
	return w.fillAddr(call.Argument(0), sa, err)
}

func (w *wrap) jsSetNoDelay(call goja.FunctionCall) goja.Value {
	if w.fd == nil || w.closed {
		return w.status(unix.EBADF)
	}
	return w.status(w.fd.SetNoDelay(call.Argument(0).ToBoolean()))
}

func (w *wrap) jsSetKeepAlive(call goja.FunctionCall) goja.Value {
	if w.fd == nil || w.closed {
		return w.status(unix.EBADF)
	}
	return w.status(w.fd.SetKeepAlive(call.Argument(0).ToBoolean(), int(call.Argument(1).ToInteger())))
}
