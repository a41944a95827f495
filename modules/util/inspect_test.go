package util_test

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"os/exec"
	"strings"
	"sync"
	"testing"

	"github.com/dop251/goja"
	_ "github.com/gonode/gonode/modules/buffer"
	"github.com/gonode/gonode/modules/util"
	"github.com/gonode/gonode/runtime"
)

// A diffCase is a JS program (run as a block; its completion value is the
// subject) printed with util.inspect(value[, opts]) or, for format cases,
// util.format(...value). node prints every case once; the Go output must be
// byte-identical.
type diffCase struct {
	src    string
	opts   string // JS expression for the options argument
	format bool
}

func inspectCase(src string) diffCase      { return diffCase{src: src} }
func withOpts(src, opts string) diffCase   { return diffCase{src: src, opts: opts} }
func formatCase(argsArray string) diffCase { return diffCase{src: argsArray, format: true} }

var diffCases = []diffCase{
	// Primitives.
	inspectCase(`'hello'`),
	inspectCase(`"it's"`),
	inspectCase(`'it\'s "quoted"'`),
	inspectCase("'it\\'s \"both\" and `tick`'"),
	inspectCase(`'a\nb\tc\\d\x00\x7f\x9f'`),
	inspectCase(`'\ud800 lone and \ud83d\ude00 pair'`),
	inspectCase(`'ünïcödé ✓ 日本語'`),
	inspectCase(`''`),
	inspectCase(`42`),
	inspectCase(`-0`),
	inspectCase(`0`),
	inspectCase(`NaN`),
	inspectCase(`-Infinity`),
	inspectCase(`1.5e300`),
	inspectCase(`1e21`),
	inspectCase(`0.000001`),
	inspectCase(`1e-7`),
	inspectCase(`123456789.123`),
	inspectCase(`1n`),
	inspectCase(`-12345678901234567890n`),
	inspectCase(`true`),
	inspectCase(`undefined`),
	inspectCase(`null`),
	inspectCase(`Symbol('sym')`),
	inspectCase(`Symbol()`),
	inspectCase(`Symbol.iterator`),
	withOpts(`1234567.891`, `{ numericSeparator: true }`),
	withOpts(`-1234567`, `{ numericSeparator: true }`),
	withOpts(`123456789n`, `{ numericSeparator: true }`),
	// Objects and keys.
	inspectCase(`({})`),
	inspectCase(`({ a: 1, b: 'x', c: [1, 2, 3], d: { e: null } })`),
	inspectCase(`({ 'a-b': 1, 'c d': 2, _ok: 3, $no: 4, '1x': 5, 2: 6, "it's": 7 })`),
	inspectCase(`({ __proto__: null, x: 1 })`),
	inspectCase(`({ ['__proto__']: 1 })`),
	inspectCase(`({ [Symbol('a')]: 1, [Symbol.for('b')]: 2, [Symbol()]: 3 })`),
	inspectCase(`({ a: { b: { c: { d: { e: 1 } } } } })`),
	inspectCase(`({ a: [[[[1]]]] })`),
	inspectCase(`({ a: new Map([[1, new Map([[2, new Map()]])]]) })`),
	inspectCase(`const o = { x: 1 }; Object.defineProperty(o, 'hidden', { value: 2 }); o`),
	inspectCase(`({ get a() { return 1; }, set b(v) {}, get c() { return 1; }, set c(v) {} })`),
	inspectCase(`const o = { a: 1 }; o.self = o; o.list = [o, { back: o }]; o`),
	inspectCase(`const a = { name: 'a' }; const b = { name: 'b', a }; a.b = b; [a, b]`),
	inspectCase(`const o = {}; for (let i = 0; i < 30; i++) o['key' + i] = i; o`),
	inspectCase(`({ a: 'x'.repeat(100) })`),
	inspectCase(`({ a: 'line one\nline two\nline three is a bit longer than the others' })`),
	inspectCase(`['a fairly long string number one', 'a fairly long string number two', 'three']`),
	inspectCase(`({ fn() {}, arrow: () => {}, async am() {}, *gen() {} })`),
	inspectCase(`({ a: 1, b: { c: 2, d: { e: 3, f: { g: 4 } } }, h: [1, { i: [2, { j: 3 }] }] })`),
	inspectCase(`const o = Object.create({ inherited: 1 }); o.own = 2; o`),
	inspectCase(`const o = { [Symbol.toStringTag]: 'Custom' }; o`),
	inspectCase(`class T { get [Symbol.toStringTag]() { return 'Tagged'; } }; new T()`),
	inspectCase(`const o = { a: 1 }; Object.defineProperty(o, Symbol.toStringTag, { value: 'Hidden' }); o`),
	inspectCase(`const o = Object.create(null); o.a = 1; o[Symbol.toStringTag] = 'X'; o`),
	inspectCase(`Object.create(Object.create(null))`),
	inspectCase(`Object.create(Object.create({}))`),
	// Arrays.
	inspectCase(`[]`),
	inspectCase(`[1, 2, 3]`),
	inspectCase(`[1, , 3, , , 6]`),
	inspectCase(`new Array(5)`),
	inspectCase(`const a = [1, 2]; a.extra = true; a`),
	inspectCase(`const a = [1, 2]; a[Symbol('s')] = 1; a`),
	inspectCase(`Array.from({ length: 10 }, (_, i) => i)`),
	inspectCase(`Array.from({ length: 26 }, (_, i) => i * 37)`),
	inspectCase(`Array.from({ length: 120 }, (_, i) => i)`),
	inspectCase(`Array.from({ length: 101 }, (_, i) => i)`),
	inspectCase(`Array.from({ length: 30 }, (_, i) => 'item' + i)`),
	inspectCase(`Array.from({ length: 10 }, (_, i) => 'x'.repeat(i))`),
	inspectCase(`Array.from({ length: 8 }, (_, i) => i % 2 ? 'odd' : i)`),
	inspectCase(`Array.from({ length: 12 }, (_, i) => BigInt(i) * 1000n)`),
	inspectCase(`[1.5, -2.25, 1e21, NaN, -0, 0, 3, 4]`),
	inspectCase(`Array.from({ length: 7 }, (_, i) => ({ i }))`),
	inspectCase(`[[1, 2, [3, 4, [5, [6]]]], 'x']`),
	inspectCase(`const a = [1, 2, 3]; a.length = 200; a[150] = 'late'; a`),
	inspectCase(`const a = []; a[5] = 1; a[10] = 2; a`),
	inspectCase(`const a = [1]; Object.defineProperty(a, 1, { get() { return 2; }, enumerable: true }); a`),
	inspectCase(`class MyArr extends Array {}; MyArr.from([1, 2])`),
	inspectCase(`const a = [1, 2]; Object.setPrototypeOf(a, null); a`),
	inspectCase(`Array.from({ length: 3 }, () => 'ab'.repeat(30))`),
	inspectCase(`[undefined, null, true, Symbol('x'), 10n]`),
	withOpts(`Array.from({ length: 10 }, (_, i) => i)`, `{ maxArrayLength: 3 }`),
	withOpts(`Array.from({ length: 10 }, (_, i) => i)`, `{ maxArrayLength: 0 }`),
	withOpts(`[1, , 3, , 5, 6, 7]`, `{ maxArrayLength: 2 }`),
	// Functions and classes.
	inspectCase(`(function named() {})`),
	inspectCase(`(function () {})`),
	inspectCase(`(() => {})`),
	inspectCase(`(async function af() {})`),
	inspectCase(`(async () => {})`),
	inspectCase(`(function* gen() {})`),
	inspectCase(`(class A {})`),
	inspectCase(`(class {})`),
	inspectCase(`class A {}; class B extends A {}; B`),
	inspectCase(`class A { constructor() { this.x = 1; } }; new A()`),
	inspectCase(`class A { constructor() { this.x = 1; } }; class B extends A { constructor() { super(); this.y = [1]; } }; new B()`),
	inspectCase(`function f() {}; f.a = 1; f.b = 'two'; f`),
	inspectCase(`class K {}; K.staticProp = 1; K`),
	inspectCase(`const f = function () {}; Object.defineProperty(f, 'name', { value: '' }); f`),
	inspectCase(`const f = () => {}; Object.setPrototypeOf(f, null); f`),
	inspectCase(`({ method() {} }).method`),
	inspectCase(`Math.max`),
	inspectCase(`Object`),
	inspectCase(`[function a() {}, class B {}, () => 1]`),
	inspectCase(`function Legacy() { this.v = 1; }; new Legacy()`),
	inspectCase(`function Legacy() {}; Legacy.prototype.constructor = undefined; new Legacy()`),
	// Built-in types.
	inspectCase(`new Map()`),
	inspectCase(`new Map([['a', 1], [{ k: 1 }, [1, 2]]])`),
	inspectCase(`new Set()`),
	inspectCase(`new Set([1, 'two', { three: 3 }])`),
	inspectCase(`new Set(Array.from({ length: 120 }, (_, i) => i))`),
	inspectCase(`const m = new Map([[1, 2]]); m.extra = 'x'; m`),
	inspectCase(`class MyMap extends Map {}; new MyMap([[1, 1]])`),
	inspectCase(`const s = new Set([1]); Object.setPrototypeOf(s, null); s`),
	inspectCase(`new WeakMap()`),
	inspectCase(`new WeakSet()`),
	inspectCase(`new Date(0)`),
	inspectCase(`new Date(Date.UTC(2020, 1, 29, 12, 30, 45, 123))`),
	inspectCase(`new Date(NaN)`),
	inspectCase(`new Date(-62198755200000)`),
	inspectCase(`new Date(8.64e15)`),
	inspectCase(`const d = new Date(0); d.extra = 1; d`),
	inspectCase(`class MyDate extends Date {}; new MyDate(0)`),
	inspectCase(`/ab+c/gi`),
	inspectCase(`new RegExp('a/b', 'm')`),
	inspectCase(`[/\\u002f/, new RegExp('\\\\u002f'), /[\/]/, /\//]`),
	inspectCase(`const r = /x/; r.extra = 1; r`),
	inspectCase(`Promise.resolve(42)`),
	inspectCase(`new Promise(() => {})`),
	inspectCase(`const p = Promise.reject(new Error('no')); p.catch(() => {}); p.then(() => {}, () => {}); Promise.reject(3).catch(() => {}) && Promise.resolve({ nested: [1] })`),
	inspectCase(`new Number(3)`),
	inspectCase(`new Number(-0)`),
	inspectCase(`new String('ab')`),
	inspectCase(`const s = new String('ab'); s.extra = 1; s`),
	inspectCase(`new Boolean(false)`),
	inspectCase(`Object(Symbol('boxed'))`),
	inspectCase(`Object(10n)`),
	inspectCase(`(function () { return arguments; })(1, 'a')`),
	inspectCase(`new Uint8Array([1, 2, 255])`),
	inspectCase(`new Int16Array([-1, 2])`),
	inspectCase(`new Float64Array([1.5, -0, NaN])`),
	inspectCase(`new Float32Array([0.1, 2])`),
	inspectCase(`new BigInt64Array([1n, -2n])`),
	inspectCase(`new BigUint64Array([18446744073709551615n])`),
	inspectCase(`new Uint8ClampedArray([300, -5])`),
	inspectCase(`new Uint8Array(0)`),
	inspectCase(`new Uint8Array(130)`),
	inspectCase(`new Uint32Array(30).map((_, i) => i * 1000)`),
	inspectCase(`const t = new Uint8Array(2); t.extra = 'x'; t`),
	inspectCase(`new ArrayBuffer(4)`),
	inspectCase(`new Uint8Array([1, 2, 3, 4]).buffer`),
	inspectCase(`new Uint8Array(60).buffer`),
	inspectCase(`new DataView(new ArrayBuffer(2))`),
	inspectCase(`Buffer.from('hi')`),
	inspectCase(`Buffer.alloc(0)`),
	inspectCase(`Buffer.alloc(60, 1)`),
	inspectCase(`({ buf: Buffer.from([1, 2, 3]) })`),
	inspectCase(`new Proxy({ a: 1 }, {})`),
	inspectCase(`new Proxy([1, 2], { get() { return 'trap'; } })`),
	inspectCase(`new Proxy(function pf() {}, {})`),
	inspectCase(`const p = Proxy.revocable({}, {}); p.revoke(); p.proxy`),
	withOpts(`new Proxy({ a: 1 }, { get() {} })`, `{ showProxy: true }`),
	inspectCase(`JSON`),
	inspectCase(`Math`),
	inspectCase(`Object.prototype`),
	inspectCase(`Array.prototype`),
	inspectCase(`Map.prototype`),
	// Errors.
	inspectCase(`const e = new Error('boom'); e.stack = 'Error: boom\n    at foo (/x.js:1:1)\n    at bar (/y.js:2:2)'; e`),
	inspectCase(`const e = new Error('no frames'); e.stack = 'Error: no frames'; e`),
	inspectCase(`const e = new TypeError('bad type'); e.stack = 'TypeError: bad type\n    at f (/a.js:1:1)'; e`),
	inspectCase(`const e = new Error('props'); e.stack = 'Error: props\n    at f (/a.js:1:1)'; e.code = 'E_CODE'; e.extra = { n: 1 }; e`),
	inspectCase(`const e = new Error('nested'); e.stack = 'Error: nested\n    at f (/a.js:1:1)'; ({ err: e, list: [e] })`),
	inspectCase(`const c = new Error('inner'); c.stack = 'Error: inner\n    at g (/b.js:1:1)'; const e = new Error('outer', { cause: c }); e.stack = 'Error: outer\n    at f (/a.js:1:1)'; e`),
	inspectCase(`const e = new Error('with cause', { cause: 'text' }); e.stack = 'Error: with cause'; e`),
	inspectCase(`class MyError extends Error {}; const e = new MyError('mine'); e.stack = 'Error: mine\n    at f (/a.js:1:1)'; e`),
	inspectCase(`class MyError extends Error { constructor(m) { super(m); this.name = 'MyError'; } }; const e = new MyError('named'); e.stack = 'MyError: named\n    at f (/a.js:1:1)'; e`),
	inspectCase(`const e = new Error('renamed'); e.name = 'Custom'; e.stack = 'Custom: renamed\n    at f (/a.js:1:1)'; e`),
	inspectCase(`const e = new RangeError('x'); e.stack = ''; e`),
	inspectCase(`const e = new Error('x'); Object.setPrototypeOf(e, null); e.stack = 'Error: x\n    at f (/a.js:1:1)'; e`),
	inspectCase(`const e = new AggregateError([new Error('a')], 'agg'); e.stack = 'AggregateError: agg'; e.errors[0].stack = 'Error: a'; e`),
	inspectCase(`const e = new Error('multi\nline message'); e.stack = 'Error: multi\nline message\n    at f (/a.js:1:1)'; ({ e })`),
	// Custom inspect.
	inspectCase(`({ [Symbol.for('nodejs.util.inspect.custom')]() { return 'custom!'; } })`),
	inspectCase(`({ inner: { [Symbol.for('nodejs.util.inspect.custom')]() { return 'multi\nline'; } } })`),
	inspectCase(`({ [Symbol.for('nodejs.util.inspect.custom')]() { return { replaced: [1, 2] }; } })`),
	inspectCase(`({ [Symbol.for('nodejs.util.inspect.custom')](depth, opts, inspect) { return 'd=' + depth + ' ' + typeof opts.stylize + ' ' + inspect({ x: 1 }); } })`),
	inspectCase(`({ a: { b: { [Symbol.for('nodejs.util.inspect.custom')](depth) { return 'depth ' + depth; } } } })`),
	inspectCase(`const o = { [Symbol.for('nodejs.util.inspect.custom')]() { return this; }, v: 1 }; o`),
	inspectCase(`class C { [Symbol.for('nodejs.util.inspect.custom')]() { return 'C!'; } }; [new C(), C.prototype]`),
	withOpts(`({ [Symbol.for('nodejs.util.inspect.custom')]() { return 'hidden'; }, v: 1 })`, `{ customInspect: false }`),
	// Options.
	withOpts(`({ a: { b: { c: { d: { e: 1 } } } } })`, `{ depth: 0 }`),
	withOpts(`({ a: { b: { c: { d: { e: 1 } } } } })`, `{ depth: Infinity }`),
	withOpts(`({ a: { b: { c: { d: { e: 1 } } } } })`, `{ depth: null }`),
	withOpts(`[[[[[1]]]]]`, `{ depth: 1 }`),
	withOpts(`({ a: 1, b: { c: 2 } })`, `{ compact: false }`),
	withOpts(`({ a: 1, b: { c: 2 }, d: [1, 2, 3] })`, `{ compact: true }`),
	withOpts(`({ a: 'x'.repeat(30), b: { c: 'y'.repeat(60) } })`, `{ compact: true }`),
	withOpts(`({ a: 1, b: { c: { d: 2 } } })`, `{ compact: 1 }`),
	withOpts(`({ a: 1, b: 2, c: 3 })`, `{ breakLength: 10 }`),
	withOpts(`Array.from({ length: 20 }, (_, i) => i)`, `{ breakLength: Infinity }`),
	withOpts(`({ c: 3, a: 1, b: 2, [Symbol('z')]: 0 })`, `{ sorted: true }`),
	withOpts(`({ c: 3, a: 1, b: 2 })`, `{ sorted: (a, b) => a < b ? 1 : -1 }`),
	withOpts(`'x'.repeat(20)`, `{ maxStringLength: 5 }`),
	withOpts(`['abcdef', 'gh']`, `{ maxStringLength: 1 }`),
	withOpts(`({ get a() { return { deep: 1 }; }, get b() { return 2; }, set b(v) {}, get n() { return null; } })`, `{ getters: true }`),
	withOpts(`({ get a() { return 1; }, get b() { return 2; }, set b(v) {} })`, `{ getters: 'set' }`),
	withOpts(`({ get boom() { throw new Error('getter failed'); } })`, `{ getters: true }`),
	withOpts(`const o = { a: 1 }; Object.defineProperty(o, 'h', { value: [1], enumerable: false }); o`, `{ showHidden: true }`),
	withOpts(`[1, 2]`, `{ showHidden: true }`),
	withOpts(`new Uint8Array([1])`, `{ showHidden: true }`),
	withOpts(`class A { get x() { return 1; } }; new A()`, `{ showHidden: true }`),
	withOpts(`({ a: 1, b: 'str', c: [null, undefined, true, 2n, Symbol('s')], d: new Date(0), e: /re/ })`, `{ colors: true }`),
	withOpts(`Array.from({ length: 10 }, (_, i) => i)`, `{ colors: true }`),
	withOpts(`({ s: 'x' })`, `{ stylize: (s, t) => '<' + t + ':' + s + '>' }`),
	withOpts(`({ s: 'x' })`, `true`),
	// Long and wide output.
	inspectCase(`({ k1: 'aaaaaaaaaaaaaaaaaaaa', k2: 'bbbbbbbbbbbbbbbbbbbb', k3: 'cccccccccccccccccccc', k4: 1 })`),
	inspectCase(`({ k1: 'aaaaaaaaaaaaaaaaaaa', k2: 'bbbbbbbbbbbbbbbbbbbb', k3: 'ccccccccccccccc' })`),
	inspectCase(`[{ a: 1, b: 2 }, { a: 3, b: 4 }, { a: 5, b: 6 }, { a: 7, b: 8 }, { a: 9, b: 10 }, { a: 11, b: 12 }, { a: 13 }]`),
	inspectCase(`Array.from({ length: 7 }, (_, i) => '日本' + i)`),
	inspectCase(`({ nested: Array.from({ length: 30 }, (_, i) => i), more: { list: Array.from({ length: 8 }, (_, i) => 'v' + i) } })`),
	inspectCase(`let o = {}; let cur = o; for (let i = 0; i < 100000; i++) { cur.a = {}; cur = cur.a; } o`),
	inspectCase(`new Map(Array.from({ length: 5 }, (_, i) => ['key' + i, { value: i, list: [i, i * 2] }]))`),
}

// formatCases are util.format argument lists.
var formatCases = []diffCase{
	formatCase(`['plain']`),
	formatCase(`['%s and %s', 'a', 'b']`),
	formatCase(`['%s', 42, 'extra', 7]`),
	formatCase(`['%s %s', -0, 12n]`),
	formatCase(`['%s', { a: { b: { c: 1 } } }]`),
	formatCase(`['%s', [1, [2, [3]]]]`),
	formatCase(`['%s', Symbol('s')]`),
	formatCase(`['%s', null, undefined]`),
	formatCase(`['%s', { toString() { return 'custom str'; } }]`),
	formatCase(`['%s', new (class X { toString() { return 'X!'; } })()]`),
	formatCase(`['%s', new (class Y {})()]`),
	formatCase(`['%s', new Date(0)]`),
	formatCase(`['%s', function fn() { return 1; }]`),
	formatCase(`['%s', Object.create(null)]`),
	formatCase(`['%d', '42']`),
	formatCase(`['%d %d %d', 1.5, -0, 10n]`),
	formatCase(`['%d', {}]`),
	formatCase(`['%d', Symbol('x')]`),
	formatCase(`['%i', '42.9px']`),
	formatCase(`['%i %i', -3.7, 5n]`),
	formatCase(`['%f', '3.25abc']`),
	formatCase(`['%f', Symbol('y')]`),
	formatCase(`['%j', { a: [1, 'x'] }]`),
	formatCase(`['%j', (() => { const o = {}; o.o = o; return o; })()]`),
	formatCase(`['%j', undefined]`),
	formatCase(`['%o', { a: [1, 2], f() {} }]`),
	formatCase(`['%O', { a: { b: { c: { d: 1 } } } }]`),
	formatCase(`['%c styled %c', 'color: red', 'x']`),
	formatCase(`['100%% sure %s', 'yes']`),
	formatCase(`['%% %s']`),
	formatCase(`['%x %s', 'a']`),
	formatCase(`['%s']`),
	formatCase(`['trailing %']`),
	formatCase(`['%s%s', 'a']`),
	formatCase(`['a', 'b', 1, { c: 2 }]`),
	formatCase(`[1, 2, 'three']`),
	formatCase(`[{ a: 1 }, 'str', [1]]`),
	formatCase(`[]`),
	formatCase(`['%s', 'ünï %s']`),
	formatCase(`['%s', new Error('fmt')].map((v, i) => i === 1 ? (v.stack = 'Error: fmt\n    at z (/z.js:1:1)', v) : v)`),
	formatCase(`['%s:%d', 'n', 5, 'rest', { r: true }]`),
}

var nodeResults struct {
	once sync.Once
	out  []string
	err  error
}

// nodeOutputs runs node once over all cases.
func nodeOutputs(t *testing.T) []string {
	t.Helper()
	nodeResults.once.Do(func() {
		node, err := exec.LookPath("node")
		if err != nil {
			nodeResults.err = fmt.Errorf("node is required for the differential tests: %w", err)
			return
		}
		all := append(append([]diffCase{}, diffCases...), formatCases...)
		type jsCase struct {
			Src    string `json:"src"`
			Opts   string `json:"opts"`
			Format bool   `json:"format"`
		}
		var in []jsCase
		for _, c := range all {
			in = append(in, jsCase{c.src, c.opts, c.format})
		}
		input, _ := json.Marshal(in)
		cmd := exec.Command(node, "-e", `
			const util = require('util');
			const cases = JSON.parse(require('fs').readFileSync(0, 'utf8'));
			const out = cases.map((c) => {
				try {
					const v = (0, eval)('{' + c.src + '\n}');
					if (c.format) return util.format(...v);
					return c.opts ? util.inspect(v, (0, eval)('(' + c.opts + ')')) : util.inspect(v);
				} catch (e) {
					return 'THREW: ' + e;
				}
			});
			process.stdout.write(JSON.stringify(out));
		`)
		cmd.Stdin = bytes.NewReader(input)
		var stderr bytes.Buffer
		cmd.Stderr = &stderr
		outBytes, err := cmd.Output()
		if err != nil {
			nodeResults.err = fmt.Errorf("node: %w: %s", err, stderr.String())
			return
		}
		nodeResults.err = json.Unmarshal(outBytes, &nodeResults.out)
	})
	if nodeResults.err != nil {
		t.Fatal(nodeResults.err)
	}
	return nodeResults.out
}

// newTestVM returns the VM of a fresh gonode runtime (for its Buffer).
func newTestVM(t *testing.T) *goja.Runtime {
	t.Helper()
	rt, err := runtime.New(runtime.Options{Stdout: io.Discard, Stderr: io.Discard})
	if err != nil {
		t.Fatal(err)
	}
	return rt.VM()
}

// goOutput evaluates c (as a block, so its declarations stay local) and
// prints it with this package.
func goOutput(vm *goja.Runtime, c diffCase) (out string) {
	ex := vm.Try(func() {
		v, err := vm.RunString("{" + c.src + "\n}")
		if err != nil {
			panic(err)
		}
		if c.format {
			var args []goja.Value
			if err := vm.ExportTo(v, &args); err != nil {
				panic(err)
			}
			out = util.Format(vm, args)
			return
		}
		opts := util.DefaultInspectOptions()
		if c.opts != "" {
			o, err := vm.RunString("(" + c.opts + ")")
			if err != nil {
				panic(err)
			}
			opts = util.OptionsFromJS(vm, opts, o)
		}
		out = util.Inspect(vm, v, opts)
	})
	if ex != nil {
		return "THREW: " + ex.Value().String()
	}
	return out
}

func runDiff(t *testing.T, fastPath bool) {
	want := nodeOutputs(t)
	defer util.SetFastPath(util.SetFastPath(fastPath))
	vm := newTestVM(t)
	all := append(append([]diffCase{}, diffCases...), formatCases...)
	failures := 0
	for i, c := range all {
		got := goOutput(vm, c)
		if got != want[i] {
			failures++
			t.Errorf("case %d %q (opts %q):\n--- node\n%s\n--- go\n%s", i, c.src, c.opts, want[i], got)
		}
	}
	if failures > 0 {
		t.Logf("%d of %d cases differ", failures, len(all))
	}
}

func TestInspectMatchesNode(t *testing.T) {
	if !util.FastPathAvailable() {
		t.Fatal("goja's property storage layout was not recognised; the fast path is off")
	}
	runDiff(t, true)
}

func TestInspectMatchesNodeWithoutFastPath(t *testing.T) {
	runDiff(t, false)
}

func TestCaseCounts(t *testing.T) {
	if len(diffCases) < 120 || len(formatCases) < 30 {
		t.Fatalf("want at least 120 inspect and 30 format cases, have %d and %d", len(diffCases), len(formatCases))
	}
	if !strings.Contains(nodeOutputs(t)[0], "hello") {
		t.Fatal("node output looks wrong")
	}
}
