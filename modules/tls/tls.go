// Package tls provides node's 'tls' and 'https' core modules as far as
// gonode goes without TLS: both load, with their constants, https.Agent
// (an http.Agent for https: origins) and https.globalAgent, so that code
// which requires them for an optional secure path (ws, socket.io, fastify)
// runs its plain-TCP paths. Every function that would need TLS — a secure
// connection, server or context — throws ERR_GONODE_NO_TLS.
package tls

import (
	_ "embed"

	"github.com/gonode/gonode/modules/http"
	"github.com/gonode/gonode/runtime"
)

// Modules are tls and https; modules/all registers them.
var Modules = runtime.ModuleSet{
	Needs: []*runtime.ModuleSet{&http.Modules},
	Core: []runtime.Module{
		{Name: "tls", Source: &tlsSource},
		{Name: "https", Source: &httpsSource},
		{Name: "internal/tls/unsupported", Source: &unsupportedSource},
	},
}

var (
	//go:embed lib/tls.js
	tlsSource string
	//go:embed lib/https.js
	httpsSource string
	//go:embed lib/unsupported.js
	unsupportedSource string
)
