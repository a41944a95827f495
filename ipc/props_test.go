package ipc

import (
	"testing"

	"github.com/gonode/gonode/internal/gojastore"
)

// withEachStorageMode runs f with the codec reading and writing goja's
// property storage directly (internal/gojastore), then through goja's API
// only.
func withEachStorageMode(t *testing.T, f func(t *testing.T)) {
	t.Helper()
	for _, mode := range []struct {
		name string
		on   bool
	}{{"storage", true}, {"api", false}} {
		t.Run(mode.name, func(t *testing.T) {
			defer gojastore.SetEnabled(gojastore.SetEnabled(mode.on))
			if mode.on && gojastore.For(newVM(t)) == nil {
				t.Fatal("goja's property storage layout was not recognised: the codec runs without its fast path")
			}
			f(t)
		})
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
