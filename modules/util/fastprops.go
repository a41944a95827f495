package util

import (
	"reflect"
	"sync"
	"unsafe"

	"github.com/dop251/goja"
	"github.com/dop251/goja/unistring"
)

// goja has no Go API for property descriptors, and calling
// Object.getOwnPropertyDescriptor from Go costs about a microsecond per
// property. The inspector only needs to know whether an own property is an
// accessor (to print [Getter] instead of running it) and whether it is
// enumerable, so it reads goja's own-property storage directly: the field
// positions are found with reflection, and a field is only reinterpreted
// (unsafe) as a Go type after checking that its declared type is exactly
// that type. The layout is learnt and verified on a scratch VM the first
// time; if anything differs from what is expected (a goja upgrade), the
// fast path switches itself off and every lookup goes through
// getOwnPropertyDescriptor.

type (
	valuesMap = map[unistring.String]goja.Value
	namesList = []unistring.String
	valueList = []goja.Value
)

// storage describes where goja keeps own properties.
type storage struct {
	selfField  int          // goja.Object.self (the objectImpl)
	baseType   reflect.Type // goja.baseObject
	values     int          // baseObject.values (valuesMap)
	names      int          // baseObject.propNames (namesList)
	propType   reflect.Type // *goja.valueProperty
	propValue  int          // valueProperty.value (goja.Value)
	accessor   int          // valueProperty.accessor
	enumerable int          // valueProperty.enumerable
	getter     int          // valueProperty.getterFunc
	setter     int          // valueProperty.setterFunc
	arrayType  reflect.Type // *goja.arrayObject
	elements   int          // arrayObject.values (valueList)

	// plainTypes are the Go types of values stored as they are (numbers,
	// strings, objects, ...), as opposed to property records.
	plainTypes map[reflect.Type]bool

	paths sync.Map // reflect.Type -> []int: path to the embedded baseObject, nil if none
}

// fastPathDisabled turns the storage fast path off (tests exercise both).
var fastPathDisabled bool

var layout = sync.OnceValue(learnStorage)

// fast returns the storage layout, or nil when the fast path is off.
func fast() *storage {
	if fastPathDisabled {
		return nil
	}
	return layout()
}

// rawProp is an own property as stored by goja.
type rawProp struct {
	found, accessor, get, set, enumerable bool
	value                                 goja.Value // data properties
}

func field(t reflect.Type, name string, typ reflect.Type, kind reflect.Kind) int {
	if t.Kind() != reflect.Struct {
		return -1
	}
	f, ok := t.FieldByName(name)
	if !ok || len(f.Index) != 1 || typ != nil && f.Type != typ || typ == nil && f.Type.Kind() != kind {
		return -1
	}
	return f.Index[0]
}

// learnStorage finds the layout on a scratch VM and checks that it answers
// correctly for known properties; it returns nil when it does not.
func learnStorage() *storage {
	vm := goja.New()
	v, err := vm.RunString(`(() => {
		const o = { a: 1, b: 1.5, c: 's', d: 'ü', e: true, f: null, g: undefined, h: Symbol(), i: 1n, j: {} };
		Object.defineProperty(o, 'k', { get() { return 1; }, enumerable: true });
		Object.defineProperty(o, 'l', { value: 2, enumerable: false });
		const a = [1, , 3];
		const b = [1];
		Object.defineProperty(b, 0, { set(v) {}, enumerable: true });
		return [o, a, b];
	})()`)
	if err != nil {
		return nil
	}
	objs := v.(*goja.Object)
	o, a, b := objs.Get("0").(*goja.Object), objs.Get("1").(*goja.Object), objs.Get("2").(*goja.Object)

	s := &storage{plainTypes: map[reflect.Type]bool{}}
	if s.selfField = field(reflect.TypeOf(goja.Object{}), "self", nil, reflect.Interface); s.selfField < 0 {
		return nil
	}
	self := func(x *goja.Object) reflect.Value { return reflect.ValueOf(x).Elem().Field(s.selfField).Elem() }
	base := self(o)
	if base.Kind() != reflect.Pointer {
		return nil
	}
	s.baseType = base.Type().Elem()
	s.values = field(s.baseType, "values", reflect.TypeOf(valuesMap(nil)), 0)
	s.names = field(s.baseType, "propNames", reflect.TypeOf(namesList(nil)), 0)
	if s.values < 0 || s.names < 0 {
		return nil
	}
	m := *(*valuesMap)(unsafe.Pointer(base.Elem().Field(s.values).UnsafeAddr()))
	for _, k := range []unistring.String{"a", "b", "c", "d", "e", "f", "g", "h", "i", "j"} {
		if m[k] == nil {
			return nil
		}
		s.plainTypes[reflect.TypeOf(m[k])] = true
	}
	k := m["k"]
	if k == nil || reflect.TypeOf(k).Kind() != reflect.Pointer || s.plainTypes[reflect.TypeOf(k)] {
		return nil
	}
	s.propType = reflect.TypeOf(k)
	pt := s.propType.Elem()
	s.propValue = field(pt, "value", reflect.TypeOf((*goja.Value)(nil)).Elem(), 0)
	s.accessor = field(pt, "accessor", nil, reflect.Bool)
	s.enumerable = field(pt, "enumerable", nil, reflect.Bool)
	s.getter = field(pt, "getterFunc", nil, reflect.Pointer)
	s.setter = field(pt, "setterFunc", nil, reflect.Pointer)
	if s.propValue < 0 || s.accessor < 0 || s.enumerable < 0 || s.getter < 0 || s.setter < 0 {
		return nil
	}
	arr := self(a)
	if arr.Kind() != reflect.Pointer {
		return nil
	}
	s.arrayType = arr.Type()
	s.elements = field(s.arrayType.Elem(), "values", reflect.TypeOf(valueList(nil)), 0)
	if s.elements < 0 || s.basePath(s.arrayType) == nil {
		return nil
	}
	// Verify the answers against what the properties are.
	checks := []struct {
		got  rawProp
		ok   bool
		want rawProp
	}{}
	add := func(got rawProp, ok bool, want rawProp) {
		checks = append(checks, struct {
			got  rawProp
			ok   bool
			want rawProp
		}{got, ok, want})
	}
	r, ok := s.own(o, "a")
	add(r, ok, rawProp{found: true, enumerable: true, value: o.Get("a")})
	r, ok = s.own(o, "k")
	add(r, ok, rawProp{found: true, accessor: true, get: true, enumerable: true})
	r, ok = s.own(o, "l")
	add(r, ok, rawProp{found: true, value: o.Get("l")})
	r, ok = s.own(o, "x")
	add(r, ok, rawProp{})
	for i, want := range []rawProp{{found: true, enumerable: true, value: a.Get("0")}, {}, {found: true, enumerable: true, value: a.Get("2")}, {}} {
		values, ok := s.elementsOf(a)
		add(s.elem(values, i), ok, want)
	}
	values, ok := s.elementsOf(b)
	add(s.elem(values, 0), ok, rawProp{found: true, accessor: true, set: true, enumerable: true})
	for _, c := range checks {
		if !c.ok || !sameRaw(c.got, c.want) {
			return nil
		}
	}
	return s
}

func sameRaw(a, b rawProp) bool {
	if a.value == nil || b.value == nil {
		return a == b
	}
	a.value, b.value = nil, nil
	return a == b
}

// basePath returns the field path from the struct behind pointer type t to
// its embedded baseObject, or nil if it has none.
func (s *storage) basePath(t reflect.Type) []int {
	if p, ok := s.paths.Load(t); ok {
		return p.([]int)
	}
	var path []int
	if t.Kind() == reflect.Pointer {
		path = findEmbedded(t.Elem(), s.baseType, []int{}, 0)
	}
	s.paths.Store(t, path)
	return path
}

// findEmbedded returns the (non-nil) index path of target within t.
func findEmbedded(t, target reflect.Type, prefix []int, depth int) []int {
	if t == target {
		return prefix
	}
	if t.Kind() != reflect.Struct || depth > 4 {
		return nil
	}
	for i := 0; i < t.NumField(); i++ {
		if f := t.Field(i); f.Anonymous {
			if r := findEmbedded(f.Type, target, append(append([]int{}, prefix...), i), depth+1); r != nil {
				return r
			}
		}
	}
	return nil
}

// implType is the Go type of o's objectImpl.
func (s *storage) implType(o *goja.Object) reflect.Type {
	self := reflect.ValueOf(o).Elem().Field(s.selfField)
	if self.IsNil() {
		return nil
	}
	return self.Elem().Type()
}

// baseOf returns o's baseObject storage and the dynamic type of its objectImpl.
func (s *storage) baseOf(o *goja.Object) (reflect.Value, reflect.Type, bool) {
	self := reflect.ValueOf(o).Elem().Field(s.selfField)
	if self.IsNil() {
		return reflect.Value{}, nil, false
	}
	p := self.Elem()
	t := p.Type()
	path := s.basePath(t)
	if path == nil {
		return reflect.Value{}, nil, false
	}
	v := p.Elem()
	for _, i := range path {
		v = v.Field(i)
	}
	return v, t, true
}

func (s *storage) valuesOf(base reflect.Value) valuesMap {
	return *(*valuesMap)(unsafe.Pointer(base.Field(s.values).UnsafeAddr()))
}

// decode reads one stored property; known is false for kinds of entries it
// does not understand (then the caller asks JS).
func (s *storage) decode(v goja.Value) (r rawProp, known bool) {
	if v == nil {
		return rawProp{}, false
	}
	t := reflect.TypeOf(v)
	if s.plainTypes[t] {
		return rawProp{found: true, enumerable: true, value: v}, true
	}
	if t != s.propType {
		return rawProp{}, false
	}
	vp := reflect.ValueOf(v).Elem()
	r = rawProp{found: true, enumerable: vp.Field(s.enumerable).Bool()}
	if vp.Field(s.accessor).Bool() {
		r.accessor = true
		r.get = !vp.Field(s.getter).IsNil()
		r.set = !vp.Field(s.setter).IsNil()
		return r, true
	}
	r.value = *(*goja.Value)(unsafe.Pointer(vp.Field(s.propValue).UnsafeAddr()))
	if r.value == nil {
		r.value = goja.Undefined()
	}
	return r, true
}

// own looks up own string property key in o's storage. ok is false when the
// storage cannot answer (the property may be virtual or lazily created);
// otherwise r.found tells whether o has the property.
func (s *storage) own(o *goja.Object, key string) (r rawProp, ok bool) {
	base, t, ok := s.baseOf(o)
	if !ok {
		return rawProp{}, false
	}
	v, present := s.valuesOf(base)[unistring.NewFromString(key)]
	if !present {
		// Absent from storage: only a plain object or an array (for a
		// non-index key) says that it does not have the property at all.
		if t == s.arrayType && key != "length" && !isIndexKey(key) || t.Elem() == s.baseType {
			return rawProp{}, true
		}
		return rawProp{}, false
	}
	return s.decode(v)
}

// ownEntry is one own string property from ownEntries.
type ownEntry struct {
	name string
	raw  rawProp
}

// ownEntries lists the own string properties of a plain object (a goja
// baseObject without integer-like keys) in Object.keys order, with their
// storage; ok is false for anything else.
func (s *storage) ownEntries(o *goja.Object, all bool) ([]ownEntry, bool) {
	base, t, ok := s.baseOf(o)
	if !ok || t.Elem() != s.baseType {
		return nil, false
	}
	names := *(*namesList)(unsafe.Pointer(base.Field(s.names).UnsafeAddr()))
	values := s.valuesOf(base)
	entries := make([]ownEntry, 0, len(names))
	for _, n := range names {
		name := n.String()
		if isIndexKey(name) {
			return nil, false // goja orders these lazily: let it
		}
		r, known := s.decode(values[n])
		if !known {
			return nil, false
		}
		if all || r.enumerable {
			entries = append(entries, ownEntry{name, r})
		}
	}
	return entries, true
}

// storedNames returns the string keys stored in o's baseObject (for arrays:
// the non-index properties) in insertion order.
func (s *storage) storedNames(o *goja.Object) ([]string, bool) {
	base, _, ok := s.baseOf(o)
	if !ok {
		return nil, false
	}
	names := *(*namesList)(unsafe.Pointer(base.Field(s.names).UnsafeAddr()))
	if len(names) == 0 {
		return nil, true
	}
	out := make([]string, len(names))
	for i, n := range names {
		out[i] = n.String()
	}
	return out, true
}

// elementsOf returns the element storage of a dense goja array; ok is false
// for any other kind of object.
func (s *storage) elementsOf(o *goja.Object) (valueList, bool) {
	self := reflect.ValueOf(o).Elem().Field(s.selfField)
	if self.IsNil() || self.Elem().Type() != s.arrayType {
		return nil, false
	}
	return *(*valueList)(unsafe.Pointer(self.Elem().Elem().Field(s.elements).UnsafeAddr())), true
}

// elem decodes element i of the storage returned by elementsOf (a hole is
// not found).
func (s *storage) elem(values valueList, i int) rawProp {
	if i >= len(values) || values[i] == nil {
		return rawProp{}
	}
	r, known := s.decode(values[i])
	if !known {
		// Not a plain value or property record: read it through goja.
		return rawProp{found: true, enumerable: true}
	}
	return r
}

func isIndexKey(k string) bool {
	if k == "" || len(k) > 10 || (k[0] == '0' && len(k) > 1) {
		return false
	}
	var n uint64
	for i := 0; i < len(k); i++ {
		c := k[i]
		if c < '0' || c > '9' {
			return false
		}
		n = n*10 + uint64(c-'0')
	}
	return n < 1<<32-1
}

// OwnAccessor reports whether o has an own accessor property key, without
// running it (a cheap Object.getOwnPropertyDescriptor(o, key).get check).
func OwnAccessor(vm *goja.Runtime, o *goja.Object, key string) bool {
	if fp := fast(); fp != nil {
		if r, known := fp.own(o, key); known {
			return r.found && r.accessor
		}
	}
	c := newInspector(vm, stateOf(vm), DefaultInspectOptions())
	d, ok := c.jsProp(o, propKey{name: key})
	return ok && d.value == nil
}
