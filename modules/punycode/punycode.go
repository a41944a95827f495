// Package punycode provides node's deprecated 'punycode' core module:
// RFC 3492's encoding of internationalised domain names, with the API of
// the punycode.js 2.1.0 that node bundles. npm's URL libraries (tr46,
// under node-fetch's whatwg-url) still require it.
package punycode

import (
	_ "embed"

	"github.com/gonode/gonode/runtime"
)

// Modules is punycode; modules/all registers it.
var Modules = runtime.ModuleSet{
	Core: []runtime.Module{{Name: "punycode", Source: &source}},
}

//go:embed lib/punycode.js
var source string
