package arrowargs

import (
	"testing"

	"github.com/dop251/goja"
	"github.com/gonode/gonode/internal/rewritetest"
)

// TestRewrite runs each program as goja would run a module (wrapped in a
// function called with arguments) before and after Rewrite: the rewritten
// one must give want, and the plain one must not (so each case shows the
// goja bug it works around), except where goja gets it right.
func TestRewrite(t *testing.T) {
	cases := []struct {
		name, src, want string
		plainWorks      bool // goja gets this one right without help
		unchanged       bool // Rewrite leaves it as it is
	}{
		{name: "call", src: `function g(a) { return (() => arguments[0])(); } return g(2);`, want: "2"},
		{name: "length", src: `function k() { return (() => arguments.length)(); } return k(1, 2, 3);`, want: "3"},
		{name: "stored arrow", src: `function h(a) { const f = () => arguments[0]; return f(); } return h(4);`, want: "4"},
		{name: "callback", src: `function m() { return [1].map(() => arguments[0])[0]; } return m(7);`, want: "7"},
		{name: "nested arrows", src: `function n() { return (() => () => arguments[1])()(); } return n(1, 8);`, want: "8"},
		{name: "strict", src: `'use strict'; function s() { 'use strict'; return (() => arguments[0])(); } return s(5) + typeof this;`, want: "5undefined"},
		{name: "module top level", src: `return (() => arguments.length)();`, want: "2"},
		{name: "inner function has its own", src: `function o() { return (() => function () { return arguments[0]; })()(9); } return o(1);`, want: "9", plainWorks: true, unchanged: true},
		{name: "property names kept", src: `function p() { const x = { arguments: 1 }; return (() => x.arguments + arguments[0])(); } return p(2);`, want: "3"},
		{name: "same object", src: `function q() { const outer = arguments; return (() => arguments === outer)(); } return q();`, want: "true", plainWorks: true},
		{name: "method", src: `const obj = { m() { return (() => arguments[0])(); } }; return obj.m(6);`, want: "6"},
		{name: "async", src: `async function af() { await null; return (() => arguments[0])(); } return af(11).constructor.name;`, want: "Promise", plainWorks: true},
		{name: "directive without semicolon", src: "function d() {\n  'use strict'\n  return (() => arguments[0])() + typeof this;\n} return d(3);", want: "3undefined"},
	}
	run := func(src string) (s string, err error) {
		defer func() {
			if r := recover(); r != nil {
				s = "panic"
			}
		}()
		vm := goja.New()
		v, err := vm.RunString("(function (a, b) {" + src + "\n})(1, 2)")
		if err != nil {
			return "", err
		}
		return v.String(), nil
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			fixed, changed := Rewrite(c.src)
			if changed == c.unchanged {
				t.Fatalf("changed = %v for %s", changed, c.src)
			}
			if got, err := run(fixed); err != nil || got != c.want {
				t.Fatalf("rewritten %q: got %q, %v; want %q", fixed, got, err, c.want)
			}
			if plain, err := run(c.src); !c.plainWorks && err == nil && plain == c.want {
				t.Fatalf("goja runs %q right without the workaround: is it still needed?", c.src)
			}
		})
	}
}

// TestRewriteKeepsLines checks that only the text inside lines changes:
// every line keeps its number, and a file without the pattern is returned
// as it is.
func TestRewriteKeepsLines(t *testing.T) {
	src := "function f() {\n  return (() =>\n    arguments[0])();\n}\nmodule.exports = f;\n"
	fixed, changed := Rewrite(src)
	if !changed {
		t.Fatal("not rewritten")
	}
	want := "function f() {var $_argz$_ = arguments;\n  return (() =>\n    $_argz$_[0])();\n}\nmodule.exports = f;\n"
	if fixed != want {
		t.Fatalf("got\n%s\nwant\n%s", fixed, want)
	}
	for _, src := range []string{"const f = () => 1;", "function g() { return arguments; }", "syntax error ( => arguments"} {
		if got, changed := Rewrite(src); changed || got != src {
			t.Fatalf("%q changed to %q", src, got)
		}
	}
}

// FuzzRewrite checks that Rewrite never panics, keeps every line where it
// was, and turns code goja parses into code goja parses.
func FuzzRewrite(f *testing.F) {
	rewritetest.Fuzz(f, []string{
		"function f() { return (() => arguments[0])(); }",
		"'use strict'\nfunction g() { 'use strict'\n return [1].map(() => arguments.length); }",
		"const o = { arguments: 1, m() { return () => arguments; } };",
		"return (() => arguments)();",
		"class A { m() { return (x = arguments) => x; } }",
	}, Rewrite, "", func(t *testing.T, src, fixed string) {
		if _, err := goja.Compile("", "(function () {"+src+"\n})", false); err != nil {
			return // did not parse before either? Rewrite only changes what parsed
		}
		if _, err := goja.Compile("", "(function () {"+fixed+"\n})", false); err != nil {
			t.Fatalf("rewritten code does not parse: %v\n%s\n---\n%s", err, src, fixed)
		}
	})
}
