package util

import (
	_ "embed"

	"github.com/dop251/goja"
	"github.com/gonode/gonode/internal/nativefunc"
	"github.com/gonode/gonode/modules/buffer"
	"github.com/gonode/gonode/runtime"
)

var (
	//go:embed util.js
	utilSource string
	//go:embed comparisons.js
	comparisonsSource string
	//go:embed encoding.js
	encodingSource string
	//go:embed colors.js
	colorsSource string
	//go:embed parse_args.js
	parseArgsSource string
	//go:embed debuglog.js
	debuglogSource string
	// The promisify symbols, for core modules that customise promisify.
	promisifySource = `'use strict';
module.exports = {
  kCustomPromisified: Symbol.for('nodejs.util.promisify.custom'),
  kCustomPromisifyArgs: Symbol('customPromisifyArgs'),
};
`
)

// Modules are the util package's core modules; modules/all registers them.
var Modules = runtime.ModuleSet{
	Needs: []*runtime.ModuleSet{&buffer.Modules},
	Core: []runtime.Module{
		{Name: "internal/util/inspect", Load: loadInspectBinding},
		{Name: "internal/util/types", Load: func(rt *runtime.Runtime, module *goja.Object) error {
			return module.Set("exports", typesObject(rt.VM()))
		}},
		{Name: "util/types", Source: &utilTypesSource},
		{Name: "internal/util/comparisons", Source: &comparisonsSource},
		{Name: "internal/util/colors", Source: &colorsSource},
		{Name: "internal/encoding_binding", Load: func(rt *runtime.Runtime, module *goja.Object) error {
			return module.Set("exports", encodingBinding(rt.VM()))
		}},
		{Name: "internal/encoding", Source: &encodingSource},
		{Name: "internal/util/parse_args", Source: &parseArgsSource},
		{Name: "internal/util/promisify", Source: &promisifySource},
		{Name: "internal/util/debuglog", Source: &debuglogSource},
		{Name: "util", Source: &utilSource},
		{Name: "sys", Source: &sysSource},
	}}

var utilTypesSource = "'use strict';\nmodule.exports = require('internal/util/types');\n"

// sysSource is the deprecated sys module: util, with node's warning.
var sysSource = `'use strict';
process.emitWarning('sys is deprecated. Use util instead.', 'DeprecationWarning', 'DEP0025');
module.exports = require('util');
`

// loadInspectBinding builds internal/util/inspect: inspect, format,
// formatWithOptions (unvalidated) and formatList, stripVTControlCharacters,
// previewEntries, nonIndexNames and getStringWidth.
func loadInspectBinding(rt *runtime.Runtime, module *goja.Object) error {
	vm := rt.VM()
	exports := module.Get("exports").(*goja.Object)
	fn := func(name string, length int, f func(goja.FunctionCall) goja.Value) error {
		return exports.Set(name, runtime.NewFunction(vm, name, length, f))
	}
	// inspect is made on first use (a program that only logs strings never
	// needs util.inspect itself).
	inspect := nativefunc.New(vm, func(goja.FunctionCall) goja.Value { return InspectFunction(vm) })
	if err := exports.DefineAccessorProperty("inspect", inspect, nil, goja.FLAG_TRUE, goja.FLAG_TRUE); err != nil {
		return err
	}
	if err := fn("format", 0, func(call goja.FunctionCall) goja.Value {
		return vm.ToValue(Format(vm, call.Arguments))
	}); err != nil {
		return err
	}
	if err := fn("formatWithOptions", 1, func(call goja.FunctionCall) goja.Value {
		opts := OptionsFromJS(vm, DefaultOptions(vm), call.Argument(0))
		var args []goja.Value
		if len(call.Arguments) > 1 {
			args = call.Arguments[1:]
		}
		return vm.ToValue(FormatWithOptions(vm, opts, args))
	}); err != nil {
		return err
	}
	// formatList(opts, args) is formatWithOptions(opts, ...args) without the
	// spread (console's hot path).
	if err := fn("formatList", 2, func(call goja.FunctionCall) goja.Value {
		opts := OptionsFromJS(vm, DefaultOptions(vm), call.Argument(0))
		list, _ := call.Argument(1).(*goja.Object)
		var args []goja.Value
		if list != nil {
			n := int(list.Get("length").ToInteger())
			args = make([]goja.Value, n)
			for i := range args {
				args[i] = list.Get(indexKey(int64(i)))
			}
		}
		return vm.ToValue(FormatWithOptions(vm, opts, args))
	}); err != nil {
		return err
	}
	if err := fn("stripVTControlCharacters", 1, func(call goja.FunctionCall) goja.Value {
		s := call.Argument(0)
		if !goja.IsString(s) {
			panic(invalidArgType(vm, "str", "of type string", s))
		}
		return vm.ToValue(stripVT(s.String()))
	}); err != nil {
		return err
	}
	// previewEntries(iterator) -> [entries, isKeyValue] for a Map or Set
	// iterator without consuming it (flat [k0, v0, k1, v1, ...] pairs when
	// isKeyValue), or undefined.
	if err := fn("previewEntries", 1, func(call goja.FunctionCall) goja.Value {
		o, ok := call.Argument(0).(*goja.Object)
		if !ok {
			return goja.Undefined()
		}
		c := newInspector(vm, stateOf(vm), DefaultOptions(vm))
		entries, keyValue, ok := c.previewEntries(o)
		if !ok {
			return goja.Undefined()
		}
		list := make([]interface{}, len(entries))
		for i, e := range entries {
			list[i] = e
		}
		return vm.NewArray(vm.NewArray(list...), keyValue)
	}); err != nil {
		return err
	}
	// nonIndexNames(o, all) lists o's own string keys that are not array
	// indices (the enumerable ones unless all), without listing the elements
	// of an array or typed array (node's getOwnNonIndexProperties).
	if err := fn("nonIndexNames", 2, func(call goja.FunctionCall) goja.Value {
		o, ok := call.Argument(0).(*goja.Object)
		if !ok {
			return vm.NewArray()
		}
		opts := DefaultOptions(vm)
		opts.ShowHidden = call.Argument(1).ToBoolean()
		var names []interface{}
		for _, k := range newInspector(vm, stateOf(vm), opts).nonIndexKeys(o) {
			if k.sym == nil {
				names = append(names, k.name)
			}
		}
		return vm.NewArray(names...)
	}); err != nil {
		return err
	}
	return fn("getStringWidth", 1, func(call goja.FunctionCall) goja.Value {
		remove := len(call.Arguments) < 2 || call.Argument(1).ToBoolean()
		return vm.ToValue(StringWidth(call.Argument(0).String(), remove))
	})
}
