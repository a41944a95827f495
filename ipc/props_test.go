package ipc

import (
	"testing"

	"github.com/dop251/goja"
	"github.com/dop251/goja/unistring"
)

// withEachStorageMode runs f with the codec reading and writing goja's
// property storage directly, then through goja's API only.
func withEachStorageMode(t *testing.T, f func(t *testing.T)) {
	t.Helper()
	for _, mode := range []struct {
		name     string
		disabled bool
	}{{"storage", false}, {"api", true}} {
		t.Run(mode.name, func(t *testing.T) {
			defer func(old bool) { disablePlainStorage = old }(disablePlainStorage)
			disablePlainStorage = mode.disabled
			f(t)
		})
	}
}

// The goja version in go.mod keeps plain objects the way plainLayout
// expects; after an upgrade that changes this, the codec still works
// (through goja's API, see the "api" subtests) but this test says that the
// fast path is off.
func TestPlainStorageLearnt(t *testing.T) {
	if plainStorage(newVM(t)) == nil {
		t.Fatal("goja's plain object layout was not recognised: the codec runs without its fast path")
	}
}

// Objects a toJSON changes while they are being serialized: the keys are
// those listed before any value was serialized, each value is read when its
// turn comes (node's SerializeJSONObject).
func TestEncodeObjectChangedByToJSON(t *testing.T) {
	withEachStorageMode(t, func(t *testing.T) {
		vm := newVM(t)
		for _, tc := range []struct{ src, want string }{
			{`(() => { const o = {a: {toJSON() { delete o.b; o.c = 3; return 1 }}, b: 2}; return o })()`, `{"a":1}`},
			{`(() => { const o = Object.create({b: 'proto'}); o.a = {toJSON() { delete o.b; return 1 }}; o.b = 2; return o })()`, `{"a":1,"b":"proto"}`},
			{`(() => { const o = {a: {toJSON() { Object.defineProperty(o, 'b', {get() { return 'g' }}); return 1 }}, b: 2}; return o })()`, `{"a":1,"b":"g"}`},
			{`(() => { const o = {a: {toJSON() { o.b = 5; o[0] = 1; return 1 }}, b: 2}; return o })()`, `{"a":1,"b":5}`},
			{`(() => { const o = {a: {toJSON() { Object.defineProperty(o, 'b', {value: 7, enumerable: false}); return 1 }}, b: 2}; return o })()`, `{"a":1,"b":7}`},
		} {
			v, err := vm.RunString(tc.src)
			if err != nil {
				t.Fatal(err)
			}
			got, err := Encode(vm, v)
			if err != nil || string(got) != tc.want {
				t.Errorf("%s: got %s (%v), want %s", tc.src, got, err, tc.want)
			}
		}
	})
}

func TestOwnValue(t *testing.T) {
	vm := newVM(t)
	v, err := vm.RunString(`(() => {
		const o = Object.create({ inherited: 1 });
		o.own = 'x';
		o.nul = null;
		Object.defineProperty(o, 'getter', { get() { throw new Error('ran') }, enumerable: true });
		Object.defineProperty(o, 'fixed', { value: 2 });
		return [o, [1, 2]];
	})()`)
	if err != nil {
		t.Fatal(err)
	}
	pair := v.(*goja.Object)
	o, arr := pair.Get("0").(*goja.Object), pair.Get("1").(*goja.Object)
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
