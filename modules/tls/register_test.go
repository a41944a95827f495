package tls

import (
	"github.com/gonode/gonode/modules/console"
	"github.com/gonode/gonode/runtime"
)

// The tests run runtimes in this process: register the modules they
// require.
func init() { runtime.Register(&Modules, &console.Modules) }
