// Package net implements node's 'net' core module: net.Server and net.Socket
// (a stream.Duplex) in embedded JavaScript (net.js) over native TCP and Pipe
// handles backed by nonblocking sockets on Go's poller (package sock), and
// the handle-passing codecs that let child_process send servers and sockets
// to other processes.
package net

import (
	_ "embed"

	"github.com/gonode/gonode/modules/buffer"
	"github.com/gonode/gonode/modules/childprocess"
	"github.com/gonode/gonode/modules/dns"
	"github.com/gonode/gonode/modules/perfhooks"
	"github.com/gonode/gonode/modules/stream"
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

// Modules are the net package's core modules; modules/all registers them.
var Modules = runtime.ModuleSet{
	Needs: []*runtime.ModuleSet{&buffer.Modules, &childprocess.Modules, &dns.Modules, &perfhooks.Modules, &stream.Modules},
	Core: []runtime.Module{
		{Name: bindingName, Load: loadBinding},
		{Name: "internal/net", Source: &internalSource},
		{Name: "net", Source: &netSource},
		{Name: "internal/net/handles", Source: &handlesSource},
		{Name: "internal/blocklist", Source: &blocklistSource},
	}}
