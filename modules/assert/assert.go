// Package assert implements node's 'assert' and 'assert/strict' core modules
// in embedded JavaScript: the assertions, AssertionError with node's
// generated messages and diffs. Deep equality comes from
// internal/util/comparisons (modules/util).
package assert

import (
	_ "embed"
	"os"

	"github.com/dop251/goja"

	_ "github.com/gonode/gonode/modules/buffer" // internal/errors, buffer
	_ "github.com/gonode/gonode/modules/util"   // internal/util/comparisons, util
	"github.com/gonode/gonode/runtime"
)

var (
	//go:embed assert.js
	assertSource string
	//go:embed assertion_error.js
	assertionErrorSource string
	//go:embed call_tracker.js
	callTrackerSource string
)

func init() {
	runtime.RegisterCoreModule("internal/assert/source", loadSourceBinding)
	runtime.RegisterCoreModule("internal/assert/assertion_error",
		runtime.JSModule("node:internal/assert/assertion_error", assertionErrorSource))
	runtime.RegisterCoreModule("internal/assert/call_tracker",
		runtime.JSModule("node:internal/assert/call_tracker", callTrackerSource))
	runtime.RegisterCoreModule("assert", runtime.JSModule("node:assert", assertSource))
	runtime.RegisterCoreModule("assert/strict", runtime.JSModule("node:assert/strict",
		"module.exports = require('assert').strict;\n"))
}

// maxSourceSize bounds the script size assert.ok reads to quote its caller.
const maxSourceSize = 8 << 20

// loadSourceBinding builds internal/assert/source: readSource(path) returns
// a script's text, or undefined if it cannot be read.
func loadSourceBinding(rt *runtime.Runtime, module *goja.Object) error {
	vm := rt.VM()
	o := vm.NewObject()
	if err := o.Set("readSource", func(call goja.FunctionCall) goja.Value {
		path := call.Argument(0).String()
		if st, err := os.Stat(path); err != nil || !st.Mode().IsRegular() || st.Size() > maxSourceSize {
			return goja.Undefined()
		}
		data, err := os.ReadFile(path)
		if err != nil {
			return goja.Undefined()
		}
		return vm.ToValue(string(data))
	}); err != nil {
		return err
	}
	return module.Set("exports", o)
}
