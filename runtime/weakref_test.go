package runtime_test

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	goruntime "runtime"
	"strings"
	"testing"
	"time"

	"github.com/dop251/goja"
	"github.com/gonode/gonode/runtime"
)

// TestWeakRefCollected checks that a WeakRef lets its target go once
// nothing else holds it (after the job that made it), that a
// FinalizationRegistry then calls back with the held value, and that an
// unregistered target is not reported. A host module gc() runs Go's
// collector; the script polls on timers, each turn a new job, until both
// happened or its deadline passed.
func TestWeakRefCollected(t *testing.T) {
	dir := t.TempDir()
	main := filepath.Join(dir, "main.js")
	src := `
const { gc, log } = require('host');
let ref;
const seen = [];
const registry = new FinalizationRegistry((held) => seen.push(held));
(() => {
  const target = { big: new Array(1000).fill(1) };
  ref = new WeakRef(target);
  registry.register(target, 'target gone');
  const other = {};
  registry.register(other, 'unregistered', other);
  registry.unregister(other);
  if (ref.deref() !== target) throw new Error('deref lost a live target');
})();
const deadline = Date.now() + 20000;
(function poll() {
  gc();
  if (ref.deref() === undefined && seen.length > 0) {
    log('collected ' + seen.join(','));
    return;
  }
  if (Date.now() > deadline) {
    log('not collected ' + (ref.deref() === undefined) + ' ' + seen.join(','));
    return;
  }
  setTimeout(poll, 5);
})();
`
	if err := os.WriteFile(main, []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	var out, errBuf bytes.Buffer
	rt, err := runtime.New(runtime.Options{
		Script: main,
		Stdout: &out,
		Stderr: &errBuf,
		Modules: map[string]runtime.ModuleLoader{
			"host": func(rt *runtime.Runtime, module *goja.Object) error {
				exports := rt.VM().NewObject()
				_ = exports.Set("gc", func() { goruntime.GC() })
				_ = exports.Set("log", func(s string) { out.WriteString(s + "\n") })
				return module.Set("exports", exports)
			},
		},
	})
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	if code, err := rt.Run(ctx); code != 0 || err != nil {
		t.Fatalf("exit %d, %v\n%s", code, err, errBuf.String())
	}
	if got := strings.TrimSpace(out.String()); got != "collected target gone" {
		t.Fatalf("got %q", got)
	}
}
