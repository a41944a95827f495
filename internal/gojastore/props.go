package gojastore

import (
	"reflect"
	"unsafe"

	"github.com/dop251/goja"
	"github.com/dop251/goja/unistring"
)

// Prop is an own property as stored by goja.
type Prop struct {
	Found, Accessor, Get, Set, Enumerable bool
	// Value is a data property's value; nil for an accessor, and for an
	// element Elem could not decode (read it through goja).
	Value goja.Value
}

// Impl returns o's objectImpl (a pointer to one of goja's object structs),
// or the zero Value if o has none.
func (l *Layout) Impl(o *goja.Object) reflect.Value {
	self := reflect.ValueOf(o).Elem().Field(l.selfIndex)
	if self.IsNil() {
		return reflect.Value{}
	}
	return self.Elem()
}

// ImplType returns the Go type of o's objectImpl, or nil.
func (l *Layout) ImplType(o *goja.Object) reflect.Type {
	if p := l.Impl(o); p.IsValid() {
		return p.Type()
	}
	return nil
}

// base returns the baseObject embedded in o's objectImpl and the
// interface's type word.
func (l *Layout) base(o *goja.Object) (unsafe.Pointer, unsafe.Pointer, bool) {
	w := l.impl(o)
	switch {
	case w.tab == nil || w.data == nil:
		return nil, nil, false
	case w.tab == l.baseTab:
		return w.data, w.tab, true
	case w.tab == l.arrayTab:
		return unsafe.Add(w.data, l.arrayBase), w.tab, true
	}
	off, ok := l.bases.Load(w.tab)
	if !ok {
		off = embeddedOffset(l.ImplType(o), l.baseType)
		l.bases.Store(w.tab, off)
	}
	if off.(int) < 0 {
		return nil, nil, false
	}
	return unsafe.Add(w.data, off.(int)), w.tab, true
}

// embeddedOffset returns the offset of the struct target embedded (by
// value, possibly through other embedded structs) in the struct behind
// pointer type t, or -1.
func embeddedOffset(t, target reflect.Type) int {
	if t == nil || t.Kind() != reflect.Pointer {
		return -1
	}
	var find func(t reflect.Type, depth int) int
	find = func(t reflect.Type, depth int) int {
		if t == target {
			return 0
		}
		if t.Kind() != reflect.Struct || depth > 4 {
			return -1
		}
		for i := 0; i < t.NumField(); i++ {
			if f := t.Field(i); f.Anonymous {
				if off := find(f.Type, depth+1); off >= 0 {
					return int(f.Offset) + off
				}
			}
		}
		return -1
	}
	return find(t.Elem(), 0)
}

// decode reads one stored property; known is false for entries of a kind
// it does not recognise (then the caller asks goja).
func (l *Layout) decode(v goja.Value) (p Prop, known bool) {
	if v == nil {
		return Prop{}, false
	}
	t := reflect.TypeOf(v)
	if l.plainTypes[t] {
		return Prop{Found: true, Enumerable: true, Value: v}, true
	}
	if t != l.propType {
		return Prop{}, false
	}
	rec := reflect.ValueOf(v).UnsafePointer()
	p = Prop{Found: true, Enumerable: *(*bool)(unsafe.Add(rec, l.enumerable))}
	if *(*bool)(unsafe.Add(rec, l.accessor)) {
		p.Accessor = true
		p.Get = *(**goja.Object)(unsafe.Add(rec, l.get)) != nil
		p.Set = *(**goja.Object)(unsafe.Add(rec, l.set)) != nil
		return p, true
	}
	p.Value = *(*goja.Value)(unsafe.Add(rec, l.propValue))
	if p.Value == nil {
		p.Value = goja.Undefined()
	}
	return p, true
}

// dataValue is the value of a stored property (not nil): the stored value
// itself, or a data property record's value; false for an accessor.
func (l *Layout) dataValue(stored goja.Value) (goja.Value, bool) {
	if l.IsValue(stored) {
		return stored, true
	}
	rec := (*ifaceWords)(unsafe.Pointer(&stored)).data
	if *(*bool)(unsafe.Add(rec, l.accessor)) {
		return nil, false
	}
	if v := *(*goja.Value)(unsafe.Add(rec, l.propValue)); v != nil {
		return v, true
	}
	return goja.Undefined(), true
}

// Own looks up o's own string property key in its storage. known is false
// when the storage cannot answer (the property may be virtual or created
// lazily); otherwise p.Found tells whether o has the property.
func (l *Layout) Own(o *goja.Object, key string) (p Prop, known bool) {
	base, tab, ok := l.base(o)
	if !ok {
		return Prop{}, false
	}
	array := tab == l.arrayTab
	if array && key == "length" {
		return Prop{}, false // its record is brought up to date when goja reads it
	}
	v, present := (*Values)(unsafe.Add(base, l.values)).Lookup(unistring.NewFromString(key))
	if !present {
		// Absent from storage: only a plain object, or an array for a
		// key other than an index, does not have it at all.
		if tab == l.baseTab || array && !IsIndexKey(key) {
			return Prop{}, true
		}
		return Prop{}, false
	}
	return l.decode(v)
}

// Entry is one own string property listed by OwnEntries.
type Entry struct {
	Name string
	Prop Prop
}

// OwnEntries lists the own string properties of a plain object without
// index-like keys in Object.keys order (all of them, or the enumerable
// ones); ok is false for anything else.
func (l *Layout) OwnEntries(o *goja.Object, all bool) (entries []Entry, ok bool) {
	names, values, ok := l.Plain(o)
	if !ok {
		return nil, false
	}
	entries = make([]Entry, 0, len(*names))
	for _, n := range *names {
		name := n.String()
		if IsIndexKey(name) {
			return nil, false // goja orders these when it lists them: let it
		}
		p, known := l.decode(values.Get(n))
		if !known {
			return nil, false
		}
		if all || p.Enumerable {
			entries = append(entries, Entry{name, p})
		}
	}
	return entries, true
}

// StoredNames returns the string keys stored in the baseObject of o (for
// arrays: the properties besides the elements) in insertion order.
func (l *Layout) StoredNames(o *goja.Object) ([]string, bool) {
	base, _, ok := l.base(o)
	if !ok {
		return nil, false
	}
	names := *(*Names)(unsafe.Add(base, l.names))
	if len(names) == 0 {
		return nil, true
	}
	out := make([]string, len(names))
	for i, n := range names {
		out[i] = n.String()
	}
	return out, true
}

// Elements returns the element storage of a dense goja array; ok is false
// for any other kind of object.
func (l *Layout) Elements(o *goja.Object) (Elements, bool) {
	w := l.impl(o)
	if w.tab != l.arrayTab || w.data == nil {
		return nil, false
	}
	return *(*Elements)(unsafe.Add(w.data, l.elements)), true
}

// Elem decodes element i of the storage Elements returned; a hole is not
// found.
func (l *Layout) Elem(values Elements, i int) Prop {
	if i < 0 || i >= len(values) || values[i] == nil {
		return Prop{}
	}
	p, known := l.decode(values[i])
	if !known {
		return Prop{Found: true, Enumerable: true} // no Value: read it through goja
	}
	return p
}

// IsIndexKey reports whether k is an array index (a canonical decimal
// below 2³²-1).
func IsIndexKey(k string) bool {
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

// SymbolProp is an own symbol-keyed property as stored by goja: Value is
// the property's value or its record (IsValue tells).
type SymbolProp struct {
	Key   *goja.Symbol
	Value goja.Value
}

// OwnSymbols appends the own symbol-keyed properties of o, a plain object,
// to buf in the order goja lists them, without the allocations of
// o.Symbols; ok is false when o is not a plain object.
func (l *Layout) OwnSymbols(o *goja.Object, buf []SymbolProp) (props []SymbolProp, ok bool) {
	w := l.impl(o)
	if w.tab != l.baseTab || w.data == nil {
		return buf, false
	}
	m := *(*unsafe.Pointer)(unsafe.Add(w.data, l.symValues))
	if m == nil {
		return buf, true
	}
	for e := *(*unsafe.Pointer)(unsafe.Add(m, l.symFirst)); e != nil; e = *(*unsafe.Pointer)(unsafe.Add(e, l.symNext)) {
		key, isSymbol := (*(*goja.Value)(unsafe.Add(e, l.symKey))).(*goja.Symbol)
		if !isSymbol {
			return buf, false
		}
		buf = append(buf, SymbolProp{Key: key, Value: *(*goja.Value)(unsafe.Add(e, l.symValue))})
	}
	return buf, true
}
