// Package fetch provides the fetch global and its classes (Headers,
// Request, Response, FormData) as node 20 has them from undici, in JavaScript over
// the http and https modules: the request headers undici sends, in its
// order, redirects, gzip and deflate decoding, AbortSignal, data: URLs and
// undici's errors ("fetch failed" with the cause). Nothing is made until a
// script reads one of the globals.
package fetch

import (
	_ "embed"

	"github.com/gonode/gonode/modules/http"
	"github.com/gonode/gonode/modules/tls"
	"github.com/gonode/gonode/modules/util"
	"github.com/gonode/gonode/modules/zlib"
	"github.com/gonode/gonode/runtime"
)

var (
	//go:embed fetch.js
	source string
	//go:embed formdata.js
	formDataSource string
)

// Modules is internal/fetch and the globals made from it; modules/all
// registers it.
var Modules = runtime.ModuleSet{
	Needs: []*runtime.ModuleSet{&http.Modules, &tls.Modules, &util.Modules, &zlib.Modules},
	Core: []runtime.Module{
		{Name: "internal/fetch", Source: &source},
		{Name: "internal/formdata", Source: &formDataSource},
	},
	Globals: []runtime.Global{
		{Name: "fetch", Flags: runtime.GlobalEnumerable | runtime.GlobalData, Module: "internal/fetch", Path: "fetch"},
		{Name: "Headers", Module: "internal/fetch", Path: "Headers"},
		{Name: "Request", Module: "internal/fetch", Path: "Request"},
		{Name: "Response", Module: "internal/fetch", Path: "Response"},
		{Name: "FormData", Module: "internal/formdata", Path: "FormData"},
	},
}
