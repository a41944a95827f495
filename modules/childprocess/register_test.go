package childprocess_test

import (
	"github.com/gonode/gonode/modules/childprocess"
	"github.com/gonode/gonode/modules/dgram"
	"github.com/gonode/gonode/modules/net"
	"github.com/gonode/gonode/runtime"
)

// The tests run runtimes in this process: register the modules they require.
func init() { runtime.Register(&childprocess.Modules, &net.Modules, &dgram.Modules) }
