// Package stream implements Node's 'stream' and 'stream/promises' core
// modules (Readable, Writable, Duplex, Transform, PassThrough, pipeline,
// finished, ...) in embedded JavaScript, plus the internal/streams/* modules
// they are built from.
package stream

import (
	_ "embed"

	"github.com/gonode/gonode/modules/buffer"
	"github.com/gonode/gonode/modules/stringdecoder"
	"github.com/gonode/gonode/runtime"
)

// Modules are the stream package's core modules; modules/all registers
// them. They build their errors on buffer's internal/errors and decode text
// with string_decoder.
var Modules = runtime.ModuleSet{
	Needs: []*runtime.ModuleSet{&buffer.Modules, &stringdecoder.Modules},
	Core: []runtime.Module{
		{Name: "stream", Source: &streamSource},
		{Name: "stream/promises", Source: &promisesSource},
		{Name: "stream/consumers", Source: &consumersSource},
		{Name: "internal/streams/errors", Source: &errorsSource},
		{Name: "internal/streams/utils", Source: &utilsSource},
		{Name: "internal/streams/state", Source: &stateSource},
		{Name: "internal/streams/destroy", Source: &destroySource},
		{Name: "internal/streams/end-of-stream", Source: &endOfStreamSource},
		{Name: "internal/streams/add-abort-signal", Source: &addAbortSignalSource},
		{Name: "internal/streams/legacy", Source: &legacySource},
		{Name: "internal/streams/readable", Source: &readableSource},
		{Name: "internal/streams/writable", Source: &writableSource},
		{Name: "internal/streams/duplex", Source: &duplexSource},
		{Name: "internal/streams/duplexify", Source: &duplexifySource},
		{Name: "internal/streams/transform", Source: &transformSource},
		{Name: "internal/streams/passthrough", Source: &passthroughSource},
		{Name: "internal/streams/from", Source: &fromSource},
		{Name: "internal/streams/pipeline", Source: &pipelineSource},
		{Name: "internal/streams/compose", Source: &composeSource},
		{Name: "internal/streams/operators", Source: &operatorsSource},
		{Name: "internal/streams/duplexpair", Source: &duplexpairSource},
		{Name: "internal/webstreams/adapters", Source: &adaptersSource},
		// The pre-v0.10 names of the stream classes, which node still serves.
		{Name: "_stream_readable", Source: &readableAlias},
		{Name: "_stream_writable", Source: &writableAlias},
		{Name: "_stream_duplex", Source: &duplexAlias},
		{Name: "_stream_transform", Source: &transformAlias},
		{Name: "_stream_passthrough", Source: &passthroughAlias},
	},
}

var (
	readableAlias    = "module.exports = require('stream').Readable;\n"
	writableAlias    = "module.exports = require('stream').Writable;\n"
	duplexAlias      = "module.exports = require('stream').Duplex;\n"
	transformAlias   = "module.exports = require('stream').Transform;\n"
	passthroughAlias = "module.exports = require('stream').PassThrough;\n"
)

var (
	//go:embed lib/stream.js
	streamSource string
	//go:embed lib/adapters.js
	adaptersSource string
	//go:embed lib/promises.js
	promisesSource string
	//go:embed lib/consumers.js
	consumersSource string
	//go:embed lib/errors.js
	errorsSource string
	//go:embed lib/utils.js
	utilsSource string
	//go:embed lib/state.js
	stateSource string
	//go:embed lib/destroy.js
	destroySource string
	//go:embed lib/end_of_stream.js
	endOfStreamSource string
	//go:embed lib/add_abort_signal.js
	addAbortSignalSource string
	//go:embed lib/legacy.js
	legacySource string
	//go:embed lib/readable.js
	readableSource string
	//go:embed lib/writable.js
	writableSource string
	//go:embed lib/duplex.js
	duplexSource string
	//go:embed lib/duplexify.js
	duplexifySource string
	//go:embed lib/transform.js
	transformSource string
	//go:embed lib/passthrough.js
	passthroughSource string
	//go:embed lib/from.js
	fromSource string
	//go:embed lib/pipeline.js
	pipelineSource string
	//go:embed lib/compose.js
	composeSource string
	//go:embed lib/operators.js
	operatorsSource string
	//go:embed lib/duplexpair.js
	duplexpairSource string
)
