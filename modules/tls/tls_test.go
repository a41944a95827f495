package tls

import (
	"bytes"
	"context"
	"testing"

	"github.com/gonode/gonode/runtime"
)

// TestNoTLS checks that tls and https load, that https.Agent is an
// http.Agent for https: origins, and that every function that would need
// TLS throws ERR_GONODE_NO_TLS naming itself, called or constructed, and
// that a request through https.Agent fails the same way.
func TestNoTLS(t *testing.T) {
	var out bytes.Buffer
	rt, err := runtime.New(runtime.Options{Stdout: &out, Stderr: &out})
	if err != nil {
		t.Fatal(err)
	}
	const src = `
const tls = require('tls');
const https = require('node:https');
const http = require('http');
const assert = (ok, what) => { if (!ok) throw new Error('failed: ' + what); };
assert(https.globalAgent instanceof https.Agent && https.globalAgent instanceof http.Agent, 'agent class');
assert(https.globalAgent.defaultPort === 443 && https.globalAgent.protocol === 'https:', 'agent origin');
assert(tls.DEFAULT_MIN_VERSION === 'TLSv1.2' && tls.DEFAULT_MAX_VERSION === 'TLSv1.3', 'constants');
const expect = (fn, what) => {
  for (const call of [() => fn(), () => new fn()]) {
    try { call(); } catch (e) {
      assert(e.code === 'ERR_GONODE_NO_TLS', what + ': code ' + e.code);
      assert(e.message === what + ' needs TLS, which gonode does not support', what + ': message ' + e.message);
      assert(e instanceof Error, what + ': an Error');
      continue;
    }
    throw new Error(what + ' did not throw');
  }
};
expect(https.request, 'https.request()');
expect(https.get, 'https.get()');
expect(https.createServer, 'https.createServer()');
expect(https.Server, 'https.Server');
expect(tls.connect, 'tls.connect()');
expect(tls.createServer, 'tls.createServer()');
expect(tls.createSecureContext, 'tls.createSecureContext()');
expect(tls.TLSSocket, 'tls.TLSSocket');
assert(tls.connect.name === 'connect' && https.request.name === 'request', 'names');
// A plain http request made with an https agent cannot connect either.
const req = http.request({ protocol: 'https:', host: '127.0.0.1', port: 1, agent: new https.Agent() });
req.on('error', (e) => {
  assert(e.code === 'ERR_GONODE_NO_TLS' && e.message === 'An https connection needs TLS, which gonode does not support', 'agent: ' + e.message);
  process.stdout.write('done\n');
});
req.end();
`
	if code, err := rt.RunSource(context.Background(), "[eval]", src); err != nil || code != 0 || out.String() != "done\n" {
		t.Fatalf("exit %d, err %v, output %s", code, err, out.String())
	}
}
