// Package querystring implements node's 'querystring' core module in
// embedded JavaScript.
package querystring

import (
	_ "embed"

	"github.com/gonode/gonode/runtime"
)

//go:embed querystring.js
var source string

func init() {
	runtime.RegisterCoreModule("querystring", runtime.JSModule("node:querystring", source))
}
