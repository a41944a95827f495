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

	"github.com/gonode/gonode/modules/buffer"
	"github.com/gonode/gonode/modules/util"
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

// Modules are the dns package's core modules; modules/all registers them.
var Modules = runtime.ModuleSet{
	Needs: []*runtime.ModuleSet{&buffer.Modules, &util.Modules},
	Core: []runtime.Module{
		{Name: "internal/dns/binding", Load: loadBinding},
		{Name: "internal/dns/utils", Source: &utilsSource},
		{Name: "internal/dns/promises", Source: &promisesSource},
		{Name: "dns", Source: &dnsSource},
		{Name: "dns/promises", Source: &dnsPromisesSource},
	}}

var dnsPromisesSource = "module.exports = require('internal/dns/promises');\n"
