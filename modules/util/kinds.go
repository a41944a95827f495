package util

import (
	"math/big"
	"reflect"

	"github.com/dop251/goja"
	"github.com/gonode/gonode/internal/lazy"
)

// kind is what an object is, as far as inspect distinguishes.
type kind int

const (
	kindObject kind = iota
	kindArray
	kindFunction
	kindSet
	kindMap
	kindTypedArray
	kindMapIterator
	kindSetIterator
	kindArguments
	kindRegExp
	kindDate
	kindError
	kindArrayBuffer
	kindDataView
	kindPromise
	kindWeakSet
	kindWeakMap
	kindBoxed
)

// typedArrayType is the constructor name of the typed array whose export is
// of type t, "" for other types (Uint8ClampedArray exports []uint8 too and
// is told apart by its Symbol.toStringTag).
func typedArrayType(t reflect.Type) string {
	switch t {
	case reflect.TypeOf([]uint8(nil)):
		return "Uint8Array"
	case reflect.TypeOf([]int8(nil)):
		return "Int8Array"
	case reflect.TypeOf([]uint16(nil)):
		return "Uint16Array"
	case reflect.TypeOf([]int16(nil)):
		return "Int16Array"
	case reflect.TypeOf([]uint32(nil)):
		return "Uint32Array"
	case reflect.TypeOf([]int32(nil)):
		return "Int32Array"
	case reflect.TypeOf([]float32(nil)):
		return "Float32Array"
	case reflect.TypeOf([]float64(nil)):
		return "Float64Array"
	case reflect.TypeOf([]int64(nil)):
		return "BigInt64Array"
	case reflect.TypeOf([]uint64(nil)):
		return "BigUint64Array"
	}
	return ""
}

// proxyOf returns the proxy behind o, if o is one.
func proxyOf(o *goja.Object) (goja.Proxy, bool) {
	if o.ExportType() != reflect.TypeOf(goja.Proxy{}) {
		return goja.Proxy{}, false
	}
	p, ok := o.Export().(goja.Proxy)
	return p, ok
}

// classify tells what o is (o is not a proxy). boxed is the primitive type
// name of a boxed primitive.
func (c *inspector) classify(o *goja.Object) (k kind, boxed string) {
	if goja.IsCallable(o) {
		return kindFunction, ""
	}
	et := o.ExportType()
	switch et {
	case reflect.TypeOf((*goja.Promise)(nil)):
		return kindPromise, ""
	case reflect.TypeOf(goja.ArrayBuffer{}):
		return kindArrayBuffer, ""
	case reflect.TypeOf([][2]interface{}(nil)):
		if o.ClassName() == "Object" {
			return kindMap, ""
		}
	case reflect.TypeOf((*big.Int)(nil)):
		if o.ClassName() == "Object" {
			return kindBoxed, "BigInt"
		}
	}
	switch cn := o.ClassName(); cn {
	case "Array":
		return kindArray, ""
	case "Arguments":
		return kindArguments, ""
	case "RegExp":
		return kindRegExp, ""
	case "Date":
		return kindDate, ""
	case "Error":
		return kindError, ""
	case "Number", "String", "Boolean":
		return kindBoxed, cn
	case "Object":
		if et == reflect.TypeOf([]interface{}(nil)) {
			return kindSet, ""
		}
		if typedArrayType(et) != "" {
			return kindTypedArray, ""
		}
		if et == reflect.TypeOf("") {
			// A boxed Symbol exports its description.
			return kindBoxed, "Symbol"
		}
	}
	return c.brandOf(o), ""
}

// brandOf recognises errors that are not native errors (instanceof Error),
// and WeakMap, WeakSet, DataView and Map/Set iterators, which goja's Go API
// does not tell apart from plain objects. Only objects inheriting from one
// of their prototypes are checked (with a brand check in JS).
func (c *inspector) brandOf(o *goja.Object) kind {
	if k, ok := c.iteratorKind(o); ok {
		return k
	}
	candidate := false
	for p := o.Prototype(); p != nil; p = p.Prototype() {
		if p == c.st.objectPrototype {
			break
		}
		if p == c.st.errorPrototype {
			return kindError
		}
		if c.st.brandPrototypes[p] {
			candidate = true
			break
		}
	}
	if !candidate {
		return kindObject
	}
	switch call(c.st.brand, o).ToInteger() {
	case 1:
		return kindWeakMap
	case 2:
		return kindWeakSet
	case 3:
		return kindDataView
	case 4:
		return kindMapIterator
	case 5:
		return kindSetIterator
	}
	return kindObject
}

// isInstance is `o instanceof ctor`, false if that throws.
func (c *inspector) isInstance(o *goja.Object, ctor *goja.Object) (res bool) {
	if ex := c.vm.Try(func() { res = c.vm.InstanceOf(o, ctor) }); ex != nil {
		return false
	}
	return res
}

// internalName approximates V8's internal constructor name of o (used
// when o's prototype chain has no constructor).
func (c *inspector) internalName(o *goja.Object, k kind) string {
	switch k {
	case kindFunction:
		return "Function"
	case kindArray:
		return "Array"
	case kindSet:
		return "Set"
	case kindMap:
		return "Map"
	case kindTypedArray:
		return c.typedArrayName(o)
	case kindRegExp:
		return "RegExp"
	case kindDate:
		return "Date"
	case kindError:
		if o.ClassName() == "Error" {
			return "Error"
		}
	case kindPromise:
		return "Promise"
	case kindArrayBuffer:
		return "ArrayBuffer"
	case kindDataView:
		return "DataView"
	case kindWeakMap:
		return "WeakMap"
	case kindWeakSet:
		return "WeakSet"
	case kindBoxed:
		switch cn := o.ClassName(); cn {
		case "Number", "String", "Boolean":
			return cn
		}
	}
	// V8 falls back to a Symbol.toStringTag string, then the class name.
	if t := o.GetSymbol(goja.SymToStringTag); t != nil && goja.IsString(t) {
		return t.String()
	}
	return "Object"
}

// builtInObjects are node's builtInObjects: the capitalised globals of a
// fresh V8 context (what globalThis holds when node's inspect.js loads),
// not node's own classes (Buffer, URL, Event...). %s inspects an object
// whose toString comes from one of them, and showHidden stops listing
// prototype properties at one of them.
func builtInObjects() map[string]bool {
	return builtInObjectsLazy.Get(func() map[string]bool {
		set := map[string]bool{}
		for _, n := range []string{"Object", "Function", "Array", "Number", "Infinity", "NaN", "Boolean",
			"String", "Symbol", "Date", "Promise", "RegExp", "Error", "AggregateError", "EvalError",
			"RangeError", "ReferenceError", "SyntaxError", "TypeError", "URIError", "JSON", "Math", "Intl",
			"ArrayBuffer", "Uint8Array", "Int8Array", "Uint16Array", "Int16Array", "Uint32Array",
			"Int32Array", "Float32Array", "Float64Array", "Uint8ClampedArray", "BigUint64Array",
			"BigInt64Array", "DataView", "Map", "BigInt", "Set", "WeakMap", "WeakSet", "Proxy", "Reflect",
			"FinalizationRegistry", "WeakRef", "SharedArrayBuffer", "Atomics", "WebAssembly"} {
			set[n] = true
		}
		return set
	})
}

var builtInObjectsLazy lazy.Value[map[string]bool]

// iteratorKind recognises Map and Set iterators from goja's storage.
func (c *inspector) iteratorKind(o *goja.Object) (kind, bool) {
	if c.fp == nil {
		return kindObject, false
	}
	l := iterators(c.fp)
	if l == nil {
		return kindObject, false
	}
	switch c.fp.ImplType(o) {
	case l.mapIter:
		return kindMapIterator, true
	case l.setIter:
		return kindSetIterator, true
	}
	return kindObject, false
}
