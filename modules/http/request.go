package http

import (
	"github.com/dop251/goja"
	"github.com/dop251/goja/unistring"
	"github.com/gonode/gonode/internal/gojastore"
	"github.com/gonode/gonode/runtime"
)

// A plain request (HTTP/1.1, complete without a body, not an upgrade, with
// a Host header and no Expect, not HEAD) on a connection whose server and
// socket are as the server made them is served in short: requestFast
// makes its IncomingMessage and ServerResponse and emits 'request', doing what
// server.js's onHead, parserOnIncoming and messageComplete would, without
// the checks that cannot apply. Anything else goes to the connection's
// onRequest, which runs onHead in full.

// requestKit is what requestFast compares with and builds from, from
// fastResponses' options.
type requestKit struct {
	incomingProto                   *goja.Object // IncomingMessage.prototype
	incomingMessage, serverResponse goja.Value   // the server's defaults
	kIncomingMessage, kServerResp   *goja.Symbol // where a server keeps its own
	assignSocket                    goja.Value   // ServerResponse.prototype's, as made
	maxHeaderPairs                  goja.Value   // a parser's default maxHeaderPairs
	listenForClose                  goja.Value   // listenForResponseClose(socket, state)
	ready                           bool         // all of the above is there
	one, tru, fals, null            goja.Value
	request                         goja.Value // "request"
	emit, push, listen, fallback    runtime.CallableCache
}

// configureRequests sets up requestFast from fastResponses' options o (and
// IncomingMessage.prototype, k.proto being ServerResponse.prototype);
// requestFast stays off (the connections' own onRequest runs) when o lacks
// any of it.
func (k *serverKit) configureRequests(o, incomingProto *goja.Object) {
	vm := k.rt.VM()
	f := &k.req
	f.incomingProto = incomingProto
	f.incomingMessage, f.serverResponse = o.Get("IncomingMessage"), o.Get("ServerResponse")
	f.kIncomingMessage, _ = o.Get("kIncomingMessage").(*goja.Symbol)
	f.kServerResp, _ = o.Get("kServerResponse").(*goja.Symbol)
	f.assignSocket, f.maxHeaderPairs = k.proto.Get("assignSocket"), o.Get("defaultMaxHeaderPairs")
	f.listenForClose = o.Get("listenForResponseClose")
	f.one, f.tru, f.fals, f.null = vm.ToValue(1), vm.ToValue(true), vm.ToValue(false), goja.Null()
	f.request = vm.ToValue("request")
	f.ready = f.kIncomingMessage != nil && f.kServerResp != nil && k.kUniqueHdr != nil &&
		f.incomingMessage != nil && f.serverResponse != nil && f.assignSocket != nil && f.maxHeaderPairs != nil &&
		f.listenForClose != nil
}

// serve takes the plain request h that p read: requestFast serves it if it
// can, the connection's onRequest(method, url, rawHeaders, keepAlive)
// otherwise. It runs on the loop inside a macrotask.
func (k *serverKit) serve(p *parser, h *head) {
	args := [...]goja.Value{p.str(0, h.method), p.str(1, h.url), p.rawHeaders(h), k.rt.VM().ToValue(h.keepAlive)}
	if state, ok := p.this.(*goja.Object); ok && k.req.ready && k.proto != nil && k.requestFast(p, state, args[:]) {
		return
	}
	// (A copy: the arguments of the fast path stay on the stack.)
	k.rt.CallFrom(&k.req.fallback, p.onRequest, p.this, append([]goja.Value(nil), args[:]...)...)
}

// requestFast serves a request of p's connection, whose state is state, in
// short if the connection allows, and reports whether it did. args are
// onRequest's.
func (k *serverKit) requestFast(p *parser, state *goja.Object, args []goja.Value) bool {
	f := &k.req
	// (state.parser is p's object until p closes.)
	cc := k.connection(p, state)
	server, socket, parser := cc.server, cc.socket, p.obj
	incoming, ok := k.store.Get(state, "incoming").(*goja.Object)
	// Only a connection with Go writes keeps its parser where the response
	// finds its connection (fastParser); any other takes onRequest's path,
	// as do emitters that must capture rejections (EventEmitter's init).
	if server == nil || socket == nil || !ok || p.conn == nil || k.rt.CaptureRejections() {
		return false
	}
	// A request that observers time (an 'http' entry) takes onRequest's path.
	if k.observers.Has("http") {
		return false
	}
	if truthy(k.store.Get(state, "keepAliveTimeoutSet")) || !cc.plainOptions ||
		truthy(k.store.Get(socket, "_httpMessage")) || truthy(k.store.Get(socket, "_paused")) ||
		(cc.unrefTimer && (truthy(k.store.Get(socket, "timeout")) || truthy(k.store.Get(socket, "_parent")))) ||
		!cc.defaultHeaderPairs ||
		!sameValue(k.store.GetSymbol(server, f.kIncomingMessage), f.incomingMessage) || truthy(k.store.Get(server, "joinDuplicateHeaders")) ||
		!sameValue(k.store.GetSymbol(server, f.kServerResp), f.serverResponse) ||
		truthy(k.store.Get(server, "rejectNonStandardBodyWrites")) || truthy(k.store.Get(server, "maxRequestsPerSocket")) ||
		!sameValue(k.store.GetSymbol(server, k.kUniqueHdr), f.null) || !sameValue(k.store.Get(k.proto, "assignSocket"), f.assignSocket) {
		return false
	}
	// Responses waiting for a slow reader: parserOnIncoming pauses reading.
	if ws := p.conn.writableState(k.store); ws != nil && truthy(k.store.Get(ws, "needDrain")) {
		return false
	}
	if nilSafe(k.store.Get(state, "outgoingData")).ToFloat() >= cc.writableHighWaterMark {
		return false
	}

	vm := k.rt.VM()
	req := vm.CreateObject(f.incomingProto)
	k.defineAll(req, requestNames, socket, args[2], f.one, f.one, args[0], args[1])
	k.store.Set(parser, "incoming", req)
	k.store.Set(state, "receiving", req)
	if goja.IsNull(k.store.Get(state, "firstIncoming")) {
		k.store.Set(state, "firstIncoming", req)
	} else {
		k.rt.CallFrom(&f.push, incoming.Get("push"), incoming, req)
	}
	keepAliveTimeout := k.store.Get(server, "keepAliveTimeout")
	res := vm.CreateObject(k.proto)
	k.defineAll(res, responseNames, req, socket)
	// (res's kConn and kKeepAliveTimeout: see materialize.)
	p.fastRes, p.fastKeepAlive = res, nilSafe(keepAliveTimeout)
	if !args[3].ToBoolean() {
		k.define(res, "shouldKeepAlive", f.fals)
	}
	k.store.Set(socket, "_httpMessage", res)
	if goja.IsNull(k.store.Get(state, "onResponseClose")) {
		k.rt.CallFrom(&f.listen, f.listenForClose, goja.Undefined(), socket, state)
	}
	k.rt.Emit(&f.emit, k.store.Get(server, "emit"), server, f.request, req, res)
	k.store.Set(state, "receiving", goja.Null())
	k.store.Set(req, "complete", f.tru)
	if !goja.IsNull(k.store.GetSymbol(req, k.fin.kStreamState)) {
		k.rt.CallFrom(&f.push, k.store.Get(req, "push"), req, goja.Null())
	}
	return true
}

// connConsts are the properties of a server connection's state (and of its
// parser) that server.js sets when the connection starts and never changes.
type connConsts struct {
	server, socket                       *goja.Object
	plainOptions, unrefTimer, canTimeOut bool
	writableHighWaterMark                float64
	// defaultHeaderPairs: the parser's maxHeaderPairs is the default.
	defaultHeaderPairs bool
}

// connConstsOf reads the constants of the connection whose state is state.
func (k *serverKit) connConstsOf(state *goja.Object) *connConsts {
	cc := &connConsts{
		plainOptions:          truthy(k.store.Get(state, "plainOptions")),
		unrefTimer:            truthy(k.store.Get(state, "unrefTimer")),
		canTimeOut:            truthy(k.store.Get(state, "canTimeOut")),
		writableHighWaterMark: nilSafe(k.store.Get(state, "writableHighWaterMark")).ToFloat(),
	}
	cc.server, _ = k.store.Get(state, "server").(*goja.Object)
	cc.socket, _ = k.store.Get(state, "socket").(*goja.Object)
	if parser, ok := k.store.Get(state, "parser").(*goja.Object); ok {
		cc.defaultHeaderPairs = sameValue(k.store.Get(parser, "maxHeaderPairs"), k.req.maxHeaderPairs)
	}
	return cc
}

// The own properties requestFast gives a request and a response, in
// server.js's order.
var (
	requestNames  = gojastore.Names{"socket", "rawHeaders", "httpVersionMajor", "httpVersionMinor", "method", "url"}
	responseNames = gojastore.Names{"req", "socket"}
)

// defineAll gives o, an object JavaScript has not seen yet and without
// properties, the data properties names with values vals, as an object
// literal does.
func (k *serverKit) defineAll(o *goja.Object, names gojastore.Names, vals ...goja.Value) {
	k.store.DefineAll(o, names, vals)
}

// define gives o, an object JavaScript has not seen yet, the data property
// name, as an object literal does.
func (k *serverKit) define(o *goja.Object, name string, v goja.Value) {
	if k.store != nil && k.store.Put(o, unistring.String(name), v) {
		return
	}
	_ = o.DefineDataProperty(name, v, goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_TRUE)
}

// nilSafe is v, or undefined for a missing value.
func nilSafe(v goja.Value) goja.Value {
	if v == nil {
		return goja.Undefined()
	}
	return v
}
