// Package buffer implements node's 'buffer' core module (Buffer, atob, btoa,
// ...), its Go binding internal/buffer, and the shared internal/errors
// module used by the JavaScript core modules.
//
// The runtime installs the globals Buffer, atob and btoa lazily from this
// module's exports. Other Go modules create Buffers with New.
package buffer

import (
	_ "embed"

	"github.com/gonode/gonode/runtime"
)

var (
	//go:embed errors.js
	errorsSource string
	//go:embed buffer.js
	bufferSource string
)

func init() {
	runtime.RegisterCoreModule("internal/errors", runtime.JSModule("node:internal/errors", errorsSource))
	runtime.RegisterCoreModule(bindingName, loadBinding)
	runtime.RegisterCoreModule("buffer", runtime.JSModule("node:buffer", bufferSource))
}
