package gojastore

import (
	"strconv"
	"testing"

	"github.com/dop251/goja"
	"github.com/dop251/goja/unistring"
)

// The goja version in go.mod keeps objects the way Layout expects; after an
// upgrade that changes this, the IPC codec and util.inspect still work
// (through goja's API; their tests run both ways) but this test says that
// the fast path is off.
func TestLayoutLearnt(t *testing.T) {
	if For(goja.New()) == nil {
		t.Fatal("goja's property storage layout was not recognised: callers run without the fast path")
	}
}

func TestSetEnabled(t *testing.T) {
	vm := goja.New()
	if prev := SetEnabled(false); !prev {
		t.Fatal("direct access was off at the start")
	}
	if For(vm) != nil {
		t.Error("For returned a layout while switched off")
	}
	o := vm.NewObject()
	_ = o.Set("a", 1)
	if _, ok := OwnValue(vm, o, "a"); ok {
		t.Error("OwnValue read the storage while switched off")
	}
	if prev := SetEnabled(true); prev {
		t.Fatal("SetEnabled(false) did not stick")
	}
	if For(vm) == nil {
		t.Error("For returned nil after switching back on")
	}
}

func objects(t *testing.T, vm *goja.Runtime, src string) []*goja.Object {
	t.Helper()
	v, err := vm.RunString(src)
	if err != nil {
		t.Fatal(err)
	}
	list := v.(*goja.Object)
	var out []*goja.Object
	for _, k := range list.Keys() {
		out = append(out, list.Get(k).(*goja.Object))
	}
	return out
}

func layout(t *testing.T, vm *goja.Runtime) *Layout {
	t.Helper()
	l := For(vm)
	if l == nil {
		t.Fatal("layout not recognised")
	}
	return l
}

func TestOwn(t *testing.T) {
	vm := goja.New()
	l := layout(t, vm)
	objs := objects(t, vm, `(() => {
		const o = Object.create({ inherited: 1 });
		o.n = 1; o.s = 'x'; o.u = undefined;
		Object.defineProperty(o, 'g', { get() { throw new Error('ran') }, enumerable: true });
		Object.defineProperty(o, 'gs', { get() {}, set(v) {} });
		Object.defineProperty(o, 'hidden', { value: 'h', writable: true });
		const a = [1, 2]; a.extra = 'e';
		return [o, a, new Map(), function f() {}];
	})()`)
	o, a, m, f := objs[0], objs[1], objs[2], objs[3]
	for _, tc := range []struct {
		obj   *goja.Object
		key   string
		known bool
		want  Prop
		value string
	}{
		{o, "n", true, Prop{Found: true, Enumerable: true}, "1"},
		{o, "s", true, Prop{Found: true, Enumerable: true}, "x"},
		{o, "u", true, Prop{Found: true, Enumerable: true}, "undefined"},
		{o, "g", true, Prop{Found: true, Accessor: true, Get: true, Enumerable: true}, ""},
		{o, "gs", true, Prop{Found: true, Accessor: true, Get: true, Set: true}, ""},
		{o, "hidden", true, Prop{Found: true}, "h"},
		{o, "inherited", true, Prop{}, ""},
		{o, "missing", true, Prop{}, ""},
		{a, "extra", true, Prop{Found: true, Enumerable: true}, "e"},
		{a, "missing", true, Prop{}, ""},
		{a, "length", false, Prop{}, ""},
		{a, "0", false, Prop{}, ""},
		{m, "size", false, Prop{}, ""},
		{f, "missing", false, Prop{}, ""},
	} {
		p, known := l.Own(tc.obj, tc.key)
		value := ""
		if p.Value != nil {
			value = p.Value.String()
		}
		p.Value = nil
		if known != tc.known || known && (p != tc.want || value != tc.value) {
			t.Errorf("Own(%s): %+v %q, %v; want %+v %q, %v", tc.key, p, value, known, tc.want, tc.value, tc.known)
		}
	}
}

func TestOwnEntriesAndNames(t *testing.T) {
	vm := goja.New()
	l := layout(t, vm)
	objs := objects(t, vm, `(() => {
		const o = { b: 1, a: 2 };
		Object.defineProperty(o, 'h', { value: 3 });
		const a = [1, , 3]; a.x = 1;
		return [o, { 1: 'i', a: 2 }, a, [1, 2, 3, 4, 5, 6, 7, 8, 9, 10].map(String), new Map()];
	})()`)
	names := func(es []Entry) (out []string) {
		for _, e := range es {
			out = append(out, e.Name)
		}
		return out
	}
	es, ok := l.OwnEntries(objs[0], false)
	if !ok || len(es) != 2 || names(es)[0] != "b" || names(es)[1] != "a" || es[1].Prop.Value.ToInteger() != 2 {
		t.Errorf("enumerable entries: %v %v", names(es), ok)
	}
	if es, ok = l.OwnEntries(objs[0], true); !ok || len(es) != 3 || es[2].Name != "h" || es[2].Prop.Enumerable {
		t.Errorf("all entries: %+v %v", es, ok)
	}
	if _, ok = l.OwnEntries(objs[1], true); ok {
		t.Error("OwnEntries listed an object with an index key")
	}
	if _, ok = l.OwnEntries(objs[2], true); ok {
		t.Error("OwnEntries listed an array")
	}
	if ns, ok := l.StoredNames(objs[2]); !ok || len(ns) != 2 || ns[0] != "length" || ns[1] != "x" {
		t.Errorf("array stored names: %q %v", ns, ok)
	}
	elems, ok := l.Elements(objs[2])
	if !ok || len(elems) != 3 || !l.Elem(elems, 0).Found || l.Elem(elems, 1).Found || l.Elem(elems, 2).Value.ToInteger() != 3 || l.Elem(elems, 3).Found {
		t.Errorf("elements of [1, , 3]: %v %v", elems, ok)
	}
	if _, ok := l.Elements(objs[0]); ok {
		t.Error("Elements of a plain object")
	}
	if _, ok := l.Elements(objs[4]); ok {
		t.Error("Elements of a Map")
	}
}

func TestPutAndOwnValue(t *testing.T) {
	vm := goja.New()
	l := layout(t, vm)
	o := vm.NewObject()
	for _, p := range []struct {
		name unistring.String
		v    goja.Value
	}{{"b", vm.ToValue(1)}, {"2", vm.ToValue(2)}, {"a", vm.ToValue("x")}, {"b", vm.ToValue(3)}} {
		if !l.Put(o, p.name, p.v) {
			t.Fatalf("Put(%s) refused a fresh object", p.name)
		}
	}
	if l.Put(vm.NewArray(), "a", vm.ToValue(1)) {
		t.Error("Put wrote into an array")
	}
	_ = vm.Set("o", o)
	got, err := vm.RunString(`JSON.stringify(o) + Object.keys(o)`)
	if err != nil || got.String() != `{"2":2,"b":3,"a":"x"}2,b,a` {
		t.Errorf("object built by Put: %v %v", got, err)
	}
	if v, ok := OwnValue(vm, o, "b"); !ok || v.ToInteger() != 3 {
		t.Errorf("OwnValue(b): %v %v", v, ok)
	}
}

// TestPutAll checks that PutAll builds what the object literal would, gives
// each object a names list of its own, and refuses objects that have
// properties already.
func TestPutAll(t *testing.T) {
	vm := goja.New()
	l := layout(t, vm)
	names := Names{"x", "1", "y"}
	proto := vm.NewObject()
	a, b := vm.CreateObject(proto), vm.NewObject()
	if !l.PutAll(a, names, []goja.Value{vm.ToValue(1), vm.ToValue(2), vm.ToValue("s")}) ||
		!l.PutAll(b, names, []goja.Value{vm.ToValue(3), vm.ToValue(4), vm.ToValue("t")}) {
		t.Fatal("PutAll refused fresh objects")
	}
	if l.PutAll(a, Names{"z"}, []goja.Value{vm.ToValue(0)}) || l.PutAll(vm.NewArray(), Names{"z"}, []goja.Value{vm.ToValue(0)}) {
		t.Error("PutAll wrote into an object with properties, or an array")
	}
	_ = vm.Set("a", a)
	_ = vm.Set("b", b)
	got, err := vm.RunString(`a.more = 5; delete b.x; JSON.stringify([a, b, Object.keys(a), Object.keys(b)])`)
	want := `[{"1":2,"x":1,"y":"s","more":5},{"1":4,"y":"t"},["1","x","y","more"],["1","y"]]`
	if err != nil || got.String() != want {
		t.Errorf("objects built by PutAll: %v %v, want %s", got, err, want)
	}
	if len(names) != 3 || names[0] != "x" || names[1] != "1" || names[2] != "y" {
		t.Errorf("PutAll's names list changed: %v", names)
	}
}

func TestIsIndexKey(t *testing.T) {
	for k, want := range map[string]bool{"0": true, "12": true, "4294967294": true, "4294967295": false,
		"": false, "01": false, "-1": false, "1a": false, "12345678901": false} {
		if IsIndexKey(k) != want {
			t.Errorf("IsIndexKey(%q) = %v", k, !want)
		}
	}
}

// BenchmarkLearn measures learning the layout, which a forked child does
// when its first message arrives.
func BenchmarkLearn(b *testing.B) {
	vm := goja.New()
	for b.Loop() {
		if learn(vm) == nil {
			b.Fatal("not recognised")
		}
	}
}

func TestOwnValue(t *testing.T) {
	vm := goja.New()
	objs := objects(t, vm, `(() => {
		const o = Object.create({ inherited: 1 });
		o.own = 'x';
		o.nul = null;
		Object.defineProperty(o, 'getter', { get() { throw new Error('ran') }, enumerable: true });
		Object.defineProperty(o, 'fixed', { value: 2 });
		return [o, [1, 2]];
	})()`)
	o, arr := objs[0], objs[1]
	for _, tc := range []struct {
		obj  *goja.Object
		name unistring.String
		ok   bool
		want string
	}{
		{o, "own", true, "x"}, {o, "nul", true, "null"}, {o, "inherited", false, ""}, {o, "getter", false, ""},
		{o, "fixed", false, ""}, {o, "missing", false, ""}, {arr, "length", false, ""}, {arr, "0", false, ""},
	} {
		got, ok := OwnValue(vm, tc.obj, tc.name)
		if ok != tc.ok || ok && got.String() != tc.want {
			t.Errorf("OwnValue(%s): %v, %v; want %q, %v", tc.name, got, ok, tc.want, tc.ok)
		}
	}
}

// Values of every kind set from JavaScript are read from the storage.
func TestOwnEveryKind(t *testing.T) {
	vm := goja.New()
	l := layout(t, vm)
	o := objects(t, vm, `[{ i: 1, f: 1.5, s: 's', u: 'ü', b: true, n: null, d: undefined, y: Symbol(), g: 1n, o: {}, fn() {} }]`)[0]
	for _, k := range o.Keys() {
		p, known := l.Own(o, k)
		if !known || !p.Found || !p.Enumerable || p.Value == nil || !p.Value.SameAs(o.Get(k)) {
			t.Errorf("Own(%s): %+v, %v", k, p, known)
		}
	}
}

func TestOwnSymbols(t *testing.T) {
	vm := goja.New()
	l := layout(t, vm)
	objs := objects(t, vm, `(() => {
		const a = Symbol('a'), b = Symbol('b'), c = Symbol('c');
		const proto = { [c]: 'inherited' };
		const o = { __proto__: proto, [a]: 1, x: 2, [b]: 'two', [c]: 3 };
		delete o[b];
		Object.defineProperty(o, b, { get() { return 4; }, enumerable: false });
		return [o, {}, [1], { [a]: 1 }, Object.getOwnPropertySymbols(o)];
	})()`)
	o := objs[0]
	props, ok := l.OwnSymbols(o, nil)
	if !ok || len(props) != 3 {
		t.Fatalf("OwnSymbols: %+v %v", props, ok)
	}
	keys := objs[4]
	for i, p := range props {
		if p.Key != keys.Get(strconv.Itoa(i)) {
			t.Errorf("symbol %d: %v, getOwnPropertySymbols lists %v", i, p.Key, keys.Get(strconv.Itoa(i)))
		}
	}
	if !l.IsValue(props[0].Value) || props[0].Value.ToInteger() != 1 || !l.IsValue(props[1].Value) || props[1].Value.ToInteger() != 3 {
		t.Errorf("values: %v %v", props[0].Value, props[1].Value)
	}
	if l.IsValue(props[2].Value) {
		t.Errorf("the accessor's record reads as a value: %v", props[2].Value)
	}
	buf := props[:0]
	if props, ok = l.OwnSymbols(objs[1], buf); !ok || len(props) != 0 {
		t.Errorf("OwnSymbols of {}: %+v %v", props, ok)
	}
	if _, ok = l.OwnSymbols(objs[2], buf); ok {
		t.Error("OwnSymbols listed an array")
	}
	if props, ok = l.OwnSymbols(objs[3], buf); !ok || len(props) != 1 || &props[0] != &buf[:1][0] {
		t.Errorf("OwnSymbols of { [a]: 1 } did not append to the buffer: %+v %v", props, ok)
	}
}

// TestGet compares Get with goja's Get along the prototype chains of class
// instances, plain objects, arrays, functions and typed arrays, for own,
// inherited, accessor, non-writable, non-enumerable, shadowed and missing
// names.
func TestGet(t *testing.T) {
	vm := goja.New()
	l := layout(t, vm)
	v, err := vm.RunString(`
		class A { constructor() { this.own = 1; } m() {} get g() { return this.own + 1; } }
		class B extends A { constructor() { super(); this.b = 'b'; } }
		A.prototype.shared = 'proto';
		Object.defineProperty(A.prototype, 'fixed', { value: 7 });
		Object.defineProperty(A.prototype, 'hidden', { value: undefined, writable: true, configurable: true });
		const b = new B();
		const shadow = Object.create(b, { own: { value: 'shadowed', writable: true, enumerable: true, configurable: true } });
		const nullProto = Object.create(null); nullProto.x = 1;
		[b, shadow, nullProto, { plain: true }, [1, 2], function f() {}, new Uint8Array(2)];
	`)
	if err != nil {
		t.Fatal(err)
	}
	names := []string{"own", "b", "m", "g", "shared", "fixed", "hidden", "constructor", "toString", "x", "plain", "length", "name", "0", "missing", "__proto__"}
	for i, o := range elements(v.(*goja.Object)) {
		for _, name := range names {
			if got, want := l.Get(o.(*goja.Object), name), o.(*goja.Object).Get(name); !sameAnswer(got, want) {
				t.Errorf("object %d: Get(%q) = %v, goja says %v", i, name, got, want)
			}
		}
	}
}

// elements is the elements of the array list.
func elements(list *goja.Object) []goja.Value {
	var out []goja.Value
	for i := int64(0); i < list.Get("length").ToInteger(); i++ {
		out = append(out, list.Get(strconv.FormatInt(i, 10)))
	}
	return out
}

// sameAnswer reports whether got and want are both missing (nil) or ===.
func sameAnswer(got, want goja.Value) bool {
	return (got == nil) == (want == nil) && (got == nil || got.StrictEquals(want))
}

// TestGetSymbol checks GetSymbol against goja on own, inherited, accessor,
// non-enumerable, deleted and missing symbol-keyed properties.
func TestGetSymbol(t *testing.T) {
	vm := goja.New()
	l := layout(t, vm)
	v, err := vm.RunString(`
		const own = Symbol('own'), inh = Symbol('inh'), acc = Symbol('acc'), hidden = Symbol('hidden'), gone = Symbol('gone'), missing = Symbol('missing');
		class A { get [acc]() { return this[own] + 1; } }
		A.prototype[inh] = 'proto';
		Object.defineProperty(A.prototype, hidden, { value: 'h' });
		const a = new A(); a[own] = 1; a[gone] = 2; delete a[gone];
		const nullProto = Object.create(null); nullProto[own] = 'n';
		[[a, Object.create(a), nullProto, [1], function f() {}], [own, inh, acc, hidden, gone, missing, Symbol.iterator]];
	`)
	if err != nil {
		t.Fatal(err)
	}
	lists := v.(*goja.Object)
	syms := elements(lists.Get("1").(*goja.Object))
	for i, o := range elements(lists.Get("0").(*goja.Object)) {
		for _, sym := range syms {
			if got, want := l.GetSymbol(o.(*goja.Object), sym.(*goja.Symbol)), o.(*goja.Object).GetSymbol(sym.(*goja.Symbol)); !sameAnswer(got, want) {
				t.Errorf("object %d: GetSymbol(%v) = %v, goja says %v", i, sym, got, want)
			}
		}
	}
}

// TestSet checks that Set assigns as goja does: own data properties, inherited
// ones (the object gets its own), accessors and read-only properties
// (through goja), objects that are not extensible or are being iterated.
func TestSet(t *testing.T) {
	vm := goja.New()
	l := layout(t, vm)
	src := `
		const log = [];
		const proto = { inherited: 1, get acc() { return 4; }, set acc(v) { log.push(v); } };
		Object.defineProperty(proto, 'fixed', { value: 3, enumerable: true });
		const make = () => { const o = Object.create(proto); o.a = 1; return o; };
		const o = make(), sealed = Object.preventExtensions(make()), iterated = make();
		const nullProto = Object.create(null);
		[o, sealed, iterated, nullProto];
	`
	want := `[` +
		`{"a":"new","inherited":"new","missing":"new","fixed":3,"acc":4},` + // o
		`{"a":"new","fixed":3,"acc":4},` + // sealed
		`{"a":"new","inherited":"new","missing":"new","fixed":3,"acc":4},` + // iterated
		`{"a":"new","inherited":"new","missing":"new","fixed":"new","acc":"new"}` + // nullProto
		`]`
	check := func(useLayout bool) {
		t.Helper()
		v, err := vm.RunString(src)
		if err != nil {
			t.Fatal(err)
		}
		objs := v.(*goja.Object)
		if _, err := vm.RunString(`var it = iterated; for (const k in it) { globalThis.iterating = k; break; }`); err != nil {
			t.Fatal(err)
		}
		for i := 0; i < 4; i++ {
			o := objs.Get(strconv.Itoa(i)).(*goja.Object)
			for _, name := range []string{"a", "inherited", "missing", "fixed", "acc"} {
				if useLayout {
					l.Set(o, name, vm.ToValue("new"))
				} else {
					_ = o.Set(name, "new")
				}
			}
		}
		got, err := vm.RunString(`JSON.stringify([o, sealed, iterated, nullProto].map((x) => {
			const r = {}; for (const k of Object.keys(x)) r[k] = x[k]; for (const k of ['fixed', 'acc']) if (!(k in r)) r[k] = x[k]; return r;
		})) + JSON.stringify(log)`)
		if err != nil {
			t.Fatal(err)
		}
		if got.String() != want+`["new","new","new"]` {
			t.Errorf("layout %v: after Set: %s, want %s", useLayout, got, want+`["new","new","new"]`)
		}
	}
	check(false)
	vm = goja.New()
	l = layout(t, vm)
	check(true)
}

// goja keeps a few own properties in a list and more in a map
// (third_party/goja/propvalues.go): objects of every size around the
// switch, with deletions and re-additions, read the same through
// JavaScript, goja's API and the storage, and writes through the storage
// are seen by JavaScript.
func TestStorageAcrossSizes(t *testing.T) {
	vm := goja.New()
	l := layout(t, vm)
	check, err := vm.RunString(`(function (o, n) {
		const want = [];
		for (let i = 0; i < n; i++) if (i % 3 !== 1) want.push('p' + i);
		for (let i = 0; i < n; i += 3) want.push('p' + i + 'again');
		want.push('put');
		const got = Object.keys(o);
		if (JSON.stringify(got) !== JSON.stringify(want)) return 'keys ' + got;
		for (const k of want) if (!(k in o) || o[k] !== k + '!') return 'value of ' + k;
		for (let i = 1; i < n; i += 3) if (('p' + i) in o) return 'deleted p' + i + ' is back';
		return '';
	})`)
	if err != nil {
		t.Fatal(err)
	}
	checkFn, _ := goja.AssertFunction(check)
	build, err := vm.RunString(`(function (n) {
		const o = {};
		for (let i = 0; i < n; i++) o['p' + i] = 'p' + i + '!';
		for (let i = 1; i < n; i += 3) delete o['p' + i];
		for (let i = 0; i < n; i += 3) o['p' + i + 'again'] = 'p' + i + 'again!';
		return o;
	})`)
	if err != nil {
		t.Fatal(err)
	}
	buildFn, _ := goja.AssertFunction(build)
	for n := 0; n <= 24; n++ {
		v, err := buildFn(goja.Undefined(), vm.ToValue(n))
		if err != nil {
			t.Fatal(err)
		}
		o := v.(*goja.Object)
		for i := 0; i < n; i++ {
			name := "p" + strconv.Itoa(i)
			got, ok := OwnValue(vm, o, unistring.String(name))
			if deleted := i%3 == 1; ok == deleted || !deleted && got.String() != name+"!" {
				t.Fatalf("n=%d: OwnValue(%s) = %v, %v", n, name, got, ok)
			}
			if g := l.Get(o, name); (g == nil) != (i%3 == 1) {
				t.Fatalf("n=%d: Get(%s) = %v", n, name, g)
			}
		}
		if !l.Put(o, "put", vm.ToValue("put!")) {
			t.Fatalf("n=%d: Put refused a plain object", n)
		}
		res, err := checkFn(goja.Undefined(), o, vm.ToValue(n))
		if err != nil {
			t.Fatal(err)
		}
		if s := res.String(); s != "" {
			t.Fatalf("n=%d: %s", n, s)
		}
	}
}
