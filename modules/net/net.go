// Package net implements node's 'net' core module: net.Server and net.Socket
// (a stream.Duplex) in embedded JavaScript (net.js) over native TCP and Pipe
// handles backed by nonblocking sockets on Go's poller (package sock), and
// the handle-passing codecs that let child_process send servers and sockets
// to other processes.
package net

import (
	_ "embed"

	// net.js builds on these modules.
	_ "github.com/gonode/gonode/modules/buffer"
	_ "github.com/gonode/gonode/modules/dns" // dns.lookup resolves host names
	_ "github.com/gonode/gonode/modules/stream"
	"github.com/gonode/gonode/runtime"
)

var (
	//go:embed net.js
	netSource string
	//go:embed internal.js
	internalSource string
	//go:embed blocklist.js
	blocklistSource string
	//go:embed handles.js
	handlesSource string
)

func init() {
	runtime.RegisterCoreModule(bindingName, loadBinding)
	runtime.RegisterCoreModule("internal/net", runtime.JSModule("node:internal/net", internalSource))
	runtime.RegisterCoreModule("net", runtime.JSModule("node:net", netSource))
	runtime.RegisterCoreModule("internal/net/handles", runtime.JSModule("node:internal/net/handles", handlesSource))
	runtime.RegisterCoreModule("internal/blocklist", runtime.JSModule("node:internal/blocklist", blocklistSource))
}
