package runtime_test

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/dop251/goja"
	"github.com/gonode/gonode/runtime"
)

// TestRunWithTimeout interrupts an endless loop, and checks that a timer
// firing as a call ends (hundreds of 1 ms timeouts on short calls) never
// interrupts the JavaScript that runs after it.
func TestRunWithTimeout(t *testing.T) {
	dir := t.TempDir()
	main := filepath.Join(dir, "main.js")
	src := `const timed = require('timed');
const out = [];
out.push(timed(() => { for (;;) {} }, 20));
let short = 0;
for (let i = 0; i < 500; i++) {
  timed(() => { let s = 0; for (let j = 0; j < 50; j++) s += j; return s; }, 1);
  short++;
}
let sum = 0;
for (let j = 0; j < 3000000; j++) sum += j % 3;
out.push(short, sum);
require('report')(out.join(' '));
`
	if err := os.WriteFile(main, []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	var got string
	var stderr bytes.Buffer
	rt, err := runtime.New(runtime.Options{
		Script: main,
		Stderr: &stderr,
		Modules: map[string]runtime.ModuleLoader{
			"timed": func(rt *runtime.Runtime, module *goja.Object) error {
				return module.Set("exports", func(fn goja.Callable, ms int64) string {
					timedOut, err := rt.RunWithTimeout(time.Duration(ms)*time.Millisecond, func() error {
						_, err := fn(goja.Undefined())
						return err
					})
					switch {
					case timedOut:
						return "timed-out"
					case err != nil:
						rt.Rethrow(err)
					}
					return "ok"
				})
			},
			"report": func(rt *runtime.Runtime, module *goja.Object) error {
				return module.Set("exports", func(s string) { got = s })
			},
		},
	})
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	if code, err := rt.Run(ctx); code != 0 || err != nil {
		t.Fatalf("exit %d, %v; stderr:\n%s", code, err, stderr.String())
	}
	if want := "timed-out 500 3000000"; got != want {
		t.Fatalf("got %q, want %q", got, want)
	}
}
