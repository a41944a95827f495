package http2

import (
	"bytes"
	"context"
	"testing"

	"github.com/gonode/gonode/runtime"
)

// TestNoHTTP2 checks that each function or class of http2 that would open
// a session or server throws ERR_GONODE_NO_HTTP2 naming itself, called or
// constructed. (What loads, node's constants and settings, is compared
// with node by testdata/diff/http2-loads.js.)
func TestNoHTTP2(t *testing.T) {
	var out bytes.Buffer
	rt, err := runtime.New(runtime.Options{Stdout: &out, Stderr: &out})
	if err != nil {
		t.Fatal(err)
	}
	const src = `
const http2 = require('node:http2');
const failed = [];
for (const [fn, what] of [[http2.connect, 'http2.connect()'], [http2.createServer, 'http2.createServer()'],
  [http2.createSecureServer, 'http2.createSecureServer()'], [http2.getPackedSettings, 'http2.getPackedSettings()'],
  [http2.Http2ServerRequest, 'http2.Http2ServerRequest']]) {
  for (const call of [() => fn('http://127.0.0.1:1'), () => new fn()]) {
    try { call(); failed.push(what + ' did not throw'); } catch (e) {
      if (!(e instanceof Error) || e.code !== 'ERR_GONODE_NO_HTTP2' || e.message !== what + ' needs HTTP/2, which gonode does not support') {
        failed.push(what + ': ' + e.code + ' ' + e.message);
      }
    }
  }
}
if (failed.length) throw new Error(failed.join('\n'));
`
	if code, err := rt.RunSource(context.Background(), "[eval]", src); err != nil || code != 0 || out.Len() != 0 {
		t.Fatalf("exit %d, err %v, output %s", code, err, out.String())
	}
}
