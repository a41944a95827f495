package dns_test

import (
	"github.com/gonode/gonode/modules/console"
	"github.com/gonode/gonode/modules/dns"
	"github.com/gonode/gonode/modules/net"
	"github.com/gonode/gonode/runtime"
)

// The tests run runtimes in this process: register the modules they require
// (dns's JavaScript uses internal/net, whose package needs dns's; the
// scripts print with console).
func init() { runtime.Register(&dns.Modules, &net.Modules, &console.Modules) }
