// Package buffer implements node's 'buffer' core module (Buffer, atob, btoa,
// ...), its Go binding internal/buffer, and the shared internal/errors
// module used by the JavaScript core modules.
//
// The runtime installs the globals Buffer, atob and btoa lazily from this
// module's exports. Other Go modules create Buffers with New.
package buffer

import (
	_ "embed"
	"fmt"

	"github.com/dop251/goja"
	"github.com/gonode/gonode/runtime"
)

var (
	//go:embed errors.js
	errorsSource string
	//go:embed validators.js
	validatorsSource string
	//go:embed buffer.js
	bufferSource string
	//go:embed blob.js
	blobSource string
)

// Modules are the buffer package's core modules; modules/all registers them.
var Modules = runtime.ModuleSet{Core: []runtime.Module{
	{Name: "internal/errors", Source: &errorsSource},
	{Name: "internal/validators", Source: &validatorsSource},
	{Name: bindingName, Load: loadBinding},
	{Name: "buffer", Source: &bufferSource},
	{Name: "internal/blob", Source: &blobSource},
},
	Globals: []runtime.Global{
		{Name: "Blob", Module: "internal/blob", Path: "Blob"},
		{Name: "File", Module: "internal/blob", Path: "File"},
	},
}

// NodeError constructs the internal/errors error for code (such as
// "ERR_INVALID_ARG_TYPE") with the given constructor arguments, for Go
// modules to throw with panic. Loop goroutine only.
func NodeError(rt *runtime.Runtime, code string, args ...any) *goja.Object {
	vm := rt.VM()
	errs, err := rt.Require("internal/errors")
	if err != nil {
		return rt.NewNodeError("Error", code, err.Error())
	}
	ctor := errs.ToObject(vm).Get("codes").ToObject(vm).Get(code)
	if ctor == nil || goja.IsUndefined(ctor) {
		return rt.NewNodeError("Error", code, fmt.Sprint(args...))
	}
	vals := make([]goja.Value, len(args))
	for i, a := range args {
		vals[i] = vm.ToValue(a)
	}
	obj, err := vm.New(ctor, vals...)
	if err != nil {
		return rt.NewNodeError("Error", code, err.Error())
	}
	return obj
}
