package util

import (
	"reflect"
	"sync"
	"unsafe"

	"github.com/dop251/goja"
	"github.com/gonode/gonode/internal/gojastore"
)

// node prints the entries a Map or Set iterator has left without consuming
// them (V8's previewEntries). goja offers no such API, so, as for property
// storage (internal/gojastore), the iterator's state is read directly from
// goja's structures, whose layout is learnt and checked on a scratch VM
// first.

// iterLayout locates the state of goja's Map and Set iterators.
type iterLayout struct {
	mapIter, setIter   reflect.Type // *goja.mapIterObject, *goja.setIterObject
	iter, kind         int          // their iter (*orderedMapIter) and kind fields
	itMap, itCur       int          // orderedMapIter.m, .cur
	first              int          // orderedMap.iterFirst
	key, value         int          // mapEntry.key, .value (goja.Value)
	prev, next         int          // mapEntry.iterPrev, .iterNext
	keyKind, entryKind int64        // iterationKind of keys() and entries()
}

var (
	iterOnce   sync.Once
	iterLearnt *iterLayout
)

// iterators returns the iterator layout, learning it the first time; st
// is the storage layout (not nil).
func iterators(st *gojastore.Layout) *iterLayout {
	iterOnce.Do(func() { iterLearnt = learnIterators(st) })
	return iterLearnt
}

func learnIterators(st *gojastore.Layout) *iterLayout {
	vm := goja.New()
	v, err := vm.RunString(`(() => {
		const m = new Map([[1, 'a'], [2, 'b'], [3, 'c']]);
		const partly = m.entries();
		partly.next();
		return [m.keys(), m.entries(), new Set([1]).values(), partly];
	})()`)
	if err != nil {
		return nil
	}
	list := v.(*goja.Object)
	impl := func(i string) reflect.Value { return st.Impl(list.Get(i).(*goja.Object)) }
	keys, entries, set := impl("0"), impl("1"), impl("2")
	if keys.Kind() != reflect.Pointer || entries.Kind() != reflect.Pointer || set.Kind() != reflect.Pointer {
		return nil
	}
	l := &iterLayout{mapIter: keys.Type(), setIter: set.Type()}
	valueType := reflect.TypeOf((*goja.Value)(nil)).Elem()
	l.iter = field(l.mapIter.Elem(), "iter", nil, reflect.Pointer)
	l.kind = field(l.mapIter.Elem(), "kind", nil, reflect.Int)
	if l.iter < 0 || l.kind < 0 || field(l.setIter.Elem(), "iter", nil, reflect.Pointer) != l.iter ||
		field(l.setIter.Elem(), "kind", nil, reflect.Int) != l.kind {
		return nil
	}
	itType := l.mapIter.Elem().Field(l.iter).Type.Elem()
	l.itMap = field(itType, "m", nil, reflect.Pointer)
	l.itCur = field(itType, "cur", nil, reflect.Pointer)
	if l.itMap < 0 || l.itCur < 0 {
		return nil
	}
	mapType := itType.Field(l.itMap).Type.Elem()
	entryType := itType.Field(l.itCur).Type
	l.first = field(mapType, "iterFirst", entryType, 0)
	l.key = field(entryType.Elem(), "key", valueType, 0)
	l.value = field(entryType.Elem(), "value", valueType, 0)
	l.prev = field(entryType.Elem(), "iterPrev", entryType, 0)
	l.next = field(entryType.Elem(), "iterNext", entryType, 0)
	if l.first < 0 || l.key < 0 || l.value < 0 || l.prev < 0 || l.next < 0 {
		return nil
	}
	l.keyKind = keys.Elem().Field(l.kind).Int()
	l.entryKind = entries.Elem().Field(l.kind).Int()
	if l.keyKind == l.entryKind {
		return nil
	}
	// Check: the partly consumed entries() iterator has [2, 'b', 3, 'c'] left.
	got, keyValue, ok := l.preview(list.Get("3").(*goja.Object), st)
	if !ok || !keyValue || len(got) != 4 || got[0].ToInteger() != 2 || got[3].String() != "c" {
		return nil
	}
	return l
}

// field returns the index of t's field name, checking that its declared
// type is exactly typ (or, with typ nil, of kind kind); -1 if it is not.
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

func readValue(f reflect.Value) goja.Value {
	return *(*goja.Value)(unsafe.Pointer(f.UnsafeAddr()))
}

// preview returns the entries o (a Map or Set iterator) has left: keys or
// values, or key/value pairs flattened when keyValue. ok is false when o is
// not such an iterator.
func (l *iterLayout) preview(o *goja.Object, st *gojastore.Layout) (entries []goja.Value, keyValue, ok bool) {
	p := st.Impl(o)
	if !p.IsValid() {
		return nil, false, false
	}
	isSet := p.Type() == l.setIter
	if p.Type() != l.mapIter && !isSet {
		return nil, false, false
	}
	kind := p.Elem().Field(l.kind).Int()
	keyValue = kind == l.entryKind
	it := p.Elem().Field(l.iter)
	if it.IsNil() || it.Elem().Field(l.itMap).IsNil() {
		return nil, keyValue, true // finished
	}
	// The next entry follows the current one (or the last one before it
	// that is still in the map), as goja's orderedMapIter.next finds it.
	cur := it.Elem().Field(l.itCur)
	for !cur.IsNil() && readValue(cur.Elem().Field(l.key)) == nil {
		cur = cur.Elem().Field(l.prev)
	}
	var e reflect.Value
	if cur.IsNil() {
		e = it.Elem().Field(l.itMap).Elem().Field(l.first)
	} else {
		e = cur.Elem().Field(l.next)
	}
	for ; !e.IsNil(); e = e.Elem().Field(l.next) {
		key := readValue(e.Elem().Field(l.key))
		if key == nil {
			continue // deleted
		}
		value := readValue(e.Elem().Field(l.value))
		switch {
		case keyValue && isSet:
			entries = append(entries, key, key)
		case keyValue:
			entries = append(entries, key, value)
		case kind == l.keyKind || isSet:
			entries = append(entries, key)
		default:
			entries = append(entries, value)
		}
	}
	return entries, keyValue, true
}
