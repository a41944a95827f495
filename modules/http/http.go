// Package http implements node's 'http' core module for gonode: http.Server
// (a net.Server serving any socket given to its 'connection' event),
// ServerResponse, IncomingMessage, ClientRequest, Agent and the helpers.
//
// Messages are parsed in Go, off the event loop: each connection's bytes go
// to a reader goroutine (reader.go) that splits them into heads, bodies and
// trailers with node's (llhttp's) rules and error codes, and hands them to
// the loop in batches — a request that arrived whole, or several pipelined
// ones, cross in one Post. The JavaScript side (lib/) follows node's
// _http_* modules: framing of responses, keep-alive, pipelining order,
// timeouts, upgrade, the agent pool.
package http

import (
	_ "embed"

	"github.com/gonode/gonode/modules/buffer"
	"github.com/gonode/gonode/modules/net"
	"github.com/gonode/gonode/modules/perfhooks"
	"github.com/gonode/gonode/modules/stream"
	"github.com/gonode/gonode/modules/url"
	"github.com/gonode/gonode/modules/util"
	"github.com/gonode/gonode/runtime"
)

// Modules are the http package's core modules (node exposes the _http_*
// modules as requireable too); modules/all registers them. The JavaScript
// side builds on buffer, net, stream and url, and makes perf_hooks' 'http'
// entries.
var Modules = runtime.ModuleSet{
	Needs: []*runtime.ModuleSet{&buffer.Modules, &net.Modules, &perfhooks.Modules, &stream.Modules, &url.Modules, &util.Modules},
	Core: []runtime.Module{
		{Name: "internal/http_parser", Load: loadBinding},
		{Name: "http", Source: &httpSource},
		{Name: "_http_common", Source: &commonSource},
		{Name: "_http_incoming", Source: &incomingSource},
		{Name: "_http_outgoing", Source: &outgoingSource},
		{Name: "_http_server", Source: &serverSource},
		{Name: "_http_agent", Source: &agentSource},
		{Name: "_http_client", Source: &clientSource},
	},
}

var (
	//go:embed lib/http.js
	httpSource string
	//go:embed lib/common.js
	commonSource string
	//go:embed lib/incoming.js
	incomingSource string
	//go:embed lib/outgoing.js
	outgoingSource string
	//go:embed lib/server.js
	serverSource string
	//go:embed lib/agent.js
	agentSource string
	//go:embed lib/client.js
	clientSource string
)
