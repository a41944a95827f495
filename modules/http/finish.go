package http

import (
	"time"

	"github.com/dop251/goja"
	"github.com/gonode/gonode/runtime"
)

// A response that ended in Go finishes in Go too, in its common case:
// finishFast does what server.js's finishInGo (resOnFinish, dumpUnread, the
// 'finish' event) would do for a response whose request nobody read and
// whose connection has nothing queued, and leaves every other case to
// finishInGo.

// finishKit is what finishFast compares with, set up by fastResponses.
type finishKit struct {
	js           goja.Callable // finishInGo(res, state)
	kStreamState *goja.Symbol  // an IncomingMessage's stream state, null until used
	// dump is IncomingMessage.prototype._dump and detachSocket
	// ServerResponse.prototype.detachSocket, as server.js made them.
	dump, detachSocket goja.Value
	// keepAliveBuffer is what the server adds to keepAliveTimeout, in ms.
	keepAliveBuffer  int64
	finish, zero     goja.Value // "finish", 0
	emit, setTimeout runtime.CallableCache
}

// finish is onFinish(res, state) for a response that ended in Go.
func (k *serverKit) finish(this goja.Value, args ...goja.Value) (goja.Value, error) {
	res, _ := args[0].(*goja.Object)
	state, _ := args[1].(*goja.Object)
	if res != nil && state != nil {
		if done, err := k.finishFast(res, state); done || err != nil {
			return goja.Undefined(), err
		}
	}
	return k.fin.js(this, args...)
}

// finishFast finishes res, of the connection whose state is state, if
// nothing about it needs JavaScript's general case, and reports whether it
// did.
func (k *serverKit) finishFast(res, state *goja.Object) (bool, error) {
	f := &k.fin
	// p is the connection's open parser, if any: then state.parser is p's
	// object, and state.server and state.socket are what p kept.
	p := k.parsers[state]
	cc := k.connection(p, state)
	socket, server := cc.socket, cc.server
	if socket == nil {
		return false, nil
	}
	if truthy(k.store.Get(socket, "_hadError")) {
		return true, nil
	}
	req, ok := k.store.Get(res, "req").(*goja.Object)
	if !ok {
		return false, nil
	}
	if server == nil || !emptyArray(k.store.Get(state, "incoming"), f.zero) || !emptyArray(k.store.Get(state, "outgoing"), f.zero) {
		return false, nil
	}
	// dumpUnread: a request without stream state or listeners.
	if !goja.IsNull(k.store.GetSymbol(req, f.kStreamState)) || !sameValue(k.store.Get(req, "_dump"), f.dump) ||
		!sameValue(k.store.Get(req, "_eventsCount"), f.zero) {
		return false, nil
	}
	if !sameValue(k.store.Get(res, "detachSocket"), f.detachSocket) || truthy(k.store.Get(res, "_last")) {
		return false, nil
	}
	var parser *goja.Object
	if p != nil {
		parser = p.obj
	} else if _, open := k.store.Get(state, "parser").(*goja.Object); open {
		return false, nil
	}
	k.store.Set(state, "firstIncoming", goja.Null())
	k.store.Set(req, "_dumped", k.req.tru)
	k.store.Set(socket, "_httpMessage", goja.Null())
	k.store.Set(res, "socket", goja.Null())
	if p != nil && p.fastRes == res {
		p.fastRes, p.fastKeepAlive = nil, nil
	}
	if parser != nil && sameValue(k.store.Get(parser, "incoming"), req) {
		k.store.Set(parser, "incoming", goja.Null())
	}
	k.rt.NextTick(k.closeTick, res)
	if ka := k.store.Get(server, "keepAliveTimeout"); truthy(ka) && cc.canTimeOut {
		ms := ka.ToInteger() + f.keepAliveBuffer
		if parser != nil && !truthy(k.store.Get(server, "timeout")) && !truthy(k.store.Get(socket, "timeout")) {
			p.idle(time.Duration(ms) * time.Millisecond)
		} else if err := k.call(&f.setTimeout, socket, "setTimeout", k.rt.VM().ToValue(ms)); err != nil {
			return true, err
		} else {
			k.store.Set(state, "keepAliveTimeoutSet", k.req.tru)
		}
	}
	if events := k.store.Get(res, "_events"); events != nil && !goja.IsUndefined(events) {
		return true, k.call(&f.emit, res, "emit", f.finish)
	}
	return true, nil
}

// connection is the constants of the connection whose state is state and
// whose open parser is p (or nil).
func (k *serverKit) connection(p *parser, state *goja.Object) *connConsts {
	if p == nil {
		return k.connConstsOf(state)
	}
	if p.consts == nil {
		p.consts = k.connConstsOf(state)
	}
	return p.consts
}

// call calls the method name of o, remembered in cache.
func (k *serverKit) call(cache *runtime.CallableCache, o *goja.Object, name string, args ...goja.Value) error {
	fn, ok := cache.Of(o.Get(name))
	if !ok {
		vm := k.rt.VM()
		return vm.Try(func() { panic(vm.NewTypeError("%s is not a function", name)) })
	}
	_, err := fn(o, args...)
	return err
}

// emptyArray reports whether v is an array (or array-like) of length 0.
func emptyArray(v, zero goja.Value) bool {
	o, ok := v.(*goja.Object)
	return ok && sameValue(o.Get("length"), zero)
}

// sameValue is ===, for values that may be missing (nil).
func sameValue(v, want goja.Value) bool {
	return v != nil && v.StrictEquals(want)
}
