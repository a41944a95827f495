package assert

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"testing"

	"github.com/gonode/gonode/runtime"
)

// TestAssert checks generated messages and deep equality in a script file,
// so that assert.ok can quote its call site.
func TestAssert(t *testing.T) {
	const src = `'use strict';
const assert = require('assert');
const msg = (f) => { try { f(); } catch (e) { return e.message; } return 'no error'; };
const checks = [
  [msg(() => assert.strictEqual(1, 2)), 'Expected values to be strictly equal:\n\n1 !== 2\n'],
  [msg(() => assert.ok(typeof 1 === 'string')), "The expression evaluated to a falsy value:\n\n  assert.ok(typeof 1 === 'string')\n"],
  [msg(() => assert.equal(1, 2)), '1 == 2'],
  [msg(() => assert.deepStrictEqual(new Map([[1, { a: [1] }]]), new Map([[1, { a: [1] }]]))), 'no error'],
  [msg(() => assert.deepEqual(new Set([1]), new Set(['1']))), 'no error'],
  [msg(() => assert.throws(() => { throw new TypeError('x'); }, RangeError)),
    'The error is expected to be an instance of "RangeError". Received "TypeError"\n\nError message:\n\nx'],
  [msg(() => assert.throws(() => {})), 'Missing expected exception.'],
];
for (const [got, want] of checks) if (got !== want) throw new Error(JSON.stringify(got) + ' !== ' + JSON.stringify(want));
const e = new assert.AssertionError({ actual: 1, expected: 2, operator: 'strictEqual' });
if (e.code !== 'ERR_ASSERTION' || e.name !== 'AssertionError' || Object.keys(e).join() !== 'generatedMessage,code,actual,expected,operator') {
  throw new Error('bad AssertionError shape: ' + Object.keys(e));
}
`
	file := filepath.Join(t.TempDir(), "main.js")
	if err := os.WriteFile(file, []byte(src), 0o600); err != nil {
		t.Fatal(err)
	}
	var out bytes.Buffer
	rt, err := runtime.New(runtime.Options{Script: file, Stdout: &out, Stderr: &out})
	if err != nil {
		t.Fatal(err)
	}
	if code, err := rt.Run(context.Background()); err != nil || code != 0 {
		t.Fatalf("exit %d, err %v, output %s", code, err, out.String())
	}
}
