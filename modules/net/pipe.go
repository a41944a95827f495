package net

import (
	"github.com/dop251/goja"
	"github.com/gonode/gonode/internal/gojastore"
)

// A net.Socket piped into a net.Socket (src.pipe(dest), an echo server's
// socket.pipe(socket), a proxy) moves each chunk through a dozen JavaScript
// functions: the handle's onread, push, 'data', pipe's ondata, dest.write,
// the handle's write. When both streams are in their steady state (src
// flowing with nothing buffered and pipe's ondata its only 'data' listener;
// dest connected and writing nothing, no timeouts, no overridden methods),
// that whole path ends with the chunk written and no state changed anywhere,
// as long as the kernel takes all of it. So the handle writes the chunk to
// dest's descriptor itself, and only what the kernel does not take goes
// through JavaScript, as a chunk of its own.

// netClasses are the net.js functions and symbols the shortcuts compare
// with and call.
type netClasses struct {
	kOwner, kTimeout, kDataListening *goja.Symbol
	// onread is the socket handles' onread; read, write and writeMethod
	// are Socket.prototype._read, _write and write.
	onread, read, write, writeMethod goja.Value
	// afterFlowingData is what deliverFlowing leaves to net.js.
	afterFlowingData goja.Value
	// onStreamRead is the binding's own onread (deliverFlowing or onread).
	onStreamRead goja.Value
	// duplexWrite is Duplex's write, ownWriteDone the callback of a write
	// request made with the Writable's own callback, and writeRest what
	// tryWriteAtOnce leaves to net.js.
	duplexWrite, ownWriteDone, writeRest goja.Value
	tru, fals, zero, data, utf8          goja.Value
	// store reads and writes goja's property storage where it can.
	store *gojastore.Layout
}

// jsPipeTo(dest, ondata) tells the handle that its socket is piped into
// dest by the listener ondata.
func (w *wrap) jsPipeTo(call goja.FunctionCall) goja.Value {
	w.pipeDest, _ = call.Argument(0).(*goja.Object)
	w.pipeData = call.Argument(1)
	return goja.Undefined()
}

// pipeChunk writes what it can of chunk, read by w, to the socket w's
// socket is piped into, if the shortcut applies; it returns what is left.
func (w *wrap) pipeChunk(chunk []byte) []byte {
	c := w.b.classes
	if c == nil || !w.onread.SameAs(c.onread) {
		return chunk
	}
	src, ok := c.store.GetSymbol(w.obj, c.kOwner).(*goja.Object)
	if !ok || !w.sourceSteady(src) {
		return chunk
	}
	dw := w.b.wrapOf(w.pipeDest.Get("_handle"))
	if dw == nil || dw.closed || dw.stream == nil || !w.b.destIdle(w.pipeDest) {
		return chunk
	}
	n := dw.stream.TryWrite(chunk)
	dw.bytesWritten += int64(n)
	return chunk[n:]
}

// sourceSteady reports whether delivering a chunk to src, a flowing
// socket, would only call pipe's ondata and leave src's state as it is.
func (w *wrap) sourceSteady(src *goja.Object) bool {
	c := w.b.classes
	events, ok := c.store.Get(src, "_events").(*goja.Object)
	if !ok || !sameValue(c.store.Get(events, "data"), w.pipeData) || !sameValue(c.store.Get(w.obj, "reading"), c.tru) ||
		!sameValue(c.store.Get(src, "_read"), c.read) || !noTimeout(src, c) {
		return false
	}
	rs, ok := stateIs(src, "_readableState", c, flowingReadable, steadyReadable)
	if !ok {
		return false
	}
	pipes, ok := c.store.Get(rs, "pipes").(*goja.Object)
	return ok && sameValue(pipes.Get("length"), w.b.vm.ToValue(1)) && sameValue(pipes.Get("0"), w.pipeDest)
}

// destIdle reports whether dest.write(chunk) would go straight to dest's
// handle (Socket.prototype.write's shortcut).
func (b *binding) destIdle(dest *goja.Object) bool {
	c := b.classes
	if !sameValue(c.store.Get(dest, "write"), c.writeMethod) || !sameValue(c.store.Get(dest, "_write"), c.write) ||
		!sameValue(c.store.Get(dest, "connecting"), c.fals) || !noTimeout(dest, c) {
		return false
	}
	_, ok := stateIs(dest, "_writableState", c, freeWritable, idleWritable)
	return ok
}

// noTimeout reports whether s has no inactivity timer, nor a parent whose
// timer its activity refreshes.
func noTimeout(s *goja.Object, c *netClasses) bool {
	return sameValue(c.store.GetSymbol(s, c.kTimeout), goja.Null()) && sameValue(c.store.Get(s, "_parent"), goja.Null())
}

// stateIs returns o's stream state object o[key], and whether it has each
// of fields as wanted.
func stateIs(o *goja.Object, key string, c *netClasses, fieldLists ...[]stateField) (*goja.Object, bool) {
	st, ok := c.store.Get(o, key).(*goja.Object)
	if !ok {
		return nil, false
	}
	for _, fields := range fieldLists {
		for _, f := range fields {
			if !sameValue(c.store.Get(st, f.name), f.want(c)) {
				return nil, false
			}
		}
	}
	return st, true
}

// stateField is a stream state field and the value the shortcut needs.
type stateField struct {
	name string
	want func(c *netClasses) goja.Value
}

func wantTrue(c *netClasses) goja.Value  { return c.tru }
func wantFalse(c *netClasses) goja.Value { return c.fals }
func wantNull(*netClasses) goja.Value    { return goja.Null() }
func wantZero(c *netClasses) goja.Value  { return c.zero }

// flowingReadable: flowing outside a push, nothing buffered, no decoder,
// bytes, nothing ended or failed, constructed, and not several pipes
// waiting for 'drain' (multiAwaitDrain).
var flowingReadable = []stateField{
	{"flowing", wantTrue}, {"sync", wantFalse}, {"length", wantZero}, {"decoder", wantNull},
	{"objectMode", wantFalse}, {"ended", wantFalse}, {"destroyed", wantFalse}, {"errored", wantNull},
	{"constructed", wantTrue}, {"multiAwaitDrain", wantFalse},
}

// steadyReadable, with flowingReadable: a read in progress and 'readable'
// owed (so that the delivery leaves them so) and no pending drain.
var steadyReadable = []stateField{
	{"reading", wantTrue}, {"needReadable", wantTrue}, {"dataEmitted", wantTrue}, {"awaitDrainWriters", wantNull},
}

// freeWritable: writing nothing, not corked, ending or failed, as
// Socket.prototype.write's shortcut requires.
var freeWritable = []stateField{
	{"writing", wantFalse}, {"corked", wantZero}, {"ending", wantFalse}, {"destroyed", wantFalse},
	{"errored", wantNull},
}

// idleWritable, with freeWritable: outside a write.
var idleWritable = []stateField{{"sync", wantFalse}}

// sameValue is ===, for values that may be missing (nil).
func sameValue(v, want goja.Value) bool {
	return v != nil && v.StrictEquals(want)
}
