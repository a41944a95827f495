package v8ser

import (
	"encoding/hex"
	"errors"
	"strings"
	"testing"

	"github.com/dop251/goja"
)

func TestSerializeMatchesNode(t *testing.T) {
	vm, c := newTestCodec(t)
	for _, tc := range nodeCases {
		v, err := vm.RunString("(" + tc.expr + ")")
		if err != nil {
			t.Fatalf("%s: %v", tc.name, err)
		}
		b, err := c.Serialize(v)
		if err != nil {
			t.Errorf("%s: %v", tc.name, err)
			continue
		}
		if got := hex.EncodeToString(b); got != tc.hex {
			t.Errorf("%s: %s\n got %s\nwant %s", tc.name, tc.expr, got, tc.hex)
		}
	}
}

func TestSerializeThrowsLikeNode(t *testing.T) {
	vm, c := newTestCodec(t)
	for _, tc := range nodeThrows {
		v, err := vm.RunString("(" + tc.expr + ")")
		if err != nil {
			t.Fatalf("%s: %v", tc.name, err)
		}
		_, err = c.Serialize(v)
		var ex *goja.Exception
		if !errors.As(err, &ex) {
			t.Errorf("%s: got %v, want exception %q", tc.name, err, tc.msg)
			continue
		}
		e := ex.Value().ToObject(vm)
		if msg := e.Get("message").String(); msg != tc.msg || e.Get("name").String() != "Error" {
			t.Errorf("%s: got %s: %q, want Error: %q", tc.name, e.Get("name"), msg, tc.msg)
		}
	}
}

// TestDeserializeNodeBytes decodes node's bytes and serializes the result
// again: the bytes must come back unchanged (every case above is its own
// fixed point except those whose value depends on a heap layout goja
// does not keep).
func TestDeserializeNodeBytes(t *testing.T) {
	vm, c := newTestCodec(t)
	for _, tc := range nodeCases {
		b, _ := hex.DecodeString(tc.hex)
		v, err := c.Deserialize(b)
		if err != nil {
			t.Errorf("%s: %v", tc.name, err)
			continue
		}
		again, err := c.Serialize(v)
		if err != nil {
			t.Errorf("%s: reserialize: %v", tc.name, err)
			continue
		}
		if got := hex.EncodeToString(again); got != tc.hex {
			t.Errorf("%s: round trip\n got %s\nwant %s", tc.name, got, tc.hex)
		}
	}
	_ = vm
}

func TestDeserializedValues(t *testing.T) {
	vm, c := newTestCodec(t)
	checks := map[string]string{
		"cycle":    "v.self === v",
		"ref":      "v[0] === v[1]",
		"mapCycle": "v.get(v) === v && v instanceof Map",
		"bufTwice": "v.a === v.b && v.a instanceof Buffer && v.a[0] === 120",
		"date":     "v instanceof Date && v.getTime() === 1700000000123",
		"re":       "v instanceof RegExp && v.source === 'a.b' && v.flags === 'gimsuy'",
		"errCause": "v instanceof Error && v.message === 'm' && v.cause.x === 1 && v.stack === 'S'",
		"typeErr":  "v instanceof TypeError && v.message === 't'",
		"holey":    "v.length === 3 && !(1 in v) && v[2] === 3",
		"sparse":   "v.length === 11 && v[10] === 1 && !(0 in v)",
		"big64":    "v === 2n**64n",
		"bigNeg70": "v === -(2n**70n)",
		"lone":     "v.length === 2 && v.charCodeAt(0) === 0xd800",
		"latin1":   "v === 'caf\\u00e9\\u00ff'",
		"i16":      "v instanceof Int16Array && v[0] === -1 && v[1] === 2",
		"dv":       "v instanceof DataView && v.byteLength === 2",
		"bigObj":   "typeof v === 'object' && v.valueOf() === 5n",
		"intKeys":  "JSON.stringify(Object.keys(v)) === '[\"1\",\"2\",\"b\",\"a\"]'",
	}
	for _, tc := range nodeCases {
		check, ok := checks[tc.name]
		if !ok {
			continue
		}
		b, _ := hex.DecodeString(tc.hex)
		v, err := c.Deserialize(b)
		if err != nil {
			t.Fatalf("%s: %v", tc.name, err)
		}
		_ = vm.Set("v", v)
		r, err := vm.RunString(check)
		if err != nil || !r.ToBoolean() {
			t.Errorf("%s: %s is not true (%v)", tc.name, check, err)
		}
	}
}

func TestDeserializeErrors(t *testing.T) {
	_, c := newTestCodec(t)
	for _, in := range []string{"", "49", "ff0c5f", "ff0f", "ff10", "ff0f49", "ff0f6f", "ff0f5e00", "ff0f22ff", "ff0f6f2201614902", "ff0f410249", "ff0f7a", "ff0f5c0e0100", "ff0f52220161ff01"} {
		b, _ := hex.DecodeString(in)
		_, err := c.Deserialize(b)
		var ex *goja.Exception
		if !errors.As(err, &ex) || !strings.HasPrefix(ex.Value().ToObject(c.vm).Get("message").String(), "Unable to deserialize cloned data") {
			t.Errorf("%q: got %v", in, err)
		}
	}
}

func TestMessageFrame(t *testing.T) {
	vm, c := newTestCodec(t)
	v, _ := vm.RunString(`({a: 1, b: Buffer.from('ab')})`)
	b, err := c.AppendMessage([]byte("x"), v)
	if err != nil {
		t.Fatal(err)
	}
	// node: child.send({a:1, b:Buffer.from('ab')}) in advanced mode.
	if got, want := hex.EncodeToString(b), "78"+"00000013"+"ff0f6f2201614902220162"+"5c000a026162"+"7b02"; got != want {
		t.Fatalf("got %s want %s", got, want)
	}
	cmd, err := ScanMessage(b[5:])
	if err != nil || cmd != "" {
		t.Fatalf("scan: %q %v", cmd, err)
	}
	back, err := c.DecodeMessage(b[5:])
	if err != nil {
		t.Fatal(err)
	}
	_ = vm.Set("v", back)
	if r, _ := vm.RunString(`v.a === 1 && v.b instanceof Buffer && v.b.length === 2`); !r.ToBoolean() {
		t.Fatal("decoded message differs")
	}
}

func TestScanMessage(t *testing.T) {
	vm, c := newTestCodec(t)
	for expr, want := range map[string]string{
		`({cmd: 'NODE_HANDLE', type: 'net.Server', msg: {x: [1, new Map([[1, 2]])]}})`: "NODE_HANDLE",
		`({type: 't', msg: {cmd: 'inner'}, cmd: 'NODE_\u0100'})`:                       "NODE_\u0100",
		`({cmd: 1})`:              "",
		`[1, 2]`:                  "",
		`'cmd'`:                   "",
		`({a: {cmd: 'x'}})`:       "",
		`new Map([['cmd', 'x']])`: "",
	} {
		v, err := vm.RunString("(" + expr + ")")
		if err != nil {
			t.Fatal(err)
		}
		b, err := c.AppendMessage(nil, v)
		if err != nil {
			t.Fatal(err)
		}
		got, err := ScanMessage(b[4:])
		if err != nil || got != want {
			t.Errorf("%s: got %q, %v; want %q", expr, got, err, want)
		}
		for cut := 4; cut < len(b)-1; cut++ {
			if _, err := ScanMessage(b[4:cut]); err == nil {
				t.Errorf("%s: truncated to %d bytes scanned without error", expr, cut-4)
			}
		}
	}
}

func TestOnlyLength(t *testing.T) {
	vm, c := newTestCodec(t)
	if c.arrayNames == nil {
		t.Fatal("goja's array property list not found")
	}
	for expr, want := range map[string]bool{
		`[1, 2]`: true, `[]`: true, `Object.assign([1], {x: 1})`: false,
		`Object.defineProperty([1], 'h', {value: 1})`: false, `(() => { const a = [1]; a.x = 1; delete a.x; return a; })()`: true,
	} {
		v, _ := vm.RunString("(" + expr + ")")
		if got := c.onlyLength(v.(*goja.Object)); got != want {
			t.Errorf("%s: onlyLength %v, want %v", expr, got, want)
		}
	}
}
