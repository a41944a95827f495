package ipc

import (
	"bytes"
	"encoding/base64"
	"encoding/json"
	"fmt"
	"strings"
	"testing"

	"github.com/dop251/goja"
)

// encodeCorpus holds JS expressions evaluated both by goja and by node;
// Encode's bytes (or error) must equal node's JSON.stringify.
var encodeCorpus = []string{
	// NODE-IPC.md §2.1 table
	`NaN`, `-0`, `({a: undefined, f() {}, b: 1})`, `[undefined, function () {}, 2]`,
	`new Map([[1, 2]])`, `Buffer.from('ab')`, `new Uint8Array([1, 2])`,
	// primitives and numbers
	`null`, `true`, `false`, `0`, `1`, `-1`, `1.5`, `0.1 + 0.2`, `1e21`, `1e-7`, `1.5e-7`, `123e-20`,
	`2 ** 53`, `2 ** 53 + 2`, `2 ** 64`, `-(2 ** 70)`, `1e20`, `123456789.123456789`, `-1e-7`, `0.000001`,
	`4.35`, `1 / 3`, `Number.MAX_VALUE`, `Number.MIN_VALUE`, `-Infinity`, `Infinity`, `[1e300 * 1e10, -0, NaN]`,
	`[2 ** 31, -(2 ** 31), 2 ** 32, 2 ** 63, 99999999999999999999, 0.1 * 3, 1e-6, 1.7976931348623157e308]`,
	// strings
	`""`, `"hello"`, `"a\"b\\c/d"`, `"\b\f\n\r\t\v\0\x01\x1f\x7f"`, `"\u2028\u2029"`, `"é日本😀"`,
	`"\ud800"`, `"\udc00x"`, `"\ud83d\ude00"`, `"a\ud83d"`, `"\udfff\ud800"`, `"<>&'"`, `"\u00ff\u0100\uffff"`,
	`"\ufffd"`, `"\ufffd\ud800\ufffd"`, `"x".repeat(1000) + "é"`,
	`String.fromCharCode(...Array.from({length: 160}, (_, i) => i))`,
	// objects and arrays
	`({})`, `[]`, `({b: 1, 2: 2, a: 3, 1: 4, "-1": 5, "01": 6, 4294967295: 7, 4294967294: 8, 1.5: 9})`,
	`({a: {b: {c: [1, [2, [3, {d: null}]]]}}})`, `[[], [[]], {}, [{}], [[[]]]]`, `({"": 1, " ": 2})`,
	`({"é": 1, "\u2028": 2, "\ud800": 3, "\"q\"": 4, "\n": 5})`, `({__proto__: null, a: 1})`,
	`JSON.parse('{"__proto__": 1, "a": [1, {"__proto__": [2]}]}')`,
	`Object.create({inherited: 1}, {own: {value: 2, enumerable: true}, hidden: {value: 3}})`,
	`({[Symbol('s')]: 1, a: 2, b: Symbol('x')})`, `[Symbol('x'), () => 1]`,
	`({get a() { return 5 }, b: 2})`, `Object.defineProperty([1, 2], 'x', {value: 1, enumerable: true})`,
	`[1, , 3]`, `new Array(3)`, `Object.assign([1, 2], {length: 3})`,
	`(() => { const a = {x: 1}; return [a, a, {y: a}] })()`,
	`(() => { const o = {}; for (let i = 0; i < 50; i++) o['k' + (i * 7919 % 50)] = i; return o })()`,
	`(() => { let v = 1; for (let i = 0; i < 100; i++) v = [v, {i}]; return v })()`,
	// toJSON
	`new Date(0)`, `new Date(1e12)`, `new Date(NaN)`, `({d: new Date(Date.UTC(2020, 1, 29, 12, 0, 0, 5))})`,
	`({toJSON() { return 42 }})`, `({toJSON(k) { return 'key:' + k }})`, `({x: {toJSON(k) { return 'key:' + k }}})`,
	`[{toJSON(k) { return typeof k + k }}]`, `({toJSON() { return undefined }})`,
	`({a: {toJSON() { return undefined }}, b: 1})`, `({toJSON: 1, a: 2})`, `[Buffer.from([0, 255, 128])]`,
	// boxed primitives, typed arrays, exotic objects
	`new Number(3)`, `new String('s\n')`, `new Boolean(false)`, `[new Number(-0), Object('x'), Object(true)]`,
	`new Float64Array([1.5, NaN, -0])`, `new Int8Array(0)`, `new ArrayBuffer(4)`, `new DataView(new ArrayBuffer(2))`,
	`new Set([1])`, `/re/g`, `new Error('x')`, `(function () { return arguments })(1, 'a')`,
	`(() => { class A { constructor() { this.x = 1 } get y() { return 2 } }; return new A() })()`,
	`Object.create(null)`, `({a: function () {}, b: () => 1, c: class {}})`,
	`new Proxy({a: 1, b: [1, 2]}, {})`, `new Proxy([1, 2], {})`, `[new Proxy(function () {}, {})]`,
	`new Proxy({}, {ownKeys() { return ['y', 'x'] }, getOwnPropertyDescriptor(t, k) { return {value: k, enumerable: true, configurable: true} }, get(t, k) { return k + '!' }})`,
	// top level values JSON.stringify turns into undefined
	`undefined`, `function () {}`, `Symbol('t')`,
	// errors
	`(() => { const a = {}; a.self = a; return a })()`,
	`(() => { const a = {x: {y: [1, {z: null}]}}; a.x.y[1].z = a; return a })()`,
	`(() => { const a = {x: {y: {z: {w: {v: {}}}}}}; a.x.y.z.w.v.q = a.x; return a })()`,
	`(() => { const a = {x: {y: {z: {w: {v: {}}}}}}; a.x.y.z.w.v.q = a; return a })()`,
	`(() => { class Foo {}; const a = new Foo(); a.b = [a]; return {root: a} })()`,
	`(() => { const a = Object.create(null); a.b = a; return a })()`,
	`(() => { const a = []; a.push(a); return a })()`,
	`(() => { function F() {}; const a = new F(); a.me = a; return a })()`,
	`(() => { const root = {}; let o = root; for (let i = 0; i < 40; i++) o = o['c' + i] = i % 2 ? {} : [{}][0]; o.back = root.c0.c1; return root })()`,
	`(() => { const root = {}; let o = root, mid; for (let i = 0; i < 60; i++) { o = o.c = []; o = o[0] = {}; if (i === 40) mid = o } o.back = mid; return root })()`,
	`({a: 1n})`, `1n`, `[Object(2n)]`, `({toJSON() { throw new RangeError('boom') }})`,
	`({get a() { throw new Error('getter') }})`,
	`[Object(Symbol('boxed')), Object.assign(new Number(1), {valueOf() { return 5 }}), Object.assign(new String('a'), {toString() { return 'b' }})]`,
	`(() => { const d = new Date(0); d.toJSON = undefined; return [d, Object.assign(new Date(0), {toJSON() { return 'own' }})] })()`,
	// last: patches BigInt.prototype for itself
	`(() => { BigInt.prototype.toJSON = function (k) { return k + ':' + this.toString() }; return {a: 1n, b: [2n, Object(3n)]} })()`,
}

func TestEncodeMatchesNode(t *testing.T) {
	if len(encodeCorpus) < 60 {
		t.Fatalf("corpus too small: %d", len(encodeCorpus))
	}
	srcs, _ := json.Marshal(encodeCorpus)
	out := runNode(t, `
const srcs = JSON.parse(require('fs').readFileSync(0, 'utf8'));
for (const src of srcs) {
  let line;
  try {
    const s = JSON.stringify((0, eval)('(' + src + ')'));
    line = s === undefined ? 'U' : 'J' + Buffer.from(s).toString('base64');
  } catch (e) {
    line = 'E' + Buffer.from(e.name + ': ' + e.message).toString('base64');
  }
  console.log(line);
}`, srcs)
	want := strings.Split(strings.TrimSpace(string(out)), "\n")
	if len(want) != len(encodeCorpus) {
		t.Fatalf("node printed %d lines for %d sources", len(want), len(encodeCorpus))
	}
	withEachStorageMode(t, func(t *testing.T) {
		vm := newVM(t)
		for i, src := range encodeCorpus {
			v, err := vm.RunString("(" + src + ")")
			if err != nil {
				t.Fatalf("goja cannot evaluate %s: %v", src, err)
			}
			b, err := Encode(vm, v)
			var got string
			switch {
			case err != nil:
				got = "E" + base64.StdEncoding.EncodeToString([]byte(errorText(vm, err)))
			case b == nil:
				got = "U"
			default:
				got = "J" + base64.StdEncoding.EncodeToString(b)
			}
			if got != want[i] {
				t.Errorf("%s:\n got %s\nwant %s", src, show(got), show(want[i]))
			}
		}
	})
}

func show(line string) string {
	if line == "U" {
		return "undefined"
	}
	b, _ := base64.StdEncoding.DecodeString(line[1:])
	return line[:1] + " " + string(b)
}

func TestAppendFrame(t *testing.T) {
	vm := newVM(t)
	for src, want := range map[string]string{
		`({cmd: 'x', n: 1})`: `{"cmd":"x","n":1}` + "\n",
		`undefined`:          "undefined\n",
		`"\u2028"`:           "\"\u2028\"\n",
	} {
		v, _ := vm.RunString("(" + src + ")")
		got, err := AppendFrame([]byte("prev"), vm, v)
		if err != nil || string(got) != "prev"+want {
			t.Errorf("AppendFrame(%s) = %q, %v; want %q", src, got, err, "prev"+want)
		}
	}
	v, _ := vm.RunString(`(() => { const a = {}; a.a = a; return a })()`)
	got, err := AppendFrame([]byte("prev"), vm, v)
	if err == nil || string(got) != "prev" {
		t.Fatalf("circular: got %q, %v", got, err)
	}
	// The error can be thrown back into JS.
	if err := vm.Set("throwIt", func() { panic(err) }); err != nil {
		t.Fatal(err)
	}
	r, jsErr := vm.RunString(`try { throwIt(); 'no' } catch (e) { e instanceof TypeError && e.message.split('\n')[0] }`)
	if jsErr != nil || r.String() != "Converting circular structure to JSON" {
		t.Fatalf("rethrown error: %v %v", r, jsErr)
	}
}

func TestEncodeDepthLimit(t *testing.T) {
	vm := newVM(t)
	v, err := vm.RunString(`(() => { let v = []; for (let i = 0; i < 20000; i++) v = [v]; return v })()`)
	if err != nil {
		t.Fatal(err)
	}
	_, err = Encode(vm, v)
	if err == nil || errorText(vm, err) != "RangeError: Maximum call stack size exceeded" {
		t.Fatalf("got %v", err)
	}
}

// decodeCorpus: JSON texts whose JSON.stringify(JSON.parse(text)) (or
// parse error message) must match node.
var decodeCorpus = []string{
	`{"cmd":"x","n":1,"s":"hello"}`, ` {"a" : [1, 2.5, -0, 1e400, -1e400, 1E5, 0.0, 1.5e-7] } `, "{\"a\":1}\r",
	`"\u2028\u2029"`, `"\ud800"`, `"\udc00\ud800"`, `"\uD83D\uDE00"`, `"\ud83d\u0041"`, `["\u0000\u001f\u007f"]`,
	`"\\\/\"\b\f\n\r\t"`, `{"__proto__":1,"a":{"__proto__":[2]}}`, `{"a":1,"b":2,"a":3}`, `{"2":1,"b":2,"1":3,"a":4}`,
	`123456789012345678901234567890`, `-0`, `[0.1,1e-7,1e21,9007199254740993,18446744073709551616]`,
	`{"\ud800":1,"x\u0041":2}`, `[]`, `{}`, `[[[[[[]]]]]]`, `"é日本😀"`, `true`, `false`, `null`, `"` + strings.Repeat("ab", 5000) + `"`,
	`{"a":[{"b":[{"c":[]}]}],"d":"\u00e9"}`,
	// invalid
	``, ` `, `{`, `[`, `{"a"`, `{"a":`, `[1`, `[1,`, `{,}`, `{"a":1,}`, `[,]`, `{1:2}`, `{"a":1 "b":2}`, `[1 2]`,
	`"a" "b"`, `[1] x`, `nul`, `nulx`, `truex`, `undefined`, `NaN`, `Infinity`, `[object Object]`, `-x`, `1e`, `1e+`,
	`1.e5`, `.5`, `+1`, `"\u12"`, `"\u12g4"`, "\"a\tb\"", "\u2028", `"\`, `"\x"`, `{"a":1}   x`, strings.Repeat("x", 50),
	`{"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa":1 x "bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb":2}`,
	`[1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,]`, `{"a":[1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,}`,
	`[-]`, `[1.]`, `[1e]`, `{"a":tru}`, `{"a":01}`, `[00]`, `[-01]`, "\ufeff1", `{"a":1,"a"}`, `"\u`, `{"a":1,`,
	`{"a":1,"b"`, `{"a":1,"b" "c"}`, `{"a":1,"b" 2}`, `-Infinity`, `"abc`, `"😀`, `😀`, `[😀]`, `{"😀":1 x`,
	strings.Repeat("x", 30) + "é" + strings.Repeat("y", 30), strings.Repeat("é", 30) + "x", `{"é":1 x`,
	`[1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,x,19,20,21,22,23,24]`,
}

func TestDecodeMatchesNode(t *testing.T) {
	texts := make([]string, len(decodeCorpus))
	for i, s := range decodeCorpus {
		texts[i] = base64.StdEncoding.EncodeToString([]byte(s))
	}
	in, _ := json.Marshal(texts)
	out := runNode(t, `
const texts = JSON.parse(require('fs').readFileSync(0, 'utf8'));
for (const b of texts) {
  const text = Buffer.from(b, 'base64').toString('utf8');
  let line;
  try { line = 'J' + Buffer.from(JSON.stringify(JSON.parse(text))).toString('base64') }
  catch (e) { line = 'E' + Buffer.from(e.name + ': ' + e.message).toString('base64') }
  console.log(line);
}`, in)
	want := strings.Split(strings.TrimSpace(string(out)), "\n")
	if len(want) != len(decodeCorpus) {
		t.Fatalf("node printed %d lines for %d texts", len(want), len(decodeCorpus))
	}
	withEachStorageMode(t, func(t *testing.T) {
		vm := newVM(t)
		for i, text := range decodeCorpus {
			var got string
			v, err := Decode(vm, []byte(text))
			if err != nil {
				got = "E" + base64.StdEncoding.EncodeToString([]byte(errorText(vm, err)))
			} else {
				b, err := Encode(vm, v)
				if err != nil {
					t.Fatalf("%q: re-encode: %v", text, err)
				}
				got = "J" + base64.StdEncoding.EncodeToString(b)
			}
			if got != want[i] {
				t.Errorf("%q:\n got %s\nwant %s", text, show(got), show(want[i]))
			}
			// The reader's validator agrees with Decode on validity and message.
			_, _, serr := classify([]byte(text), new(sniffer))
			if (serr == nil) != (err == nil) || (serr != nil && "SyntaxError: "+serr.Msg != errorText(vm, err)) {
				t.Errorf("%q: classify error %v, Decode error %v", text, serr, err)
			}
		}
	})
}

func TestDecodeSemantics(t *testing.T) {
	withEachStorageMode(t, func(t *testing.T) {
		vm := newVM(t)
		check := func(text, expr string) {
			t.Helper()
			v, err := Decode(vm, []byte(text))
			if err != nil {
				t.Fatalf("Decode(%s): %v", text, err)
			}
			if err := vm.Set("v", v); err != nil {
				t.Fatal(err)
			}
			r, err := vm.RunString(expr)
			if err != nil || !r.ToBoolean() {
				t.Errorf("Decode(%s): %s is not true (%v)", text, expr, err)
			}
		}
		check(`{"__proto__":{"x":1}}`, `Object.getPrototypeOf(v) === Object.prototype && v.x === undefined && Object.keys(v)[0] === '__proto__' && v.__proto__ !== undefined`)
		check(`{"a":1,"b":2,"a":3}`, `Object.keys(v).join() === 'a,b' && v.a === 3`)
		check(`-0`, `Object.is(v, -0)`)
		check(`[-0, 0, -0.0, -0e5, 1.0]`, `Object.is(v[0], -0) && Object.is(v[1], 0) && Object.is(v[2], -0) && Object.is(v[3], -0) && v[4] === 1`)
		check(`"\ud800x"`, `v.length === 2 && v.charCodeAt(0) === 0xd800`)
		check(`"\ud83d\ude00"`, `v === '\u{1F600}'`)
		check(`{"\udc01":1}`, `Object.keys(v)[0].charCodeAt(0) === 0xdc01 && v['\udc01'] === 1`)
		check(`{"a":1,"\udc01":2,"b":3,"a":4}`, `Object.keys(v).join() === 'a,\udc01,b' && v.a === 4 && v.b === 3`)
		check(`{"b":1,"2":2,"a":3,"1":4}`, `Object.keys(v).join() === '1,2,b,a' && JSON.stringify(v) === '{"1":4,"2":2,"b":1,"a":3}'`)
		check(`[1,[2,[3]]]`, `Array.isArray(v) && Array.isArray(v[1]) && v[1][1][0] === 3 && v.length === 2`)
		check(`1e400`, `v === Infinity`)
		check(`9007199254740993`, `v === 9007199254740992`)
		check(`123456789012345`, `v === 123456789012345`)
		check(`"a\u0000b"`, `v.length === 3 && v.charCodeAt(1) === 0`)
		check("\"\xff\xfeab\"", `v === '\ufffd\ufffdab'`)
		// Setters on Object.prototype must not run (CreateDataProperty).
		if _, err := vm.RunString(`Object.defineProperty(Object.prototype, 'trap', {set(v) { throw new Error('setter ran') }, configurable: true})`); err != nil {
			t.Fatal(err)
		}
		check(`{"trap":1}`, `Object.getOwnPropertyDescriptor(v, 'trap').value === 1`)
		// Deep nesting is iterative, like V8's JSON.parse.
		deep := strings.Repeat("[", 100000) + strings.Repeat("]", 100000)
		check(deep, `Array.isArray(v)`)
	})
}

func TestEncodeDecodeRoundTrip(t *testing.T) {
	vm := newVM(t)
	v, err := vm.RunString(`({s: "é\u2028\ud800😀\n", n: [0.1, -5e-324, 1e21, 2**53], o: {"1": true, "x": null, "": [{}]}})`)
	if err != nil {
		t.Fatal(err)
	}
	b1, err := Encode(vm, v)
	if err != nil {
		t.Fatal(err)
	}
	v2, err := Decode(vm, b1)
	if err != nil {
		t.Fatal(err)
	}
	b2, err := Encode(vm, v2)
	if err != nil || !bytes.Equal(b1, b2) {
		t.Fatalf("round trip changed bytes:\n%s\n%s (%v)", b1, b2, err)
	}
	if !bytes.Contains(b1, []byte(`\ud800`)) || !bytes.Contains(b1, []byte("\u2028")) {
		t.Fatalf("unexpected escaping: %s", b1)
	}
}

func TestClassify(t *testing.T) {
	for _, tc := range []struct {
		line     string
		internal bool
		cmd      string
	}{
		{`{"cmd":"NODE_HANDLE","type":"net.Server","msg":"x"}`, true, "NODE_HANDLE"},
		{` {"cmd" : "NODE_HANDLE_ACK"} ` + "\r", true, "NODE_HANDLE_ACK"},
		{`{"cmd":"NODE_"}`, false, ""},
		{`{"cmd":"node_x"}`, false, ""},
		{`{"a":{"cmd":"NODE_X"}}`, false, ""},
		{`[{"cmd":"NODE_X"}]`, false, ""},
		{`"NODE_X"`, false, ""},
		{`{"cmd":"NODE_X","cmd":1}`, false, ""},
		{`{"cmd":1,"cmd":"NODE_X"}`, true, "NODE_X"},
		{`{"cmd":{"cmd":"NODE_X"}}`, false, ""},
		{`{"\u0063md":"NODE_\u0041B"}`, true, "NODE_AB"},
		{`{"x":[1,{"cmd":"y"}],"cmd":"NODE_CLUSTER","act":"online","seq":0}`, true, "NODE_CLUSTER"},
		{`{"cmd":"NODE_é"}`, true, "NODE_é"},
		{`{"cmd":null}`, false, ""},
	} {
		internal, cmd, err := classify([]byte(tc.line), new(sniffer))
		if err != nil || internal != tc.internal || cmd != tc.cmd {
			t.Errorf("classify(%s) = %v %q %v; want %v %q", tc.line, internal, cmd, err, tc.internal, tc.cmd)
		}
	}
}

func TestNumberFormat(t *testing.T) {
	vm := goja.New()
	// Compare with goja's own Number#toString, which follows the spec.
	for _, src := range []string{"1e21", "1e-7", "123e-20", "0.1+0.2", "2**70", "-(2**64)", "5e-324", "1.7976931348623157e308", "1/3", "-1e-6", "123456789012345680000", "0.000001234"} {
		v, _ := vm.RunString(src)
		got := string(appendNumber(nil, v.ToFloat()))
		if got != v.String() {
			t.Errorf("%s: got %s want %s", src, got, v.String())
		}
	}
}

// A Decoder gives what Decode gives, message after message: remembered
// names and strings, and a failed message before, change nothing.
func TestDecoderMatchesDecode(t *testing.T) {
	vm := newVM(t)
	dec := NewDecoder(vm)
	result := func(v goja.Value, err error) string {
		if err != nil {
			return "E " + errorText(vm, err)
		}
		b, err := Encode(vm, v)
		if err != nil {
			t.Fatalf("re-encode: %v", err)
		}
		return "J " + string(b)
	}
	var texts []string
	for round := 0; round < 2; round++ {
		texts = append(texts, decodeCorpus...)
	}
	// More distinct names and strings than a Decoder remembers.
	for i := 0; i < 3*maxRemembered; i++ {
		texts = append(texts, fmt.Sprintf(`{"k%d":"v%d","seq":%d,"s":"same"}`, i, i%7, i))
	}
	for _, text := range texts {
		want := result(Decode(vm, []byte(text)))
		if got := result(dec.Decode([]byte(text))); got != want {
			t.Errorf("%q:\n got %s\nwant %s", text, got, want)
		}
	}
	// Each message gets objects of its own.
	a, err := dec.Decode([]byte(`{"o":{"s":"x"}}`))
	if err != nil {
		t.Fatal(err)
	}
	b, err := dec.Decode([]byte(`{"o":{"s":"x"}}`))
	if err != nil {
		t.Fatal(err)
	}
	_ = vm.Set("a", a)
	_ = vm.Set("b", b)
	if r, err := vm.RunString(`a !== b && a.o !== b.o && a.o.s === b.o.s && (a.o.t = 1, b.o.t === undefined)`); err != nil || !r.ToBoolean() {
		t.Errorf("decoded messages share state (%v)", err)
	}
}
