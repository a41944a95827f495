// Package gojastore reads and writes goja's own-property storage directly.
//
// goja's Go API lists an object's keys as fresh Go strings (allocating per
// key), looks each value up by name again, defines properties through
// Runtime.try and a record per call, and has no property descriptors at
// all (Object.getOwnPropertyDescriptor from Go costs about a microsecond).
// The IPC codec (encoding and decoding every message) and util.inspect
// (accessors, enumerability, array elements) need these cheaply, so this
// package reaches into goja's unexported structures: an Object's objectImpl,
// the baseObject's values (a goja.PropValues, which gonode's goja exports
// for this: see third_party/goja/GONODE.md) and ordered propNames list, the
// records of accessors and non-default properties (valueProperty) and a
// dense array's element list.
//
// The risk is goja's private layout changing under an upgrade. The layout
// is therefore learnt, never assumed: field positions come from reflection,
// a field is reinterpreted (unsafe) as a Go type only after checking that
// its declared type is exactly that type, and the result is verified on
// scratch objects built through goja's Go API (no JavaScript runs, so
// learning is cheap enough for a forked child's first message). If
// anything differs from what is expected, For returns nil and callers use
// goja's API throughout; TestLayoutLearnt fails so that the lost fast path
// is noticed.
package gojastore

import (
	"reflect"
	"sync"
	"sync/atomic"
	"unsafe"

	"github.com/dop251/goja"
	"github.com/dop251/goja/unistring"
)

type (
	// Values is a plain object's own properties: the value itself for a
	// data property that is writable, enumerable and configurable, a
	// property record otherwise.
	Values = goja.PropValues
	// Names is a plain object's own property names in insertion order.
	Names = []unistring.String
	// Elements is a dense array's element list (nil for a hole).
	Elements = []goja.Value
)

// Layout is where goja keeps own properties.
type Layout struct {
	self       uintptr        // offset of goja.Object.self, an objectImpl interface
	selfIndex  int            // its field index
	baseTab    unsafe.Pointer // the interface's type word when it holds a *goja.baseObject
	arrayTab   unsafe.Pointer // ... and when it holds a *goja.arrayObject
	baseType   reflect.Type   // goja.baseObject
	values     uintptr        // offset of baseObject.values (Values)
	names      uintptr        // offset of baseObject.propNames (Names)
	proto      uintptr        // offset of baseObject.prototype (*goja.Object)
	extensible uintptr        // offset of baseObject.extensible (bool)
	elements   uintptr        // offset of arrayObject.values (Elements)
	arrayBase  uintptr        // offset of the baseObject embedded in arrayObject

	// propType is the type of the property records stored among the
	// values (*goja.valueProperty), and the offsets of its fields.
	propType                                  reflect.Type
	propValue, accessor, enumerable, get, set uintptr

	// plainTypes are the Go types of values stored as they are (numbers,
	// strings, objects, ...), as opposed to property records.
	plainTypes map[reflect.Type]bool

	bases sync.Map // other objectImpls' type word -> offset of their embedded baseObject, or -1

	// Own symbol-keyed properties: baseObject.symValues, a pointer to an
	// ordered map whose entries form a list from iterFirst through each
	// entry's iterNext, with key and value (as values are stored above).
	symValues, symFirst, symKey, symValue, symNext uintptr

	// slots remembers where Get and Set last found a name, for the next
	// object built the same way (see slot).
	slots [1 << slotBits]atomic.Int32
}

// slotBits is the log2 of the number of remembered slots.
const slotBits = 9

// slot returns the slot of values, an object's own storage, holding key,
// -1 if none. Objects with the same prototype are mostly built by the same
// code, in the same order, so each such kind of object keeps a given
// property in the same slot: a hint remembered per name and prototype
// finds it there with one comparison, where a large object's storage would
// hash the name. Callers pass names that are Go string literals, which
// stay at one address: the hint is found by the address of the name's
// bytes, with no hashing of the name either. A hint found wrong (another
// name or kind of object sharing it, a name at another address) only costs
// the usual search, after which the hint is updated.
func (l *Layout) slot(values *Values, key unistring.String, proto *goja.Object) int {
	h := (uintptr(unsafe.Pointer(unsafe.StringData(string(key)))) ^ uintptr(unsafe.Pointer(proto))>>4) * 0x9E3779B97F4A7C15
	hint := &l.slots[h>>(64-slotBits)]
	was := int(hint.Load())
	i := values.Slot(key, was)
	if i >= 0 && i != was {
		hint.Store(int32(i))
	}
	return i
}

var (
	disabled atomic.Bool
	once     sync.Once
	learnt   *Layout
)

// SetEnabled switches the direct access on or off and returns the previous
// setting; tests use it to run both ways.
func SetEnabled(on bool) (previous bool) {
	return !disabled.Swap(!on)
}

// For returns the layout, or nil when direct access is off or goja's
// layout was not recognised. The first call learns it with scratch objects
// of vm, through goja's Go API; vm must be used on its loop's goroutine.
func For(vm *goja.Runtime) *Layout {
	if disabled.Load() {
		return nil
	}
	once.Do(func() { learnt = learn(vm) })
	return learnt
}

// ifaceWords is the layout of a non-empty interface value.
type ifaceWords struct {
	tab, data unsafe.Pointer
}

func (l *Layout) impl(o *goja.Object) *ifaceWords {
	return (*ifaceWords)(unsafe.Add(unsafe.Pointer(o), l.self))
}

// Plain returns pointers to the names and values of o if o is a plain goja
// object (the *goja.baseObject behind {...} and NewObject).
func (l *Layout) Plain(o *goja.Object) (*Names, *Values, bool) {
	w := l.impl(o)
	if w.tab != l.baseTab || w.data == nil {
		return nil, nil, false
	}
	return (*Names)(unsafe.Add(w.data, l.names)), (*Values)(unsafe.Add(w.data, l.values)), true
}

// IsValue reports whether v, as stored in Values, is a property's value
// rather than a property record.
func (l *Layout) IsValue(v goja.Value) bool {
	return v != nil && reflect.TypeOf(v) != l.propType
}

// Put defines the data property name (writable, enumerable, configurable)
// on o, a plain object made by NewObject that JavaScript has not seen yet,
// as CreateDataProperty does: a repeated name keeps its place and takes
// the new value. Names that look like array indexes are fine: goja orders
// those when it lists the keys. It reports false if o is not a plain
// object.
func (l *Layout) Put(o *goja.Object, name unistring.String, v goja.Value) bool {
	names, values, ok := l.Plain(o)
	if !ok {
		return false
	}
	if !values.Has(name) {
		makeRoom(names, values)
		*names = append(*names, name)
	}
	values.Set(name, v)
	return true
}

// PutAll defines the data properties names (writable, enumerable,
// configurable; distinct, and ASCII) with values vals on o, a plain object
// made by NewObject or CreateObject that has no own string-keyed property
// yet and that JavaScript has not seen, as Put would one by one, with one
// names list for all. It reports false, having done nothing, if o is not
// such an object.
func (l *Layout) PutAll(o *goja.Object, names Names, vals []goja.Value) bool {
	own, values, ok := l.Plain(o)
	if !ok || len(*own) != 0 || values.Len() != 0 {
		return false
	}
	room := max(len(names), putNamesCap)
	*own = append(make(Names, 0, room), names...)
	values.Grow(room)
	for i, name := range names {
		values.Set(name, vals[i])
	}
	return true
}

// DefineAll gives o, an object made by NewObject or CreateObject that has
// no own string-keyed property yet and that JavaScript has not seen, the
// data properties names with values vals, as an object literal does: by
// PutAll when it can, else (also on a nil Layout) through goja's API.
func (l *Layout) DefineAll(o *goja.Object, names Names, vals []goja.Value) {
	if l != nil && l.PutAll(o, names, vals) {
		return
	}
	for i, name := range names {
		_ = o.DefineDataProperty(name.String(), vals[i], goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_TRUE)
	}
}

// Get returns o[name] as o.Get(name) does, where name is ASCII (as goja
// keeps it): it reads the storage of o and of the plain objects on its
// prototype chain directly, sparing goja's conversion of the name and its
// calls through each object's implementation. At the first object that is
// not plain, or a property that is an accessor, it asks o.Get, as it always
// does on a nil Layout (direct access off).
func (l *Layout) Get(o *goja.Object, name string) goja.Value {
	if l == nil {
		return o.Get(name)
	}
	key := unistring.String(name)
	for cur := o; cur != nil; {
		w := l.impl(cur)
		if w.tab != l.baseTab || w.data == nil {
			return o.Get(name)
		}
		values := (*Values)(unsafe.Add(w.data, l.values))
		proto := *(**goja.Object)(unsafe.Add(w.data, l.proto))
		if i := l.slot(values, key, proto); i >= 0 {
			if v, ok := l.dataValue(values.At(i)); ok {
				return v
			}
			return o.Get(name)
		}
		cur = proto
	}
	return nil
}

// GetSymbol returns o[sym] as o.GetSymbol(sym) does, reading the own
// symbol-keyed storage of o and of the plain objects on its prototype
// chain directly. At the first object that is not plain, or a property
// that is an accessor, it asks o.GetSymbol, as it always does on a nil
// Layout (direct access off).
func (l *Layout) GetSymbol(o *goja.Object, sym *goja.Symbol) goja.Value {
	if l == nil {
		return o.GetSymbol(sym)
	}
	key := goja.Value(sym)
	// Entries' keys are compared word for word with key (the same type and
	// the same pointer), sparing an interface comparison's call.
	kw := *(*ifaceWords)(unsafe.Pointer(&key))
	for cur := o; cur != nil; {
		w := l.impl(cur)
		if w.tab != l.baseTab || w.data == nil {
			return o.GetSymbol(sym)
		}
		if m := *(*unsafe.Pointer)(unsafe.Add(w.data, l.symValues)); m != nil {
			for e := *(*unsafe.Pointer)(unsafe.Add(m, l.symFirst)); e != nil; e = *(*unsafe.Pointer)(unsafe.Add(e, l.symNext)) {
				if *(*ifaceWords)(unsafe.Add(e, l.symKey)) != kw {
					continue
				}
				if v, ok := l.dataValue(*(*goja.Value)(unsafe.Add(e, l.symValue))); ok {
					return v
				}
				return o.GetSymbol(sym)
			}
		}
		cur = *(**goja.Object)(unsafe.Add(w.data, l.proto))
	}
	return nil
}

// Set assigns v to o[name] (name ASCII) as o.Set(name, v) does, and
// returns its error (a TypeError for a read-only property, say): in goja's
// storage when assign can, otherwise (and on a nil Layout) through o.Set.
func (l *Layout) Set(o *goja.Object, name string, v goja.Value) error {
	if l != nil && l.assign(o, unistring.String(name), v) {
		return nil
	}
	return o.Set(name, v)
}

// assign does o[key] = v in goja's storage when o is a plain object and
// the assignment is plain: o's own key is a writable, enumerable and
// configurable data property; or o has no own key, is extensible, and the
// plain objects on its prototype chain either hold key as such a data
// property (o then gets its own) or end without it. It reports false,
// having done nothing, otherwise: an accessor or a property record on the
// way, an object that is not plain, a names list an iteration shares.
func (l *Layout) assign(o *goja.Object, key unistring.String, v goja.Value) bool {
	w := l.impl(o)
	if w.tab != l.baseTab || w.data == nil {
		return false
	}
	values := (*Values)(unsafe.Add(w.data, l.values))
	if i := l.slot(values, key, *(**goja.Object)(unsafe.Add(w.data, l.proto))); i >= 0 {
		if !l.IsValue(values.At(i)) {
			return false
		}
		values.SetAt(i, v)
		return true
	}
	if !*(*bool)(unsafe.Add(w.data, l.extensible)) {
		return false
	}
	for p := *(**goja.Object)(unsafe.Add(w.data, l.proto)); p != nil; {
		pw := l.impl(p)
		if pw.tab != l.baseTab || pw.data == nil {
			return false
		}
		if inherited, found := (*Values)(unsafe.Add(pw.data, l.values)).Lookup(key); found {
			if !l.IsValue(inherited) {
				return false
			}
			break
		}
		p = *(**goja.Object)(unsafe.Add(pw.data, l.proto))
	}
	names := (*Names)(unsafe.Add(w.data, l.names))
	// goja marks a names list an iteration holds with a string in its last
	// spare slot, and copies it before changing it: leave that to goja.
	if n := *names; cap(n) > len(n) && n[cap(n)-1 : cap(n)][0] != "" {
		return false
	}
	makeRoom(names, values)
	*names = append(*names, key)
	values.Set(key, v)
	return true
}

// makeRoom gives a new object, one without properties yet (names nil), room
// for putNamesCap of them at once, rather than storage regrown at each.
func makeRoom(names *Names, values *Values) {
	if *names == nil {
		*names = make(Names, 0, putNamesCap)
		values.Grow(putNamesCap)
	}
}

// putNamesCap is the room Put and PutAll make in a new object's list of
// names and its storage: the properties set later, one by one (an http
// request's complete, a response's _header), then fit without regrowing
// them.
const putNamesCap = 8

// OwnValue returns the value of o's own property name when o is a plain
// goja object holding it as a data property that is writable, enumerable
// and configurable (as assignment makes them), reading goja's storage
// directly: for code that reads the same few properties of an object
// often. Otherwise ok is false, and o.Get(name) gives the value.
func OwnValue(vm *goja.Runtime, o *goja.Object, name unistring.String) (v goja.Value, ok bool) {
	l := For(vm)
	if l == nil {
		return nil, false
	}
	_, values, ok := l.Plain(o)
	if !ok {
		return nil, false
	}
	v = values.Get(name)
	return v, l.IsValue(v)
}
