// Package querystring implements node's 'querystring' core module in
// embedded JavaScript.
package querystring

import (
	_ "embed"

	_ "github.com/gonode/gonode/modules/buffer" // internal/errors, buffer
	"github.com/gonode/gonode/runtime"
)

//go:embed querystring.js
var source string

func init() {
	runtime.RegisterCoreModule("querystring", runtime.JSModule("node:querystring", source))
}
