package net

import (
	"github.com/dop251/goja"
	"github.com/gonode/gonode/internal/nativefunc"
)

// Socket.prototype.write goes through Writable's write, writeOrBuffer,
// _write and the handle's writeBuffer, and sets and clears the stream's
// writing state around a write the kernel usually takes whole at once. For
// a socket that is connected and writing nothing else, write(chunk) without
// a callback goes straight to the handle instead; only what the kernel does
// not take goes the long way.

// newWriteSocket returns Socket.prototype.write, shaped as node's (which is
// Writable's): no name, length 3.
func (b *binding) newWriteSocket() *goja.Object {
	fn := nativefunc.Named(b.vm, "", 3, b.writeSocket)
	return fn
}

// writeSocket is Socket.prototype.write(chunk[, encoding][, cb]).
func (b *binding) writeSocket(call goja.FunctionCall) goja.Value {
	c := b.classes
	if c == nil {
		panic(b.vm.NewTypeError("net is not loaded"))
	}
	if self, ok := call.This.(*goja.Object); ok && goja.IsUndefined(call.Argument(1)) && goja.IsUndefined(call.Argument(2)) {
		if r := b.tryWriteAtOnce(c, self, call.Argument(0)); r != nil {
			return r
		}
	}
	return b.rt.CallFrom(&b.calls.duplexWrite, c.duplexWrite, call.This, call.Arguments...)
}

// jsTryWriteAtOnce(socket, chunk) is tryWriteAtOnce for net.js (end(data)):
// undefined when the shortcut does not apply.
func (b *binding) jsTryWriteAtOnce(call goja.FunctionCall) goja.Value {
	self, ok := call.Argument(0).(*goja.Object)
	if c := b.classes; ok && c != nil {
		if r := b.tryWriteAtOnce(c, self, call.Argument(1)); r != nil {
			return r
		}
	}
	return goja.Undefined()
}

// tryWriteAtOnce has the handle of self write chunk at once, if self is
// connected and writing nothing else, and returns what write(chunk) returns;
// it returns nil, having done nothing, when the shortcut does not apply.
func (b *binding) tryWriteAtOnce(c *netClasses, self *goja.Object, chunk goja.Value) goja.Value {
	w := b.wrapOf(c.store.Get(self, "_handle"))
	if w == nil {
		return nil
	}
	ws, ok := stateIs(self, "_writableState", c, freeWritable)
	if !ok || !sameValue(c.store.Get(self, "connecting"), c.fals) || !sameValue(c.store.Get(self, "_write"), c.write) ||
		!noTimeout(self, c) {
		return nil
	}
	if _, isString := chunk.(goja.String); isString && !sameValue(c.store.Get(ws, "defaultEncoding"), c.utf8) {
		return nil
	}
	r := w.tryWrite(c.ownWriteDone, chunk)
	if r == notBytes {
		return nil
	}
	if sameValue(c.store.Get(ws, "sync"), c.tru) {
		c.store.Set(ws, "sync", c.fals)
	}
	if r == 0 {
		return c.tru
	}
	return b.rt.CallFrom(&b.calls.writeRest, c.writeRest, self, chunk, b.vm.ToValue(r))
}
