package workerthreads

import (
	"sync"

	"github.com/dop251/goja"
)

// broadcast is the process's BroadcastChannels by name, in every thread.
var broadcast struct {
	mu    sync.Mutex
	chans map[string][]*endpoint // in the order they were made; made on first use
}

// leaveBroadcast removes e from the channels of name.
func leaveBroadcast(name string, e *endpoint) {
	broadcast.mu.Lock()
	defer broadcast.mu.Unlock()
	list := broadcast.chans[name]
	for i, t := range list {
		if t == e {
			list = append(list[:i:i], list[i+1:]...)
			break
		}
	}
	if len(list) == 0 {
		delete(broadcast.chans, name)
	} else {
		broadcast.chans[name] = list
	}
}

// broadcastJoin(name) makes an endpoint that receives what other
// BroadcastChannels of the name post.
func (b *binding) broadcastJoin(call goja.FunctionCall) goja.Value {
	name := call.Argument(0).String()
	e := &endpoint{owner: b.rt}
	e.peer = e // a BroadcastChannel has no peer to tell of its close
	e.onGone = func() { leaveBroadcast(name, e) }
	broadcast.mu.Lock()
	if broadcast.chans == nil {
		broadcast.chans = map[string][]*endpoint{}
	}
	broadcast.chans[name] = append(broadcast.chans[name], e)
	broadcast.mu.Unlock()
	return b.rt.HostRef(e)
}

// broadcastLeave(channel, name) closes the channel.
func (b *binding) broadcastLeave(call goja.FunctionCall) goja.Value {
	e := b.endpointArg(call.Argument(0))
	name := call.Argument(1).String()
	leaveBroadcast(name, e)
	e.detach()
	if e.handle != nil {
		e.handle.Close()
	}
	return goja.Undefined()
}

// broadcastPost(channel, name, value) sends a clone of value to every
// other channel of the name.
func (b *binding) broadcastPost(call goja.FunctionCall) goja.Value {
	e := b.endpointArg(call.Argument(0))
	data, err := b.serialize(call.Argument(2))
	if err != nil {
		b.rt.Rethrow(err)
	}
	name := call.Argument(1).String()
	broadcast.mu.Lock()
	targets := make([]*endpoint, 0, len(broadcast.chans[name]))
	for _, t := range broadcast.chans[name] {
		if t != e {
			targets = append(targets, t)
		}
	}
	broadcast.mu.Unlock()
	for _, t := range targets {
		t.enqueue(data)
	}
	return goja.Undefined()
}
