package dns_test

import (
	"bytes"
	"context"
	"testing"

	"github.com/dop251/goja"
	_ "github.com/gonode/gonode/modules/console"
	_ "github.com/gonode/gonode/modules/dns"
	_ "github.com/gonode/gonode/modules/net"
	"github.com/gonode/gonode/runtime"
)

// run runs src with the module 'probe' exporting the dns binding, whose
// functions a test may replace.
func run(t *testing.T, src string) string {
	t.Helper()
	var out bytes.Buffer
	rt, err := runtime.New(runtime.Options{
		Stdout: &out,
		Stderr: &out,
		Modules: map[string]runtime.ModuleLoader{
			"probe": func(rt *runtime.Runtime, module *goja.Object) error {
				b, err := rt.Require("internal/dns/binding")
				if err != nil {
					return err
				}
				return module.Set("exports", b)
			},
		},
	})
	if err != nil {
		t.Fatal(err)
	}
	code, err := rt.RunSource(context.Background(), "[eval]", src)
	if err != nil || code != 0 {
		t.Fatalf("exit %d, err %v, output:\n%s", code, err, out.String())
	}
	return out.String()
}

// fakeResolver makes getaddrinfo answer every name with two IPv6 and two
// IPv4 addresses, interleaved, as a resolver may order them.
const fakeResolver = `
const binding = require('probe');
binding.getaddrinfo = (host, family, hints, cb) => { setImmediate(cb, null, ['::1', '127.0.0.1', '::2', '127.0.0.2']); return 0; };
const dns = require('dns');
`

// TestLookupOrder checks the result orders of dns.lookup, and that
// setDefaultResultOrder applies to the promise API and to lookups net makes.
func TestLookupOrder(t *testing.T) {
	got := run(t, fakeResolver+`
const net = require('net');
const show = (label) => (err, res) => console.log(label, JSON.stringify(res));
(async () => {
  const all = (opts) => new Promise((resolve) => dns.lookup('x.test', { all: true, ...opts }, (e, r) => resolve(r.map((a) => a.address).join(' '))));
  console.log('default', dns.getDefaultResultOrder(), await all({}));
  console.log('ipv4first', await all({ order: 'ipv4first' }));
  console.log('ipv6first', await all({ order: 'ipv6first' }));
  console.log('verbatim false', await all({ verbatim: false }));
  dns.setDefaultResultOrder('ipv4first');
  console.log('set ipv4first', await all({}));
  console.log('order wins', await all({ verbatim: false, order: 'verbatim' }));
  console.log('promises', JSON.stringify(await dns.promises.lookup('x.test')));
  // net resolves through dns.lookup, in the default order, and (trying
  // every address, as autoSelectFamily does by default) reports each.
  const server = net.createServer((s) => s.end()).listen(0, '127.0.0.1', () => {
    const sock = net.connect({ host: 'x.test', port: server.address().port });
    sock.on('lookup', (err, address, family) => console.log('net lookup', address, family));
    sock.on('close', () => server.close());
    sock.resume();
  });
})();
`)
	want := `default verbatim ::1 127.0.0.1 ::2 127.0.0.2
ipv4first 127.0.0.1 127.0.0.2 ::1 ::2
ipv6first ::1 ::2 127.0.0.1 127.0.0.2
verbatim false 127.0.0.1 127.0.0.2 ::1 ::2
set ipv4first 127.0.0.1 127.0.0.2 ::1 ::2
order wins ::1 127.0.0.1 ::2 127.0.0.2
promises {"address":"127.0.0.1","family":4}
net lookup 127.0.0.1 4
net lookup 127.0.0.2 4
net lookup ::1 6
net lookup ::2 6
`
	if got != want {
		t.Errorf("got:\n%s\nwant:\n%s", got, want)
	}
}

// TestLookupErrors checks the errors of failed lookups: ENOTFOUND and
// EAI_AGAIN with libuv's numbers.
func TestLookupErrors(t *testing.T) {
	got := run(t, `
const binding = require('probe');
binding.getaddrinfo = (host, family, hints, cb) => { setImmediate(cb, host === 'again.test' ? -3001 : -3008); return 0; };
const dns = require('dns');
for (const host of ['nx.test', 'again.test']) {
  dns.lookup(host, (e) => console.log(e.message, e.code, e.errno, e.syscall, e.hostname));
}
`)
	want := "getaddrinfo ENOTFOUND nx.test ENOTFOUND -3008 getaddrinfo nx.test\n" +
		"getaddrinfo EAI_AGAIN again.test EAI_AGAIN -3001 getaddrinfo again.test\n"
	if got != want {
		t.Errorf("got:\n%s\nwant:\n%s", got, want)
	}
}

func TestReverseName(t *testing.T) {
	got := run(t, `
const { reverseName } = require('probe');
console.log(reverseName('10.1.2.3'));
console.log(reverseName('2001:db8::567:89ab'));
console.log(JSON.stringify(reverseName('x')), JSON.stringify(reverseName('1.2.3')));
`)
	want := "3.2.1.10.in-addr.arpa\n" +
		"b.a.9.8.7.6.5.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.8.b.d.0.1.0.0.2.ip6.arpa\n" +
		`"" ""` + "\n"
	if got != want {
		t.Errorf("got:\n%s\nwant:\n%s", got, want)
	}
}
