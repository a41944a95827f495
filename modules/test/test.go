// Package test provides node:test, node's test runner, for a test file run
// as a program: test/it and describe/suite with their skip, todo and only
// forms, subtests, before/after/beforeEach/afterEach hooks, timeouts,
// callback and promise tests, mock functions and methods, and node's spec
// and TAP reports; and gonode --test, which runs test files each in a
// process of its own. It is plain JavaScript, loaded on first require.
package test

import (
	_ "embed"

	"github.com/gonode/gonode/runtime"
)

// Modules is node:test; modules/all registers it.
var Modules = runtime.ModuleSet{
	Core: []runtime.Module{
		{Name: "node:test", Source: &source},
		{Name: "internal/test/reporters", Source: &reportersSource},
		{Name: "internal/test/runner", Source: &runnerSource},
	},
}

var (
	//go:embed test.js
	source string
	// reportersSource is node's TAP and spec reporters.
	//go:embed reporters.js
	reportersSource string
	// runnerSource is gonode --test's program.
	//go:embed runner.js
	runnerSource string
)
