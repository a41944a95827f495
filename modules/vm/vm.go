// Package vm implements node's 'vm' core module. Scripts are compiled once
// (goja programs) and run in this context, the global scope, as node runs
// them. goja has one realm per runtime, so a context is emulated: its code
// runs with the contextified object as its global scope (a with-scope
// proxy, see vm.js) and shares this context's built-in objects. COMPAT.md
// lists what differs.
package vm

import (
	_ "embed"
	"fmt"
	"time"

	"github.com/dop251/goja"
	"github.com/dop251/goja/ast"
	"github.com/dop251/goja/parser"
	"github.com/gonode/gonode/modules/buffer"
	"github.com/gonode/gonode/runtime"
)

//go:embed vm.js
var source string

// Modules is vm and its binding; modules/all registers it.
var Modules = runtime.ModuleSet{
	Needs: []*runtime.ModuleSet{&buffer.Modules},
	Core: []runtime.Module{
		{Name: "internal/vm", Load: loadBinding},
		{Name: "vm", Source: &source},
	},
}

// loadBinding builds internal/vm:
//
//	compile(code, filename) -> script      (throws node's SyntaxError)
//	runScript(script, timeoutMs) -> value  (in this context)
//	callTimed(fn, timeoutMs) -> value      (fn(), interrupted after the timeout)
//	declarations(code) -> [functions, vars] (the names a script declares at its top level)
func loadBinding(rt *runtime.Runtime, module *goja.Object) error {
	vm := rt.VM()
	b := vm.NewObject()
	_ = b.Set("compile", func(code, filename string) goja.Value {
		return rt.HostRef(rt.CompileScript(filename, code))
	})
	_ = b.Set("runScript", func(script goja.Value, timeout int64) goja.Value {
		prg, ok := runtime.HostOf(script).(*goja.Program)
		if !ok {
			panic(vm.NewTypeError("not a compiled script"))
		}
		return timed(rt, timeout, func() (goja.Value, error) { return vm.RunProgram(prg) })
	})
	_ = b.Set("callTimed", func(fn goja.Callable, timeout int64) goja.Value {
		return timed(rt, timeout, func() (goja.Value, error) { return fn(goja.Undefined()) })
	})
	_ = b.Set("declarations", func(code string) goja.Value {
		fns, vars := declarations(code)
		return vm.NewArray(vm.ToValue(fns), vm.ToValue(vars))
	})
	return module.Set("exports", b)
}

// timed runs fn, interrupted after timeout milliseconds (0: never), and
// returns its value or throws what it threw, or node's timeout error.
func timed(rt *runtime.Runtime, timeout int64, fn func() (goja.Value, error)) goja.Value {
	var v goja.Value
	timedOut, err := rt.RunWithTimeout(time.Duration(timeout)*time.Millisecond, func() error {
		var err error
		v, err = fn()
		return err
	})
	if timedOut {
		panic(rt.NewNodeError("Error", "ERR_SCRIPT_EXECUTION_TIMEOUT", fmt.Sprintf("Script execution timed out after %dms", timeout)))
	}
	if err != nil {
		rt.Rethrow(err)
	}
	return v
}

// declarations returns the functions and the plain variables a script
// declares at its top level, in order (none if goja's parser takes it only
// rewritten: running it reports what is wrong).
func declarations(code string) (fns, vars []string) {
	fns, vars = []string{}, []string{}
	prg, err := parser.ParseFile(nil, "", code, 0)
	if err != nil {
		return fns, vars
	}
	for _, st := range prg.Body {
		switch st := st.(type) {
		case *ast.FunctionDeclaration:
			if st.Function.Name != nil {
				fns = append(fns, st.Function.Name.Name.String())
			}
		case *ast.VariableStatement:
			for _, b := range st.List {
				if id, ok := b.Target.(*ast.Identifier); ok {
					vars = append(vars, id.Name.String())
				}
			}
		}
	}
	return fns, vars
}
