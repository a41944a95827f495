package http

import (
	"github.com/dop251/goja"
	"github.com/gonode/gonode/modules/buffer"
	"github.com/gonode/gonode/runtime"
)

// parser is the JavaScript face of one connection's msgStream: lib/common.js
// attaches one to each HTTP socket. Its methods run on the loop goroutine.
type parser struct {
	rt      *runtime.Runtime
	s       *msgStream
	pipe    *feedPipe       // the socket's bytes as fed from JavaScript
	handle  *runtime.Handle // ref'd while fed bytes wait for the reader
	this    goja.Value
	onHead  goja.Value
	onBody  goja.Value
	onEnd   goja.Value
	onError goja.Value
	onEOF   goja.Value
	onDrain goja.Value
	closed  bool
	done    bool // the reader returned: feeding is pointless
}

// loadBinding builds internal/http_parser: createParser(isResponse,
// maxHeaderSize, maxHeaderPairs, handlers) returns the parser object
// documented in lib/common.js.
func loadBinding(rt *runtime.Runtime, module *goja.Object) error {
	exports := rt.VM().NewObject()
	if err := exports.Set("createParser", func(call goja.FunctionCall) goja.Value {
		return newParser(rt, call)
	}); err != nil {
		return err
	}
	return module.Set("exports", exports)
}

func newParser(rt *runtime.Runtime, call goja.FunctionCall) goja.Value {
	vm := rt.VM()
	handlers := call.Argument(3).ToObject(vm)
	p := &parser{
		rt:      rt,
		onHead:  handlers.Get("onHead"),
		onBody:  handlers.Get("onBody"),
		onEnd:   handlers.Get("onEnd"),
		onError: handlers.Get("onError"),
		onEOF:   handlers.Get("onEOF"),
		onDrain: handlers.Get("onDrain"),
		this:    handlers,
	}
	p.handle = rt.NewHandle("HTTPParser")
	p.handle.Unref()
	p.pipe = newFeedPipe(
		func() { rt.Post(p.drained) },
		func() { rt.Post(p.idleCheck) },
	)
	p.s = newMsgStream(p.pipe, call.Argument(0).ToBoolean(),
		int(call.Argument(1).ToInteger()), int(call.Argument(2).ToInteger())/2, p.deliver)
	p.s.pipe = p.pipe
	go func() {
		_, _ = p.s.run()
		rt.Post(p.ended)
	}()
	o := vm.NewObject()
	set := func(name string, fn func(goja.FunctionCall) goja.Value) {
		_ = o.Set(name, fn)
	}
	set("feed", p.feed)
	set("finish", func(goja.FunctionCall) goja.Value {
		p.handle.Ref()
		p.pipe.finish()
		return goja.Undefined()
	})
	set("consumed", func(goja.FunctionCall) goja.Value {
		p.s.consumed()
		return goja.Undefined()
	})
	set("decide", p.decide)
	set("expect", func(call goja.FunctionCall) goja.Value {
		p.s.expect(call.Argument(0).String())
		return goja.Undefined()
	})
	set("headStart", func(goja.FunctionCall) goja.Value {
		return rt.VM().ToValue(p.s.headStart.Load())
	})
	set("close", func(goja.FunctionCall) goja.Value {
		p.close()
		return goja.Undefined()
	})
	return o
}

// feed hands the reader a chunk of the socket's data. It returns false when
// the socket should pause until onDrain.
func (p *parser) feed(call goja.FunctionCall) goja.Value {
	if p.closed || p.done {
		return p.rt.VM().ToValue(true)
	}
	o, ok := call.Argument(0).(*goja.Object)
	if !ok {
		panic(p.rt.VM().NewTypeError("feed: expected a Buffer"))
	}
	p.handle.Ref()
	return p.rt.VM().ToValue(p.pipe.feed(runtime.BytesOf(p.rt.VM(), o)))
}

// decide answers an upgrade head: take = the caller owns the socket from
// now on. Taking returns the bytes fed after the head was offered (to put
// back on the socket), or undefined.
func (p *parser) decide(call goja.FunctionCall) goja.Value {
	take := call.Argument(0).ToBoolean()
	var left []byte
	if take {
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
	p.s.stop()
	p.pipe.close()
	p.handle.Close()
}

// ended runs on the loop once the reader returned.
func (p *parser) ended() {
	p.done = true
	p.handle.Close()
}

// drained runs on the loop once the pipe has room again.
func (p *parser) drained() {
	if !p.closed {
		p.rt.Call(p.onDrain, p.this)
	}
}

// idleCheck runs on the loop when the reader found the pipe empty: nothing
// fed waits any more, so the parser no longer keeps the process alive.
func (p *parser) idleCheck() {
	if p.pipe.idle() {
		p.handle.Unref()
	}
}

// deliver runs on the reader goroutine: it hands a batch to the loop.
func (p *parser) deliver(batch []event) {
	p.rt.Post(func() { p.dispatch(batch) })
}

// dispatch calls the JavaScript handlers for a batch of events.
func (p *parser) dispatch(batch []event) {
	vm := p.rt.VM()
	for i := range batch {
		if p.closed {
			return
		}
		ev := &batch[i]
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
			p.rt.Call(p.onHead, p.this,
				vm.ToValue(h.method), vm.ToValue(h.url),
				vm.ToValue(h.major), vm.ToValue(h.minor),
				p.strings(h.raw), vm.ToValue(h.keepAlive), vm.ToValue(h.upgrade),
				vm.ToValue(h.statusCode), vm.ToValue(h.statusMessage),
				body, vm.ToValue(ev.complete), rest)
		case evBody:
			p.rt.Call(p.onBody, p.this, p.buffer(ev.data))
		case evEnd:
			p.rt.Call(p.onEnd, p.this, p.strings(ev.raw))
		case evError:
			p.rt.Call(p.onError, p.this, vm.ToValue(ev.err.code), vm.ToValue(ev.err.reason))
		case evEOF:
			p.rt.Call(p.onEOF, p.this, vm.ToValue(ev.midMessage))
		}
	}
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
