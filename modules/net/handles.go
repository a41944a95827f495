package net

import (
	"fmt"

	"github.com/dop251/goja"
	"github.com/gonode/gonode/internal/fdpoll"
	"github.com/gonode/gonode/ipc"
	"github.com/gonode/gonode/modules/childprocess"
	"github.com/gonode/gonode/modules/net/jsclass"
	"github.com/gonode/gonode/modules/net/sock"
	"github.com/gonode/gonode/runtime"
	"golang.org/x/sys/unix"
)

// The handle types net passes over IPC (NODE-IPC.md §4.1): a listening
// server (both processes then accept), a connected socket (detached from
// the sender unless keepOpen), and raw TCP/Pipe handles (for cluster).
// HandleTypes are the net objects send() can pass; modules/all registers
// them.
var HandleTypes = []childprocess.HandleType{
	{Name: "net.Server", Codec: childprocess.HandleCodec{Match: isServer, Serialize: serializeServer, Deserialize: deserializeServer}},
	{Name: "net.Socket", Codec: childprocess.HandleCodec{Match: isSocket, Serialize: serializeSocket, Deserialize: deserializeSocket}},
	{Name: "net.Native", Codec: childprocess.HandleCodec{Match: isNative, Serialize: serializeNative, Deserialize: deserializeNative}},
}

// isServer and isSocket report whether o is a net.Server or a net.Socket. A
// process that never loaded net has no such objects, and is not made to
// load it.
func isServer(rt *runtime.Runtime, o *goja.Object) bool {
	b, ok := bindings.Get(rt)
	return ok && b.server != nil && rt.VM().InstanceOf(o, b.server)
}

func isSocket(rt *runtime.Runtime, o *goja.Object) bool {
	b, ok := bindings.Get(rt)
	return ok && b.socket != nil && rt.VM().InstanceOf(o, b.socket)
}

func isNative(rt *runtime.Runtime, o *goja.Object) bool {
	b, ok := bindings.Get(rt)
	return ok && b.wrapOf(o) != nil
}

// handlesJS returns the internal/net/handles helper fn (the module is
// looked up once per runtime, and kept in its binding).
func handlesJS(rt *runtime.Runtime, fn string) goja.Callable {
	b, err := bindingOf(rt)
	if err != nil {
		rt.Rethrow(err)
	}
	if b.handles == nil {
		v, err := rt.Require("internal/net/handles")
		if err != nil {
			rt.Rethrow(err)
		}
		b.handles = v.ToObject(rt.VM())
	}
	f, _ := goja.AssertFunction(b.handles.Get(fn))
	return f
}

// outgoing duplicates the descriptor of the native handle h (a TCP or Pipe
// object) for the channel; null or a closed handle sends nothing.
func outgoing(rt *runtime.Runtime, h goja.Value, closeOnAck bool) (childprocess.Outgoing, error) {
	if h == nil || goja.IsNull(h) || goja.IsUndefined(h) {
		return childprocess.Outgoing{}, nil
	}
	b, err := bindingOf(rt)
	if err != nil {
		return childprocess.Outgoing{}, err
	}
	w := b.wrapOf(h)
	if w == nil || w.closed || w.fd == nil {
		return childprocess.Outgoing{}, nil
	}
	fd, err := fdpoll.Dup(w.fd.Sysfd)
	if err != nil {
		return childprocess.Outgoing{}, fmt.Errorf("dup socket: %w", err)
	}
	return childprocess.Outgoing{FD: ipc.NewFD(fd), CloseOnAck: closeOnAck}, nil
}

func serializeServer(rt *runtime.Runtime, req *childprocess.SendRequest) (childprocess.Outgoing, error) {
	h, err := handlesJS(rt, "serverHandle")(goja.Undefined(), req.Object)
	if err != nil {
		return childprocess.Outgoing{}, err
	}
	return outgoing(rt, h, false)
}

func serializeSocket(rt *runtime.Runtime, req *childprocess.SendRequest) (childprocess.Outgoing, error) {
	vm := rt.VM()
	h, err := handlesJS(rt, "socketHandle")(goja.Undefined(), req.Target, req.Message, req.Object, vm.ToValue(req.KeepOpen))
	if err != nil {
		return childprocess.Outgoing{}, err
	}
	if req.KeepOpen {
		return outgoing(rt, h, false)
	}
	// The socket was detached from its net.Socket (socketHandle): the
	// channel gets its descriptor itself, to close on the peer's ACK, as
	// node does. A handle still writing (or ending) goes on with that until
	// the ACK, as node's does, and is closed then (which cancels what is
	// left); it reads no more, and the channel gets a duplicate. So does a
	// handle that cannot give its descriptor up (a listening one), closed
	// at once.
	b, err := bindingOf(rt)
	if err != nil {
		return childprocess.Outgoing{}, err
	}
	w := b.wrapOf(h)
	if w == nil {
		return childprocess.Outgoing{}, nil
	}
	writing := w.stream != nil && w.stream.Writing()
	if !writing {
		if fd, ok := w.detach(); ok {
			return childprocess.Outgoing{FD: ipc.NewFD(fd), CloseOnAck: true}, nil
		}
	}
	out, err := outgoing(rt, h, true)
	if err != nil || !out.FD.Valid() {
		return out, err
	}
	if writing {
		w.stream.ReadStop()
		out.OnClose = w.release
	} else {
		w.release()
	}
	return out, nil
}

func serializeNative(rt *runtime.Runtime, req *childprocess.SendRequest) (childprocess.Outgoing, error) {
	return outgoing(rt, req.Object, false)
}

// received adopts a descriptor from the channel as a TCP or Pipe handle.
// Anything but a stream socket of the IP or Unix families is refused with
// ERR_INVALID_FD_TYPE (node aborts there).
func received(rt *runtime.Runtime, in *childprocess.Incoming) (*wrap, error) {
	fd := in.FD.Int()
	k, err := sock.KindOf(fd)
	if err != nil || k.Type != unix.SOCK_STREAM ||
		(k.Domain != unix.AF_INET && k.Domain != unix.AF_INET6 && k.Domain != unix.AF_UNIX) {
		kind := guessHandle(fd)
		_ = unix.Close(fd)
		panic(rt.NewNodeError("TypeError", "ERR_INVALID_FD_TYPE", fmt.Sprintf("Unsupported fd type: %s", kind)))
	}
	sfd, err := sock.AdoptCloseOnExec(fd)
	if err != nil {
		_ = unix.Close(fd)
		return nil, err
	}
	b, err := bindingOf(rt)
	if err != nil {
		_ = sfd.Close()
		return nil, err
	}
	w := b.instance(k.Domain == unix.AF_UNIX)
	w.adopt(sfd)
	return w, nil
}

func deserializeServer(rt *runtime.Runtime, in *childprocess.Incoming) error {
	w, err := received(rt, in)
	if err != nil {
		return err
	}
	_, err = handlesJS(rt, "serverFromHandle")(goja.Undefined(), w.obj, jsclass.Func1(rt.VM(), in.Deliver))
	return err
}

func deserializeSocket(rt *runtime.Runtime, in *childprocess.Incoming) error {
	w, err := received(rt, in)
	if err != nil {
		return err
	}
	_, err = handlesJS(rt, "socketFromHandle")(goja.Undefined(), in.Target, in.Message, w.obj, jsclass.Func1(rt.VM(), in.Deliver))
	return err
}

func deserializeNative(rt *runtime.Runtime, in *childprocess.Incoming) error {
	w, err := received(rt, in)
	if err != nil {
		return err
	}
	in.Deliver(w.obj)
	return nil
}
