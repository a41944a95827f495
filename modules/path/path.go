// Package path implements node's 'path' core module (POSIX flavour) in
// embedded JavaScript.
package path

import (
	_ "embed"

	_ "github.com/gonode/gonode/modules/buffer" // internal/errors, buffer
	"github.com/gonode/gonode/runtime"
)

//go:embed path.js
var source string

func init() {
	runtime.RegisterCoreModule("path", runtime.JSModule("node:path", source))
}
