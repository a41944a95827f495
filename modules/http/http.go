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
	"embed"
	"fmt"
	"sync"

	"github.com/dop251/goja"

	// The JavaScript side builds on these modules.
	_ "github.com/gonode/gonode/modules/buffer"
	_ "github.com/gonode/gonode/modules/net"
	_ "github.com/gonode/gonode/modules/stream"
	_ "github.com/gonode/gonode/modules/url"
	"github.com/gonode/gonode/runtime"
)

//go:embed lib/*.js
var lib embed.FS

// modules maps the core module names to their sources; node exposes the
// _http_* modules as requireable too.
var modules = map[string]string{
	"http":           "http.js",
	"_http_common":   "common.js",
	"_http_incoming": "incoming.js",
	"_http_outgoing": "outgoing.js",
	"_http_server":   "server.js",
	"_http_agent":    "agent.js",
	"_http_client":   "client.js",
}

func init() {
	runtime.RegisterCoreModule("internal/http_parser", loadBinding)
	for name, file := range modules {
		runtime.RegisterCoreModule(name, lazyJSModule(name, file))
	}
}

// lazyJSModule reads the embedded source of a module on its first require,
// not at start-up: a process that never uses http pays nothing for it.
func lazyJSModule(name, file string) runtime.ModuleLoader {
	loader := sync.OnceValues(func() (runtime.ModuleLoader, error) {
		src, err := lib.ReadFile("lib/" + file)
		if err != nil {
			return nil, fmt.Errorf("http: embedded %s: %w", file, err)
		}
		return runtime.JSModule("node:"+name, string(src)), nil
	})
	return func(rt *runtime.Runtime, module *goja.Object) error {
		load, err := loader()
		if err != nil {
			return err
		}
		return load(rt, module)
	}
}
