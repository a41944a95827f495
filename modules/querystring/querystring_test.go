package querystring

import (
	"bytes"
	"context"
	"testing"

	"github.com/gonode/gonode/runtime"
)

// TestQuerystring checks node's results for parse/stringify edge cases.
func TestQuerystring(t *testing.T) {
	var out bytes.Buffer
	rt, err := runtime.New(runtime.Options{Stdout: &out, Stderr: &out})
	if err != nil {
		t.Fatal(err)
	}
	const src = `
const qs = require('querystring');
const checks = [
  [JSON.stringify(qs.parse('a=1&a=2&b=x+y&c=%zz&d')), '{"a":["1","2"],"b":"x y","c":"%zz","d":""}'],
  [JSON.stringify(qs.parse('aab', 'ab')), '{"aab":""}'],
  [Object.keys(qs.parse('a=1&b=2&c=3', null, null, { maxKeys: 2 })).length, 2],
  [qs.stringify({ a: [1, 2], b: 'é ', c: null, d: 1e21 }), 'a=1&a=2&b=%C3%A9%20&c=&d=1e%2B21'],
  [qs.unescape('%E4%B8'), '\uFFFD'], [qs.escape("-_.!~*'()"), "-_.!~*'()"],
];
for (const [got, want] of checks) if (got !== want) throw new Error(got + ' !== ' + want);
try { qs.escape('\ud800'); throw new Error('no error'); } catch (e) { if (e.code !== 'ERR_INVALID_URI') throw e; }
`
	if code, err := rt.RunSource(context.Background(), "[eval]", src); err != nil || code != 0 {
		t.Fatalf("exit %d, err %v, output %s", code, err, out.String())
	}
}
