package gojastore

import (
	"math/big"
	"reflect"

	"github.com/dop251/goja"
	"github.com/gonode/gonode/internal/nativefunc"
)

// field returns the offset of t's field name, checking that its declared
// type is exactly typ.
func field(t reflect.Type, name string, typ reflect.Type) (uintptr, bool) {
	if t.Kind() != reflect.Struct {
		return 0, false
	}
	f, ok := t.FieldByName(name)
	if !ok || len(f.Index) != 1 || f.Type != typ {
		return 0, false
	}
	return f.Offset, true
}

// learn finds the layout with scratch objects of vm and checks that it
// reads and writes them correctly; it returns nil when it does not.
func learn(vm *goja.Runtime) *Layout {
	self, ok := reflect.TypeOf(goja.Object{}).FieldByName("self")
	if !ok || self.Type.Kind() != reflect.Interface || len(self.Index) != 1 {
		return nil
	}
	l := &Layout{self: self.Offset, selfIndex: self.Index[0], plainTypes: map[reflect.Type]bool{}}
	const yes, no = goja.FLAG_TRUE, goja.FLAG_FALSE
	fn := nativefunc.New(vm, func(goja.FunctionCall) goja.Value { return goja.Undefined() })

	// A plain object with two values, an accessor and a property that is
	// neither writable, enumerable nor configurable. Values of the other
	// kinds are stored as they are too.
	o := vm.NewObject()
	stored := []goja.Value{vm.ToValue(1), vm.ToValue("s")}
	want := Names{"a", "b"}
	if o.Set("a", stored[0]) != nil || o.Set("b", stored[1]) != nil {
		return nil
	}
	for _, v := range []goja.Value{vm.ToValue(1.5), vm.ToValue("ü"), goja.StringFromUTF16([]uint16{0xfc}), vm.ToValue(true), goja.Null(), goja.Undefined(),
		goja.NewSymbol("s"), vm.ToValue(big.NewInt(1)), o} {
		l.plainTypes[reflect.TypeOf(v)] = true
	}
	if o.DefineAccessorProperty("k", fn, nil, no, yes) != nil || o.DefineDataProperty("l", vm.ToValue(2), no, no, no) != nil {
		return nil
	}
	want = append(want, "k", "l")

	impl := reflect.ValueOf(o).Elem().Field(l.selfIndex).Elem()
	if impl.Kind() != reflect.Pointer || impl.Elem().Kind() != reflect.Struct {
		return nil
	}
	// An interface value is two words: its type's, then the pointer.
	if l.impl(o).data != impl.UnsafePointer() {
		return nil
	}
	l.baseTab = l.impl(o).tab
	l.baseType = impl.Type().Elem()
	var ok1, ok2 bool
	l.values, ok1 = field(l.baseType, "values", reflect.TypeOf(Values{}))
	l.names, ok2 = field(l.baseType, "propNames", reflect.TypeOf(Names(nil)))
	var ok3, ok4 bool
	l.proto, ok3 = field(l.baseType, "prototype", reflect.TypeOf((*goja.Object)(nil)))
	l.extensible, ok4 = field(l.baseType, "extensible", reflect.TypeOf(false))
	if !ok1 || !ok2 || !ok3 || !ok4 {
		return nil
	}
	if !l.learnSymbols(vm, o) {
		return nil
	}
	names, values, ok := l.Plain(o)
	if !ok || len(*names) != len(want) {
		return nil
	}
	for i, n := range want {
		if (*names)[i] != n {
			return nil
		}
	}
	for i, v := range stored {
		if s := values.Get(want[i]); s == nil || !s.SameAs(v) || reflect.TypeOf(s) != reflect.TypeOf(v) {
			return nil
		}
		l.plainTypes[reflect.TypeOf(v)] = true
	}
	if !l.learnRecord(values.Get("k"), values.Get("l")) {
		return nil
	}

	// Arrays: [1, <hole>, 3], and [<setter>].
	a, b := vm.NewArray(1), vm.NewArray(1)
	if a.Set("2", 3) != nil || b.DefineAccessorProperty("0", nil, fn, yes, yes) != nil {
		return nil
	}
	arr := reflect.ValueOf(a).Elem().Field(l.selfIndex).Elem()
	if arr.Kind() != reflect.Pointer || l.impl(a).data != arr.UnsafePointer() || l.impl(a).tab == l.baseTab {
		return nil
	}
	l.arrayTab = l.impl(a).tab
	if l.elements, ok = field(arr.Type().Elem(), "values", reflect.TypeOf(Elements(nil))); !ok {
		return nil
	}
	arrayBase := embeddedOffset(arr.Type(), l.baseType)
	if arrayBase < 0 {
		return nil
	}
	l.arrayBase = uintptr(arrayBase)
	if !l.verify(vm, o, a, b) {
		return nil
	}
	return l
}

// learnSymbols finds where a plain object keeps its own symbol-keyed
// properties (goja's orderedMap and its entries) and checks the list it
// reads from scratch symbols set on o, one of them deleted.
func (l *Layout) learnSymbols(vm *goja.Runtime, o *goja.Object) bool {
	sv, ok := l.baseType.FieldByName("symValues")
	if !ok || len(sv.Index) != 1 || sv.Type.Kind() != reflect.Pointer || sv.Type.Elem().Kind() != reflect.Struct {
		return false
	}
	l.symValues = sv.Offset
	m := sv.Type.Elem()
	first, ok := m.FieldByName("iterFirst")
	if !ok || len(first.Index) != 1 || first.Type.Kind() != reflect.Pointer {
		return false
	}
	l.symFirst = first.Offset
	entry := first.Type.Elem()
	valueType := reflect.TypeOf((*goja.Value)(nil)).Elem()
	var ok1, ok2, ok3 bool
	l.symKey, ok1 = field(entry, "key", valueType)
	l.symValue, ok2 = field(entry, "value", valueType)
	l.symNext, ok3 = field(entry, "iterNext", first.Type)
	if !ok1 || !ok2 || !ok3 {
		return false
	}
	syms := []*goja.Symbol{goja.NewSymbol("a"), goja.NewSymbol("b"), goja.NewSymbol("c")}
	vals := []goja.Value{vm.ToValue(1), vm.ToValue("x"), o}
	for i, s := range syms {
		if o.SetSymbol(s, vals[i]) != nil {
			return false
		}
	}
	if o.DeleteSymbol(syms[1]) != nil {
		return false
	}
	got, ok := l.OwnSymbols(o, nil)
	if !ok || len(got) != 2 {
		return false
	}
	for i, j := range []int{0, 2} {
		if got[i].Key != syms[j] || got[i].Value == nil || !got[i].Value.SameAs(vals[j]) {
			return false
		}
	}
	for _, s := range syms {
		_ = o.DeleteSymbol(s)
	}
	got, ok = l.OwnSymbols(o, got[:0])
	return ok && len(got) == 0
}

// learnRecord finds the fields of goja's property records from an
// enumerable accessor with a getter (acc) and a data property with no
// flag set (fixed).
func (l *Layout) learnRecord(acc, fixed goja.Value) bool {
	t := reflect.TypeOf(acc)
	if t == nil || t.Kind() != reflect.Pointer || l.plainTypes[t] || reflect.TypeOf(fixed) != t {
		return false
	}
	l.propType = t
	rec := t.Elem()
	boolType, objType := reflect.TypeOf(false), reflect.TypeOf((*goja.Object)(nil))
	var ok [5]bool
	l.propValue, ok[0] = field(rec, "value", reflect.TypeOf((*goja.Value)(nil)).Elem())
	l.accessor, ok[1] = field(rec, "accessor", boolType)
	l.enumerable, ok[2] = field(rec, "enumerable", boolType)
	l.get, ok[3] = field(rec, "getterFunc", objType)
	l.set, ok[4] = field(rec, "setterFunc", objType)
	return ok == [5]bool{true, true, true, true, true}
}

// verify checks the answers of the layout against what the scratch objects
// are, and that writing makes properties goja sees.
func (l *Layout) verify(vm *goja.Runtime, o, a, b *goja.Object) bool {
	same := func(got Prop, known bool, want Prop) bool {
		if !known || (got.Value == nil) != (want.Value == nil) || got.Value != nil && !got.Value.SameAs(want.Value) {
			return false
		}
		got.Value, want.Value = nil, nil
		return got == want
	}
	p, known := l.Own(o, "a")
	if !same(p, known, Prop{Found: true, Enumerable: true, Value: o.Get("a")}) {
		return false
	}
	if p, known = l.Own(o, "k"); !same(p, known, Prop{Found: true, Accessor: true, Get: true, Enumerable: true}) {
		return false
	}
	if p, known = l.Own(o, "l"); !same(p, known, Prop{Found: true, Value: vm.ToValue(2)}) {
		return false
	}
	if p, known = l.Own(o, "x"); !same(p, known, Prop{}) {
		return false
	}
	if p, known = l.Own(a, "x"); !same(p, known, Prop{}) {
		return false
	}
	elems, ok := l.Elements(a)
	if !ok {
		return false
	}
	for i, want := range []Prop{{Found: true, Enumerable: true, Value: vm.ToValue(1)}, {}, {Found: true, Enumerable: true, Value: vm.ToValue(3)}, {}} {
		if !same(l.Elem(elems, i), true, want) {
			return false
		}
	}
	if elems, ok = l.Elements(b); !ok || !same(l.Elem(elems, 0), true, Prop{Found: true, Accessor: true, Set: true, Enumerable: true}) {
		return false
	}
	if _, _, ok := l.Plain(a); ok {
		return false
	}
	w := vm.NewObject()
	if !l.Put(w, "x", vm.ToValue(1)) || !l.Put(w, "y", vm.ToValue("z")) || !l.Put(w, "x", vm.ToValue(2)) {
		return false
	}
	keys := w.Keys()
	if len(keys) != 2 || keys[0] != "x" || keys[1] != "y" || w.Get("x").ToInteger() != 2 || w.Get("y").String() != "z" {
		return false
	}
	return l.verifyGet(vm, o, w) && l.verifyAssign(vm)
}

// verifyAssign checks assign on objects inheriting from a plain object:
// an inherited data property becomes the object's own, a name on no plain
// object is left to goja, and so is an object that is not extensible.
func (l *Layout) verifyAssign(vm *goja.Runtime) bool {
	base := vm.NewObject()
	if base.Set("inherited", 1) != nil {
		return false
	}
	o, fixed := vm.CreateObject(base), vm.CreateObject(base)
	preventExtensions, ok := goja.AssertFunction(vm.Get("Object").ToObject(vm).Get("preventExtensions"))
	if !ok {
		return false
	}
	if _, err := preventExtensions(goja.Undefined(), fixed); err != nil {
		return false
	}
	if !l.assign(o, "inherited", vm.ToValue(2)) || l.assign(o, "toString", vm.ToValue(3)) ||
		l.assign(fixed, "inherited", vm.ToValue(2)) || !l.assign(o, "inherited", vm.ToValue(4)) {
		return false
	}
	keys := o.Keys()
	return len(keys) == 1 && keys[0] == "inherited" && o.Get("inherited").ToInteger() == 4 &&
		base.Get("inherited").ToInteger() == 1 && len(fixed.Keys()) == 0
}

// verifyGet checks Get on a chain of three plain objects (o, then w, then
// Object.prototype) against goja's: own and inherited values, an accessor,
// a missing name, and an object that is not plain at the start.
func (l *Layout) verifyGet(vm *goja.Runtime, proto, w *goja.Object) bool {
	c := vm.NewObject()
	if c.SetPrototype(w) != nil || w.SetPrototype(proto) != nil || c.Set("own", 5) != nil {
		return false
	}
	for _, name := range []string{"own", "x", "a", "k", "l", "toString", "missing"} {
		got, want := l.Get(c, name), c.Get(name)
		if (got == nil) != (want == nil) || got != nil && !got.SameAs(want) {
			return false
		}
	}
	a := vm.NewArray(1, 2)
	if l.Get(a, "length").ToInteger() != 2 || l.Get(c, "own").ToInteger() != 5 {
		return false
	}
	// Symbols: own, inherited, an accessor, missing.
	own, inherited, acc, missing := goja.NewSymbol("own"), goja.NewSymbol("inherited"), goja.NewSymbol("acc"), goja.NewSymbol("missing")
	getter := nativefunc.New(vm, func(goja.FunctionCall) goja.Value { return vm.ToValue(7) })
	if c.SetSymbol(own, 1) != nil || proto.SetSymbol(inherited, 2) != nil ||
		w.DefineAccessorPropertySymbol(acc, getter, nil, goja.FLAG_TRUE, goja.FLAG_TRUE) != nil {
		return false
	}
	for _, sym := range []*goja.Symbol{own, inherited, acc, missing, goja.SymIterator} {
		got, want := l.GetSymbol(c, sym), c.GetSymbol(sym)
		if (got == nil) != (want == nil) || got != nil && !got.SameAs(want) {
			return false
		}
	}
	return true
}
