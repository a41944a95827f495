// Package querystring implements node's 'querystring' core module: the
// parse scan in Go (internal/querystring) and the rest in embedded
// JavaScript.
package querystring

import (
	_ "embed"

	"github.com/dop251/goja"
	"github.com/gonode/gonode/modules/buffer"
	"github.com/gonode/gonode/runtime"
)

//go:embed querystring.js
var source string

// Modules are the querystring package's core modules; modules/all registers them.
var Modules = runtime.ModuleSet{
	Needs: []*runtime.ModuleSet{&buffer.Modules},
	Core: []runtime.Module{
		{Name: "internal/querystring", Load: loadBinding},
		{Name: "querystring", Source: &source},
	}}

// loadBinding builds internal/querystring:
// parse(qs, sep, eq, maxKeys, decode, unescape) where decode is undefined
// for the built-in decoding and unescape is the fallback after a throwing
// decode.
func loadBinding(rt *runtime.Runtime, module *goja.Object) error {
	vm := rt.VM()
	b := vm.NewObject()
	err := b.Set("parse", func(call goja.FunctionCall) goja.Value {
		p := &parser{vm: vm, values: map[string]*pairValue{}}
		if fn, ok := goja.AssertFunction(call.Argument(4)); ok {
			p.decode = fn
			p.fallback, _ = goja.AssertFunction(call.Argument(5))
			if p.fallback == nil {
				p.fallback = fn
			}
		}
		p.parse(units(call.Argument(0)), units(call.Argument(1)), units(call.Argument(2)), int(call.Argument(3).ToInteger()))
		return p.result()
	})
	if err != nil {
		return err
	}
	// escape(str) returns the encoded string, or null for a surrogate at
	// the end (querystring.js throws ERR_INVALID_URI).
	err = b.Set("escape", func(call goja.FunctionCall) goja.Value {
		out, ok := escapeUnits(units(call.Argument(0)))
		if !ok {
			return goja.Null()
		}
		return vm.ToValue(string(out))
	})
	if err != nil {
		return err
	}
	return module.Set("exports", b)
}
