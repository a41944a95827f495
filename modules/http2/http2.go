// Package http2 provides node's 'http2' core module as far as gonode goes
// without HTTP/2: it loads, with node's constants, getDefaultSettings and
// sensitiveHeaders, so that HTTP clients which require it for an optional
// HTTP/2 path (axios) run their HTTP/1.1 paths. Every function that would
// open an HTTP/2 session or server throws ERR_GONODE_NO_HTTP2.
package http2

import (
	_ "embed"

	"github.com/gonode/gonode/modules/buffer"
	"github.com/gonode/gonode/runtime"
)

// Modules is http2; modules/all registers it.
var Modules = runtime.ModuleSet{
	Needs: []*runtime.ModuleSet{&buffer.Modules}, // internal/errors
	Core:  []runtime.Module{{Name: "http2", Source: &source}},
}

//go:embed lib/http2.js
var source string
