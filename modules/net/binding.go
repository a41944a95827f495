package net

import (
	"net/netip"
	"os"
	"strconv"

	"github.com/dop251/goja"
	"github.com/gonode/gonode/internal/gojastore"
	"github.com/gonode/gonode/internal/nativefunc"
	"github.com/gonode/gonode/modules/net/jsclass"
	"github.com/gonode/gonode/modules/net/rtlocal"
	"github.com/gonode/gonode/modules/net/sock"
	"github.com/gonode/gonode/runtime"
	"golang.org/x/sys/unix"
)

// bindingName is the internal module net.js gets its native handles from.
const bindingName = "internal/net/binding"

// binding is the per-runtime state behind internal/net/binding: the TCP and
// Pipe handle classes (node's tcp_wrap and pipe_wrap).
type binding struct {
	rt   *runtime.Runtime
	vm   *goja.Runtime
	tcp  *jsclass.Class[*wrap]
	pipe *jsclass.Class[*wrap]
	bufs *jsclass.Buffers
	// server and socket are net.Server and net.Socket, once net is loaded.
	server, socket *goja.Object
	// classes are what the piping and flowing shortcuts need of net.js,
	// once loaded.
	classes *netClasses
	// calls remember the functions the shortcuts call.
	calls shortcutCalls
	// writeSocketFn is Socket.prototype.write (writeSocket).
	writeSocketFn *goja.Object
	// handles is the internal/net/handles module, once used.
	handles *goja.Object
	// streamKey is the hidden slot of a handle object's StreamHandle.
	streamKey *goja.Symbol
}

// bindings holds the binding of each runtime that loaded it.
var bindings rtlocal.Map[*binding]

func loadBinding(rt *runtime.Runtime, module *goja.Object) error {
	vm := rt.VM()
	b := &binding{rt: rt, vm: vm, bufs: jsclass.NewBuffers(rt), streamKey: goja.NewSymbol("StreamHandle")}
	b.tcp = b.defineClass("TCP", false)
	b.pipe = b.defineClass("Pipe", true)
	exports := vm.NewObject()
	_ = exports.Set("TCP", b.tcp.Constructor())
	_ = exports.Set("Pipe", b.pipe.Constructor())
	funcs := map[string]func(goja.FunctionCall) goja.Value{
		"errname":         b.errname,
		"errdesc":         b.errdesc,
		"guessHandleType": b.guessHandleType,
		"ipVersion":       b.ipVersion,
		"setClasses":      b.setClasses,
		"tryWriteAtOnce":  b.jsTryWriteAtOnce,
	}
	if err := nativefunc.SetAll(b.vm, exports, funcs); err != nil {
		return err
	}
	b.writeSocketFn = b.newWriteSocket()
	_ = exports.Set("writeSocket", b.writeSocketFn)
	consts := map[string]int{
		"UV_EOF":        sock.UVEOF,
		"UV_EINVAL":     -int(unix.EINVAL),
		"UV_ENOTCONN":   -int(unix.ENOTCONN),
		"SOCKET":        0,
		"SERVER":        1,
		"TCP_IPV6ONLY":  flagIPv6Only,
		"TCP_REUSEPORT": flagReusePort,
		"UV_READABLE":   1,
		"UV_WRITABLE":   2,
	}
	for name, v := range consts {
		if err := exports.Set(name, v); err != nil {
			return err
		}
	}
	// The defaults of autoSelectFamily and its attempt timeout, from node's
	// flags.
	_ = exports.Set("autoSelectFamilyDefault", !rt.HasFlag("--no-network-family-autoselection"))
	attemptTimeout := 250
	if v, ok := rt.OptionValue("--network-family-autoselection-attempt-timeout"); ok {
		if n, err := strconv.Atoi(v); err == nil && n > 0 {
			attemptTimeout = n
		}
	}
	_ = exports.Set("autoSelectFamilyAttemptTimeoutDefault", attemptTimeout)
	if err := exports.DefineDataProperty("state", vm.ToValue(b), goja.FLAG_FALSE, goja.FLAG_FALSE, goja.FLAG_FALSE); err != nil {
		return err
	}
	bindings.Set(rt, b)
	return module.Set("exports", exports)
}

// setClasses(Server, Socket, internals) tells the binding net's classes,
// and internals the functions and symbols of net.js that pipeChunk and
// deliverFlowing need ({kOwner, kTimeout, kDataListening, onread,
// afterFlowingData, read, write, duplexWrite, ownWriteDone, writeRest}).
func (b *binding) setClasses(call goja.FunctionCall) goja.Value {
	b.server, _ = call.Argument(0).(*goja.Object)
	b.socket, _ = call.Argument(1).(*goja.Object)
	in, ok := call.Argument(2).(*goja.Object)
	if !ok {
		return goja.Undefined()
	}
	c := &netClasses{
		onread: in.Get("onread"), afterFlowingData: in.Get("afterFlowingData"),
		read: in.Get("read"), write: in.Get("write"), writeMethod: b.writeSocketFn,
		duplexWrite: in.Get("duplexWrite"), ownWriteDone: in.Get("ownWriteDone"), writeRest: in.Get("writeRest"),
		tru: b.vm.ToValue(true), fals: b.vm.ToValue(false), zero: b.vm.ToValue(0),
		data: b.vm.ToValue("data"), utf8: b.vm.ToValue("utf8"),
		onStreamRead: b.vm.ToValue(b.onStreamRead),
		store:        gojastore.For(b.vm),
	}
	c.kOwner, _ = in.Get("kOwner").(*goja.Symbol)
	c.kTimeout, _ = in.Get("kTimeout").(*goja.Symbol)
	c.kDataListening, _ = in.Get("kDataListening").(*goja.Symbol)
	if c.kOwner != nil && c.kTimeout != nil && c.kDataListening != nil {
		b.classes = c
	}
	return goja.Undefined()
}

// bindingOf returns the binding of rt, loading it if needed.
func bindingOf(rt *runtime.Runtime) (*binding, error) {
	if b, ok := bindings.Get(rt); ok {
		return b, nil
	}
	v, err := rt.Require(bindingName)
	if err != nil {
		return nil, err
	}
	b, _ := v.ToObject(rt.VM()).Get("state").Export().(*binding)
	return b, nil
}

// Bind flags, as node's TCPConstants.
const (
	flagIPv6Only  = 1
	flagReusePort = 2
)

// defineClass creates the TCP or Pipe handle class.
func (b *binding) defineClass(name string, pipe bool) *jsclass.Class[*wrap] {
	c := jsclass.New(b.rt, name, func(obj *goja.Object) *wrap { return b.newWrap(obj, pipe) })
	methods := map[string]func(w *wrap, call goja.FunctionCall) goja.Value{
		"open":            (*wrap).jsOpen,
		"listen":          (*wrap).jsListen,
		"readStart":       (*wrap).jsReadStart,
		"readStop":        (*wrap).jsReadStop,
		"shutdown":        (*wrap).jsShutdown,
		"writeBuffer":     (*wrap).jsWriteBuffer,
		"writeUtf8String": (*wrap).jsWriteString,
		"writev":          (*wrap).jsWritev,
		"close":           (*wrap).jsClose,
		"ref":             (*wrap).jsRef,
		"unref":           (*wrap).jsUnref,
		"hasRef":          (*wrap).jsHasRef,
		"reset":           (*wrap).jsReset,
		"pipeTo":          (*wrap).jsPipeTo,
		"whenRead":        (*wrap).jsWhenRead,
		"useUserBuffer":   (*wrap).jsUseUserBuffer,
	}
	if pipe {
		methods["bind"] = (*wrap).jsBindPipe
		methods["connect"] = (*wrap).jsConnectPipe
		methods["fchmod"] = (*wrap).jsFchmod
	} else {
		methods["bind"] = (*wrap).jsBind4
		methods["bind6"] = (*wrap).jsBind6
		methods["connect"] = (*wrap).jsConnect
		methods["connect6"] = (*wrap).jsConnect
		methods["getsockname"] = (*wrap).jsGetsockname
		methods["getpeername"] = (*wrap).jsGetpeername
		methods["setNoDelay"] = (*wrap).jsSetNoDelay
		methods["setKeepAlive"] = (*wrap).jsSetKeepAlive
	}
	for mname, m := range methods {
		c.Method(mname, m)
	}
	vm := b.vm
	c.Getter("fd", func(w *wrap) goja.Value { return vm.ToValue(w.fdNum()) })
	c.Getter("bytesRead", func(w *wrap) goja.Value { return vm.ToValue(w.bytesRead.Load()) })
	c.Getter("bytesWritten", func(w *wrap) goja.Value { return vm.ToValue(w.bytesWritten) })
	c.Getter("writeQueueSize", func(w *wrap) goja.Value { return vm.ToValue(w.writeQueueSize()) })
	// Kept in Go so that delivering data needs no property lookup.
	c.Slot("onread", func(w *wrap) *goja.Value { return &w.onread })
	c.Slot("onconnection", func(w *wrap) *goja.Value { return &w.onconnection })
	return c
}

// wrapOf returns the handle behind a TCP or Pipe object, or nil.
func (b *binding) wrapOf(v goja.Value) *wrap {
	if w, ok := b.tcp.Of(v); ok {
		return w
	}
	if w, ok := b.pipe.Of(v); ok {
		return w
	}
	return nil
}

// newWrap makes the Go side of a handle object.
func (b *binding) newWrap(obj *goja.Object, pipe bool) *wrap {
	name, asyncType := "TCP", "TCPWRAP"
	if pipe {
		name, asyncType = "Pipe", "PIPEWRAP"
	}
	w := &wrap{b: b, obj: obj, pipe: pipe, userRef: true, rh: b.rt.NewHandle(name), ctx: b.rt.CaptureContext(asyncType, obj)}
	w.rh.OnRuntimeClose(w.release)
	if pipe {
		w.rh.SetResource("PipeWrap")
	} else {
		w.rh.SetResource("TCPSocketWrap")
	}
	w.rh.SetOwner(w.owner)
	w.onReadFn = w.onRead
	w.sync()
	return w
}

// instance creates a handle object from Go.
func (b *binding) instance(pipe bool) *wrap {
	c := b.tcp
	if pipe {
		c = b.pipe
	}
	_, w := c.Instance()
	return w
}

// errname is the code of a libuv status ("ECONNRESET", "EOF").
func (b *binding) errname(call goja.FunctionCall) goja.Value {
	n := int(call.Argument(0).ToInteger())
	if n == sock.UVEOF {
		return b.vm.ToValue("EOF")
	}
	return b.vm.ToValue(runtime.ErrnoName(unix.Errno(-n)))
}

// errdesc is libuv's description of a status.
func (b *binding) errdesc(call goja.FunctionCall) goja.Value {
	n := int(call.Argument(0).ToInteger())
	if n == sock.UVEOF {
		return b.vm.ToValue("end of file")
	}
	return b.vm.ToValue(runtime.ErrnoDescription(unix.Errno(-n)))
}

// ipVersion is 4 or 6 for an IP address (an IPv6 one may have a zone), else 0.
func (b *binding) ipVersion(call goja.FunctionCall) goja.Value {
	return b.vm.ToValue(ipVersion(call.Argument(0).String()))
}

func ipVersion(s string) int {
	a, err := netip.ParseAddr(s)
	if err != nil {
		return 0
	}
	if a.Is4() {
		return 4
	}
	for _, c := range a.Zone() {
		if !(c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '-' || c == '.' || c == ':') {
			return 0
		}
	}
	return 6
}

// guessHandleType classifies a descriptor as libuv's uv_guess_handle:
// 'TCP', 'PIPE', 'UDP', 'FILE', 'TTY' or 'UNKNOWN'.
func (b *binding) guessHandleType(call goja.FunctionCall) goja.Value {
	return b.vm.ToValue(guessHandle(int(call.Argument(0).ToInteger())))
}

func guessHandle(fd int) string {
	if fd < 0 {
		return "UNKNOWN"
	}
	k, err := sock.KindOf(fd)
	if err == nil {
		switch {
		case k.Type == unix.SOCK_STREAM && k.Domain == unix.AF_UNIX:
			return "PIPE"
		case k.Type == unix.SOCK_STREAM && (k.Domain == unix.AF_INET || k.Domain == unix.AF_INET6):
			return "TCP"
		case k.Type == unix.SOCK_DGRAM && (k.Domain == unix.AF_INET || k.Domain == unix.AF_INET6):
			return "UDP"
		}
		return "UNKNOWN"
	}
	var st unix.Stat_t
	if unix.Fstat(fd, &st) != nil {
		return "UNKNOWN"
	}
	switch st.Mode & unix.S_IFMT {
	case unix.S_IFREG:
		return "FILE"
	case unix.S_IFCHR:
		if _, err := unix.IoctlGetTermios(fd, unix.TCGETS); err == nil {
			return "TTY"
		}
		return "FILE"
	case unix.S_IFIFO:
		return "PIPE"
	}
	return "UNKNOWN"
}

// removeSocketFile deletes the file of a Unix socket server this process
// bound, as libuv does when the handle closes.
func removeSocketFile(path string) {
	if path != "" && path[0] != '@' && path[0] != 0 {
		_ = os.Remove(path)
	}
}
