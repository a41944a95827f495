// Package dgram implements node's 'dgram' core module: dgram.Socket in
// embedded JavaScript (dgram.js) over a native UDP handle backed by a
// nonblocking datagram socket on Go's poller (package net/sock), and the
// handle-passing codecs for dgram.Socket and raw UDP handles.
package dgram

import (
	_ "embed"
	"encoding/binary"
	"net"
	"net/netip"
	"strconv"

	"github.com/dop251/goja"
	"github.com/gonode/gonode/modules/buffer"
	"github.com/gonode/gonode/modules/childprocess"
	netmod "github.com/gonode/gonode/modules/net"
	"github.com/gonode/gonode/modules/net/jsclass"
	"github.com/gonode/gonode/modules/net/rtlocal"
	"github.com/gonode/gonode/modules/net/sock"
	"github.com/gonode/gonode/runtime"
	"golang.org/x/sys/unix"
)

//go:embed dgram.js
var dgramSource string

//go:embed internal.js
var internalSource string

const bindingName = "internal/dgram/binding"

// Modules are the dgram package's core modules; modules/all registers them.
var Modules = runtime.ModuleSet{
	Needs: []*runtime.ModuleSet{&buffer.Modules, &childprocess.Modules, &netmod.Modules},
	Core: []runtime.Module{
		{Name: bindingName, Load: loadBinding},
		{Name: "dgram", Source: &dgramSource},
		{Name: "internal/dgram", Source: &internalSource},
		{Name: "internal/dgram/handles", Source: &handlesSource},
	}}

// Bind flags, as libuv's.
const (
	flagIPv6Only  = 1
	flagReuseAddr = 4
	flagReusePort = 8
)

// binding is the per-runtime state behind internal/dgram/binding.
type binding struct {
	rt   *runtime.Runtime
	vm   *goja.Runtime
	udp  *jsclass.Class[*udp]
	bufs *jsclass.Buffers
	// socket is dgram.Socket, once dgram is loaded; kOwner the key under
	// which a handle object holds its socket.
	socket *goja.Object
	kOwner *goja.Symbol
}

// bindings holds the binding of each runtime that loaded it.
var bindings rtlocal.Map[*binding]

func loadBinding(rt *runtime.Runtime, module *goja.Object) error {
	vm := rt.VM()
	b := &binding{rt: rt, vm: vm, bufs: jsclass.NewBuffers(rt)}
	c := jsclass.New(rt, "UDP", func(obj *goja.Object) *udp { return b.newUDP(obj) })
	b.udp = c
	methods := map[string]func(u *udp, call goja.FunctionCall) goja.Value{
		"open":                         (*udp).jsOpen,
		"bind":                         (*udp).jsBind,
		"bind6":                        (*udp).jsBind,
		"connect":                      (*udp).jsConnect,
		"connect6":                     (*udp).jsConnect,
		"disconnect":                   (*udp).jsDisconnect,
		"send":                         (*udp).jsSend,
		"send6":                        (*udp).jsSend,
		"recvStart":                    (*udp).jsRecvStart,
		"recvStop":                     (*udp).jsRecvStop,
		"getsockname":                  (*udp).jsGetsockname,
		"getpeername":                  (*udp).jsGetpeername,
		"setBroadcast":                 (*udp).jsSetBroadcast,
		"setTTL":                       (*udp).jsSetTTL,
		"setMulticastTTL":              (*udp).jsSetMulticastTTL,
		"setMulticastLoopback":         (*udp).jsSetMulticastLoopback,
		"setMulticastInterface":        (*udp).jsSetMulticastInterface,
		"addMembership":                (*udp).jsAddMembership,
		"dropMembership":               (*udp).jsDropMembership,
		"addSourceSpecificMembership":  (*udp).jsAddSourceMembership,
		"dropSourceSpecificMembership": (*udp).jsDropSourceMembership,
		"bufferSize":                   (*udp).jsBufferSize,
		"getSendQueueSize":             (*udp).jsGetSendQueueSize,
		"getSendQueueCount":            (*udp).jsGetSendQueueCount,
		"close":                        (*udp).jsClose,
		"ref":                          (*udp).jsRef,
		"unref":                        (*udp).jsUnref,
		"hasRef":                       (*udp).jsHasRef,
	}
	for name, m := range methods {
		c.Method(name, m)
	}
	c.Getter("fd", func(u *udp) goja.Value { return vm.ToValue(u.fdNum()) })
	c.Slot("onmessage", func(u *udp) *goja.Value { return &u.onmessage })
	exports := vm.NewObject()
	_ = exports.Set("UDP", c.Constructor())
	for name, v := range map[string]int{
		"UV_UDP_IPV6ONLY":  flagIPv6Only,
		"UV_UDP_REUSEADDR": flagReuseAddr,
		"UV_UDP_REUSEPORT": flagReusePort,
	} {
		_ = exports.Set(name, v)
	}
	// setSocketClass(Socket, kOwner) tells the binding dgram's class and
	// the key under which a handle object holds its socket.
	_ = exports.Set("setSocketClass", func(call goja.FunctionCall) goja.Value {
		b.socket, _ = call.Argument(0).(*goja.Object)
		b.kOwner, _ = call.Argument(1).(*goja.Symbol)
		return goja.Undefined()
	})
	if err := exports.DefineDataProperty("state", vm.ToValue(b), goja.FLAG_FALSE, goja.FLAG_FALSE, goja.FLAG_FALSE); err != nil {
		return err
	}
	bindings.Set(rt, b)
	return module.Set("exports", exports)
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

// udp is one UDP handle. Loop goroutine only.
type udp struct {
	b         *binding
	obj       *goja.Object
	fd        *sock.FD
	pkt       *sock.Packet
	rh        *runtime.Handle
	userRef   bool
	closed    bool
	connected bool
	onmessage goja.Value
	sends     int                  // sends not yet completed
	ctx       runtime.AsyncContext // the async context it was made in, which its callbacks run in
}

func (b *binding) newUDP(obj *goja.Object) *udp {
	u := &udp{b: b, obj: obj, userRef: true, rh: b.rt.NewHandle("UDP"), ctx: b.rt.CaptureContext("UDPWRAP", obj)}
	u.rh.SetResource("UDPWrap")
	u.rh.SetOwner(u.owner)
	u.rh.OnRuntimeClose(u.release)
	u.sync()
	return u
}

func (u *udp) status(err error) goja.Value { return u.b.vm.ToValue(sock.Code(err)) }

// sync keeps the loop alive while the handle is ref'd and receiving or
// sending; it is listed as active while ref'd.
func (u *udp) sync() {
	u.rh.SetUserRef(u.userRef)
	if u.userRef && !u.closed && (u.sends > 0 || (u.pkt != nil && u.pkt.Receiving())) {
		u.rh.Ref()
	} else {
		u.rh.Unref()
	}
}

func (u *udp) fdNum() int {
	if u.fd == nil || u.fd.Closed() {
		return -1
	}
	return u.fd.Sysfd
}

// start runs the socket on the poller once it has a descriptor.
func (u *udp) start(fd *sock.FD) error {
	p, err := sock.NewPacket(fd, u.b.rt.Post, u.onRecv)
	if err != nil {
		return err
	}
	u.fd, u.pkt = fd, p
	return nil
}

// onRecv delivers a datagram as onmessage(nread, handle, buf, rinfo).
func (u *udp) onRecv(d sock.Datagram, err error) {
	if u.closed {
		return
	}
	vm := u.b.vm
	if err != nil {
		u.b.rt.CallIn(u.ctx, u.onmessage, u.obj, u.status(err), u.obj)
		return
	}
	a := sock.AddrOf(d.From)
	rinfo := vm.NewObject()
	_ = rinfo.Set("address", a.Address)
	_ = rinfo.Set("family", a.Family)
	_ = rinfo.Set("port", a.Port)
	u.b.rt.CallIn(u.ctx, u.onmessage, u.obj, vm.ToValue(len(d.Data)), u.obj, u.b.bufs.Wrap(d.Data), rinfo)
}

func (u *udp) jsOpen(call goja.FunctionCall) goja.Value {
	fd := int(call.Argument(0).ToInteger())
	if u.fd != nil || u.closed {
		return u.status(unix.EINVAL)
	}
	if err := u.adopt(fd); err != nil {
		return u.status(err)
	}
	return u.b.vm.ToValue(0)
}

// adopt takes fd, which must be a datagram socket of the IP families.
func (u *udp) adopt(fd int) error {
	k, err := sock.KindOf(fd)
	if err != nil || k.Type != unix.SOCK_DGRAM || (k.Domain != unix.AF_INET && k.Domain != unix.AF_INET6) {
		return unix.EINVAL
	}
	sfd, err := sock.Adopt(fd)
	if err != nil {
		return err
	}
	return u.start(sfd)
}

func (u *udp) jsBind(call goja.FunctionCall) goja.Value {
	sa, domain, ok := sock.Sockaddr(call.Argument(0).String(), int(call.Argument(1).ToInteger()))
	flags := int(call.Argument(2).ToInteger())
	if !ok || u.closed {
		return u.status(unix.EINVAL)
	}
	if u.fd != nil {
		return u.status(unix.EINVAL)
	}
	fd, err := sock.NewSocket(domain, unix.SOCK_DGRAM)
	if err != nil {
		return u.status(err)
	}
	if err := bindUDP(fd, sa, domain, flags); err != nil {
		_ = fd.Close()
		return u.status(err)
	}
	if err := u.start(fd); err != nil {
		_ = fd.Close()
		return u.status(err)
	}
	return u.b.vm.ToValue(0)
}

func bindUDP(fd *sock.FD, sa unix.Sockaddr, domain, flags int) error {
	if flags&flagReuseAddr != 0 {
		if err := fd.SetInt(unix.SOL_SOCKET, unix.SO_REUSEADDR, 1); err != nil {
			return err
		}
	}
	if flags&flagReusePort != 0 {
		if err := fd.SetInt(unix.SOL_SOCKET, unix.SO_REUSEPORT, 1); err != nil {
			return err
		}
	}
	if domain == unix.AF_INET6 {
		v6only := 0
		if flags&flagIPv6Only != 0 {
			v6only = 1
		}
		if err := fd.SetInt(unix.IPPROTO_IPV6, unix.IPV6_V6ONLY, v6only); err != nil {
			return err
		}
	}
	return fd.Bind(sa)
}

func (u *udp) jsConnect(call goja.FunctionCall) goja.Value {
	sa, _, ok := sock.Sockaddr(call.Argument(0).String(), int(call.Argument(1).ToInteger()))
	if !ok || u.fd == nil || u.closed {
		return u.status(unix.EINVAL)
	}
	if err := unix.Connect(u.fd.Sysfd, sa); err != nil {
		return u.status(err)
	}
	u.connected = true
	return u.b.vm.ToValue(0)
}

func (u *udp) jsDisconnect(goja.FunctionCall) goja.Value {
	if u.fd == nil || u.closed {
		return u.status(unix.EBADF)
	}
	if err := u.fd.Disconnect(); err != nil {
		return u.status(err)
	}
	u.connected = false
	return u.b.vm.ToValue(0)
}

// jsSend is send(req, list, count, port, address, hasCallback) or, when
// connected, send(req, list, count, hasCallback). It returns the size + 1
// when sent at once, 0 when req.oncomplete(status, size) will follow, or a
// negative errno.
func (u *udp) jsSend(call goja.FunctionCall) goja.Value {
	vm := u.b.vm
	req, _ := call.Argument(0).(*goja.Object)
	list, ok := call.Argument(1).(*goja.Object)
	if !ok || req == nil {
		panic(vm.NewTypeError("send: bad arguments"))
	}
	count := int(call.Argument(2).ToInteger())
	var to unix.Sockaddr
	if len(call.Arguments) > 4 {
		sa, _, ok := sock.Sockaddr(call.Argument(4).String(), int(call.Argument(3).ToInteger()))
		if !ok {
			return u.status(unix.EINVAL)
		}
		to = sa
	}
	if u.pkt == nil || u.closed {
		return u.status(unix.EBADF)
	}
	bufs := make([][]byte, 0, count)
	size := 0
	for i := 0; i < count; i++ {
		o, ok := list.Get(strconv.Itoa(i)).(*goja.Object)
		if !ok {
			panic(vm.NewTypeError("send: list must hold buffers"))
		}
		b := runtime.BytesOf(vm, o)
		size += len(b)
		bufs = append(bufs, b)
	}
	u.sends++
	async, err := u.pkt.Send(bufs, to, func(err error) {
		u.sends--
		u.sync()
		if oncomplete := req.Get("oncomplete"); oncomplete != nil && !goja.IsUndefined(oncomplete) {
			u.b.rt.CallIn(u.ctx, oncomplete, req, u.status(err), vm.ToValue(size))
		}
	})
	if err != nil || !async {
		u.sends--
		if err != nil {
			return u.status(err)
		}
		return vm.ToValue(size + 1)
	}
	u.sync()
	return vm.ToValue(0)
}

func (u *udp) jsRecvStart(goja.FunctionCall) goja.Value {
	if u.pkt == nil || u.closed {
		return u.status(unix.EBADF)
	}
	u.pkt.RecvStart()
	u.sync()
	return u.b.vm.ToValue(0)
}

func (u *udp) jsRecvStop(goja.FunctionCall) goja.Value {
	if u.pkt != nil {
		u.pkt.RecvStop()
		u.sync()
	}
	return u.b.vm.ToValue(0)
}

func (u *udp) fillAddr(out goja.Value, sa unix.Sockaddr, err error) goja.Value {
	if err != nil {
		return u.status(err)
	}
	o, ok := out.(*goja.Object)
	if !ok {
		return u.status(unix.EINVAL)
	}
	a := sock.AddrOf(sa)
	_ = o.Set("address", a.Address)
	_ = o.Set("family", a.Family)
	_ = o.Set("port", a.Port)
	return u.b.vm.ToValue(0)
}

func (u *udp) jsGetsockname(call goja.FunctionCall) goja.Value {
	if u.fd == nil || u.closed {
		return u.status(unix.EBADF)
	}
	sa, err := u.fd.LocalAddr()
	return u.fillAddr(call.Argument(0), sa, err)
}

func (u *udp) jsGetpeername(call goja.FunctionCall) goja.Value {
	if u.fd == nil || u.closed {
		return u.status(unix.EBADF)
	}
	sa, err := u.fd.PeerAddr()
	return u.fillAddr(call.Argument(0), sa, err)
}

// domain is the address family of the socket.
func (u *udp) domain() int {
	if sa, err := u.fd.LocalAddr(); err == nil {
		if _, ok := sa.(*unix.SockaddrInet6); ok {
			return unix.AF_INET6
		}
	}
	return unix.AF_INET
}

// setOpt sets an option, choosing the IPv4 or IPv6 variant.
func (u *udp) setOpt(v4level, v4opt, v6level, v6opt, value int) goja.Value {
	if u.fd == nil || u.closed {
		return u.status(unix.EBADF)
	}
	if u.domain() == unix.AF_INET6 {
		return u.status(u.fd.SetInt(v6level, v6opt, value))
	}
	return u.status(u.fd.SetInt(v4level, v4opt, value))
}

func (u *udp) jsSetBroadcast(call goja.FunctionCall) goja.Value {
	v := 0
	if call.Argument(0).ToBoolean() {
		v = 1
	}
	return u.setOpt(unix.SOL_SOCKET, unix.SO_BROADCAST, unix.SOL_SOCKET, unix.SO_BROADCAST, v)
}

// ttl checks a TTL as libuv does (1..255).
func ttl(call goja.FunctionCall) (int, bool) {
	v := int(call.Argument(0).ToInteger())
	return v, v >= 1 && v <= 255
}

func (u *udp) jsSetTTL(call goja.FunctionCall) goja.Value {
	v, ok := ttl(call)
	if !ok {
		return u.status(unix.EINVAL)
	}
	return u.setOpt(unix.IPPROTO_IP, unix.IP_TTL, unix.IPPROTO_IPV6, unix.IPV6_UNICAST_HOPS, v)
}

func (u *udp) jsSetMulticastTTL(call goja.FunctionCall) goja.Value {
	v := int(call.Argument(0).ToInteger())
	if v < 0 || v > 255 {
		return u.status(unix.EINVAL)
	}
	return u.setOpt(unix.IPPROTO_IP, unix.IP_MULTICAST_TTL, unix.IPPROTO_IPV6, unix.IPV6_MULTICAST_HOPS, v)
}

func (u *udp) jsSetMulticastLoopback(call goja.FunctionCall) goja.Value {
	v := 0
	if call.Argument(0).ToBoolean() {
		v = 1
	}
	return u.setOpt(unix.IPPROTO_IP, unix.IP_MULTICAST_LOOP, unix.IPPROTO_IPV6, unix.IPV6_MULTICAST_LOOP, v)
}

// jsSetMulticastInterface sets the interface multicast goes out on, as
// libuv does: an IPv4 address sets IP_MULTICAST_IF, an IPv6 address the
// index of its zone (0 without one) with IPV6_MULTICAST_IF, whatever the
// socket's family (the kernel refuses what does not fit); anything else is
// EINVAL.
// jsSetMulticastInterface checks the address before the socket, as
// libuv's: a bad one is EINVAL also on a socket not bound yet.
func (u *udp) jsSetMulticastInterface(call goja.FunctionCall) goja.Value {
	a, err := netip.ParseAddr(call.Argument(0).String())
	switch {
	case err != nil:
		return u.status(unix.EINVAL)
	case u.fd == nil || u.closed:
		return u.status(unix.EBADF)
	case a.Is4():
		return u.status(unix.SetsockoptInet4Addr(u.fd.Sysfd, unix.IPPROTO_IP, unix.IP_MULTICAST_IF, a.As4()))
	}
	idx := 0
	if a.Zone() != "" {
		if ifi, err := net.InterfaceByName(a.Zone()); err == nil {
			idx = ifi.Index
		}
	}
	return u.status(u.fd.SetInt(unix.IPPROTO_IPV6, unix.IPV6_MULTICAST_IF, idx))
}

func (u *udp) jsAddMembership(call goja.FunctionCall) goja.Value {
	return u.membership(call, true)
}

func (u *udp) jsDropMembership(call goja.FunctionCall) goja.Value {
	return u.membership(call, false)
}

// membership joins or leaves a multicast group, on an interface given by
// its address (IPv4) or by the default interface.
func (u *udp) membership(call goja.FunctionCall, join bool) goja.Value {
	if u.closed {
		return u.status(unix.EBADF)
	}
	group, err := netip.ParseAddr(call.Argument(0).String())
	if err != nil {
		return u.status(unix.EINVAL)
	}
	if err := u.deferredBind(group); err != nil {
		return u.status(err)
	}
	iface := ""
	if v := call.Argument(1); !goja.IsUndefined(v) && !goja.IsNull(v) {
		iface = v.String()
	}
	if group.Is4() {
		mreq := &unix.IPMreq{Multiaddr: group.As4()}
		if iface != "" {
			a, err := netip.ParseAddr(iface)
			if err != nil || !a.Is4() {
				return u.status(unix.EINVAL)
			}
			mreq.Interface = a.As4()
		}
		opt := unix.IP_ADD_MEMBERSHIP
		if !join {
			opt = unix.IP_DROP_MEMBERSHIP
		}
		return u.status(unix.SetsockoptIPMreq(u.fd.Sysfd, unix.IPPROTO_IP, opt, mreq))
	}
	mreq := &unix.IPv6Mreq{Multiaddr: group.As16()}
	if iface != "" {
		if a, err := netip.ParseAddr(iface); err == nil && a.Zone() != "" {
			if ifi, err := net.InterfaceByName(a.Zone()); err == nil {
				mreq.Interface = uint32(ifi.Index)
			}
		}
	}
	opt := unix.IPV6_JOIN_GROUP
	if !join {
		opt = unix.IPV6_LEAVE_GROUP
	}
	return u.status(unix.SetsockoptIPv6Mreq(u.fd.Sysfd, unix.IPPROTO_IPV6, opt, mreq))
}

// deferredBind binds a socket that has no descriptor yet to the any
// address of addr's family and a random port, with SO_REUSEADDR, as libuv
// does before a membership change on an unbound socket.
func (u *udp) deferredBind(addr netip.Addr) error {
	if u.fd != nil {
		return nil
	}
	anyAddr := "0.0.0.0"
	if !addr.Is4() {
		anyAddr = "::"
	}
	sa, domain, _ := sock.Sockaddr(anyAddr, 0)
	fd, err := sock.NewSocket(domain, unix.SOCK_DGRAM)
	if err != nil {
		return err
	}
	if err := bindUDP(fd, sa, domain, flagReuseAddr); err != nil {
		_ = fd.Close()
		return err
	}
	if err := u.start(fd); err != nil {
		_ = fd.Close()
		return err
	}
	return nil
}

func (u *udp) jsAddSourceMembership(call goja.FunctionCall) goja.Value {
	return u.sourceMembership(call, true)
}

func (u *udp) jsDropSourceMembership(call goja.FunctionCall) goja.Value {
	return u.sourceMembership(call, false)
}

// sourceMembership(source, group[, iface]) joins or leaves a
// source-specific multicast group, as libuv's uv_udp_set_source_membership:
// IP_ADD_SOURCE_MEMBERSHIP for IPv4, MCAST_JOIN_SOURCE_GROUP for IPv6.
func (u *udp) sourceMembership(call goja.FunctionCall, join bool) goja.Value {
	if u.closed {
		return u.status(unix.EBADF)
	}
	source, err1 := netip.ParseAddr(call.Argument(0).String())
	group, err2 := netip.ParseAddr(call.Argument(1).String())
	if err1 != nil || err2 != nil || source.Is4() != group.Is4() {
		return u.status(unix.EINVAL)
	}
	var iface netip.Addr
	if v := call.Argument(2); !goja.IsUndefined(v) && !goja.IsNull(v) {
		a, err := netip.ParseAddr(v.String())
		if err != nil || a.Is4() != group.Is4() {
			return u.status(unix.EINVAL)
		}
		iface = a
	}
	if err := u.deferredBind(group); err != nil {
		return u.status(err)
	}
	if group.Is4() {
		// struct ip_mreq_source: group, interface, source.
		var req [12]byte
		g, s := group.As4(), source.As4()
		copy(req[0:4], g[:])
		if iface.IsValid() {
			i := iface.As4()
			copy(req[4:8], i[:])
		}
		copy(req[8:12], s[:])
		opt := unix.IP_ADD_SOURCE_MEMBERSHIP
		if !join {
			opt = unix.IP_DROP_SOURCE_MEMBERSHIP
		}
		return u.status(unix.SetsockoptString(u.fd.Sysfd, unix.IPPROTO_IP, opt, string(req[:])))
	}
	// struct group_source_req: interface index, then the group and the
	// source as sockaddr_storage (128 bytes), each aligned to 8 bytes.
	const storage = 128
	var req [8 + 2*storage]byte
	if iface.IsValid() && iface.Zone() != "" {
		if ifi, err := net.InterfaceByName(iface.Zone()); err == nil {
			binary.NativeEndian.PutUint32(req[0:4], uint32(ifi.Index))
		}
	}
	putSockaddr6 := func(b []byte, a netip.Addr) {
		binary.NativeEndian.PutUint16(b[0:2], unix.AF_INET6)
		ip := a.As16()
		copy(b[8:24], ip[:])
	}
	putSockaddr6(req[8:], group)
	putSockaddr6(req[8+storage:], source)
	opt := unix.MCAST_JOIN_SOURCE_GROUP
	if !join {
		opt = unix.MCAST_LEAVE_SOURCE_GROUP
	}
	return u.status(unix.SetsockoptString(u.fd.Sysfd, unix.IPPROTO_IPV6, opt, string(req[:])))
}

// jsBufferSize(size, recv, ctx) sets SO_RCVBUF/SO_SNDBUF when size > 0 and
// returns the current value (Linux reports double what was set).
func (u *udp) jsBufferSize(call goja.FunctionCall) goja.Value {
	size := int(call.Argument(0).ToInteger())
	opt := unix.SO_SNDBUF
	name := "uv_send_buffer_size"
	if call.Argument(1).ToBoolean() {
		opt, name = unix.SO_RCVBUF, "uv_recv_buffer_size"
	}
	fail := func(err error) goja.Value {
		if ctx, ok := call.Argument(2).(*goja.Object); ok {
			code := sock.Code(err)
			_ = ctx.Set("errno", code)
			_ = ctx.Set("code", runtime.ErrnoName(unix.Errno(-code)))
			_ = ctx.Set("message", runtime.ErrnoDescription(unix.Errno(-code)))
			_ = ctx.Set("syscall", name)
		}
		return goja.Undefined()
	}
	if u.fd == nil || u.closed {
		return fail(unix.EBADF)
	}
	if size > 0 {
		if err := u.fd.SetInt(unix.SOL_SOCKET, opt, size); err != nil {
			return fail(err)
		}
	}
	v, err := unix.GetsockoptInt(u.fd.Sysfd, unix.SOL_SOCKET, opt)
	if err != nil {
		return fail(err)
	}
	return u.b.vm.ToValue(v)
}

func (u *udp) jsGetSendQueueSize(goja.FunctionCall) goja.Value {
	if u.pkt == nil {
		return u.b.vm.ToValue(0)
	}
	return u.b.vm.ToValue(u.pkt.SendQueueSize())
}

func (u *udp) jsGetSendQueueCount(goja.FunctionCall) goja.Value {
	return u.b.vm.ToValue(u.sends)
}

// owner is what process._getActiveHandles lists for the handle: its
// dgram.Socket, else the handle object itself, as in node.
func (u *udp) owner() goja.Value {
	if k := u.b.kOwner; k != nil {
		if o, ok := u.obj.GetSymbol(k).(*goja.Object); ok {
			return o
		}
	}
	return u.obj
}

// release closes the socket without callbacks.
func (u *udp) release() {
	if u.closed {
		return
	}
	u.closed = true
	if u.pkt != nil {
		u.pkt.Close()
	} else if u.fd != nil {
		_ = u.fd.Close()
	}
	u.rh.Close()
}

func (u *udp) jsClose(call goja.FunctionCall) goja.Value {
	if u.closed {
		return goja.Undefined()
	}
	u.release()
	u.b.rt.CallOnClose(u.ctx, call.Argument(0), u.obj, u.b.rt.Post)
	return goja.Undefined()
}

func (u *udp) jsRef(goja.FunctionCall) goja.Value {
	u.userRef = true
	u.sync()
	return goja.Undefined()
}

func (u *udp) jsUnref(goja.FunctionCall) goja.Value {
	u.userRef = false
	u.sync()
	return goja.Undefined()
}

func (u *udp) jsHasRef(goja.FunctionCall) goja.Value {
	return u.b.vm.ToValue(u.userRef && !u.closed)
}
