// Package dns implements node's 'dns' and 'dns/promises' core modules.
// lookup and lookupService use Go's resolver (the hosts file, then DNS) on
// a goroutine, as node uses getaddrinfo and getnameinfo on its thread pool;
// net and dgram resolve host names through dns.lookup (and dns takes its
// port checks from net's internal/net; net imports this package). The resolve*
// functions and dns.Resolver use a small DNS client of their own (UDP, TCP
// when an answer is truncated) that asks the servers of /etc/resolv.conf
// or those given to setServers, as c-ares does in node, so every record
// type node knows is answered, with TTLs and the DNS error codes.
package dns

import (
	_ "embed"

	_ "github.com/gonode/gonode/modules/buffer" // internal/errors
	_ "github.com/gonode/gonode/modules/util"   // internal/util/promisify
	"github.com/gonode/gonode/runtime"
)

var (
	//go:embed utils.js
	utilsSource string
	//go:embed dns.js
	dnsSource string
	//go:embed promises.js
	promisesSource string
)

func init() {
	runtime.RegisterCoreModule("internal/dns/binding", loadBinding)
	runtime.RegisterCoreModule("internal/dns/utils", runtime.JSModule("node:internal/dns/utils", utilsSource))
	runtime.RegisterCoreModule("internal/dns/promises", runtime.JSModule("node:internal/dns/promises", promisesSource))
	runtime.RegisterCoreModule("dns", runtime.JSModule("node:dns", dnsSource))
	runtime.RegisterCoreModule("dns/promises", runtime.JSModule("node:dns/promises", "module.exports = require('internal/dns/promises');\n"))
}
