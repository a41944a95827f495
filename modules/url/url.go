// Package url implements node's 'url' core module: a WHATWG URL parser in Go
// (exposed to JavaScript as internal/url) under the URL and URLSearchParams
// classes, and the legacy url.parse/format/resolve API in JavaScript.
//
// The runtime installs the globals URL and URLSearchParams lazily from this
// module's exports.
package url

import (
	_ "embed"

	"github.com/gonode/gonode/modules/buffer"
	"github.com/gonode/gonode/modules/path"
	"github.com/gonode/gonode/modules/querystring"
	"github.com/gonode/gonode/runtime"
)

var (
	//go:embed url.js
	urlSource string
	//go:embed url_legacy.js
	legacySource string
)

// Modules are the url package's core modules; modules/all registers them.
var Modules = runtime.ModuleSet{
	Needs: []*runtime.ModuleSet{&buffer.Modules, &path.Modules, &querystring.Modules},
	Core: []runtime.Module{
		{Name: "internal/url", Load: loadBinding},
		{Name: "internal/url_legacy", Source: &legacySource},
		{Name: "url", Source: &urlSource},
	}}
