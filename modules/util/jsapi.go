package util

import (
	"github.com/dop251/goja"
	"github.com/gonode/gonode/internal/nativefunc"
	"github.com/gonode/gonode/runtime"
)

// InspectFunction returns vm's util.inspect function: inspect(value[, opts])
// (or the legacy inspect(value, showHidden, depth, colors)) with its custom,
// defaultOptions, colors and styles properties. It is created once per VM
// and is the function custom inspectors receive as their third argument.
func InspectFunction(vm *goja.Runtime) *goja.Object {
	return stateOf(vm).inspectFunction()
}

func (s *vmState) inspectFunction() *goja.Object {
	if s.inspectFn != nil {
		return s.inspectFn
	}
	vm := s.vm
	fn := nativefunc.Named(vm, "inspect", 2, func(call goja.FunctionCall) goja.Value {
		return vm.ToValue(Inspect(vm, call.Argument(0), s.callOptions(call.Arguments)))
	})
	_ = fn.Set("custom", s.customInspect)
	_ = fn.DefineAccessorProperty("defaultOptions",
		runtime.NewFunction(vm, "get", 0, func(goja.FunctionCall) goja.Value { return s.defaultOptionsObject() }),
		runtime.NewFunction(vm, "set", 1, func(call goja.FunctionCall) goja.Value {
			o, ok := call.Argument(0).(*goja.Object)
			if !ok {
				panic(invalidArgType(vm, "options", "of type object", call.Argument(0)))
			}
			for _, k := range o.Keys() {
				if isOptionName(k) {
					s.defaults.set(vm, k, o.Get(k))
				}
			}
			return o
		}), goja.FLAG_FALSE, goja.FLAG_FALSE)
	s.colors = vm.CreateObject(nil)
	for _, name := range colorNames {
		col := colors()[name]
		_ = s.colors.Set(name, vm.NewArray(col.open, col.close))
	}
	for _, a := range colorAliases {
		target := a[1]
		_ = s.colors.DefineAccessorProperty(a[0],
			runtime.NewFunction(vm, "get", 0, func(goja.FunctionCall) goja.Value { return s.colors.Get(target) }),
			runtime.NewFunction(vm, "set", 1, func(call goja.FunctionCall) goja.Value {
				_ = s.colors.Set(target, call.Argument(0))
				return goja.Undefined()
			}),
			goja.FLAG_TRUE, goja.FLAG_FALSE)
	}
	s.styles = vm.CreateObject(nil)
	for _, st := range styleNames {
		_ = s.styles.Set(st[0], st[1])
	}
	_ = fn.Set("colors", s.colors)
	_ = fn.Set("styles", s.styles)
	s.inspectFn = fn
	return fn
}

// callOptions reads util.inspect's arguments after the value.
func (s *vmState) callOptions(args []goja.Value) InspectOptions {
	opts := s.defaults
	if len(args) > 2 {
		if !goja.IsUndefined(args[2]) {
			opts.Depth, opts.depthNull = limit(args[2])
		}
		if len(args) > 3 && !goja.IsUndefined(args[3]) {
			opts.Colors = args[3].ToBoolean()
		}
	}
	if len(args) > 1 {
		opts = OptionsFromJS(s.vm, opts, args[1])
	}
	return opts
}

// defaultOptionsObject is util.inspect.defaultOptions: an object whose
// properties read and write the VM's defaults.
func (s *vmState) defaultOptionsObject() goja.Value {
	if s.defaultsObj == nil {
		s.defaultsObj = s.vm.NewDynamicObject(&defaultsObject{s: s})
	}
	return s.defaultsObj
}

// defaultsObject backs util.inspect.defaultOptions (a sealed object in node).
type defaultsObject struct{ s *vmState }

func (d *defaultsObject) Get(key string) goja.Value {
	if !isOptionName(key) {
		return nil
	}
	return d.s.defaults.get(d.s.vm, key)
}

func (d *defaultsObject) Set(key string, val goja.Value) bool {
	if !isOptionName(key) {
		return false
	}
	d.s.defaults.set(d.s.vm, key, val)
	return true
}

func (d *defaultsObject) Has(key string) bool { return isOptionName(key) }

func (d *defaultsObject) Delete(key string) bool { return !isOptionName(key) }

func (d *defaultsObject) Keys() []string { return optionNames }
