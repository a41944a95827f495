package ipc

import (
	"reflect"
	"sync"
	"unsafe"

	"github.com/dop251/goja"
	"github.com/dop251/goja/unistring"
)

// goja's Go API lists an object's keys as fresh Go strings, allocating an
// iterator, a closure and a boxed name per key, then looks each value up by
// name again; for a small message that was most of the cost of encoding it.
// Defining a property goes through Runtime.try and a property record per
// call. For goja's plain objects (the *goja.baseObject behind {...} and
// NewObject) the codec instead reads and writes the object's own-property
// storage: its values map and its ordered list of names. The field
// positions are found with reflection, a field is only reinterpreted as a
// Go type after checking that its declared type is exactly that type, and
// the layout is verified on scratch objects the first time; if anything
// differs from what is expected (a goja upgrade), plainStorage returns nil
// and the codec uses goja's API throughout.

type (
	propValues = map[unistring.String]goja.Value
	propNames  = []unistring.String
)

// plainLayout is where goja keeps a plain object's own properties.
type plainLayout struct {
	self    uintptr        // offset of goja.Object.self, an objectImpl interface
	baseTab unsafe.Pointer // the interface's type word when it holds a *goja.baseObject
	values  uintptr        // offset of baseObject.values
	names   uintptr        // offset of baseObject.propNames
	// propType is the type of the property records (accessors, and data
	// properties that are not writable, enumerable and configurable)
	// stored among the plain values.
	propType reflect.Type
}

// disablePlainStorage turns the storage access off (tests exercise both).
var disablePlainStorage bool

var (
	plainLayoutOnce sync.Once
	plainLayoutOf   *plainLayout
)

// plainStorage returns the storage layout, or nil when it is not used. The
// first call learns it with scratch objects of vm, through goja's Go API
// (no JavaScript runs).
func plainStorage(vm *goja.Runtime) *plainLayout {
	if disablePlainStorage {
		return nil
	}
	plainLayoutOnce.Do(func() { plainLayoutOf = learnPlainLayout(vm) })
	return plainLayoutOf
}

func learnPlainLayout(vm *goja.Runtime) *plainLayout {
	self, ok := reflect.TypeOf(goja.Object{}).FieldByName("self")
	if !ok || self.Type.Kind() != reflect.Interface || len(self.Index) != 1 {
		return nil
	}
	const all = goja.FLAG_TRUE
	o := vm.NewObject()
	getter := vm.ToValue(func(goja.FunctionCall) goja.Value { return goja.Undefined() })
	if o.DefineDataProperty("a", vm.ToValue(1), all, all, all) != nil ||
		o.DefineDataProperty("b", vm.ToValue("s"), all, all, all) != nil ||
		o.DefineAccessorProperty("c", getter, nil, all, all) != nil {
		return nil
	}
	l := &plainLayout{self: self.Offset}
	impl := reflect.ValueOf(o).Elem().Field(self.Index[0]).Elem()
	if impl.Kind() != reflect.Pointer || impl.Elem().Kind() != reflect.Struct {
		return nil
	}
	// An interface value is two words: its type's, then the pointer.
	words := (*ifaceWords)(unsafe.Add(unsafe.Pointer(o), l.self))
	if words.data != impl.UnsafePointer() {
		return nil
	}
	l.baseTab = words.tab
	if (*ifaceWords)(unsafe.Add(unsafe.Pointer(vm.NewArray()), l.self)).tab == l.baseTab {
		return nil
	}
	baseType := impl.Type().Elem()
	values, ok1 := baseType.FieldByName("values")
	names, ok2 := baseType.FieldByName("propNames")
	if !ok1 || !ok2 || len(values.Index) != 1 || len(names.Index) != 1 ||
		values.Type != reflect.TypeOf(propValues(nil)) || names.Type != reflect.TypeOf(propNames(nil)) {
		return nil
	}
	l.values, l.names = values.Offset, names.Offset
	// The scratch object must read back as built, and the accessor must be
	// a record of a type of its own.
	n, m, ok := l.storage(o)
	if !ok || len(*n) != 3 || (*n)[0] != "a" || (*n)[1] != "b" || (*n)[2] != "c" {
		return nil
	}
	if !(*m)["a"].SameAs(o.Get("a")) || !(*m)["b"].SameAs(o.Get("b")) {
		return nil
	}
	plain := reflect.TypeOf((*m)["a"])
	l.propType = reflect.TypeOf((*m)["c"])
	if l.propType == nil || l.propType == plain || l.propType == reflect.TypeOf((*m)["b"]) {
		return nil
	}
	// Writing must make properties goja sees.
	w := vm.NewObject()
	if !l.put(w, "x", vm.ToValue(1)) || !l.put(w, "y", vm.ToValue("z")) || !l.put(w, "x", vm.ToValue(2)) {
		return nil
	}
	keys := w.Keys()
	if len(keys) != 2 || keys[0] != "x" || keys[1] != "y" || w.Get("x").ToInteger() != 2 || w.Get("y").String() != "z" {
		return nil
	}
	return l
}

// ifaceWords is the layout of a non-empty interface value.
type ifaceWords struct {
	tab, data unsafe.Pointer
}

// storage returns pointers to the names and values of o if o is a plain
// goja object.
func (l *plainLayout) storage(o *goja.Object) (*propNames, *propValues, bool) {
	words := (*ifaceWords)(unsafe.Add(unsafe.Pointer(o), l.self))
	base := words.data
	if words.tab != l.baseTab || base == nil {
		return nil, nil, false
	}
	return (*propNames)(unsafe.Add(base, l.names)), (*propValues)(unsafe.Add(base, l.values)), true
}

// plainValue reports whether v, as stored, is a property's value rather
// than a property record.
func (l *plainLayout) plainValue(v goja.Value) bool {
	return v != nil && reflect.TypeOf(v) != l.propType
}

// put defines the data property name (writable, enumerable, configurable)
// on o, a plain object made by vm.NewObject that JavaScript has not seen
// yet, as CreateDataProperty does. It reports false if o is not a plain
// object.
func (l *plainLayout) put(o *goja.Object, name unistring.String, v goja.Value) bool {
	names, values, ok := l.storage(o)
	if !ok || *values == nil {
		return false
	}
	putStored(names, values, name, v)
	return true
}

// putStored defines a data property in the storage of a plain object that
// JavaScript has not seen yet and whose properties are all data properties
// with every flag set: a repeated name keeps its place and takes the new
// value. Names that look like array indexes are fine: goja orders those
// when it lists the keys.
func putStored(names *propNames, values *propValues, name unistring.String, v goja.Value) {
	if _, exists := (*values)[name]; !exists {
		*names = append(*names, name)
	}
	(*values)[name] = v
}

// OwnValue returns the value of o's own property name when o is a plain
// goja object holding it as a data property that is writable, enumerable
// and configurable (as assignment makes them), reading goja's storage
// directly: for code that reads the same few properties of an object for
// every message. Otherwise ok is false, and o.Get(name) gives the value.
func OwnValue(vm *goja.Runtime, o *goja.Object, name unistring.String) (v goja.Value, ok bool) {
	l := plainStorage(vm)
	if l == nil {
		return nil, false
	}
	_, values, ok := l.storage(o)
	if !ok {
		return nil, false
	}
	v = (*values)[name]
	return v, l.plainValue(v)
}
