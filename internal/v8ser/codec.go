package v8ser

import (
	"fmt"
	"reflect"
	"sync"

	"github.com/dop251/goja"

	"github.com/gonode/gonode/internal/jsindex"
)

// kind is how an object is serialized.
type kind uint8

const (
	kindPlain kind = iota
	kindArray
	kindMap
	kindSet
	kindDate
	kindRegExp
	kindError
	kindArrayBuffer
	kindView    // a typed array or DataView: a host object
	kindWrapper // Number, Boolean, BigInt or Symbol object
	kindString  // String object
	kindProxy
	kindUncloneable
)

// intrinsicsSource returns the built-ins a Codec uses, taken before user
// code can replace them, and one exemplar object of each kind, whose goja
// implementation type classifies objects (see Codec.kindOf).
const intrinsicsSource = `(function () {
  const getter = (o, k) => Object.getOwnPropertyDescriptor(o, k).get;
  const TypedArray = Object.getPrototypeOf(Uint8Array.prototype);
  const sparse = []; sparse[1e7] = 1;
  return {
    Map, mapForEach: Map.prototype.forEach, mapSet: Map.prototype.set,
    Set, setForEach: Set.prototype.forEach, setAdd: Set.prototype.add,
    typedArrayTag: getter(TypedArray, Symbol.toStringTag),
    RegExp, regexpSource: getter(RegExp.prototype, 'source'), regexpFlags: getter(RegExp.prototype, 'flags'),
    getOwnPropertyDescriptor: Object.getOwnPropertyDescriptor, defineProperty: Object.defineProperty,
    fnToString: Function.prototype.toString,
    Date, dateValue: Date.prototype.valueOf,
    stringValue: String.prototype.valueOf,
    Object, Number, String, Boolean, ArrayBuffer,
    errors: [Error, EvalError, RangeError, ReferenceError, SyntaxError, TypeError, URIError],
    views: [Int8Array, Uint8Array, Uint8ClampedArray, Int16Array, Uint16Array, Int32Array, Uint32Array,
      Float32Array, Float64Array, DataView, Uint8Array, BigInt64Array, BigUint64Array],
    exemplars: [
      [0, {}], [1, []], [1, sparse], [2, new Map()], [3, new Set()], [4, new Date(0)], [5, /a/],
      [6, new Error()], [7, new ArrayBuffer(0)], [8, new Uint8Array(0)], [8, new DataView(new ArrayBuffer(0))],
      [9, new Number(0)], [9, new Boolean(false)], [9, Object(0n)], [9, Object(Symbol())], [10, new String('')],
      [11, new Proxy({}, {})],
      [12, new WeakMap()], [12, new WeakSet()], [12, Promise.resolve()], [12, [].values()],
      [12, new Map().keys()], [12, new Set().values()], [12, ''[Symbol.iterator]()], [12, 'a'.matchAll(/a/g)],
      [12, (function* () {})()], [12, (function () { return arguments; })()],
      [12, (function (a) { return arguments; })(1)],
    ],
  };
})`

var (
	intrinsicsOnce sync.Once
	intrinsicsProg *goja.Program
	intrinsicsErr  error
	selfIndex      = -1 // index of goja.Object's implementation field
)

// A Codec serializes and deserializes values of one goja.Runtime. It is
// not safe for concurrent use (nor is the runtime).
type Codec struct {
	vm    *goja.Runtime
	kinds map[reflect.Type]kind
	// arrayType and arrayNames locate goja's dense array implementation and
	// its list of named own properties (see onlyLength); nil if absent.
	arrayType  reflect.Type
	arrayNames []int
	spare      *Serializer  // see takeSerializer
	buffer     *goja.Object // node's Buffer constructor
	bufProto   *goja.Object // Buffer.prototype
	mapObj     *goja.Object
	setObj     *goja.Object
	regexpObj  *goja.Object
	dateObj    *goja.Object
	objectObj  *goja.Object
	numberObj  *goja.Object
	stringObj  *goja.Object
	boolObj    *goja.Object
	abObj      *goja.Object
	errors     [7]*goja.Object
	views      [13]*goja.Object

	mapForEach, mapSet, setForEach, setAdd   goja.Callable
	typedArrayTag, regexpSource, regexpFlags goja.Callable
	getOwnPropertyDescriptor, defineProperty goja.Callable
	fnToString                               goja.Callable
	dateValue, stringValue                   goja.Callable
}

// New makes the Codec of vm. buffer is node's Buffer constructor (its
// prototype is that of deserialized Buffers; views whose constructor is
// buffer are written with node's Buffer type index). Call it before user
// code runs, or at least before user code replaces built-ins it relies on.
func New(vm *goja.Runtime, buffer *goja.Object) (*Codec, error) {
	intrinsicsOnce.Do(func() {
		if f, ok := reflect.TypeOf(goja.Object{}).FieldByName("self"); ok && f.Type.Kind() == reflect.Interface {
			selfIndex = f.Index[0]
		}
		intrinsicsProg, intrinsicsErr = goja.Compile("v8ser-intrinsics.js", intrinsicsSource, false)
	})
	if intrinsicsErr != nil {
		return nil, fmt.Errorf("v8ser: %w", intrinsicsErr)
	}
	if selfIndex < 0 {
		return nil, fmt.Errorf("v8ser: goja.Object has no implementation field to classify objects by")
	}
	fn, err := vm.RunProgram(intrinsicsProg)
	if err != nil {
		return nil, fmt.Errorf("v8ser: %w", err)
	}
	call, _ := goja.AssertFunction(fn)
	res, err := call(goja.Undefined())
	if err != nil {
		return nil, fmt.Errorf("v8ser: %w", err)
	}
	in := res.ToObject(vm)
	obj := func(name string) *goja.Object { return in.Get(name).ToObject(vm) }
	callable := func(name string) goja.Callable {
		f, _ := goja.AssertFunction(in.Get(name))
		return f
	}
	c := &Codec{
		vm: vm, kinds: make(map[reflect.Type]kind), buffer: buffer,
		mapObj: obj("Map"), setObj: obj("Set"), regexpObj: obj("RegExp"), dateObj: obj("Date"),
		objectObj: obj("Object"), numberObj: obj("Number"), stringObj: obj("String"), boolObj: obj("Boolean"),
		abObj:      obj("ArrayBuffer"),
		mapForEach: callable("mapForEach"), mapSet: callable("mapSet"),
		setForEach: callable("setForEach"), setAdd: callable("setAdd"),
		typedArrayTag: callable("typedArrayTag"), regexpSource: callable("regexpSource"),
		regexpFlags: callable("regexpFlags"), getOwnPropertyDescriptor: callable("getOwnPropertyDescriptor"),
		defineProperty: callable("defineProperty"),
		fnToString:     callable("fnToString"), dateValue: callable("dateValue"), stringValue: callable("stringValue"),
	}
	if buffer != nil {
		c.bufProto, _ = buffer.Get("prototype").(*goja.Object)
	}
	errs := obj("errors")
	for i := range c.errors {
		c.errors[i] = errs.Get(jsindex.Name(i)).ToObject(vm)
	}
	views := obj("views")
	for i := range c.views {
		c.views[i] = views.Get(jsindex.Name(i)).ToObject(vm)
	}
	ex := obj("exemplars")
	for i, n := 0, int(ex.Get("length").ToInteger()); i < n; i++ {
		pair := ex.Get(jsindex.Name(i)).ToObject(vm)
		t, k := implType(pair.Get("1").(*goja.Object)), kind(pair.Get("0").ToInteger())
		if old, dup := c.kinds[t]; dup && old != k {
			return nil, fmt.Errorf("v8ser: goja implements kinds %d and %d with one type, %v", old, k, t)
		}
		c.kinds[t] = k
	}
	c.findArrayNames()
	return c, nil
}

// findArrayNames locates the named-property list of goja's dense arrays
// (the "propNames" of their embedded baseObject).
func (c *Codec) findArrayNames() {
	arr := implType(c.vm.NewArray())
	if arr.Kind() != reflect.Pointer || arr.Elem().Kind() != reflect.Struct {
		return
	}
	base, ok := arr.Elem().FieldByName("baseObject")
	if !ok || base.Type.Kind() != reflect.Struct {
		return
	}
	names, ok := base.Type.FieldByName("propNames")
	if !ok || names.Type.Kind() != reflect.Slice {
		return
	}
	c.arrayType, c.arrayNames = arr, append(append([]int(nil), base.Index...), names.Index...)
}

// onlyLength reports whether the array o certainly has no named own
// property but "length", so that its keys need not be listed (listing them
// makes a string per element).
func (c *Codec) onlyLength(o *goja.Object) bool {
	if c.arrayNames == nil {
		return false
	}
	impl := reflect.ValueOf(o).Elem().Field(selfIndex).Elem()
	if impl.Type() != c.arrayType {
		return false
	}
	return impl.Elem().FieldByIndex(c.arrayNames).Len() == 1
}

// implType is the goja implementation type of o (*goja.baseObject,
// *goja.mapObject...). Reading a field's type through reflection is allowed
// for unexported fields; nothing of its value is used.
func implType(o *goja.Object) reflect.Type {
	return reflect.ValueOf(o).Elem().Field(selfIndex).Elem().Type()
}

// kindOf classifies o (not a function). Objects of types no exemplar has
// (Go-backed objects) are arrays if their class says so, else plain.
func (c *Codec) kindOf(o *goja.Object) kind {
	if k, ok := c.kinds[implType(o)]; ok {
		if k != kindPlain {
			return k
		}
	}
	switch {
	case o.ClassName() == "Array":
		return kindArray
	case o.ClassName() == "Arguments", o == c.vm.GlobalObject(): // strict arguments are plain goja objects
		return kindUncloneable
	}
	return kindPlain
}

// Indexes of Codec.errors.
const (
	errPlain = iota
	errEval
	errRange
	errReference
	errSyntax
	errType
	errURI
)

// errorKinds maps an error's prototype tag to its index in Codec.errors.
var errorKinds = map[byte]int{
	errTagEval: errEval, errTagRange: errRange, errTagReference: errReference,
	errTagSyntax: errSyntax, errTagType: errType, errTagURI: errURI,
}

// newError builds an Error (node's DataCloneError class for v8.serialize
// is plain Error) with message msg.
func (c *Codec) newError(msg string) *goja.Object { return c.newErrorOf(errPlain, msg) }

func (c *Codec) newErrorOf(ctor int, msg string) *goja.Object {
	o, err := c.vm.New(c.errors[ctor], c.vm.ToValue(msg))
	if err != nil {
		panic(err)
	}
	return o
}

// CloneError returns V8's "<value> could not be cloned." error for o as a
// *goja.Exception.
func (c *Codec) CloneError(o *goja.Object) error {
	return c.throw(c.newError(c.describe(o, c.kindOf(o)) + " could not be cloned."))
}

// DeserializeError returns V8's "Unable to deserialize cloned data." error
// as a *goja.Exception.
func (c *Codec) DeserializeError() error { return c.exception(msgDeserialize) }

// throw turns a JS error object into a *goja.Exception.
func (c *Codec) throw(e *goja.Object) error {
	return c.vm.Try(func() { panic(e) })
}
