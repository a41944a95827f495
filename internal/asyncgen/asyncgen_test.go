package asyncgen

import (
	"strings"
	"testing"

	"github.com/dop251/goja"
	"github.com/gonode/gonode/internal/rewritetest"
)

// run runs src, with async generators, as the body of an async function
// in a module's text, rewritten, in a bare goja runtime, and returns what
// it resolves to once goja has run the promise jobs.
func run(t *testing.T, body string) string {
	t.Helper()
	src := "return (async () => {" + body + "\n})();"
	fixed, changed := Rewrite(src)
	if !changed {
		t.Fatalf("not rewritten: %s", src)
	}
	if strings.Count(fixed, "\n") != strings.Count(src, "\n")+strings.Count(helpers, "\n") {
		t.Fatalf("lines moved:\n%s", fixed)
	}
	vm := goja.New()
	if _, err := vm.RunString("var out; (function () {" + fixed + "\n})().then((v) => { out = String(v); }, (e) => { out = 'rejected: ' + e; });"); err != nil {
		t.Fatalf("%v\n%s", err, fixed)
	}
	return vm.Get("out").String()
}

// drain is a helper the cases use: the values an async iterator gives, by
// hand (the rewritten text has no for-await loop: that is forawait's).
const drain = `
async function drain(it, n = Infinity) {
  const out = [];
  for (let i = 0; i < n; i++) {
    const r = await it.next();
    if (r.done) { out.push('done:' + r.value); break; }
    out.push(r.value);
  }
  return out.join();
}
`

func TestRewrite(t *testing.T) {
	cases := []struct{ name, src, want string }{
		{"declaration", drain + `async function* g(n) { for (let i = 0; i < n; i++) yield await Promise.resolve(i); return 'r'; } return drain(g(3));`, "0,1,2,done:r"},
		{"expression and name", drain + `const g = async function* named() { yield typeof named; }; return (await drain(g())) + g.name;`, "function,done:undefinednamed"},
		{"yielded promises settle", drain + `async function* g() { yield Promise.resolve('a'); yield 'b'; } return drain(g());`, "a,b,done:undefined"},
		{"rejected await is thrown inside", drain + `async function* g() { try { await Promise.reject(new Error('x')); } catch (e) { yield 'caught ' + e.message; } } return drain(g());`, "caught x,done:undefined"},
		{"rejected yield is thrown inside", drain + `async function* g() { try { yield Promise.reject(new Error('y')); } catch (e) { yield 'caught ' + e.message; } } return drain(g());`, "caught y,done:undefined"},
		{"object method", drain + `const o = { k: 1, async *m(a) { yield this.k + a; yield arguments.length; } }; return drain(o.m(2, 3));`, "3,2,done:undefined"},
		{"class methods", drain + `class C { static async *s() { yield 's'; } async *[Symbol.asyncIterator]() { yield 'i'; } async *#p() { yield 'p'; } p() { return this.#p(); } }
return [await drain(C.s()), await drain(new C()[Symbol.asyncIterator]()), await drain(new C().p())].join(' ');`, "s,done:undefined i,done:undefined p,done:undefined"},
		{"class method after a field", drain + "class F { x = 1\n async *m() { yield this.x; } static y = 2\n static async *[Symbol.iterator]() { yield this.y; } }\n" +
			"return (await drain(new F().m())) + ' ' + (await drain(F[Symbol.iterator]()));", "1,done:undefined 2,done:undefined"},
		{"delegation", drain + `async function* a() { yield 1; return 'ra'; } async function* b() { const r = yield* a(); yield r; yield* [2, Promise.resolve(3)]; } return drain(b());`, "1,ra,2,3,done:undefined"},
		{"delegation to new", drain + `class I { async *[Symbol.asyncIterator]() { yield 'n'; } } async function* b() { yield* new I(); } return drain(b());`, "n,done:undefined"},
		{"queued calls", `async function* g() { yield 1; yield 2; } const it = g(); const r = await Promise.all([it.next(), it.next(), it.return('e'), it.next()]); return JSON.stringify(r);`,
			`[{"value":1,"done":false},{"value":2,"done":false},{"value":"e","done":true},{"done":true}]`},
		{"return runs finally", `const log = []; async function* g() { try { yield 1; yield 2; } finally { log.push('fin'); } } const it = g(); await it.next(); const r = await it.return('x'); return log.join() + JSON.stringify(r);`, `fin{"value":"x","done":true}`},
		{"throw into", `async function* g() { try { yield 1; } catch (e) { yield 'got ' + e; } } const it = g(); await it.next(); return (await it.throw('t')).value;`, "got t"},
		{"throw before start", `async function* g() { yield 1; } const it = g(); try { await it.throw(new Error('early')); } catch (e) { return e.message + JSON.stringify(await it.next()); }`, `early{"done":true}`},
		{"escaping error", `async function* g() { yield 1; throw new TypeError('bad'); } const it = g(); await it.next(); try { await it.next(); } catch (e) { return e.name + JSON.stringify(await it.next()); }`, `TypeError{"done":true}`},
		{"nested async function keeps its await", drain + `async function* g() { const f = async () => await Promise.resolve('in'); yield await f(); } return drain(g());`, "in,done:undefined"},
		{"object and tag", `async function* g() {} const it = g(); return [Object.prototype.toString.call(it), it[Symbol.asyncIterator]() === it, typeof it.next, g.length].join();`, "[object AsyncGenerator],true,function,0"},
		{"function prototypes", `async function* d() {} const e = async function* () {}; const o = { m: async function* () {} }; let a; a = async function* () {};
const AGF = d.constructor, AG = Object.getPrototypeOf(d), AGP = AG.prototype;
return [AGF.name, e.constructor === AGF, Object.getPrototypeOf(d.prototype) === AGP, Object.getPrototypeOf(d()) === AGP,
  typeof Object.getPrototypeOf(AGP)[Symbol.asyncIterator], Object.prototype.toString.call(AG), AGP.constructor === AG,
  e.name, o.m.name, a.name, d.name, d instanceof Function, (async function* n() {}).name].join();`,
			"AsyncGeneratorFunction,true,true,true,function,[object AsyncGeneratorFunction],true,e,m,a,d,true,n"},
		{"directive stays first", drain + `async function* g() { 'use strict'
  yield this === undefined; } return drain(g());`, "true,done:undefined"},
		{"await operand ends where it should", drain + `class K { constructor() { this.v = 2; } } async function* g() { yield await new K().v * 3; yield (await (1, 4)) + 1; } return drain(g());`, "6,5,done:undefined"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if got := run(t, c.src); got != c.want {
				t.Fatalf("got %q, want %q", got, c.want)
			}
		})
	}
}

func TestUnchanged(t *testing.T) {
	for _, src := range []string{
		"async function f() { await g(); }",
		"function* g() { yield 1; }",
		"const s = 'async function* g() {}'; // async *m() {}",
		"const x = async * 2;",
		"async function* broken( {", // not parsed: the compiler reports it
	} {
		if got, changed := Rewrite(src); changed || got != src {
			t.Fatalf("%q rewritten to %q", src, got)
		}
	}
}

// FuzzRewrite checks that Rewrite never panics, keeps every line where it
// was, and changes nothing in code goja compiles (which cannot hold an
// async generator).
func FuzzRewrite(f *testing.F) {
	rewritetest.Fuzz(f, []string{
		"async function* g() { yield await x; }",
		"const o = { async *m() { yield* y; } };",
		"class C { static async *[k]() { await (a, b); } }",
		"async function* g() { 'use strict'\n yield new C(); }",
		"x = `async *${a}`; /async function* g\\(\\)/.test(s);",
	}, Rewrite, helpers, func(t *testing.T, src, _ string) {
		if _, err := goja.Compile("", "(function () {"+src+"\n})", false); err == nil {
			t.Fatalf("rewrote code goja compiles:\n%s", src)
		}
	})
}
