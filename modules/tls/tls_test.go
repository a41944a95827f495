package tls

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	goruntime "runtime"
	"strings"
	"testing"
	"time"

	"github.com/gonode/gonode/internal/testbin"
	"github.com/gonode/gonode/modules/net/nettest"
	"github.com/gonode/gonode/runtime"
)

var gonodeBin string

func TestMain(m *testing.M) {
	os.Exit(testbin.Main(m, &gonodeBin))
}

// fixtures is the folder of the differential tests' certificates.
func fixtures(t *testing.T) string {
	dir, err := filepath.Abs("../../testdata/diff/fixtures/tls")
	if err != nil {
		t.Fatal(err)
	}
	return dir
}

// nodeBin is node's path.
func nodeBin(t *testing.T) string {
	bin, err := exec.LookPath("node")
	if err != nil {
		t.Fatal("node is required for the interop tests:", err)
	}
	return bin
}

// serverScript runs an https server with the CA-signed certificate
// that asks for a client certificate (not insisting) and answers with what
// it saw; it prints its port.
const serverScript = `
const https = require('https');
const fs = require('fs');
const dir = process.argv[2];
const read = (n) => fs.readFileSync(dir + '/' + n);
const server = https.createServer({
  key: read('server-key.pem'), cert: read('server-cert.pem'), ca: read('ca-cert.pem'),
  requestCert: true, rejectUnauthorized: false,
}, (req, res) => {
  const peer = req.socket.getPeerCertificate();
  let body = '';
  req.on('data', (d) => { body += d; });
  req.on('end', () => res.end([req.method, req.url, body.length, req.socket.authorized,
    peer.subject ? peer.subject.CN : 'none', req.socket.getProtocol()].join(' ')));
});
server.listen(0, '127.0.0.1', () => console.log(server.address().port));
`

// clientScript requests from the server on the port in argv[3] with and
// without a client certificate, and prints each answer.
const clientScript = `
const https = require('https');
const fs = require('fs');
const dir = process.argv[2];
const read = (n) => fs.readFileSync(dir + '/' + n);
const port = Number(process.argv[3]);
const get = (extra, body) => new Promise((resolve, reject) => {
  const req = https.request({ host: 'localhost', port, ca: read('ca-cert.pem'), method: 'POST', path: '/x', agent: false, ...extra }, (res) => {
    let b = '';
    res.on('data', (d) => { b += d; });
    res.on('end', () => resolve(res.statusCode + ' ' + b));
  });
  req.on('error', reject);
  req.end(body);
});
(async () => {
  console.log(await get({}, 'abc'));
  console.log(await get({ key: read('client-key.pem'), cert: read('client-cert.pem') }, 'x'.repeat(100000)));
})().catch((e) => { console.log('error', e.code, e.message); process.exitCode = 1; });
`

// TestInteropWithNode runs the https server under one runtime and the
// client under the other, both ways: TLS 1.3 between gonode and node, with
// and without a client certificate.
func TestInteropWithNode(t *testing.T) {
	node := nodeBin(t)
	dir := fixtures(t)
	want := []string{
		"200 POST /x 3 false none TLSv1.3",
		"200 POST /x 100000 true client one TLSv1.3",
	}
	for _, pair := range []struct{ name, server, client string }{
		{"gonode server, node client", gonodeBin, node},
		{"node server, gonode client", node, gonodeBin},
	} {
		t.Run(pair.name, func(t *testing.T) {
			// (node would read the machine's CA bundle: seconds of start-up.)
			t.Setenv("NODE_EXTRA_CA_CERTS", "")
			os.Unsetenv("NODE_EXTRA_CA_CERTS")
			srv := nettest.Script(t, pair.server, map[string]string{"server.js": serverScript}, "server.js", dir)
			port := srv.Line()
			cli := nettest.Script(t, pair.client, map[string]string{"client.js": clientScript}, "client.js", dir, port)
			cli.ExpectExit(0, want...)
		})
	}
}

// TestSessionsLeaveNothing makes many TLS connections in a runtime in this
// process and checks that once it is done, no goroutine of theirs is left
// and the process has as many open files as before (measured after a first
// run, which starts what a runtime starts once per process).
func TestSessionsLeaveNothing(t *testing.T) {
	dir := fixtures(t)
	pem := map[string]string{}
	for _, name := range []string{"server-key.pem", "server-cert.pem", "ca-cert.pem"} {
		p, err := os.ReadFile(filepath.Join(dir, name))
		if err != nil {
			t.Fatal(err)
		}
		pem[name] = string(p)
	}
	files, err := json.Marshal(pem)
	if err != nil {
		t.Fatal(err)
	}
	echo := func(n int) {
		t.Helper()
		var out bytes.Buffer
		rt, err := runtime.New(runtime.Options{Stdout: &out, Stderr: &out})
		if err != nil {
			t.Fatal(err)
		}
		code, err := rt.RunSource(context.Background(), "[eval]", fmt.Sprintf(echoScript, files, n))
		if want := fmt.Sprintf("echoed %d", n-(n+2)/3); err != nil || code != 0 || strings.TrimSpace(out.String()) != want {
			t.Fatalf("exit %d, err %v, output %s (want %s)", code, err, out.String(), want)
		}
	}
	echo(4)
	goroutines, fds := goruntime.NumGoroutine(), openFiles(t)
	echo(60)
	deadline := time.Now().Add(10 * time.Second)
	for goruntime.NumGoroutine() > goroutines && time.Now().Before(deadline) {
		time.Sleep(10 * time.Millisecond) // polling a count, not synchronising
	}
	if n := goruntime.NumGoroutine(); n > goroutines {
		buf := make([]byte, 1<<20)
		t.Fatalf("%d goroutines before, %d after:\n%s", goroutines, n, buf[:goruntime.Stack(buf, true)])
	}
	if n := openFiles(t); n != fds {
		t.Fatalf("%d open files before, %d after", fds, n)
	}
}

// echoScript has a TLS server echo the first message of each of n
// connections, four at a time; every third connection is dropped without a
// goodbye once secure. It prints how many were echoed.
const echoScript = `
const tls = require('tls');
const files = %s;
const n = %d;
const read = (name) => files[name];
const server = tls.createServer({ key: read('server-key.pem'), cert: read('server-cert.pem') }, (s) => {
  s.on('data', (d) => s.end(d));
  s.on('error', () => {});
});
const context = tls.createSecureContext({ ca: read('ca-cert.pem') });
let done = 0;
const one = (i) => new Promise((resolve) => {
  const c = tls.connect({ port: server.address().port, host: '127.0.0.1', servername: 'localhost', secureContext: context }, () => {
    if (i %% 3 === 0) { c.destroy(); resolve(); return; }
    c.end('ping ' + i);
  });
  let got = '';
  c.on('data', (d) => { got += d; });
  c.on('close', () => { if (got === 'ping ' + i) done++; resolve(); });
  c.on('error', () => {});
});
server.listen(0, '127.0.0.1', async () => {
  for (let i = 0; i < n; i += 4) await Promise.all([one(i), one(i + 1), one(i + 2), one(i + 3)]);
  server.close(() => process.stdout.write('echoed ' + done + '\n'));
});
`

func openFiles(t *testing.T) int {
	entries, err := os.ReadDir("/proc/self/fd")
	if err != nil {
		t.Fatal(err)
	}
	return len(entries)
}
