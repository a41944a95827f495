package runtime

import "github.com/dop251/goja"

// installLegacyAccessors defines Object.prototype's __defineGetter__,
// __defineSetter__, __lookupGetter__ and __lookupSetter__ (ECMAScript
// Annex B, which V8 has and goja has not), unless goja has them. npm code
// still calls them: koa's delegates defines its request and response
// accessors with __defineGetter__.
func (rt *Runtime) installLegacyAccessors() {
	vm := rt.vm
	proto := vm.Get("Object").ToObject(vm).Get("prototype").ToObject(vm)
	if proto.Get("__defineGetter__") != nil {
		return
	}
	define := func(name string, getter bool) {
		fn := NewFunction(vm, name, 2, func(call goja.FunctionCall) goja.Value {
			o := call.This.ToObject(vm)
			f := call.Argument(1)
			if !goja.IsCallable(f) {
				panic(vm.NewTypeError("Object.prototype." + name + ": Expecting function"))
			}
			get, set := f, goja.Value(nil)
			if !getter {
				get, set = nil, f
			}
			var err error
			if sym, ok := call.Argument(0).(*goja.Symbol); ok {
				err = o.DefineAccessorPropertySymbol(sym, get, set, goja.FLAG_TRUE, goja.FLAG_TRUE)
			} else {
				err = o.DefineAccessorProperty(call.Argument(0).String(), get, set, goja.FLAG_TRUE, goja.FLAG_TRUE)
			}
			if err != nil {
				panic(err)
			}
			return goja.Undefined()
		})
		_ = proto.DefineDataProperty(name, fn, goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_FALSE)
	}
	lookup := func(name, part string) {
		fn := NewFunction(vm, name, 1, func(call goja.FunctionCall) goja.Value {
			o := call.This.ToObject(vm)
			key := call.Argument(0)
			if _, ok := key.(*goja.Symbol); !ok {
				key = vm.ToValue(key.String())
			}
			getOwn, _ := goja.AssertFunction(vm.Get("Object").ToObject(vm).Get("getOwnPropertyDescriptor"))
			for o != nil {
				desc, err := getOwn(goja.Undefined(), o, key)
				if err != nil {
					panic(err)
				}
				if d, ok := desc.(*goja.Object); ok {
					if v := d.Get(part); v != nil {
						return v
					}
					return goja.Undefined()
				}
				o = o.Prototype()
			}
			return goja.Undefined()
		})
		_ = proto.DefineDataProperty(name, fn, goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_FALSE)
	}
	define("__defineGetter__", true)
	define("__defineSetter__", false)
	lookup("__lookupGetter__", "get")
	lookup("__lookupSetter__", "set")
}
