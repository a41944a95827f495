package http

import (
	"errors"
	"fmt"
	"io"
	"strconv"
	"sync/atomic"
	"syscall"
	"time"

	"github.com/dop251/goja"
	"github.com/gonode/gonode/modules/buffer"
	netmod "github.com/gonode/gonode/modules/net"
	"github.com/gonode/gonode/modules/net/jsclass"
	"github.com/gonode/gonode/modules/perfhooks"
	"github.com/gonode/gonode/runtime"
)

// parser is the JavaScript face of one connection's msgStream: lib/common.js
// attaches one to each HTTP socket. Its methods run on the loop goroutine.
type parser struct {
	rt   *runtime.Runtime
	kit  *serverKit
	conn *conn // a server connection's Go writes, or nil
	s    *msgStream
	pipe *feedPipe // the socket's bytes as fed from JavaScript, or nil
	// src is the input of a parser that reads its socket directly (nil
	// for one fed from the start); untake switches it to pipe.
	src *source
	// posted counts the batches the reader has handed to the loop that
	// the loop has not delivered yet; postedMessages those of them with
	// more than the end of the input.
	posted, postedMessages atomic.Int32
	handle                 *runtime.Handle // ref'd while fed bytes wait for the reader
	// release gives a socket read directly from Go back to net.
	release func(unread []byte, err error)
	this    goja.Value
	obj     *goja.Object // the parser's JavaScript object
	// ctx is the async context the parser was made in (a server
	// connection's: the server's), which its events run in.
	ctx    runtime.AsyncContext
	onHead goja.Value
	// onRequest, when the handlers have it, takes the plain requests
	// (see plainRequest) instead of onHead; the kit serves them (serve).
	onRequest goja.Value
	serveFn   func() // serves the head in serving, as a macrotask
	serving   *head
	// consts are the handlers' (a server connection's state's) constants,
	// kept by requestFast from the connection's first request; nil before.
	consts *connConsts
	// fastRes is the response requestFast made last, until it finishes:
	// its kConn is this parser's handlers and its kKeepAliveTimeout
	// fastKeepAlive, which it gets as own properties only if JavaScript
	// asks (see materialize).
	fastRes       *goja.Object
	fastKeepAlive goja.Value
	onBody        goja.Value
	onEnd         goja.Value
	onError       goja.Value
	onEOF         goja.Value
	onDrain       goja.Value
	onIdle        goja.Value
	closed        bool
	done          bool // the reader returned: feeding is pointless
	// headsSeen counts the heads delivered (dispatch), against the
	// reader's heads begun (busy).
	headsSeen int64

	batch []event // the batch runBatch delivers
	// sync lets feed deliver what the reader finds in a chunk before it
	// returns (syncfeed.go).
	sync syncFeed
	// runBatchFn is p.runBatch, made once (a method value is an
	// allocation each time).
	runBatchFn func()
	last       []cachedString // the strings of the last head (str)
	waiters    []waiter       // whenDrained callbacks

	// The keep-alive timeout (idle): one Go timer per connection, armed
	// lazily. idleAt is when the connection, idle since its last response,
	// times out (zero while a request is under way); the timer may fire
	// earlier than that and is then set again for the rest.
	idleAt    time.Time
	idleTimer *time.Timer
	idleArmed bool // the timer is set and its firing not yet handled
}

// waiter is a whenDrained callback and the feeds it waits for.
type waiter struct {
	fed uint64
	cb  goja.Value
}

// loadBinding builds internal/http_parser: maxHeaderSize, insecureHTTPParser
// (--insecure-http-parser), and createParser(isResponse, maxHeaderSize,
// handlers, socket, lenient), which returns the parser object documented in
// lib/common.js. When socket is a gonode net.Socket the parser reads its
// connection directly (parser.taken); otherwise JavaScript feeds it the
// socket's data.
func loadBinding(rt *runtime.Runtime, module *goja.Object) error {
	exports := rt.VM().NewObject()
	// maxHeaderSize is http.maxHeaderSize: 16 KiB unless
	// --max-http-header-size says otherwise.
	maxHeaderSize := int64(16 << 10)
	if v, ok := rt.OptionValue("--max-http-header-size"); ok {
		n, err := strconv.ParseInt(v, 10, 64)
		if err != nil || n < 0 {
			return fmt.Errorf("--max-http-header-size: invalid value %q", v)
		}
		maxHeaderSize = n
	}
	if err := exports.Set("maxHeaderSize", maxHeaderSize); err != nil {
		return err
	}
	if err := exports.Set("insecureHTTPParser", rt.HasFlag("--insecure-http-parser")); err != nil {
		return err
	}
	kit := &serverKit{rt: rt, observers: perfhooks.ObserversOf(rt)}
	if err := exports.Set("createParser", func(call goja.FunctionCall) goja.Value {
		return newParser(rt, kit, call)
	}); err != nil {
		return err
	}
	// writeHead(STATUS_CODES, writeHeadJS, storeHeader) is
	// ServerResponse.prototype.writeHead: the head rendered in Go, or
	// writeHeadJS (head.go).
	if err := exports.Set("writeHead", func(call goja.FunctionCall) goja.Value {
		vm := rt.VM()
		texts, _ := call.Argument(0).(*goja.Object)
		slow, ok := goja.AssertFunction(call.Argument(1))
		if texts == nil || !ok {
			panic(vm.NewTypeError("writeHead: STATUS_CODES and writeHeadJS are required"))
		}
		kit.heads = newHeadRenderer(vm, texts, kit)
		return kit.heads.writeHeadFunc(rt, slow, call.Argument(2))
	}); err != nil {
		return err
	}
	// fastResponses(options) lets server parsers end responses in Go
	// (fastend.go).
	if err := exports.Set("fastResponses", kit.fastResponses); err != nil {
		return err
	}
	// errnoException(status, syscall) is the system error of a failed
	// handle operation (status is a negative errno, as libuv reports).
	if err := exports.Set("errnoException", func(status int, syscallName string) *goja.Object {
		return rt.NewSystemError(syscall.Errno(-status), syscallName, runtime.SysErrorExtra{})
	}); err != nil {
		return err
	}
	return module.Set("exports", exports)
}

func newParser(rt *runtime.Runtime, kit *serverKit, call goja.FunctionCall) goja.Value {
	vm := rt.VM()
	handlers := call.Argument(2).ToObject(vm)
	isResponse, maxHeaderSize := call.Argument(0).ToBoolean(), int(call.Argument(1).ToInteger())
	asyncType := "HTTPINCOMINGMESSAGE"
	if isResponse {
		asyncType = "HTTPCLIENTREQUEST"
	}
	p := &parser{
		rt:      rt,
		kit:     kit,
		ctx:     rt.CaptureContext(asyncType, nil),
		onHead:  handlers.Get("onHead"),
		onBody:  handlers.Get("onBody"),
		onEnd:   handlers.Get("onEnd"),
		onError: handlers.Get("onError"),
		onEOF:   handlers.Get("onEOF"),
		onDrain: handlers.Get("onDrain"),
		onIdle:  handlers.Get("onIdle"),
		this:    handlers,
	}
	if onRequest := handlers.Get("onRequest"); onRequest != nil && !goja.IsUndefined(onRequest) {
		p.onRequest = onRequest
		p.serveFn = func() { kit.serve(p, p.serving) }
	}
	p.runBatchFn = p.runBatch
	p.sync.cond.L = &p.sync.mu
	var src io.Reader
	if socket, ok := call.Argument(3).(*goja.Object); ok {
		if taken, release, ok := netmod.TakeReader(rt, socket); ok {
			p.src, p.release = &source{r: taken}, release
			src = p.src
		}
		if !isResponse {
			p.conn = newConn(rt, socket)
		}
		if p.conn != nil {
			kit.addParser(p)
		}
	}
	if src == nil {
		p.usePipe()
		src = p.pipe
	}
	p.s = newMsgStream(src, isResponse, maxHeaderSize, p.deliver)
	p.s.lenient = call.Argument(4).ToBoolean()
	if !isResponse {
		// As node's, a server connection counts as receiving from the
		// start: not idle (closeIdleConnections spares it) and under
		// headersTimeout until its first head arrives.
		p.s.headStart.Store(time.Now().UnixMilli())
	}
	p.s.pipe.Store(p.pipe)
	p.s.onStall = func() {
		p.readerWaits()
		rt.Post(p.stalled)
	}
	p.s.onWait = p.readerWaits
	if p.src != nil {
		// The reader starts in the loop's pending phase, once the
		// listeners of the socket's 'connection' (or 'socket') event have
		// run: one that takes the socket's bytes for itself (untake) gets
		// them all, as with node, whose parser reads nothing in the turn
		// it is attached.
		rt.Pending(p.startReader)
	} else {
		p.startReader()
	}
	p.obj = kit.parserClass().Wrap(p)
	_ = p.obj.Set("taken", p.pipe == nil)
	return p.obj
}

// parserClass is the class of the parsers' JavaScript objects, made at the
// first parser: their methods are on its prototype, not made per parser.
func (k *serverKit) parserClass() *jsclass.Class[*parser] {
	if k.parserJS != nil {
		return k.parserJS
	}
	rt := k.rt
	c := jsclass.New(rt, "HTTPParser", func(*goja.Object) *parser { return nil })
	noResult := func(fn func(p *parser)) func(*parser, goja.FunctionCall) goja.Value {
		return func(p *parser, _ goja.FunctionCall) goja.Value {
			fn(p)
			return goja.Undefined()
		}
	}
	c.Method("feed", (*parser).feed)
	c.Method("untake", noResult((*parser).untake))
	c.Method("finish", noResult(func(p *parser) {
		if p.pipe != nil {
			p.handle.Ref()
			p.pipe.finish()
		}
	}))
	c.Method("consumed", noResult(func(p *parser) { p.s.consumed() }))
	c.Method("decide", (*parser).decide)
	c.Method("expect", func(p *parser, call goja.FunctionCall) goja.Value {
		p.s.expect(call.Argument(0).String())
		return goja.Undefined()
	})
	c.Method("pause", noResult(func(p *parser) { p.s.setPaused(true) }))
	c.Method("resume", noResult(func(p *parser) { p.s.setPaused(false) }))
	c.Method("whenDrained", func(p *parser, call goja.FunctionCall) goja.Value {
		p.whenDrained(call.Argument(0))
		return goja.Undefined()
	})
	c.Method("headStart", func(p *parser, _ goja.FunctionCall) goja.Value {
		return rt.VM().ToValue(p.s.headStart.Load())
	})
	c.Method("busy", func(p *parser, _ goja.FunctionCall) goja.Value {
		return rt.VM().ToValue(p.busy())
	})
	c.Method("idle", func(p *parser, call goja.FunctionCall) goja.Value {
		p.idle(time.Duration(call.Argument(0).ToInteger()) * time.Millisecond)
		return goja.Undefined()
	})
	c.Method("close", noResult((*parser).close))
	// free does nothing: node calls it on a parser returned to its free
	// list (freeParser), which close has done for this one.
	c.Method("free", noResult(func(*parser) {}))
	k.parserJS = c
	return c
}

// busy reports whether a message has begun arriving that JavaScript has
// not been given yet: its head is being read, or was read and is on its
// way to the loop, or its bytes wait to be read. node's parser reads and
// hands a head over in the turn its bytes are seen; here the reader's
// goroutine and the loop come in between, so a connection is idle (between
// messages, nothing read) only when nothing is on its way.
func (p *parser) busy() bool {
	return p.s.headStart.Load() != 0 || p.s.heads.Load() > p.headsSeen || (p.src != nil && p.src.unread())
}

// usePipe makes the parser read the bytes JavaScript feeds it.
func (p *parser) usePipe() {
	rt := p.rt
	p.handle = rt.NewHandle("HTTPParser")
	p.handle.Unref()
	var pipe *feedPipe
	pipe = newFeedPipe(
		func() { rt.Post(p.drained) },
		func(fed uint64) {
			p.pipeIdle(pipe, fed)
			rt.Post(func() { p.idleCheck(fed) })
		},
	)
	p.pipe = pipe
}

// untake turns a parser that reads its socket directly into one fed from
// JavaScript, as node's parser stops consuming the socket's handle when a
// 'data' or 'readable' listener is added (or data is fed): the socket
// emits 'data' again, for every listener, the parser's included. Bytes
// the reader took already stay with it.
func (p *parser) untake() {
	if p.src == nil || p.pipe != nil || p.closed || p.done {
		return
	}
	p.usePipe()
	p.s.pipe.Store(p.pipe)
	p.src.switchTo(p.pipe)
	p.release(nil, nil)
	_ = p.obj.Set("taken", false)
}

// startReader starts the reader goroutine (loop goroutine).
func (p *parser) startReader() {
	p.sync.started = true
	go p.read()
}

// read runs the reader on its goroutine. A socket read directly goes back
// to net when the reader stops: at its end (net then emits 'end'), with its
// read error, or as it was (after an upgrade, a parse error or close).
func (p *parser) read() {
	_, err := p.s.run()
	p.readerExited()
	p.s.recycle()
	if p.release != nil {
		switch {
		case err == io.EOF && p.postedMessages.Load() > 0:
			// The end read behind a message still to be delivered goes to
			// net on a later turn of the loop than the message, as libuv
			// reads an end behind data on its next turn: what the message's
			// handlers schedule for this turn (an immediate answering a
			// request that came with the client's FIN) runs first.
			p.rt.Post(func() { p.release(nil, io.EOF) })
		case err == io.EOF:
			p.release(nil, io.EOF)
		case errors.Is(err, errStopped):
		case err != nil && !isParseError(err):
			p.release(nil, err)
		default:
			p.release(nil, nil)
		}
	}
	p.rt.Post(p.ended)
}

func isParseError(err error) bool {
	var pe *parseError
	return errors.As(err, &pe)
}

// feed hands the reader a chunk of the socket's data. It returns false when
// the socket should pause until onDrain.
func (p *parser) feed(call goja.FunctionCall) goja.Value {
	if p.closed || p.done {
		return p.rt.VM().ToValue(true)
	}
	p.untake()
	o, ok := call.Argument(0).(*goja.Object)
	if !ok {
		panic(p.rt.VM().NewTypeError("feed: expected a Buffer"))
	}
	p.handle.Ref()
	return p.rt.VM().ToValue(p.feedSync(runtime.BytesOf(p.rt.VM(), o)))
}

// decide answers an upgrade head: take = the caller owns the socket from
// now on. Taking returns the bytes fed after the head was offered (to put
// back on the socket), or undefined.
func (p *parser) decide(call goja.FunctionCall) goja.Value {
	take := call.Argument(0).ToBoolean()
	var left []byte
	if take && p.pipe != nil {
		left = p.pipe.drain()
	}
	p.s.decide(take)
	if take {
		p.close()
	}
	if len(left) == 0 {
		return goja.Undefined()
	}
	return p.buffer(left)
}

// close stops the reader and drops what it has not delivered yet.
func (p *parser) close() {
	if p.closed {
		return
	}
	p.closed = true
	p.rt.DestroyContext(p.ctx)
	p.kit.removeParser(p)
	if p.idleTimer != nil {
		p.idleTimer.Stop()
	}
	p.s.stop()
	if p.pipe != nil {
		p.pipe.close()
		p.handle.Close()
	} else {
		// Unblocks the reader; a reader stopped by an upgrade released
		// already (release runs once).
		p.release(nil, nil)
	}
	p.wake(^uint64(0))
}

// whenDrained calls cb once the reader has delivered what was fed so far
// (or can go no further), so that the socket's own events ('close',
// 'error') do not overtake messages still being parsed.
func (p *parser) whenDrained(cb goja.Value) {
	if p.closed || p.done {
		// Everything the reader found was delivered: run cb now, as node
		// does what waits for its synchronous parser.
		p.rt.CallIn(p.ctx, cb, goja.Undefined())
		return
	}
	if p.pipe == nil && p.posted.Load() == 0 {
		// The reader reads the socket itself and has handed over all it
		// found: an error or close it meets comes after that, and one that
		// comes from here (a destroy) ends the socket as it is, as node's
		// closed handle reads no more.
		p.rt.CallIn(p.ctx, cb, goja.Undefined())
		return
	}
	if p.pipe == nil || p.s.stalled.Load() || p.pipe.readerIdle() {
		// Whatever the reader found is posted already.
		p.rt.Post(func() { p.rt.CallIn(p.ctx, cb, goja.Undefined()) })
		return
	}
	p.waiters = append(p.waiters, waiter{fed: p.pipe.fedCount(), cb: cb})
}

// idle starts the keep-alive timeout: unless a request starts within d,
// onIdle is called (the server then acts as on the socket's 'timeout').
// It stands in for a socket timeout set after every response, which costs
// a JavaScript timer per request; the timer here is set once per idle spell
// at most and never keeps the process alive.
func (p *parser) idle(d time.Duration) {
	if p.closed || d <= 0 {
		return
	}
	p.idleAt = time.Now().Add(d)
	switch {
	case p.idleTimer == nil:
		p.idleTimer = time.AfterFunc(d, func() { p.rt.Post(p.idleFired) })
	case !p.idleArmed:
		p.idleTimer.Reset(d)
	default:
		return // the firing sets the timer again for the rest
	}
	p.idleArmed = true
}

// idleFired runs on the loop when the idle timer went off.
func (p *parser) idleFired() {
	p.idleArmed = false
	if p.closed || p.idleAt.IsZero() {
		return
	}
	if rest := time.Until(p.idleAt); rest > 0 {
		p.idleTimer.Reset(rest)
		p.idleArmed = true
		return
	}
	p.idleAt = time.Time{}
	if p.busy() {
		// A request is arriving (headersTimeout watches it now), or
		// waiting for the loop.
		return
	}
	p.rt.CallIn(p.ctx, p.onIdle, p.this)
}

// wake runs the waiters whose feeds have been consumed.
func (p *parser) wake(fed uint64) {
	kept := p.waiters[:0]
	var ready []goja.Value
	for _, w := range p.waiters {
		if w.fed <= fed {
			ready = append(ready, w.cb)
		} else {
			kept = append(kept, w)
		}
	}
	p.waiters = kept
	for _, cb := range ready {
		p.rt.CallIn(p.ctx, cb, goja.Undefined())
	}
}

// stalled runs on the loop when the reader waits for body credits: nothing
// more can come until JavaScript reads, so waiters need not wait.
func (p *parser) stalled() { p.wake(^uint64(0)) }

// ended runs on the loop once the reader returned.
func (p *parser) ended() {
	p.done = true
	if p.handle != nil {
		p.handle.Close()
	}
	p.wake(^uint64(0))
}

// drained runs on the loop once the pipe has room again.
func (p *parser) drained() {
	if !p.closed {
		p.rt.CallIn(p.ctx, p.onDrain, p.this)
	}
}

// idleCheck runs on the loop when the reader went idle after fed feeds: if
// nothing was fed since, everything it found was delivered before this, and
// the parser no longer keeps the process alive.
func (p *parser) idleCheck(fed uint64) {
	if p.pipe.idleSince(fed) {
		p.handle.Unref()
	}
	p.wake(fed)
}

// deliver runs on the reader goroutine: it hands a batch to the loop, or
// to a feed waiting for the reader.
func (p *parser) deliver(batch []event) {
	f := &p.sync
	f.mu.Lock()
	defer f.mu.Unlock()
	if f.on {
		// A feed waits for the reader: it delivers the batch (syncfeed.go).
		f.batches = append(f.batches, batch)
		return
	}
	// (Counted under the lock, for a feed to see.)
	p.posted.Add(1)
	message := len(batch) > 1 || len(batch) == 1 && batch[0].kind != evEOF
	if message {
		p.postedMessages.Add(1)
	}
	p.rt.Post(func() {
		p.posted.Add(-1)
		if message {
			p.postedMessages.Add(-1)
		}
		p.dispatch(batch)
	})
}

// dispatch delivers a batch to JavaScript as one macrotask, as node's parser
// runs every callback for one read before the nextTick queue: a response
// ended in a 'request' handler has not finished when a parse error later
// in the same read is reported. A server's parser differs in one point:
// node's reads the socket itself and runs the nextTick queue after each
// body piece it hands over (not after heads or message ends), so a request
// emits its 'data' before the next pipelined request's 'request'.
func (p *parser) dispatch(batch []event) {
	if p.closed {
		return
	}
	p.idleAt = time.Time{} // the peer is active
	for i := range batch {
		if batch[i].kind == evHead {
			p.headsSeen++
		}
	}
	start := 0
	for i := 0; i < len(batch)-1 && !p.s.isResponse; i++ {
		ev := &batch[i]
		if len(ev.data) == 0 {
			continue
		}
		if ev.kind != evHead || !ev.complete {
			p.run(batch[start : i+1])
			start = i + 1
			continue
		}
		// A head with its whole body: the body goes out with the head,
		// the message's end after the nextTick queue ran.
		ev.complete = false
		p.run(batch[start : i+1])
		batch[i] = event{kind: evEnd}
		start = i
	}
	p.run(batch[start:])
}

// run delivers events as one macrotask.
func (p *parser) run(events []event) {
	if p.closed {
		return
	}
	if len(events) == 1 {
		// One event (the usual request): its handler is the macrotask.
		if ev := &events[0]; p.takesRequest(ev) {
			p.serving = ev.head
			p.rt.CallGoIn(p.ctx, p.serveFn)
			p.serving = nil
			return
		}
		fn, this, args := p.handlerOf(&events[0])
		p.rt.CallIn(p.ctx, fn, this, args...)
		return
	}
	p.batch = events
	p.rt.CallGoIn(p.ctx, p.runBatchFn)
	p.batch = nil
}

// runBatch calls the JavaScript handlers for the events of p.batch.
func (p *parser) runBatch() {
	for i := range p.batch {
		if p.closed && !p.batch[i].afterMessage {
			return
		}
		if ev := &p.batch[i]; p.takesRequest(ev) {
			p.kit.serve(p, ev.head)
			continue
		}
		fn, this, args := p.handlerOf(&p.batch[i])
		p.rt.CallIn(p.ctx, fn, this, args...)
	}
}

// takesRequest reports whether ev is a plain request (see plainRequest)
// and the handlers take those with onRequest.
func (p *parser) takesRequest(ev *event) bool {
	return ev.kind == evHead && p.onRequest != nil && ev.complete && len(ev.data) == 0 && ev.head.plainRequest()
}

// handlerOf is the handler of ev, its this and its arguments.
func (p *parser) handlerOf(ev *event) (fn, this goja.Value, args []goja.Value) {
	vm := p.rt.VM()
	switch ev.kind {
	case evHead:
		h := ev.head
		body, rest := goja.Undefined(), goja.Undefined()
		if len(ev.data) > 0 {
			body = p.buffer(ev.data)
		}
		if h.upgrade {
			rest = p.buffer(ev.rest)
		}
		return p.onHead, p.this, []goja.Value{
			p.str(0, h.method), p.str(1, h.url),
			vm.ToValue(h.major), vm.ToValue(h.minor),
			p.rawHeaders(h), vm.ToValue(h.keepAlive), vm.ToValue(h.upgrade),
			vm.ToValue(h.statusCode), vm.ToValue(h.statusMessage),
			body, vm.ToValue(ev.complete), rest, vm.ToValue(h.seen()),
		}
	case evBody:
		return p.onBody, p.this, []goja.Value{p.buffer(ev.data)}
	case evEnd:
		return p.onEnd, p.this, []goja.Value{p.strings(ev.raw)}
	case evError:
		e := ev.err
		packet := goja.Undefined()
		if e.packet != nil {
			packet = p.buffer(e.packet)
		}
		return p.onError, p.this, []goja.Value{vm.ToValue(e.code), vm.ToValue(e.reason),
			vm.ToValue(e.bytesParsed), packet}
	default: // evEOF
		return p.onEOF, p.this, []goja.Value{vm.ToValue(ev.midMessage)}
	}
}

// Bits of the last argument of onHead: which of the headers the server
// looks at a request has (as of lib/server.js).
const (
	seenHost   = 1
	seenExpect = 2
)

// plainRequest reports whether h is a request onRequest takes: HTTP/1.1,
// not an upgrade, with a Host header and no Expect, not HEAD.
func (h *head) plainRequest() bool {
	return h.major == 1 && h.minor == 1 && !h.upgrade && h.hasHost && !h.hasExpect && h.method != "HEAD"
}

// rawHeaders is h's raw headers as a new JavaScript array.
func (p *parser) rawHeaders(h *head) goja.Value {
	vals := make([]any, len(h.raw))
	for i, s := range h.raw {
		vals[i] = p.str(2+i, s)
	}
	return p.rt.VM().NewArray(vals...)
}

func (h *head) seen() int {
	n := 0
	if h.hasHost {
		n |= seenHost
	}
	if h.hasExpect {
		n |= seenExpect
	}
	return n
}

// str is s as a JavaScript string: the one made for the same string at
// the same position i of the last head (the method, the url, then the raw
// headers), as a connection's requests tend to repeat their heads.
func (p *parser) str(i int, s string) goja.Value {
	if i < len(p.last) && p.last[i].s == s {
		return p.last[i].v
	}
	v := p.rt.VM().ToValue(s)
	if i < maxCachedStrings {
		if i >= len(p.last) {
			p.last = append(p.last, make([]cachedString, i+1-len(p.last))...)
		}
		p.last[i] = cachedString{s, v}
	}
	return v
}

// maxCachedStrings bounds the strings str keeps per connection.
const maxCachedStrings = 64

type cachedString struct {
	s string
	v goja.Value
}

func (p *parser) strings(list []string) goja.Value {
	vals := make([]any, len(list))
	for i, s := range list {
		vals[i] = s
	}
	return p.rt.VM().NewArray(vals...)
}

func (p *parser) buffer(data []byte) goja.Value {
	b, err := buffer.New(p.rt, data)
	if err != nil {
		panic(p.rt.VM().NewGoError(err))
	}
	return b
}
