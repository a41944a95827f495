package childprocess

import (
	"sync"

	"github.com/dop251/goja"
	"github.com/gonode/gonode/ipc"
	"github.com/gonode/gonode/runtime"
)

// HandleCodec moves one kind of JavaScript object (a net.Server, a
// net.Socket, a dgram.Socket...) across an IPC channel as a file descriptor,
// for send(message, sendHandle). Register it with RegisterHandleTypes. All
// three functions run on the loop goroutine.
type HandleCodec struct {
	// Match reports whether obj, the sendHandle given to send(), is of this
	// type.
	Match func(rt *runtime.Runtime, obj *goja.Object) bool
	// Serialize returns the descriptor to pass for req.Object; it runs inside
	// send(). It may add wire fields to req.Message ("key", "dgramType").
	// A zero Outgoing (no FD) means the object has no live native handle:
	// the user message is then sent plain, without a handle, as node does.
	// A returned error is thrown from send().
	Serialize func(rt *runtime.Runtime, req *SendRequest) (Outgoing, error)
	// Deserialize builds the object for a received descriptor and passes it
	// to in.Deliver exactly once, now or later (for example after the
	// server's 'listening'). It owns in.FD. A returned error becomes an
	// uncaught exception in the receiving process.
	Deserialize func(rt *runtime.Runtime, in *Incoming) error
}

// SendRequest describes one handle being sent.
type SendRequest struct {
	// Target is the object sending: a ChildProcess, or process in a child.
	Target *goja.Object
	// Object is the sendHandle.
	Object *goja.Object
	// Message is the wire message {cmd: 'NODE_HANDLE', type, msg}.
	Message *goja.Object
	// KeepOpen is send()'s options.keepOpen.
	KeepOpen bool
}

// Outgoing is the descriptor a codec hands to the channel.
type Outgoing struct {
	// FD is the descriptor to pass. The channel owns it: give a duplicate,
	// never a descriptor still in use. It is closed once written, or on the
	// peer's NODE_HANDLE_ACK when CloseOnAck is set.
	FD ipc.FD
	// CloseOnAck keeps FD until the peer acknowledges it and sends it again
	// on NODE_HANDLE_NACK (at most three times), as node does for a net.Socket
	// sent without keepOpen.
	CloseOnAck bool
	// OnClose, if set, runs on the loop once the channel has closed FD.
	OnClose func()
}

// Incoming describes one handle received.
type Incoming struct {
	// Target is the receiving ChildProcess, or process in a child.
	Target *goja.Object
	// FD is the received descriptor (close-on-exec).
	FD ipc.FD
	// Message is the whole wire message: type, msg and any extra fields.
	Message *goja.Object
	// Deliver emits the carried message with obj as its handle.
	Deliver func(obj goja.Value)
}

// HandleType is a HandleCodec and the wire type it carries: "net.Server",
// "net.Socket", "net.Native", "dgram.Socket" or "dgram.Native".
type HandleType struct {
	Name  string
	Codec HandleCodec
}

var (
	handleTypesMu sync.RWMutex
	handleTypes   []HandleType
)

// RegisterHandleTypes makes objects of the given kinds passable as send()'s
// sendHandle. Types are tried in registration order; their Match functions
// must not overlap. A type registered again replaces the earlier codec. It
// is meant to be called from init functions.
func RegisterHandleTypes(types ...HandleType) {
	handleTypesMu.Lock()
	defer handleTypesMu.Unlock()
next:
	for _, add := range types {
		for i, t := range handleTypes {
			if t.Name == add.Name {
				handleTypes[i].Codec = add.Codec
				continue next
			}
		}
		handleTypes = append(handleTypes, add)
	}
}

// matchHandle finds the registered type of obj.
func matchHandle(rt *runtime.Runtime, obj *goja.Object) (HandleType, bool) {
	handleTypesMu.RLock()
	types := handleTypes
	handleTypesMu.RUnlock()
	for _, t := range types {
		if t.Codec.Match(rt, obj) {
			return t, true
		}
	}
	return HandleType{}, false
}

// lookupHandle finds a registered type by wire name.
func lookupHandle(name string) (HandleCodec, bool) {
	handleTypesMu.RLock()
	defer handleTypesMu.RUnlock()
	for _, t := range handleTypes {
		if t.Name == name {
			return t.Codec, true
		}
	}
	return HandleCodec{}, false
}
