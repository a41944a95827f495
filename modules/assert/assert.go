// Package assert implements node's 'assert' and 'assert/strict' core modules
// in embedded JavaScript: the assertions, AssertionError with node's
// generated messages and diffs. Deep equality comes from
// internal/util/comparisons (modules/util).
package assert

import (
	_ "embed"
	"os"

	"github.com/dop251/goja"
	"github.com/gonode/gonode/modules/buffer"
	"github.com/gonode/gonode/modules/util"
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

// Modules are the assert package's core modules; modules/all registers them.
var Modules = runtime.ModuleSet{
	Needs: []*runtime.ModuleSet{&buffer.Modules, &util.Modules},
	Core: []runtime.Module{
		{Name: "internal/assert/source", Load: loadSourceBinding},
		{Name: "internal/assert/assertion_error", Source: &assertionErrorSource},
		{Name: "internal/assert/call_tracker", Source: &callTrackerSource},
		{Name: "assert", Source: &assertSource},
		{Name: "assert/strict", Source: &assertStrictSource},
	}}

var assertStrictSource = "module.exports = require('assert').strict;\n"

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
