package dgram

import (
	_ "embed"
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

//go:embed handles.js
var handlesSource string

// The handle types dgram passes over IPC (NODE-IPC.md §4.1): a bound
// dgram.Socket (the receiver binds a new one to it) and raw UDP handles
// (for cluster).
// HandleTypes are the dgram objects send() can pass; modules/all registers
// them.
var HandleTypes = []childprocess.HandleType{
	{Name: "dgram.Socket", Codec: childprocess.HandleCodec{Match: isSocket, Serialize: serializeSocket, Deserialize: deserializeSocket}},
	{Name: "dgram.Native", Codec: childprocess.HandleCodec{Match: isNative, Serialize: serializeNative, Deserialize: deserializeNative}},
}

// isSocket and isNative report whether o is a dgram.Socket or a UDP handle.
// A process that never loaded dgram has no such objects, and is not made to
// load it.
func isSocket(rt *runtime.Runtime, o *goja.Object) bool {
	b, ok := bindings.Get(rt)
	return ok && b.socket != nil && rt.VM().InstanceOf(o, b.socket)
}

func isNative(rt *runtime.Runtime, o *goja.Object) bool {
	b, ok := bindings.Get(rt)
	if !ok {
		return false
	}
	_, ok = b.udp.Of(o)
	return ok
}

func handlesJS(rt *runtime.Runtime, fn string) goja.Callable {
	v, err := rt.Require("internal/dgram/handles")
	if err != nil {
		rt.Rethrow(err)
	}
	f, _ := goja.AssertFunction(v.ToObject(rt.VM()).Get(fn))
	return f
}

// outgoing duplicates the descriptor of a UDP handle for the channel.
func outgoing(rt *runtime.Runtime, h goja.Value) (childprocess.Outgoing, error) {
	b, err := bindingOf(rt)
	if err != nil {
		return childprocess.Outgoing{}, err
	}
	u, ok := b.udp.Of(h)
	if !ok || u.closed || u.fd == nil {
		return childprocess.Outgoing{}, nil
	}
	fd, err := fdpoll.Dup(u.fd.Sysfd)
	if err != nil {
		return childprocess.Outgoing{}, fmt.Errorf("dup socket: %w", err)
	}
	return childprocess.Outgoing{FD: ipc.NewFD(fd)}, nil
}

func serializeSocket(rt *runtime.Runtime, req *childprocess.SendRequest) (childprocess.Outgoing, error) {
	h, err := handlesJS(rt, "socketHandle")(goja.Undefined(), req.Message, req.Object)
	if err != nil {
		return childprocess.Outgoing{}, err
	}
	return outgoing(rt, h)
}

func serializeNative(rt *runtime.Runtime, req *childprocess.SendRequest) (childprocess.Outgoing, error) {
	return outgoing(rt, req.Object)
}

// received adopts a descriptor from the channel as a UDP handle; anything
// but a UDP socket is refused with ERR_INVALID_FD_TYPE.
func received(rt *runtime.Runtime, in *childprocess.Incoming) (*udp, error) {
	fd := in.FD.Int()
	b, err := bindingOf(rt)
	if err != nil {
		_ = unix.Close(fd)
		return nil, err
	}
	_, u := b.udp.Instance()
	if err := u.adopt(fd); err != nil {
		kind := "UNKNOWN"
		if k, kerr := sock.KindOf(fd); kerr == nil && k.Type == unix.SOCK_STREAM {
			kind = "TCP"
		} else if kerr == sock.ErrNotSocket {
			kind = "FILE"
		}
		_ = unix.Close(fd)
		u.release()
		panic(rt.NewNodeError("TypeError", "ERR_INVALID_FD_TYPE", "Unsupported fd type: "+kind))
	}
	return u, nil
}

func deserializeSocket(rt *runtime.Runtime, in *childprocess.Incoming) error {
	u, err := received(rt, in)
	if err != nil {
		return err
	}
	_, err = handlesJS(rt, "socketFromHandle")(goja.Undefined(), in.Message, u.obj, jsclass.Func1(rt.VM(), in.Deliver))
	return err
}

func deserializeNative(rt *runtime.Runtime, in *childprocess.Incoming) error {
	u, err := received(rt, in)
	if err != nil {
		return err
	}
	in.Deliver(u.obj)
	return nil
}
