// Package assert implements node's 'assert' and 'assert/strict' core modules
// in embedded JavaScript: the assertions, AssertionError with node's
// generated messages and diffs. Deep equality comes from
// internal/util/comparisons (modules/util).
package assert

import (
	_ "embed"

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
	runtime.RegisterCoreModule("internal/assert/assertion_error",
		runtime.JSModule("node:internal/assert/assertion_error", assertionErrorSource))
	runtime.RegisterCoreModule("internal/assert/call_tracker",
		runtime.JSModule("node:internal/assert/call_tracker", callTrackerSource))
	runtime.RegisterCoreModule("assert", runtime.JSModule("node:assert", assertSource))
	runtime.RegisterCoreModule("assert/strict", runtime.JSModule("node:assert/strict",
		"module.exports = require('assert').strict;\n"))
}
