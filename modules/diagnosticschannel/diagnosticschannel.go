// Package diagnosticschannel provides node's 'diagnostics_channel' core
// module: named channels that libraries publish to (pino, undici, fastify)
// and tools subscribe to, and tracing channels (start, end, asyncStart,
// asyncEnd, error) around sync, callback and promise work. It is plain
// JavaScript, loaded on first require.
package diagnosticschannel

import (
	_ "embed"

	"github.com/gonode/gonode/runtime"
)

// Modules is diagnostics_channel; modules/all registers it.
var Modules = runtime.ModuleSet{
	Core: []runtime.Module{
		{Name: "diagnostics_channel", Source: &source},
	},
}

//go:embed diagnostics_channel.js
var source string
