// Package buffer implements node's 'buffer' core module and the shared
// internal/errors module used by the JavaScript core modules.
package buffer

import (
	_ "embed"

	"github.com/gonode/gonode/runtime"
)

//go:embed errors.js
var errorsSource string

func init() {
	runtime.RegisterCoreModule("internal/errors", runtime.JSModule("node:internal/errors", errorsSource))
}
