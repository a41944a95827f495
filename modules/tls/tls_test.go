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
// it saw (then whether the session was resumed, and the connection's
// keying material); it prints its port.
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
    peer.subject ? peer.subject.CN : 'none', req.socket.getProtocol(), req.socket.isSessionReused(),
    req.socket.exportKeyingMaterial(16, 'EXPORTER-interop').toString('hex')].join(' ')));
});
server.listen(0, '127.0.0.1', () => console.log(server.address().port));
`

// clientScript requests from the server on the port in argv[3] with and
// without a client certificate, then twice through an agent that resumes
// its last session on a new connection, and prints each answer, its last
// word replaced by whether the server's keying material is the client's.
const clientScript = `
const https = require('https');
const fs = require('fs');
const dir = process.argv[2];
const read = (n) => fs.readFileSync(dir + '/' + n);
const port = Number(process.argv[3]);
const get = (extra, body) => new Promise((resolve, reject) => {
  const req = https.request({ host: 'localhost', port, ca: read('ca-cert.pem'), method: 'POST', path: '/x', agent: false, ...extra }, (res) => {
    const mine = res.socket.exportKeyingMaterial(16, 'EXPORTER-interop').toString('hex');
    let b = '';
    res.on('data', (d) => { b += d; });
    res.on('end', () => {
      const words = b.split(' ');
      const theirs = words.pop();
      resolve([res.statusCode, ...words, theirs === mine].join(' '));
    });
  });
  req.on('error', reject);
  req.end(body);
});
(async () => {
  console.log(await get({}, 'abc'));
  console.log(await get({ key: read('client-key.pem'), cert: read('client-cert.pem') }, 'x'.repeat(100000)));
  const agent = new https.Agent({ keepAlive: false });
  console.log(await get({ agent }, 'a'));
  console.log(await get({ agent }, 'b'));
})().catch((e) => { console.log('error', e.code, e.message); process.exitCode = 1; });
`

// TestInteropWithNode runs the https server under one runtime and the
// client under the other, both ways: TLS 1.3 between gonode and node, with
// and without a client certificate, the resumption of a session the other
// runtime's server issued, and keying material both ends derive alike.
func TestInteropWithNode(t *testing.T) {
	node := nodeBin(t)
	dir := fixtures(t)
	want := []string{
		"200 POST /x 3 false none TLSv1.3 false true",
		"200 POST /x 100000 true client one TLSv1.3 false true",
		"200 POST /x 1 false none TLSv1.3 false true",
		// (node's server finds a resumed TLS 1.3 session authorized
		// without a certificate, as gonode's does.)
		"200 POST /x 1 true none TLSv1.3 true true",
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
	files := certFiles(t)
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
	settled(t, goroutines, fds)
}

// certFiles is the server's key and certificate and the authority's
// certificate, as a JavaScript object literal keyed by file name.
func certFiles(t *testing.T) []byte {
	t.Helper()
	pem := map[string]string{}
	for _, name := range []string{"server-key.pem", "server-cert.pem", "ca-cert.pem"} {
		p, err := os.ReadFile(filepath.Join(fixtures(t), name))
		if err != nil {
			t.Fatal(err)
		}
		pem[name] = string(p)
	}
	files, err := json.Marshal(pem)
	if err != nil {
		t.Fatal(err)
	}
	return files
}

// settled waits until the process has no more goroutines than before, and
// then requires as many open files as fds.
func settled(t *testing.T, goroutines, fds int) {
	t.Helper()
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

// TestDirectPathsInProcess runs directScript, which drives the session's
// own reads and writes of its transport (http's parser taking the
// plaintext and giving it back, writes encrypted on the loop, a transport
// that stops taking them), in a runtime in this process, so that the race
// detector sees them, and compares its output with node's. Nothing of its
// may be left.
func TestDirectPathsInProcess(t *testing.T) {
	src := fmt.Sprintf(directScript, certFiles(t))
	run := func() string {
		t.Helper()
		var out bytes.Buffer
		rt, err := runtime.New(runtime.Options{Stdout: &out, Stderr: &out})
		if err != nil {
			t.Fatal(err)
		}
		if code, err := rt.RunSource(context.Background(), "[eval]", src); err != nil || code != 0 {
			t.Fatalf("exit %d, err %v, output:\n%s", code, err, out.String())
		}
		return out.String()
	}
	run() // starts what a runtime starts once per process
	goroutines, fds := goruntime.NumGoroutine(), openFiles(t)
	want, err := exec.Command(nodeBin(t), "-e", src).Output()
	if err != nil {
		t.Fatal("node:", err)
	}
	if got := run(); got != string(want) {
		t.Errorf("output differs from node's\n--- node:\n%s--- gonode:\n%s", want, got)
	}
	settled(t, goroutines, fds)
}

// directScript: an https server answers two pipelined requests, a slowly
// read upload and keep-alive requests through an agent, then upgrades a
// connection with bytes after its head, which reach the upgrade; a TLS server writes short chunks
// to a client that pauses, until write() says to wait.
const directScript = `
const https = require('https');
const tls = require('tls');
const files = %s;
const ca = files['ca-cert.pem'];
const creds = { key: files['server-key.pem'], cert: files['server-cert.pem'] };
const server = https.createServer(creds, (req, res) => {
  let n = 0;
  req.on('data', (d) => { n += d.length; req.pause(); setImmediate(() => req.resume()); });
  req.on('end', () => res.end(req.url + ' ' + n));
});
server.on('upgrade', (req, socket, head) => {
  socket.end('HTTP/1.1 101 Switching Protocols\r\nConnection: Upgrade\r\nUpgrade: x\r\n\r\necho ' + head);
});
const raw = (port, text) => new Promise((resolve) => {
  const c = tls.connect({ port, host: '127.0.0.1', servername: 'localhost', ca }, () => c.write(text));
  let out = '';
  c.on('data', (d) => { out += d; });
  c.on('close', () => resolve(out.replace(/Date: .*\r\n/g, '').split('\r\n').join('|')));
});
const get = (port, agent, path, body) => new Promise((resolve) => {
  const req = https.request({ port, host: 'localhost', ca, agent, path, method: 'POST' }, (res) => {
    let b = '';
    res.on('data', (d) => { b += d; });
    res.on('end', () => resolve(b + ' ' + req.reusedSocket));
  });
  req.end(body);
});
server.listen(0, '127.0.0.1', async () => {
  const { port } = server.address();
  console.log(await raw(port, 'GET /a HTTP/1.1\r\nHost: x\r\n\r\nGET /b HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n'));
  const agent = new https.Agent({ keepAlive: true, maxSockets: 1 });
  for (const size of [300000, 10, 0]) console.log(await get(port, agent, '/' + size, Buffer.alloc(size)));
  agent.destroy();
  console.log(await raw(port, 'GET / HTTP/1.1\r\nHost: x\r\nConnection: Upgrade\r\nUpgrade: x\r\n\r\nhead'));
  server.close();
  const writer = tls.createServer(creds, (s) => {
    let sent = 0;
    let calls = 0;
    while (sent < 4000000) {
      sent += 3000;
      if (!s.write(Buffer.alloc(3000), () => { calls++; })) break;
    }
    s.end(() => console.log('writer: write() waited after', sent, 'callbacks', calls === sent / 3000));
  });
  writer.listen(0, '127.0.0.1', () => {
    const c = tls.connect({ port: writer.address().port, host: '127.0.0.1', servername: 'localhost', ca }, () => {
      c.pause();
      setTimeout(() => c.resume(), 20);
    });
    let got = 0;
    c.on('data', (d) => { got += d.length; });
    c.on('end', () => { console.log('reader: got', got); c.end(); writer.close(); });
  });
});
`

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
