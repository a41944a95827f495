package net

import (
	"github.com/dop251/goja"
	"github.com/gonode/gonode/runtime"
)

// A chunk read for a net.Socket goes to its 'data' listeners through the
// handle's onread and the stream's push(), which queues it or, when the
// socket flows with nothing queued, emits it and schedules a read(0) for the
// next tick. While the handle reads, that read(0) only marks a read in
// progress: _read() has nothing to start. onStreamRead does that common
// case in Go, leaving the stream's state as push() and the read(0) would:
// about 150 JavaScript operations fewer per chunk.

// onStreamRead is the handle's onread (this is the handle) for a chunk,
// when that onread is net.js's: it delivers the chunk itself if
// deliverFlowing can, and otherwise calls net.js's onread.
func (b *binding) onStreamRead(call goja.FunctionCall) goja.Value {
	c := b.classes
	if handle, ok := call.This.(*goja.Object); ok && len(call.Arguments) == 2 && b.deliverFlowing(c, handle, call.Arguments[1]) {
		return goja.Undefined()
	}
	return b.call(&b.calls.onread, c.onread, call.This, call.Arguments...)
}

// deliverFlowing emits chunk as 'data' on the socket of handle if the socket
// flows with nothing queued while its handle reads, and reports whether it
// did.
func (b *binding) deliverFlowing(c *netClasses, handle *goja.Object, chunk goja.Value) bool {
	src, ok := handle.GetSymbol(c.kOwner).(*goja.Object)
	if !ok || !sameValue(c.get(handle, "reading"), c.tru) || !sameValue(c.get(src, "_read"), c.read) {
		return false
	}
	rs, ok := stateIs(src, "_readableState", flowingReadable, c)
	if !ok || !sameValue(rs.GetSymbol(c.kDataListening), c.tru) {
		return false
	}
	if !noTimeout(src, c) {
		b.call(&b.calls.unrefTimer, c.get(src, "_unrefTimer"), src)
	}
	c.set(rs, "reading", c.fals)
	c.set(rs, "awaitDrainWriters", goja.Null())
	c.set(rs, "dataEmitted", c.tru)
	b.call(&b.calls.emit, c.get(src, "emit"), src, c.data, chunk)
	// What the read(0) push() schedules does on an empty stream that is
	// not reading: a read is now in progress and 'readable' owed.
	if sameValue(c.get(rs, "reading"), c.fals) && sameValue(c.get(rs, "ended"), c.fals) &&
		sameValue(c.get(rs, "destroyed"), c.fals) && sameValue(c.get(rs, "errored"), goja.Null()) &&
		sameValue(c.get(rs, "length"), c.zero) &&
		(c.get(rs, "highWaterMark").ToFloat() > 0 || sameValue(c.get(rs, "flowing"), c.tru)) {
		c.set(rs, "reading", c.tru)
		c.set(rs, "needReadable", c.tru)
		return true
	}
	b.call(&b.calls.afterFlowingData, c.afterFlowingData, goja.Undefined(), handle, src, rs)
	return true
}

// shortcutCalls remember the functions the read and write shortcuts call
// (each Callable goja makes costs an allocation).
type shortcutCalls struct {
	onread, unrefTimer, emit, afterFlowingData, duplexWrite, writeRest runtime.CallableCache
}

// call calls fn, remembered in cache, from a native function: an exception
// propagates to the JavaScript that called it.
func (b *binding) call(cache *runtime.CallableCache, fn, this goja.Value, args ...goja.Value) goja.Value {
	f, ok := cache.Of(fn)
	if !ok {
		panic(b.vm.NewTypeError("%s is not a function", fn))
	}
	v, err := f(this, args...)
	if err != nil {
		b.rt.Rethrow(err)
	}
	return v
}
