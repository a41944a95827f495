// Package webstreams implements node's 'stream/web' core module: the WHATWG
// Streams API (ReadableStream with default and byte controllers, BYOB
// readers, tee, pipeTo and pipeThrough, async iteration and
// ReadableStream.from; WritableStream; TransformStream; the queuing
// strategies; TextEncoderStream and TextDecoderStream; CompressionStream and
// DecompressionStream over zlib) and the globals node 20 has for it. The
// algorithms are the spec's, in embedded JavaScript, in the order node's
// implementation runs them, so promise callbacks settle in node's order. The
// Go binding internal/webstreams transfers (detaches) ArrayBuffers, which
// the byte streams need and goja's JavaScript cannot do.
package webstreams

import (
	_ "embed"

	"github.com/dop251/goja"
	"github.com/gonode/gonode/modules/buffer"
	"github.com/gonode/gonode/modules/util"
	"github.com/gonode/gonode/modules/zlib"
	"github.com/gonode/gonode/runtime"
)

var (
	//go:embed util.js
	utilSource string
	//go:embed readablestream.js
	readableSource string
	//go:embed writablestream.js
	writableSource string
	//go:embed transformstream.js
	transformSource string
	//go:embed queuingstrategies.js
	strategiesSource string
	//go:embed encoding.js
	encodingSource string
	//go:embed compression.js
	compressionSource string
	//go:embed web.js
	webSource string
)

// Modules are stream/web, the internal modules it is built from, and its
// classes as lazy globals (none enumerable, as in node); modules/all
// registers them.
var Modules = runtime.ModuleSet{
	Needs: []*runtime.ModuleSet{&buffer.Modules, &util.Modules, &zlib.Modules},
	Core: []runtime.Module{
		{Name: "internal/webstreams/binding", Load: loadBinding},
		{Name: "internal/webstreams/util", Source: &utilSource},
		{Name: "internal/webstreams/readablestream", Source: &readableSource},
		{Name: "internal/webstreams/writablestream", Source: &writableSource},
		{Name: "internal/webstreams/transformstream", Source: &transformSource},
		{Name: "internal/webstreams/queuingstrategies", Source: &strategiesSource},
		{Name: "internal/webstreams/encoding", Source: &encodingSource},
		{Name: "internal/webstreams/compression", Source: &compressionSource},
		{Name: "stream/web", Source: &webSource},
	},
	Globals: []runtime.Global{
		{Name: "ReadableStream", Module: "stream/web", Path: "ReadableStream"},
		{Name: "ReadableStreamDefaultReader", Module: "stream/web", Path: "ReadableStreamDefaultReader"},
		{Name: "ReadableStreamBYOBReader", Module: "stream/web", Path: "ReadableStreamBYOBReader"},
		{Name: "ReadableStreamBYOBRequest", Module: "stream/web", Path: "ReadableStreamBYOBRequest"},
		{Name: "ReadableByteStreamController", Module: "stream/web", Path: "ReadableByteStreamController"},
		{Name: "ReadableStreamDefaultController", Module: "stream/web", Path: "ReadableStreamDefaultController"},
		{Name: "TransformStream", Module: "stream/web", Path: "TransformStream"},
		{Name: "TransformStreamDefaultController", Module: "stream/web", Path: "TransformStreamDefaultController"},
		{Name: "WritableStream", Module: "stream/web", Path: "WritableStream"},
		{Name: "WritableStreamDefaultWriter", Module: "stream/web", Path: "WritableStreamDefaultWriter"},
		{Name: "WritableStreamDefaultController", Module: "stream/web", Path: "WritableStreamDefaultController"},
		{Name: "ByteLengthQueuingStrategy", Module: "stream/web", Path: "ByteLengthQueuingStrategy"},
		{Name: "CountQueuingStrategy", Module: "stream/web", Path: "CountQueuingStrategy"},
		{Name: "TextEncoderStream", Module: "stream/web", Path: "TextEncoderStream"},
		{Name: "TextDecoderStream", Module: "stream/web", Path: "TextDecoderStream"},
		{Name: "CompressionStream", Module: "stream/web", Path: "CompressionStream"},
		{Name: "DecompressionStream", Module: "stream/web", Path: "DecompressionStream"},
	},
}

// loadBinding is internal/webstreams/binding: transfer(buffer) moves an
// ArrayBuffer's bytes to a new ArrayBuffer and detaches it, as the spec's
// TransferArrayBuffer does; isDetached(buffer) tells whether it was.
func loadBinding(rt *runtime.Runtime, module *goja.Object) error {
	vm := rt.VM()
	arrayBuffer := func(v goja.Value) goja.ArrayBuffer {
		ab, ok := v.Export().(goja.ArrayBuffer)
		if !ok {
			panic(vm.NewTypeError("not an ArrayBuffer"))
		}
		return ab
	}
	o := vm.NewObject()
	if err := o.Set("transfer", func(call goja.FunctionCall) goja.Value {
		ab := arrayBuffer(call.Argument(0))
		if ab.Detached() {
			panic(vm.NewTypeError("Cannot transfer a detached ArrayBuffer"))
		}
		data := ab.Bytes()
		ab.Detach()
		return vm.ToValue(vm.NewArrayBuffer(data))
	}); err != nil {
		return err
	}
	if err := o.Set("isDetached", func(call goja.FunctionCall) goja.Value {
		return vm.ToValue(arrayBuffer(call.Argument(0)).Detached())
	}); err != nil {
		return err
	}
	return module.Set("exports", o)
}
