package path

import (
	"bytes"
	"context"
	"testing"

	"github.com/gonode/gonode/runtime"
)

// TestPath checks node's results for a few edge cases in the embedded module.
func TestPath(t *testing.T) {
	var out bytes.Buffer
	rt, err := runtime.New(runtime.Options{Stdout: &out, Stderr: &out})
	if err != nil {
		t.Fatal(err)
	}
	const src = `
const path = require('path');
const checks = [
  [path.join('/a/', '..', '..', 'b'), '/b'], [path.normalize('./a//b/../'), 'a/'], [path.relative('/a/b', '/a/c/d'), '../c/d'],
  [path.dirname('/a//b//'), '/a/'], [path.basename('a/bc/', 'xbc'), 'bc/'], [path.extname('/..'), ''],
  [JSON.stringify(path.parse('/..')), '{"root":"/","dir":"/","base":"..","ext":".","name":"."}'],
  [path.format({ name: 'a', ext: 'b' }), 'a.b'], [path.resolve('/x', 'y', '..', 'z'), '/x/z'], [path.posix, path],
];
for (const [got, want] of checks) if (got !== want) throw new Error(got + ' !== ' + want);
try { path.join(1); throw new Error('no error'); } catch (e) {
  if (e.code !== 'ERR_INVALID_ARG_TYPE' || e.message !== 'The "path" argument must be of type string. Received type number (1)') throw e;
}
`
	if code, err := rt.RunSource(context.Background(), "[eval]", src); err != nil || code != 0 {
		t.Fatalf("exit %d, err %v, output %s", code, err, out.String())
	}
}
