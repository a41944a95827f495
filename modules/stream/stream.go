// Package stream implements Node's 'stream' and 'stream/promises' core
// modules (Readable, Writable, Duplex, Transform, PassThrough, pipeline,
// finished, ...) in embedded JavaScript, plus the internal/streams/* modules
// they are built from.
package stream

import (
	"embed"
	"fmt"
	"sync"

	"github.com/dop251/goja"
	// The stream modules build their errors on buffer's internal/errors and
	// decode text with string_decoder.
	_ "github.com/gonode/gonode/modules/buffer"
	_ "github.com/gonode/gonode/modules/stringdecoder"
	"github.com/gonode/gonode/runtime"
)

//go:embed lib/*.js
var lib embed.FS

// modules maps each core module name to its source file in lib/.
var modules = map[string]string{
	"stream":                            "stream.js",
	"stream/promises":                   "promises.js",
	"stream/consumers":                  "consumers.js",
	"internal/streams/errors":           "errors.js",
	"internal/streams/utils":            "utils.js",
	"internal/streams/state":            "state.js",
	"internal/streams/destroy":          "destroy.js",
	"internal/streams/end-of-stream":    "end_of_stream.js",
	"internal/streams/add-abort-signal": "add_abort_signal.js",
	"internal/streams/legacy":           "legacy.js",
	"internal/streams/readable":         "readable.js",
	"internal/streams/writable":         "writable.js",
	"internal/streams/duplex":           "duplex.js",
	"internal/streams/duplexify":        "duplexify.js",
	"internal/streams/transform":        "transform.js",
	"internal/streams/passthrough":      "passthrough.js",
	"internal/streams/from":             "from.js",
	"internal/streams/pipeline":         "pipeline.js",
	"internal/streams/compose":          "compose.js",
	"internal/streams/operators":        "operators.js",
	"internal/streams/duplexpair":       "duplexpair.js",
}

func init() {
	for name, file := range modules {
		runtime.RegisterCoreModule(name, lazyLoader(name, file))
	}
}

// lazyLoader reads the embedded source of a module only when it is first
// required.
func lazyLoader(name, file string) runtime.ModuleLoader {
	load := sync.OnceValues(func() (runtime.ModuleLoader, error) {
		src, err := lib.ReadFile("lib/" + file)
		if err != nil {
			return nil, fmt.Errorf("stream: module %s: %w", name, err)
		}
		return runtime.JSModule("node:"+name, string(src)), nil
	})
	return func(rt *runtime.Runtime, module *goja.Object) error {
		l, err := load()
		if err != nil {
			return err
		}
		return l(rt, module)
	}
}
