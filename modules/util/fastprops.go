package util

import (
	"reflect"
	"sync"

	"github.com/dop251/goja"
	"github.com/dop251/goja/unistring"
)

// goja has no Go API for property descriptors, and calling
// Object.getOwnPropertyDescriptor from Go costs about a microsecond per
// property. The inspector only needs to know whether an own property is an
// accessor (to print [Getter] instead of running it) and whether it is
// enumerable, so it reads goja's own-property storage with reflection (read
// only, no unsafe). The storage layout is learnt and verified on a scratch VM
// the first time; if anything differs from what is expected (a goja upgrade),
// the fast path switches itself off and every lookup goes through
// getOwnPropertyDescriptor.

// storage describes where goja keeps own properties.
type storage struct {
	selfField   int          // goja.Object.self (the objectImpl)
	baseType    reflect.Type // goja.baseObject
	valuesField int          // baseObject.values
	namesField  int          // baseObject.propNames
	propType    reflect.Type // *goja.valueProperty
	accessor    int          // valueProperty.accessor
	enumerable  int          // valueProperty.enumerable
	getter      int          // valueProperty.getterFunc
	setter      int          // valueProperty.setterFunc
	arrayType   reflect.Type // *goja.arrayObject
	arrayValues int          // arrayObject.values

	paths sync.Map // reflect.Type -> []int: path to the embedded baseObject, nil if none
}

// fastPathDisabled turns the reflection path off (tests exercise both).
var fastPathDisabled bool

var layout = sync.OnceValue(learnStorage)

// rawProp is an own property as stored by goja.
type rawProp struct {
	found, accessor, get, set, enumerable bool
}

func fieldIndex(t reflect.Type, name string, kind reflect.Kind) int {
	if t.Kind() != reflect.Struct {
		return -1
	}
	f, ok := t.FieldByName(name)
	if !ok || len(f.Index) != 1 || f.Type.Kind() != kind {
		return -1
	}
	return f.Index[0]
}

// learnStorage finds the layout on a scratch VM and checks that it answers
// correctly for known properties; it returns nil when it does not.
func learnStorage() *storage {
	vm := goja.New()
	v, err := vm.RunString(`(() => {
		const o = { a: 1 };
		Object.defineProperty(o, 'g', { get() { return 1; }, enumerable: true });
		Object.defineProperty(o, 'h', { value: 2, enumerable: false });
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

	s := &storage{}
	s.selfField = fieldIndex(reflect.TypeOf(goja.Object{}), "self", reflect.Interface)
	if s.selfField < 0 {
		return nil
	}
	self := func(x *goja.Object) reflect.Value { return reflect.ValueOf(x).Elem().Field(s.selfField).Elem() }
	base := self(o)
	if base.Kind() != reflect.Pointer {
		return nil
	}
	s.baseType = base.Type().Elem()
	s.valuesField = fieldIndex(s.baseType, "values", reflect.Map)
	s.namesField = fieldIndex(s.baseType, "propNames", reflect.Slice)
	if s.valuesField < 0 || s.namesField < 0 ||
		s.baseType.Field(s.valuesField).Type.Key() != reflect.TypeOf(unistring.String("")) {
		return nil
	}
	values := base.Elem().Field(s.valuesField)
	g := values.MapIndex(reflect.ValueOf(unistring.String("g")))
	if !g.IsValid() || g.Kind() != reflect.Interface || g.Elem().Kind() != reflect.Pointer {
		return nil
	}
	s.propType = g.Elem().Type()
	pt := s.propType.Elem()
	s.accessor = fieldIndex(pt, "accessor", reflect.Bool)
	s.enumerable = fieldIndex(pt, "enumerable", reflect.Bool)
	s.getter = fieldIndex(pt, "getterFunc", reflect.Pointer)
	s.setter = fieldIndex(pt, "setterFunc", reflect.Pointer)
	if s.accessor < 0 || s.enumerable < 0 || s.getter < 0 || s.setter < 0 {
		return nil
	}
	arr := self(a)
	if arr.Kind() != reflect.Pointer {
		return nil
	}
	s.arrayType = arr.Type()
	s.arrayValues = fieldIndex(s.arrayType.Elem(), "values", reflect.Slice)
	if s.arrayValues < 0 || s.basePath(s.arrayType) == nil {
		return nil
	}
	// Verify the answers against what the properties are.
	want := map[string]rawProp{
		"a": {found: true, enumerable: true},
		"g": {found: true, accessor: true, get: true, enumerable: true},
		"h": {found: true},
		"x": {},
	}
	for k, w := range want {
		if got, ok := s.own(o, k, keyBuffer()); !ok || got != w {
			return nil
		}
	}
	elems := []struct {
		o    *goja.Object
		i    int
		want rawProp
	}{
		{a, 0, rawProp{found: true, enumerable: true}},
		{a, 1, rawProp{}},
		{a, 2, rawProp{found: true, enumerable: true}},
		{a, 3, rawProp{}},
		{b, 0, rawProp{found: true, accessor: true, set: true, enumerable: true}},
	}
	for _, e := range elems {
		values, ok := s.elements(e.o)
		if !ok || s.elem(values, e.i) != e.want {
			return nil
		}
	}
	return s
}

// basePath returns the field path from the struct behind pointer type t to
// its embedded baseObject, or nil if it has none.
func (s *storage) basePath(t reflect.Type) []int {
	if p, ok := s.paths.Load(t); ok {
		return p.([]int)
	}
	var path []int
	if t.Kind() == reflect.Pointer {
		path = findEmbedded(t.Elem(), s.baseType, nil, 0)
	}
	s.paths.Store(t, path)
	return path
}

func findEmbedded(t, target reflect.Type, prefix []int, depth int) []int {
	if t == target {
		return append([]int{-1}, prefix...) // -1 marks "found"; stripped below
	}
	if t.Kind() != reflect.Struct || depth > 4 {
		return nil
	}
	for i := 0; i < t.NumField(); i++ {
		f := t.Field(i)
		if !f.Anonymous {
			continue
		}
		p := append(append([]int(nil), prefix...), i)
		if f.Type == target {
			return append([]int{-1}, p...)
		}
		if r := findEmbedded(f.Type, target, p, depth+1); r != nil {
			return r
		}
	}
	return nil
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
	for _, i := range path[1:] {
		v = v.Field(i)
	}
	return v, t, true
}

// decode reads one stored property value (a goja.Value interface).
func (s *storage) decode(e reflect.Value) rawProp {
	if e.IsNil() {
		return rawProp{}
	}
	d := e.Elem()
	if d.Type() != s.propType {
		return rawProp{found: true, enumerable: true}
	}
	vp := d.Elem()
	r := rawProp{found: true, enumerable: vp.Field(s.enumerable).Bool()}
	if vp.Field(s.accessor).Bool() {
		r.accessor = true
		r.get = !vp.Field(s.getter).IsNil()
		r.set = !vp.Field(s.setter).IsNil()
	}
	return r
}

// keyBuffer returns a reusable map key for own.
func keyBuffer() reflect.Value {
	return reflect.New(reflect.TypeOf(unistring.String(""))).Elem()
}

// own looks up own string property key in o's storage, using keyBuf (from
// keyBuffer) for the lookup. ok is false when the storage cannot answer (the
// property may be virtual or lazily created); otherwise r.found tells
// whether o has the property.
func (s *storage) own(o *goja.Object, key string, keyBuf reflect.Value) (r rawProp, ok bool) {
	base, t, ok := s.baseOf(o)
	if !ok {
		return rawProp{}, false
	}
	keyBuf.SetString(string(unistring.NewFromString(key)))
	e := base.Field(s.valuesField).MapIndex(keyBuf)
	if !e.IsValid() {
		// Absent from storage: only a plain object or an array (for a
		// non-index key) says that it does not have the property at all.
		if t == s.arrayType && key != "length" && !isIndexKey(key) || t.Elem() == s.baseType {
			return rawProp{}, true
		}
		return rawProp{}, false
	}
	return s.decode(e), true
}

// storedNames returns the string keys stored in o's baseObject (for arrays:
// the non-index properties) in insertion order.
func (s *storage) storedNames(o *goja.Object) ([]string, bool) {
	base, _, ok := s.baseOf(o)
	if !ok {
		return nil, false
	}
	names := base.Field(s.namesField)
	out := make([]string, names.Len())
	for i := range out {
		out[i] = unistring.String(names.Index(i).String()).String()
	}
	return out, true
}

// elements returns the element storage of a dense goja array; ok is false
// for any other kind of object.
func (s *storage) elements(o *goja.Object) (values reflect.Value, ok bool) {
	self := reflect.ValueOf(o).Elem().Field(s.selfField)
	if self.IsNil() || self.Elem().Type() != s.arrayType {
		return reflect.Value{}, false
	}
	return self.Elem().Elem().Field(s.arrayValues), true
}

// elem decodes element i of the storage returned by elements.
func (s *storage) elem(values reflect.Value, i int) rawProp {
	if i >= values.Len() {
		return rawProp{}
	}
	return s.decode(values.Index(i))
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

// fast returns the storage layout, or nil when the fast path is off.
func fast() *storage {
	if fastPathDisabled {
		return nil
	}
	return layout()
}

// OwnAccessor reports whether o has an own accessor property key, without
// running it (a cheap Object.getOwnPropertyDescriptor(o, key).get check).
func OwnAccessor(vm *goja.Runtime, o *goja.Object, key string) bool {
	if fp := fast(); fp != nil {
		if r, known := fp.own(o, key, keyBuffer()); known {
			return r.found && r.accessor
		}
	}
	c := newInspector(vm, stateOf(vm), DefaultInspectOptions())
	d, ok := c.jsProp(o, propKey{name: key})
	return ok && d.value == nil
}
