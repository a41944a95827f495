// Package url implements node's 'url' core module: a WHATWG URL parser in Go
// (exposed to JavaScript as internal/url) under the URL and URLSearchParams
// classes, and the legacy url.parse/format/resolve API in JavaScript.
//
// The runtime installs the globals URL and URLSearchParams lazily from this
// module's exports.
package url

import (
	_ "embed"

	_ "github.com/gonode/gonode/modules/path"        // path
	_ "github.com/gonode/gonode/modules/querystring" // querystring
	"github.com/gonode/gonode/runtime"
)

var (
	//go:embed url.js
	urlSource string
	//go:embed url_legacy.js
	legacySource string
)

func init() {
	runtime.RegisterCoreModule("internal/url", loadBinding)
	runtime.RegisterCoreModule("internal/url_legacy", runtime.JSModule("node:internal/url_legacy", legacySource))
	runtime.RegisterCoreModule("url", runtime.JSModule("node:url", urlSource))
}
