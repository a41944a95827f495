package forawait

import (
	"strings"
	"testing"

	"github.com/dop251/goja"
	"github.com/gonode/gonode/internal/rewritetest"
)

// run runs src as the body of an async function and returns what it
// resolves to, after goja ran the promise jobs.
func run(t *testing.T, src string) string {
	t.Helper()
	vm := goja.New()
	_ = vm.Set("sleep", func(call goja.FunctionCall) goja.Value {
		p, resolve, _ := vm.NewPromise()
		_ = resolve(call.Argument(0))
		return vm.ToValue(p)
	})
	if _, err := vm.RunString("var out; (async function () {" + src + "\n})().then((v) => { out = String(v); }, (e) => { out = 'rejected: ' + e; });"); err != nil {
		t.Fatalf("%v\n%s", err, src)
	}
	return vm.Get("out").String()
}

func TestRewrite(t *testing.T) {
	const gen = `
const asyncIterable = (items, log) => ({
  [Symbol.asyncIterator]() {
    let i = 0;
    return {
      next: () => sleep({ value: items[i], done: i++ >= items.length }),
      return: () => { log.push('return'); return sleep({ done: true }); },
    };
  },
});
`
	cases := []struct{ name, src, want string }{
		{"async iterable", gen + `const log = []; for await (const x of asyncIterable([1, 2, 3], log)) { log.push(x); } return log.join();`, "1,2,3"},
		{"sync iterable of promises", `const out = []; for await (const x of [sleep('a'), 'b', sleep('c')]) { out.push(x); } return out.join('');`, "abc"},
		{"break calls return", gen + `const log = []; for await (const x of asyncIterable([1, 2, 3], log)) { log.push(x); if (x === 2) break; } return log.join();`, "1,2,return"},
		{"throw calls return", gen + `const log = []; try { for await (const x of asyncIterable([1, 2], log)) { throw new Error('boom'); } } catch (e) { log.push(e.message); } return log.join();`, "return,boom"},
		{"continue", `let s = 0; for await (const x of [1, 2, 3, 4]) { if (x % 2) continue; s += x; } return s;`, "6"},
		{"destructuring and let", `let s = ''; for await (let [k, v] of [['a', 1], ['b', 2]]) { s += k + v; } return s;`, "a1b2"},
		{"existing variable", `let x; const seen = []; for await (x of [5, 6]) { seen.push(x); } return seen.join() + ':' + x;`, "5,6:6"},
		{"nested", `const out = []; for await (const a of [1, 2]) { for await (const b of ['x', 'y']) { out.push(a + b); } } return out.join();`, "1x,1y,2x,2y"},
		{"strings comments templates regexps", "const out = []; /* for await (x of y) {} */ const t = `for await ${'('} ${ {a: 1}.a }`; const r = /for await \\(/; // for await (\n for await (const s of ['}', \"{\", `${1}`]) { out.push(s + /}/.source); } return out.join() + t + r.test('for await (');", "}},{},1}for await ( 1true"},
		{"statement body", `const out = []; for await (const x of [sleep(1), 2]) out.push(x * (1 + [1][0])); return out.join();`, "2,4"},
		{"empty body", gen + `const log = []; for await (const x of asyncIterable([1, 2], log)); return log.length;`, "0"},
		{"return from inside", gen + `const log = []; const f = async () => { for await (const x of asyncIterable([1, 2], log)) { return x; } }; const v = await f(); return v + ':' + log.join();`, "1:return"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			fixed, changed := Rewrite(c.src)
			if !changed {
				t.Fatalf("not rewritten: %s", c.src)
			}
			if strings.Count(fixed, "\n") != strings.Count(c.src, "\n")+strings.Count(helper, "\n") {
				t.Fatalf("lines moved:\n%s", fixed)
			}
			if got := run(t, fixed); got != c.want {
				t.Fatalf("got %q, want %q\n%s", got, c.want, fixed)
			}
		})
	}
}

func TestUnchanged(t *testing.T) {
	for _, src := range []string{
		"for (const x of y) {}",
		"const s = 'for await (x of y) {}';",
		"// for await (x of y) {}",
		"for await (const x of y) if (x) f();", // a compound statement: left alone
		"await f(); for (;;) break;",
	} {
		if got, changed := Rewrite(src); changed || got != src {
			t.Fatalf("%q rewritten to %q", src, got)
		}
	}
}

// FuzzRewrite checks that Rewrite never panics, keeps every line where it
// was, and finds no loop in code goja parses (which cannot hold a
// for-await loop: one found there was a string, comment or regular
// expression misread).
func FuzzRewrite(f *testing.F) {
	rewritetest.Fuzz(f, []string{
		"async function f() { for await (const x of y) { g(x); } }",
		"async () => { for await (let [a, b] of m) h(a, b); }",
		"const s = `for await (x of y) {${'}'}}`; const r = /for await \\(x of y\\) {/g;",
		"a = b / c; for (const x of y) {} // for await (a of b) {}",
		"x = '{'; /* for await ( */ async function f() { for await (q of [1]) { if (/}/.test(q)) break; } }",
	}, Rewrite, helper, func(t *testing.T, src, _ string) {
		if _, err := goja.Compile("", "(async function () {"+src+"\n})", false); err == nil {
			t.Fatalf("found a loop in code goja parses:\n%s", src)
		}
	})
}
