// Package repl provides node's 'repl' core module: a REPLServer (a readline
// Interface) that evaluates lines with vm and prints results as node's
// does, with its dot-commands. It is plain JavaScript, loaded on first
// require; the gonode command runs one when started on a terminal without
// a script.
package repl

import (
	_ "embed"

	"github.com/gonode/gonode/modules/readline"
	"github.com/gonode/gonode/modules/util"
	"github.com/gonode/gonode/modules/vm"
	"github.com/gonode/gonode/runtime"
)

//go:embed repl.js
var source string

// Modules is repl; modules/all registers it.
var Modules = runtime.ModuleSet{
	Needs: []*runtime.ModuleSet{&readline.Modules, &util.Modules, &vm.Modules},
	Core: []runtime.Module{
		{Name: "repl", Source: &source},
	},
}
