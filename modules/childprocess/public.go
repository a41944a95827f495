package childprocess

import (
	"github.com/dop251/goja"
	"github.com/gonode/gonode/runtime"
)

// loadPublic builds node:child_process's exports in Go. spawn, fork and
// ChildProcess live in internal/child_process; exec, execFile and the
// synchronous forms in internal/child_process/exec. Both are compiled only
// when first used, and this module compiles nothing, so that a forked child
// whose script requires child_process (to share code with its parent) does
// not pay for them: fork and spawn forward, the other names load on first
// access.
func loadPublic(rt *runtime.Runtime, module *goja.Object) error {
	vm := rt.VM()
	exports := vm.NewObject()
	load := func(name string) *goja.Object {
		v, err := rt.Require(name)
		if err != nil {
			rt.Rethrow(err)
		}
		return v.ToObject(vm)
	}
	forward := func(name string, length int) *goja.Object {
		return runtime.NewFunction(vm, name, length, func(call goja.FunctionCall) goja.Value {
			fn, _ := goja.AssertFunction(load("internal/child_process").Get(name))
			v, err := fn(call.This, call.Arguments...)
			if err != nil {
				rt.Rethrow(err)
			}
			return v
		})
	}
	for _, name := range []string{"ChildProcess", "exec", "execFile", "execFileSync", "execSync", "fork", "spawn", "spawnSync"} {
		switch name {
		case "fork":
			_ = exports.Set(name, forward(name, 1))
			continue
		case "spawn":
			_ = exports.Set(name, forward(name, 3))
			continue
		}
		lib := "internal/child_process/exec"
		if name == "ChildProcess" {
			lib = "internal/child_process"
		}
		// The accessor becomes a plain property, node's, on first use.
		settle := func(value goja.Value) {
			_ = exports.DefineDataProperty(name, value, goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_TRUE)
		}
		get := runtime.NewFunction(vm, "get", 0, func(goja.FunctionCall) goja.Value {
			value := load(lib).Get(name)
			settle(value)
			return value
		})
		set := runtime.NewFunction(vm, "set", 1, func(call goja.FunctionCall) goja.Value {
			settle(call.Argument(0))
			return goja.Undefined()
		})
		_ = exports.DefineAccessorProperty(name, get, set, goja.FLAG_TRUE, goja.FLAG_TRUE)
	}
	return module.Set("exports", exports)
}
