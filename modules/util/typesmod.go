package util

import (
	"github.com/dop251/goja"
	"github.com/gonode/gonode/internal/lazy"
	"github.com/gonode/gonode/internal/nativefunc"
)

// typeCheck is one of util.types' predicates.
type typeCheck struct {
	name  string
	check func(c *inspector, o *goja.Object, k kind, boxed string) bool
}

// typeChecks are util.types' predicates, in node's order, over an object
// that is not a proxy (proxies fail them all but isProxy); made on first use.
func typeChecks() []typeCheck {
	return typeChecksLazy.Get(func() []typeCheck {
		return []typeCheck{
			{"isExternal", never},
			{"isDate", is(kindDate)},
			{"isArgumentsObject", is(kindArguments)},
			{"isBigIntObject", isBoxed("BigInt")},
			{"isBooleanObject", isBoxed("Boolean")},
			{"isNumberObject", isBoxed("Number")},
			{"isStringObject", isBoxed("String")},
			{"isSymbolObject", isBoxed("Symbol")},
			{"isNativeError", func(c *inspector, o *goja.Object, k kind, _ string) bool {
				return k == kindError && o.ClassName() == "Error"
			}},
			{"isRegExp", is(kindRegExp)},
			{"isAsyncFunction", func(c *inspector, o *goja.Object, k kind, _ string) bool {
				return k == kindFunction && (c.inherits(o, c.st.asyncFunctionProto) || isAsyncSource(call(c.st.fnSource, o).String()))
			}},
			{"isGeneratorFunction", func(c *inspector, o *goja.Object, k kind, _ string) bool {
				return k == kindFunction && c.inherits(o, c.st.generatorFuncProto)
			}},
			{"isGeneratorObject", func(c *inspector, o *goja.Object, k kind, _ string) bool {
				return k == kindObject && c.inherits(o, c.st.generatorProto)
			}},
			{"isPromise", is(kindPromise)},
			{"isMap", is(kindMap)},
			{"isSet", is(kindSet)},
			{"isMapIterator", is(kindMapIterator)},
			{"isSetIterator", is(kindSetIterator)},
			{"isWeakMap", is(kindWeakMap)},
			{"isWeakSet", is(kindWeakSet)},
			{"isArrayBuffer", is(kindArrayBuffer)},
			{"isDataView", is(kindDataView)},
			{"isSharedArrayBuffer", never},
			{"isProxy", nil}, // the one check that looks at the proxy itself
			{"isModuleNamespaceObject", never},
			{"isAnyArrayBuffer", is(kindArrayBuffer)},
			{"isBoxedPrimitive", is(kindBoxed)},
			{"isArrayBufferView", func(c *inspector, o *goja.Object, k kind, _ string) bool {
				return k == kindTypedArray || k == kindDataView
			}},
			{"isTypedArray", is(kindTypedArray)},
			{"isUint8Array", isTyped("Uint8Array")},
			{"isUint8ClampedArray", isTyped("Uint8ClampedArray")},
			{"isUint16Array", isTyped("Uint16Array")},
			{"isUint32Array", isTyped("Uint32Array")},
			{"isInt8Array", isTyped("Int8Array")},
			{"isInt16Array", isTyped("Int16Array")},
			{"isInt32Array", isTyped("Int32Array")},
			{"isFloat32Array", isTyped("Float32Array")},
			{"isFloat64Array", isTyped("Float64Array")},
			{"isBigInt64Array", isTyped("BigInt64Array")},
			{"isBigUint64Array", isTyped("BigUint64Array")},
			{"isKeyObject", never},
			{"isCryptoKey", never},
		}
	})
}

var typeChecksLazy lazy.Value[[]typeCheck]

func never(*inspector, *goja.Object, kind, string) bool { return false }

func is(want kind) func(*inspector, *goja.Object, kind, string) bool {
	return func(_ *inspector, _ *goja.Object, k kind, _ string) bool { return k == want }
}

func isBoxed(typ string) func(*inspector, *goja.Object, kind, string) bool {
	return func(_ *inspector, _ *goja.Object, k kind, boxed string) bool { return k == kindBoxed && boxed == typ }
}

func isTyped(name string) func(*inspector, *goja.Object, kind, string) bool {
	return func(c *inspector, o *goja.Object, k kind, _ string) bool {
		return k == kindTypedArray && c.typedArrayName(o) == name
	}
}

// typedArrayName is the constructor name of a typed array's element type.
func (c *inspector) typedArrayName(o *goja.Object) string {
	name := typedArrayType(o.ExportType())
	if name == "Uint8Array" {
		return call(c.st.typedArrayName, o).String()
	}
	return name
}

// typesObject builds util.types.
func typesObject(vm *goja.Runtime) *goja.Object {
	st := stateOf(vm)
	types := vm.NewObject()
	for _, tc := range typeChecks() {
		check := tc.check
		fn := nativefunc.Named(vm, tc.name, 1, func(call goja.FunctionCall) goja.Value {
			o, ok := call.Argument(0).(*goja.Object)
			if !ok {
				return vm.ToValue(false)
			}
			if _, isProxy := proxyOf(o); isProxy || check == nil {
				return vm.ToValue(isProxy && check == nil)
			}
			c := newInspector(vm, st, st.defaults)
			k, boxed := c.classify(o)
			return vm.ToValue(check(c, o, k, boxed))
		})
		_ = types.Set(tc.name, fn)
	}
	return types
}
