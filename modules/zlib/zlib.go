// Package zlib implements node's 'zlib' core module on Go's standard library
// (compress/flate with the gzip and zlib framing written here, hash/crc32,
// hash/adler32): the Deflate, Inflate, Gzip, Gunzip, DeflateRaw, InflateRaw
// and Unzip transform streams, their one-shot forms (deflate/deflateSync
// and so on), crc32, constants and codes, with node's option checks and
// errors. The Go binding is internal/zlib: one Engine per stream, fed a chunk
// at a time: on the loop for the Sync forms, on another goroutine for the
// streams and callback forms (as node uses its thread pool), each chunk's
// output at once. Compressed bytes differ from C zlib's; the formats are the
// same.
// Brotli (BrotliCompress, BrotliDecompress and their one-shot forms) runs on
// github.com/andybalholm/brotli, the reference encoder and decoder in Go
// (third_party/brotli).
package zlib

import (
	"bytes"
	_ "embed"
	"hash/crc32"
	"runtime"
	"sync"

	"github.com/dop251/goja"
	"github.com/gonode/gonode/internal/nativefunc"
	"github.com/gonode/gonode/modules/buffer"
	"github.com/gonode/gonode/modules/stream"
	"github.com/gonode/gonode/modules/util"
	gnruntime "github.com/gonode/gonode/runtime"
)

//go:embed zlib.js
var source string

// Modules are the zlib package's core modules; modules/all registers them.
var Modules = gnruntime.ModuleSet{
	Needs: []*gnruntime.ModuleSet{&buffer.Modules, &stream.Modules, &util.Modules},
	Core: []gnruntime.Module{
		{Name: "internal/zlib", Load: loadBinding},
		{Name: "zlib", Source: &source},
	}}

type binding struct {
	rt *gnruntime.Runtime
	vm *goja.Runtime
}

func loadBinding(rt *gnruntime.Runtime, module *goja.Object) error {
	b := &binding{rt: rt, vm: rt.VM()}
	o := b.vm.NewObject()
	fns := map[string]func(goja.FunctionCall) goja.Value{
		"create":     b.create,
		"write":      b.write,
		"writeAsync": b.writeAsync,
		"params":     b.params,
		"reset":      b.reset,
		"close":      b.close,
		"crc32":      b.crc32,
	}
	if err := nativefunc.SetAll(b.vm, o, fns); err != nil {
		return err
	}
	return module.Set("exports", o)
}

// bytesArg returns the bytes of a Uint8Array (zlib.js passes every view as
// one); nil for undefined.
func (b *binding) bytesArg(v goja.Value) []byte {
	if goja.IsUndefined(v) || goja.IsNull(v) {
		return nil
	}
	if p, ok := gnruntime.ViewBytes(b.vm, v); ok {
		return p
	}
	panic(b.vm.NewTypeError("internal/zlib: expected a Uint8Array"))
}

func (b *binding) handle(v goja.Value) *handle {
	h, ok := v.Export().(*handle)
	if !ok {
		panic(b.vm.NewTypeError("internal/zlib: not a zlib handle"))
	}
	return h
}

// create(mode, windowBits, level, strategy, dictionary) returns a handle.
func (b *binding) create(call goja.FunctionCall) goja.Value {
	o := Options{
		Mode:       int(call.Argument(0).ToInteger()),
		WindowBits: int(call.Argument(1).ToInteger()),
		Level:      int(call.Argument(2).ToInteger()),
		Strategy:   int(call.Argument(3).ToInteger()),
	}
	if d := b.bytesArg(call.Argument(4)); d != nil {
		o.Dictionary = append([]byte{}, d...)
	}
	return b.vm.ToValue(newHandle(NewEngine(o)))
}

// handle is what JS holds. A decompressor's coroutine refers to the
// decompressor but not to the handle, so a stream dropped without being
// ended or closed still has its coroutine stopped once the handle is
// collected. Its methods take turns: a write may be running on another
// goroutine (writeAsync) when the loop changes the params, resets or
// closes the stream; those wait for it, as node's binding defers a close
// until the write in progress is done.
type handle struct {
	mu sync.Mutex
	Engine
}

func newHandle(e Engine) *handle {
	h := &handle{Engine: e}
	if d, ok := e.(*decompressor); ok {
		runtime.AddCleanup(h, (*decompressor).Close, d)
	}
	return h
}

// Write is Engine.Write, in turn.
func (h *handle) Write(in []byte, flush int, last bool) ([]byte, int, *Error) {
	h.mu.Lock()
	defer h.mu.Unlock()
	return h.Engine.Write(in, flush, last)
}

// Params is Engine.Params, in turn.
func (h *handle) Params(level, strategy int) {
	h.mu.Lock()
	defer h.mu.Unlock()
	h.Engine.Params(level, strategy)
}

// Reset is Engine.Reset, in turn.
func (h *handle) Reset() {
	h.mu.Lock()
	defer h.mu.Unlock()
	h.Engine.Reset()
}

// Close is Engine.Close, in turn.
func (h *handle) Close() {
	h.mu.Lock()
	defer h.mu.Unlock()
	h.Engine.Close()
}

// write(handle, flush, chunk, last) returns [output, unconsumed] or, on
// failure, [null, unconsumed, message, errno, code].
func (b *binding) write(call goja.FunctionCall) goja.Value {
	out, rest, err := b.handle(call.Argument(0)).Write(b.bytesArg(call.Argument(2)), int(call.Argument(1).ToInteger()), call.Argument(3).ToBoolean())
	return b.result(out, rest, err)
}

// writeAsync(handle, flush, chunk, last, callback) is write run on another
// goroutine, as node runs zlib's work on its thread pool: callback gets
// write's result from the loop later. The chunk is copied first, since
// JavaScript may change its memory meanwhile.
func (b *binding) writeAsync(call goja.FunctionCall) goja.Value {
	h := b.handle(call.Argument(0))
	flush, last := int(call.Argument(1).ToInteger()), call.Argument(3).ToBoolean()
	in := bytes.Clone(b.bytesArg(call.Argument(2)))
	callback := call.Argument(4)
	b.rt.Async(func() func() {
		out, rest, err := h.Write(in, flush, last)
		return func() { b.rt.Call(callback, goja.Undefined(), b.result(out, rest, err)) }
	})
	return goja.Undefined()
}

// result is what write returns for an engine's output, unconsumed byte
// count and error.
func (b *binding) result(out []byte, rest int, err *Error) goja.Value {
	if err != nil {
		return b.vm.NewArray(goja.Null(), rest, err.Msg, err.Errno, err.Code())
	}
	if out == nil {
		out = []byte{}
	}
	buf, e2 := buffer.New(b.rt, out)
	if e2 != nil {
		b.rt.Rethrow(e2)
	}
	return b.vm.NewArray(buf, rest)
}

func (b *binding) params(call goja.FunctionCall) goja.Value {
	b.handle(call.Argument(0)).Params(int(call.Argument(1).ToInteger()), int(call.Argument(2).ToInteger()))
	return goja.Undefined()
}

func (b *binding) reset(call goja.FunctionCall) goja.Value {
	b.handle(call.Argument(0)).Reset()
	return goja.Undefined()
}

func (b *binding) close(call goja.FunctionCall) goja.Value {
	b.handle(call.Argument(0)).Close()
	return goja.Undefined()
}

// crc32(data, value) continues the CRC-32 value over data.
func (b *binding) crc32(call goja.FunctionCall) goja.Value {
	return b.vm.ToValue(crc32.Update(uint32(call.Argument(1).ToInteger()), crc32.IEEETable, b.bytesArg(call.Argument(0))))
}
