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
	return b.rt.CallFrom(&b.calls.onread, c.onread, call.This, call.Arguments...)
}

// deliverFlowing emits chunk as 'data' on the socket of handle if the socket
// flows with nothing queued while its handle reads, and reports whether it
// did.
func (b *binding) deliverFlowing(c *netClasses, handle *goja.Object, chunk goja.Value) bool {
	src, ok := c.store.GetSymbol(handle, c.kOwner).(*goja.Object)
	if !ok || !sameValue(c.store.Get(handle, "reading"), c.tru) || !sameValue(c.store.Get(src, "_read"), c.read) {
		return false
	}
	rs, ok := stateIs(src, "_readableState", c, flowingReadable)
	if !ok || !sameValue(c.store.GetSymbol(rs, c.kDataListening), c.tru) {
		return false
	}
	if !noTimeout(src, c) {
		b.rt.CallFrom(&b.calls.unrefTimer, c.store.Get(src, "_unrefTimer"), src)
	}
	c.store.Set(rs, "reading", c.fals)
	c.store.Set(rs, "awaitDrainWriters", goja.Null())
	c.store.Set(rs, "dataEmitted", c.tru)
	b.rt.Emit(&b.calls.emit, c.store.Get(src, "emit"), src, c.data, chunk)
	// What the read(0) push() schedules does on an empty stream that is
	// not reading: a read is now in progress and 'readable' owed.
	if sameValue(c.store.Get(rs, "reading"), c.fals) && sameValue(c.store.Get(rs, "ended"), c.fals) &&
		sameValue(c.store.Get(rs, "destroyed"), c.fals) && sameValue(c.store.Get(rs, "errored"), goja.Null()) &&
		sameValue(c.store.Get(rs, "length"), c.zero) &&
		(positive(c.store.Get(rs, "highWaterMark")) || sameValue(c.store.Get(rs, "flowing"), c.tru)) {
		c.store.Set(rs, "reading", c.tru)
		c.store.Set(rs, "needReadable", c.tru)
		return true
	}
	b.rt.CallFrom(&b.calls.afterFlowingData, c.afterFlowingData, goja.Undefined(), handle, src, rs)
	return true
}

// shortcutCalls remember the functions the read and write shortcuts call
// (each Callable goja makes costs an allocation).
type shortcutCalls struct {
	onread, unrefTimer, emit, afterFlowingData, duplexWrite, writeRest runtime.CallableCache
}

// positive is v > 0, for a value that may be missing (nil).
func positive(v goja.Value) bool {
	return v != nil && v.ToFloat() > 0
}
