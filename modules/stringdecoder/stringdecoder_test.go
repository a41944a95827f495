package stringdecoder

import (
	"bytes"
	"context"
	"testing"

	"github.com/gonode/gonode/runtime"
)

// TestDecoder checks chunk-boundary handling against node's results.
func TestDecoder(t *testing.T) {
	var out bytes.Buffer
	rt, err := runtime.New(runtime.Options{Stdout: &out, Stderr: &out})
	if err != nil {
		t.Fatal(err)
	}
	const src = `
const { StringDecoder } = require('string_decoder');
const run = (enc, chunks) => {
  const d = new StringDecoder(enc);
  return JSON.stringify(chunks.map((c) => d.write(Buffer.from(c))).concat(d.end()));
};
const checks = [
  [run('utf8', [[0xe2], [0x82], [0xac]]), '["","","€",""]'],
  [run('utf8', [[0xe2], [0x41]]), '["","\uFFFDA",""]'],
  [run('utf8', [[0xf0, 0x9f]]), '["","\uFFFD"]'],
  [run('utf16le', [[0x3d, 0xd8, 0x00], [0xde]]), '["\\ud83d","\\ude00",""]'],
  [run('base64', [[0x61], [0x62, 0x63], [0x64]]), '["","YWJj","","ZA=="]'],
  [new StringDecoder('UCS-2').encoding, 'utf16le'],
];
for (const [got, want] of checks) if (got !== want) throw new Error(got + ' !== ' + want);
try { new StringDecoder('nope'); throw new Error('no error'); } catch (e) { if (e.code !== 'ERR_UNKNOWN_ENCODING') throw e; }
`
	if code, err := rt.RunSource(context.Background(), "[eval]", src); err != nil || code != 0 {
		t.Fatalf("exit %d, err %v, output %s", code, err, out.String())
	}
}
