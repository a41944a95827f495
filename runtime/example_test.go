package runtime_test

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"path/filepath"

	"github.com/dop251/goja"
	"github.com/gonode/gonode/runtime"
)

// A host program embeds the runtime, gives it a Go-backed module, runs a
// script and reads its exit code.
func Example() {
	dir, _ := os.MkdirTemp("", "example")
	defer os.RemoveAll(dir)
	script := filepath.Join(dir, "app.js")
	_ = os.WriteFile(script, []byte(`
const host = require('host');
setTimeout(() => {
  host.report('answer', 6 * 7);
  process.exitCode = 3;
}, 10);
`), 0o644)

	var stdout bytes.Buffer
	rt, err := runtime.New(runtime.Options{
		Script: script,
		Stdout: &stdout,
		Modules: map[string]runtime.ModuleLoader{
			"host": func(rt *runtime.Runtime, module *goja.Object) error {
				exports := module.Get("exports").ToObject(rt.VM())
				return exports.Set("report", func(name string, v int) {
					fmt.Printf("%s = %d\n", name, v)
				})
			},
		},
	})
	if err != nil {
		fmt.Println(err)
		return
	}
	code, err := rt.Run(context.Background())
	fmt.Println("exit code", code, err)
	// Output:
	// answer = 42
	// exit code 3 <nil>
}
