package http

import (
	"reflect"
	"strconv"
	"unsafe"

	"github.com/dop251/goja"
	"github.com/gonode/gonode/internal/gojastore"
	"github.com/gonode/gonode/internal/nativefunc"
	netmod "github.com/gonode/gonode/modules/net"
	"github.com/gonode/gonode/modules/net/jsclass"
	"github.com/gonode/gonode/modules/perfhooks"
	"github.com/gonode/gonode/runtime"
)

// serverKit is what a runtime's server responses share to end in Go
// (endResponse): the head renderer and what lib/server.js hands over
// through fastResponses.
type serverKit struct {
	rt    *runtime.Runtime
	heads *headRenderer
	// proto is ServerResponse.prototype; nil until fastResponses ran.
	proto                          *goja.Object
	kConn, kOutHeaders, kUniqueHdr *goja.Symbol
	kDirectPending                 *goja.Symbol  // bytes written but not finished yet
	kKeepAlive                     *goja.Symbol  // a new response's _keepAliveTimeout
	kOwnDestroyed                  *goja.Symbol  // true once destroyed is a response's own
	kWritable                      *goja.Symbol  // a Writable state's writable flag, or nil
	fin                            finishKit     // finish's (onFinish(res, state): 'finish' and the connection's bookkeeping)
	req                            requestKit    // request's
	writeFailed                    goja.Callable // writeFailed(socket, status)
	emitClose                      goja.Callable // emitClose(res): closes a response that has listeners
	// outgoingEnd is OutgoingMessage.prototype.end, which end calls when
	// endResponse declines.
	outgoingEnd goja.Value
	// socketWrite is net.Socket.prototype.write: a socket with another
	// write (its user's wrapper) sees OutgoingMessage's writes instead.
	socketWrite           goja.Value
	outgoingCall, finCall runtime.CallableCache
	// finishTick and closeTick are finish and closeResponse as the
	// nextTick callbacks they are (made once: a method value is an
	// allocation each time).
	finishTick, closeTick goja.Callable
	// lastHead is the last ASCII head endFast rendered and lastHeadValue
	// its JavaScript string: a server's heads repeat, but for their Date
	// line once a second.
	lastHead      []byte
	lastHeadValue goja.Value
	// parsers are the open server parsers with Go writes, by their
	// handlers object (the connection's state, a response's kConn), and
	// by their socket.
	parsers  map[goja.Value]*parser
	bySocket map[*goja.Object]*parser
	// symbols is freshFields' buffer for a response's own symbols.
	symbols []gojastore.SymbolProp
	// store reads and writes goja's property storage where it can.
	store *gojastore.Layout
	// parserJS is the class of the parsers' objects (parserClass).
	parserJS *jsclass.Class[*parser]
	// observers tells whether PerformanceObservers want 'http' entries.
	observers *perfhooks.Observers
}

// endResponse answers of endFast.
const (
	endDeclined = 0 // nothing changed: JavaScript's end must run
	endDone     = 1 // the response ended
	endDoneEmit = 2 // the response ended and has listeners: emit 'prefinish'
)

// fastResponses(options) configures the responses that end in Go:
// options has outgoingEnd, socketWrite (net.Socket.prototype.write), proto
// (ServerResponse.prototype), incomingProto (IncomingMessage.prototype),
// kConn, kOutHeaders, kUniqueHeaders,
// kDirectPending, kKeepAliveTimeout, kOwnDestroyed, kWritable (optional),
// onFinish, writeFailed, emitClose, for finish kStreamState and
// keepAliveTimeoutBuffer, and for requestFast IncomingMessage, ServerResponse,
// kIncomingMessage, kServerResponse, defaultMaxHeaderPairs and
// listenForResponseClose. It
// returns { end, closeSoon, isClosed }: end is ServerResponse.prototype.end
// (see end), closeSoon(res) closes a finished response on the next tick
// (see closeResponse), isClosed is the getter of a response's destroyed.
func (k *serverKit) fastResponses(call goja.FunctionCall) goja.Value {
	vm := k.rt.VM()
	o := call.Argument(0).ToObject(vm)
	k.proto, _ = o.Get("proto").(*goja.Object)
	k.kConn, _ = o.Get("kConn").(*goja.Symbol)
	k.kOutHeaders, _ = o.Get("kOutHeaders").(*goja.Symbol)
	k.kUniqueHdr, _ = o.Get("kUniqueHeaders").(*goja.Symbol)
	k.kDirectPending, _ = o.Get("kDirectPending").(*goja.Symbol)
	k.kKeepAlive, _ = o.Get("kKeepAliveTimeout").(*goja.Symbol)
	k.kOwnDestroyed, _ = o.Get("kOwnDestroyed").(*goja.Symbol)
	k.kWritable, _ = o.Get("kWritable").(*goja.Symbol)
	k.fin.js, _ = goja.AssertFunction(o.Get("onFinish"))
	k.fin.kStreamState, _ = o.Get("kStreamState").(*goja.Symbol)
	k.fin.keepAliveBuffer = o.Get("keepAliveTimeoutBuffer").ToInteger()
	k.fin.finish, k.fin.zero = vm.ToValue("finish"), vm.ToValue(0)
	k.finishTick, k.closeTick = k.finish, k.closeResponse
	k.store = gojastore.For(vm)
	k.writeFailed, _ = goja.AssertFunction(o.Get("writeFailed"))
	k.emitClose, _ = goja.AssertFunction(o.Get("emitClose"))
	k.outgoingEnd = o.Get("outgoingEnd")
	k.socketWrite = o.Get("socketWrite")
	incomingProto, _ := o.Get("incomingProto").(*goja.Object)
	if k.proto == nil || incomingProto == nil || k.kDirectPending == nil || k.kKeepAlive == nil ||
		k.kOwnDestroyed == nil || k.fin.js == nil || k.fin.kStreamState == nil || k.outgoingEnd == nil || k.socketWrite == nil ||
		k.writeFailed == nil || k.emitClose == nil {
		k.proto = nil
		panic(vm.NewTypeError("fastResponses: incomplete options"))
	}
	// The prototypes' methods as server.js made them, which finishFast and
	// requestFast require a response and request to still have.
	k.fin.dump, k.fin.detachSocket = incomingProto.Get("_dump"), k.proto.Get("detachSocket")
	k.configureRequests(o, incomingProto)
	fns := vm.NewObject()
	end := nativefunc.Named(vm, "end", 3, k.end)
	_ = fns.Set("end", end)
	// isClosed is a getter: this._closed.
	_ = fns.Set("isClosed", runtime.NewFunction(vm, "get", 0, func(call goja.FunctionCall) goja.Value {
		if o, ok := call.This.(*goja.Object); ok {
			return o.Get("_closed")
		}
		return goja.Undefined()
	}))
	_ = fns.Set("closeSoon", func(call goja.FunctionCall) goja.Value {
		k.rt.NextTick(k.closeTick, call.Argument(0))
		return goja.Undefined()
	})
	_ = fns.Set("materialize", k.materialize)
	return fns
}

// materialize(res) gives res, if requestFast made it and it has not
// finished, its own kConn and kKeepAliveTimeout, and reports whether it did
// (for the prototype's getters of both).
func (k *serverKit) materialize(call goja.FunctionCall) goja.Value {
	res, ok := call.Argument(0).(*goja.Object)
	if !ok {
		return k.req.fals
	}
	p := k.fastParser(res, nil)
	if p == nil || !k.ownConnection(res, p) {
		return k.req.fals
	}
	return k.req.tru
}

// ownConnection gives res, a response requestFast made on p's connection,
// its own kConn and kKeepAliveTimeout, and reports whether it could.
func (k *serverKit) ownConnection(res *goja.Object, p *parser) bool {
	return res.SetSymbol(k.kConn, p.this) == nil && res.SetSymbol(k.kKeepAlive, p.fastKeepAlive) == nil
}

// fastParser returns the parser of res if requestFast made res and it has
// not finished, or nil. socket is res.socket if the caller has read it.
func (k *serverKit) fastParser(res, socket *goja.Object) *parser {
	if socket == nil {
		if socket, _ = k.store.Get(res, "socket").(*goja.Object); socket == nil {
			return nil
		}
	}
	if p := k.bySocket[socket]; p != nil && p.fastRes == res {
		return p
	}
	return nil
}

// addParser makes p's responses end in Go (p is a server parser with Go
// writes); p.close removes it.
func (k *serverKit) addParser(p *parser) {
	if k.parsers == nil {
		k.parsers = make(map[goja.Value]*parser)
		k.bySocket = make(map[*goja.Object]*parser)
	}
	k.parsers[p.this] = p
	k.bySocket[p.conn.socket] = p
}

func (k *serverKit) removeParser(p *parser) {
	if k.parsers[p.this] == p {
		delete(k.parsers, p.this)
	}
	if p.conn != nil && k.bySocket[p.conn.socket] == p {
		delete(k.bySocket, p.conn.socket)
	}
	if p.fastRes != nil {
		// The response outlives the parser (an upgrade behind it, a closed
		// connection): it keeps its connection, as node's keeps the
		// finish listener bound to it.
		k.ownConnection(p.fastRes, p)
	}
	p.fastRes, p.fastKeepAlive = nil, nil
}

// closeResponse is the tick that closes a finished response (node's
// emitCloseNT): destroyed and _closed become true, and a response with
// listeners emits 'close' (emitClose does all of that in JavaScript).
func (k *serverKit) closeResponse(_ goja.Value, args ...goja.Value) (goja.Value, error) {
	res, ok := args[0].(*goja.Object)
	if !ok || truthy(k.store.Get(res, "_closed")) {
		return goja.Undefined(), nil
	}
	if events := k.store.Get(res, "_events"); events != nil && !goja.IsUndefined(events) {
		return k.emitClose(goja.Undefined(), res)
	}
	if err := k.store.Set(res, "_closed", k.req.tru); err != nil {
		return nil, err
	}
	// (A ServerResponse's destroyed follows _closed unless its own, which
	// kOwnDestroyed tells without calling the getter.)
	if !truthy(k.store.GetSymbol(res, k.kOwnDestroyed)) || truthy(k.store.Get(res, "destroyed")) {
		return goja.Undefined(), nil
	}
	return goja.Undefined(), res.Set("destroyed", true)
}

// conn is the Go side of a server connection's writes: the socket's handle
// and how to write through it.
type conn struct {
	handle *goja.Object
	write  func(cb goja.Value, bufs [][]byte) int
	// pending are the responses whose writes complete later, in order.
	pending   []*goja.Object
	writeDone goja.Value // the callback of those writes
	socket    *goja.Object
	// ws is the socket's _writableState (which a stream never replaces),
	// once writableState read it.
	ws   *goja.Object
	bufs [3][]byte
}

// writableState returns the socket's _writableState, or nil.
func (c *conn) writableState(store *gojastore.Layout) *goja.Object {
	if c.ws == nil {
		c.ws, _ = store.Get(c.socket, "_writableState").(*goja.Object)
	}
	return c.ws
}

// end is ServerResponse.prototype.end(chunk, encoding, callback): the
// response ends in Go (endResponse) when it can, and otherwise through
// OutgoingMessage's end.
func (k *serverKit) end(call goja.FunctionCall) goja.Value {
	res, ok := call.This.(*goja.Object)
	if ok && goja.IsUndefined(call.Argument(1)) && goja.IsUndefined(call.Argument(2)) {
		switch k.endResponse(res, call.Argument(0)) {
		case endDoneEmit:
			k.rt.CallFrom(&k.finCall, k.store.Get(res, "_finish"), res)
			return res
		case endDone:
			return res
		}
	}
	return k.rt.CallFrom(&k.outgoingCall, k.outgoingEnd, call.This, call.Arguments...)
}

// endResponse is res.end(chunk) done in Go for a response of an open
// server connection (its kConn), when nothing about it needs JavaScript —
// a ServerResponse made by the server and left as made but for its status,
// status message, headers set with setHeader, or a head writeHead rendered
// and nothing sent yet; a string or Uint8Array body or none; the
// connection's socket idle. It does what OutgoingMessage's end would
// (render the head unless rendered, write head and body in one write,
// framed as the head says, set the same properties, 'finish' once the
// write completed) and answers endDeclined, having changed nothing, when
// it cannot.
func (k *serverKit) endResponse(res *goja.Object, chunk goja.Value) int {
	if p := k.fastParser(res, nil); p != nil {
		return k.endFast(p, res, chunk)
	}
	state, ok := k.store.GetSymbol(res, k.kConn).(*goja.Object)
	if !ok {
		return endDeclined
	}
	p := k.parsers[state]
	if p == nil {
		return endDeclined
	}
	return k.endFast(p, res, chunk)
}

func (k *serverKit) endFast(p *parser, res *goja.Object, chunk goja.Value) int {
	c := p.conn
	if c == nil || k.proto == nil || k.heads == nil || res.Prototype() != k.proto {
		return endDeclined
	}
	var body string
	var bodyBytes []byte
	switch {
	case chunk == nil || goja.IsUndefined(chunk) || goja.IsNull(chunk):
	case goja.IsString(chunk):
		body = chunk.String()
	default:
		o, ok := chunk.(*goja.Object)
		if !ok || o.ExportType() != reflect.TypeOf([]byte(nil)) {
			return endDeclined
		}
		bodyBytes = o.Export().([]byte)
	}
	f, socket, events, ok := k.freshFields(res)
	if !ok || socket != c.socket || !k.socketIdle(c, res) {
		return endDeclined
	}
	size := len(body) + len(bodyBytes)
	h := k.heads
	var buf []byte // the head, framing, and a small body
	var tail string
	headLen := 0
	headText := "" // the head rendered here, when not ASCII
	if f.head != "" {
		// writeHead rendered the head: it goes out now with the body,
		// framed as it says (end's endInOneWrite).
		if !f.hasBody {
			return endDeclined
		}
		if utf8Head := len(body) > 0 && !f.chunked; utf8Head {
			buf = append(h.buf[:0], f.head...)
		} else {
			buf = appendLatin1(h.buf[:0], f.head)
		}
		if f.chunked {
			if size > 0 {
				buf = strconv.AppendInt(buf, int64(size), 16)
				buf = append(buf, "\r\n"...)
				tail = "\r\n"
			}
			tail += "0\r\n" + f.trailer + "\r\n"
		}
	} else {
		h.lines = h.lines[:0]
		if f.headers != nil && !h.collect(f.headers, headersMap) {
			return endDeclined
		}
		// (Rendered, not set: nothing reads a response's _contentLength
		// once it ended.)
		f.contentLength = k.rt.VM().ToValue(size)
		if !h.writeHead(&f.resFields, f.statusCode, "", false) {
			return endDeclined
		}
		buf = h.storeHeader(&f.resFields)
		if !f.hasBody || f.chunked {
			return endDeclined
		}
		// A head goes out in the encoding of the first data written with
		// it, as node prepends it: latin1 unless that is a string body.
		if len(body) == 0 && !isASCII(buf) {
			headText = string(buf)
			buf = appendLatin1(buf[:0], headText)
		}
		headLen = len(buf)
	}
	bufs := c.bufs[:1]
	switch {
	case bodyBytes != nil:
		bufs = append(bufs, bodyBytes)
	case len(body) <= maxInlineBody:
		buf = append(buf, body...)
	default:
		bufs = append(bufs, unsafe.Slice(unsafe.StringData(body), len(body)))
	}
	if tail != "" {
		if len(bufs) == 1 {
			buf = append(buf, tail...)
		} else {
			bufs = append(bufs, unsafe.Slice(unsafe.StringData(tail), len(tail)))
		}
	}
	h.buf = buf
	bufs[0] = buf
	total := 0
	for _, b := range bufs {
		total += len(b)
	}
	r := c.write(c.writeDoneFn(k, p.this), bufs)
	c.bufs = [3][]byte{}
	if r < 0 {
		return endDeclined
	}
	// Written: now the response changes as end would have changed it.
	if headLen > 0 {
		var header goja.Value
		if headText == "" {
			header = k.headValue(buf[:headLen])
		} else {
			header = k.rt.VM().ToValue(headText)
		}
		f.apply(k.store, k.rt.VM(), res)
		k.store.Set(res, "_header", header)
	}
	k.store.Set(res, "_headerSent", k.req.tru)
	k.store.Set(res, "finished", k.req.tru)
	if r == 0 {
		k.rt.NextTick(k.finishTick, res, p.this)
	} else {
		c.pending = append(c.pending, res)
		_ = res.SetSymbol(k.kDirectPending, total)
	}
	if truthy(k.store.Get(socket, "timeout")) || truthy(k.store.Get(socket, "_parent")) {
		if fn, ok := goja.AssertFunction(k.store.Get(socket, "_unrefTimer")); ok {
			if _, err := fn(socket); err != nil {
				panic(err)
			}
		}
	}
	if events {
		return endDoneEmit
	}
	return endDone
}

// headValue is the ASCII head as a JavaScript string: the last one made
// when the head is the same again.
func (k *serverKit) headValue(head []byte) goja.Value {
	if k.lastHeadValue == nil || string(head) != string(k.lastHead) {
		k.lastHead = append(k.lastHead[:0], head...)
		k.lastHeadValue = k.rt.VM().ToValue(string(head))
	}
	return k.lastHeadValue
}

// writeDoneFn is the callback of the connection's writes that complete
// later: each finishes the oldest pending response. state is the
// connection's state (its parser's handlers, as every response's kConn).
func (c *conn) writeDoneFn(k *serverKit, state goja.Value) goja.Value {
	if c.writeDone == nil {
		c.writeDone = k.rt.VM().ToValue(func(call goja.FunctionCall) goja.Value {
			if len(c.pending) == 0 {
				return goja.Undefined()
			}
			res := c.pending[0]
			c.pending[0] = nil
			c.pending = c.pending[1:]
			var err error
			if status := call.Argument(0); status.ToInteger() < 0 {
				_, err = k.writeFailed(goja.Undefined(), c.socket, status)
			} else {
				_ = res.SetSymbol(k.kDirectPending, 0)
				_, err = k.finish(goja.Undefined(), res, state)
			}
			if err != nil {
				panic(err)
			}
			return goja.Undefined()
		})
	}
	return c.writeDone
}

// freshResponse is what endFast knows of a response.
type freshResponse struct {
	resFields
	headers *goja.Object // its header map (kOutHeaders), or nil
	head    string       // the head writeHead rendered (_header), or ""
	trailer string       // _trailer
}

// freshFields reads a response that is as the server made it but for the
// properties a handler commonly sets; what is not an own property has its
// initial value (node's responses have these as own properties from the
// start, so changing the prototype's changes nothing there either). ok is
// false for anything else. events reports listeners.
func (k *serverKit) freshFields(res *goja.Object) (f freshResponse, socket *goja.Object, events, ok bool) {
	f.statusCode = 200
	f.sendDate = true
	f.keepAlive = true
	f.chunkedByDefault = true
	f.defaultKeepAlive = true
	f.hasBody = true
	f.keepAliveTimeout = nil // unless own: kKeepAliveTimeout's (lib/server.js), or its parser's
	f.maxRequests = goja.Undefined()
	f.contentLength = goja.Null()
	rendering := false // a property that only rendering the head reads
	own := func(key string, stored goja.Value) bool {
		value := func() goja.Value {
			if stored != nil {
				return stored
			}
			return res.Get(key)
		}
		switch key {
		case "outputData", "req":
		case "_header":
			switch v := value(); {
			case goja.IsNull(v):
			case goja.IsString(v) && v.String() != "":
				f.head = v.String()
			default:
				return false
			}
		case "_headerSent":
			if truthy(value()) {
				return false
			}
		case "chunkedEncoding":
			f.chunked = truthy(value())
		case "_hasBody":
			f.hasBody = truthy(value())
		case "_trailer":
			t, isString := value().Export().(string)
			if !isString {
				return false
			}
			f.trailer = t
		case "_contentLength", "_last", "_removedConnection", "_removedContLen", "_removedTE", "_defaultKeepAlive":
			rendering = true
		case "socket":
			socket, _ = value().(*goja.Object)
		case "_keepAliveTimeout":
			f.keepAliveTimeout = value()
		case "_maxRequestsPerSocket":
			f.maxRequests = value()
		case "shouldKeepAlive":
			f.keepAlive = truthy(value())
		case "maxRequestsOnConnectionReached":
			f.maxReached = truthy(value())
		case "statusCode":
			code, isInt := intOf(value())
			if !isInt || code < 100 || code > 999 {
				return false
			}
			f.statusCode = code
		case "statusMessage":
			return f.loadMessage(value())
		case "_events", "_eventsCount", "_maxListeners":
			events = true
		default:
			return false
		}
		return true
	}
	ownSymbol := func(sym *goja.Symbol, stored goja.Value) bool {
		switch sym {
		case k.kConn, k.kUniqueHdr:
		case k.kOutHeaders:
			if stored == nil {
				stored = res.GetSymbol(sym)
			}
			f.headers, _ = stored.(*goja.Object)
		case k.kKeepAlive:
			if f.keepAliveTimeout == nil { // else an own _keepAliveTimeout hides it
				if stored == nil {
					stored = res.GetSymbol(sym)
				}
				f.keepAliveTimeout = stored
			}
		default:
			return false
		}
		return true
	}
	// Read from goja's storage where it can be (a stored property record
	// is read through goja), else through goja's API.
	l := k.store
	var names *gojastore.Names
	var values *gojastore.Values
	plain := false
	if l != nil {
		names, values, plain = l.Plain(res)
	}
	if plain {
		for _, name := range *names {
			stored := values.Get(name)
			if !l.IsValue(stored) {
				stored = nil
			}
			if !own(string(name), stored) {
				return f, nil, false, false
			}
		}
		var ok bool
		if k.symbols, ok = l.OwnSymbols(res, k.symbols[:0]); !ok {
			return f, nil, false, false
		}
		for _, p := range k.symbols {
			stored := p.Value
			if !l.IsValue(stored) {
				stored = nil
			}
			if !ownSymbol(p.Key, stored) {
				return f, nil, false, false
			}
		}
	} else {
		for _, key := range res.GetOwnPropertyNames() {
			if !own(key, nil) {
				return f, nil, false, false
			}
		}
		for _, sym := range res.Symbols() {
			if !ownSymbol(sym, nil) {
				return f, nil, false, false
			}
		}
	}
	if rendering && f.head == "" {
		return f, nil, false, false
	}
	if f.keepAliveTimeout == nil && socket != nil {
		if p := k.fastParser(res, socket); p != nil {
			f.keepAliveTimeout = p.fastKeepAlive
		}
	}
	return f, socket, events, socket != nil && (f.keepAliveTimeout != nil || f.head != "")
}

// socketIdle reports whether res is the message on the connection's socket
// and the socket's Writable holds nothing and accepts writes, so that a
// write to its handle goes out in order (writeDirect's conditions in
// lib/outgoing.js).
func (k *serverKit) socketIdle(c *conn, res *goja.Object) bool {
	s := c.socket
	if m, _ := k.store.Get(s, "_httpMessage").(*goja.Object); m != res {
		return false
	}
	if h, _ := k.store.Get(s, "_handle").(*goja.Object); h != c.handle || truthy(k.store.Get(s, "connecting")) {
		return false
	}
	if !sameValue(k.store.Get(s, "write"), k.socketWrite) {
		return false
	}
	ws := c.writableState(k.store)
	if ws == nil {
		return false
	}
	if n, ok := intOf(k.store.Get(ws, "length")); !ok || n != 0 {
		return false
	}
	if n, ok := intOf(k.store.Get(ws, "corked")); !ok || n != 0 {
		return false
	}
	var w goja.Value
	if k.kWritable != nil {
		w = k.store.GetSymbol(ws, k.kWritable) // (the getter's value, without calling it)
	} else {
		w = k.store.Get(ws, "writable")
	}
	if w != nil {
		if b, isBool := w.Export().(bool); isBool && !b {
			return false
		}
	}
	// (ended comes with ending: end() sets both, destroy() resets both.)
	return !truthy(k.store.Get(ws, "destroyed")) && !truthy(k.store.Get(ws, "errored")) && !truthy(k.store.Get(ws, "ending"))
}

// newConn prepares the Go writes of a server connection, or returns nil
// when its socket has no handle to write to from Go.
func newConn(rt *runtime.Runtime, socket *goja.Object) *conn {
	handle, write, ok := netmod.HandleWriter(rt, socket)
	if !ok {
		return nil
	}
	return &conn{handle: handle, write: write, socket: socket}
}

// appendLatin1 appends s, text whose characters are all below U+0100 (as
// header validation leaves a head), in latin1.
func appendLatin1(dst []byte, s string) []byte {
	if isASCII(s) {
		return append(dst, s...)
	}
	for _, r := range s {
		dst = append(dst, byte(r))
	}
	return dst
}

func isASCII[T string | []byte](s T) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}
