package esm

import (
	"strings"
	"testing"
)

func TestTransformErrors(t *testing.T) {
	for _, src := range []string{
		"export nonsense;",
		"import { a from 'x';",
		"import * from 'x';",
		"if (a) { export const b = 1; }",
	} {
		if out, err := Transform(src, false); err == nil {
			t.Fatalf("%q: no error, gave\n%s", src, out.Text)
		}
	}
}

// FuzzTransform checks that Transform never panics and, when it succeeds,
// keeps every line of the module where it was.
func FuzzTransform(f *testing.F) {
	for _, seed := range []string{
		"import a, { b as c } from './x.js'; export default a + c;",
		"import {\n  a,\n  b,\n} from 'x';\nexport {\n  a,\n  b as d\n};\nexport * from\n 'y';",
		"export const { p, q: [r = 1] } = o, s = 2\nexport function f() {}",
		"export * from 'y'; export * as n from \"z\"; export { a as 'b c' };",
		"const m = import.meta.url; import('./d.js').then(() => {}); o.import = 1;",
		"export default class extends B {}; import 'side' with { type: 'json' };",
	} {
		f.Add(seed)
	}
	f.Fuzz(func(t *testing.T, src string) {
		m, err := Transform(src, len(src)%2 == 1)
		if err != nil {
			return
		}
		out := m.Text
		if prologue := out[:m.Prologue]; !strings.HasPrefix(prologue, "'use strict';") || !strings.HasSuffix(prologue, ");") {
			t.Fatalf("prologue %q is not the namespace's definition:\n%s", prologue, out)
		}
		body := out[:strings.LastIndex(out, "\n;"+starName)]
		if strings.Count(body, "\n") != strings.Count(src, "\n") {
			t.Fatalf("lines moved:\n%s\n---\n%s", src, out)
		}
	})
}

// FuzzDynamicImports checks that DynamicImports never panics and keeps
// every line of the module where it was.
func FuzzDynamicImports(f *testing.F) {
	for _, seed := range []string{
		"import('./a.js').then(f); o.import(1); class A { import() {} }",
		"const m = await import (\n  `${x}`\n); // import(\n/import(/",
		"f(import(import('a')), { import: 1 }, 'import(')",
	} {
		f.Add(seed)
	}
	f.Fuzz(func(t *testing.T, src string) {
		out, ok := DynamicImports(src)
		if !ok {
			return
		}
		body := strings.TrimSuffix(out, "\n;"+importHelpers)
		if strings.Count(body, "\n") != strings.Count(src, "\n") {
			t.Fatalf("lines moved:\n%s\n---\n%s", src, out)
		}
	})
}

// TestDynamicImports checks which import( a CommonJS module's text has
// rewritten: calls, also spread over lines, but not methods named import,
// properties, or the word in strings, comments, templates and regular
// expressions; lines keep their places.
func TestDynamicImports(t *testing.T) {
	call := dynamicCall("require")
	for _, c := range []struct{ src, want string }{
		{"import('./a.js').then(f);", call + "('./a.js').then(f);"},
		{"const m = await import (\n  x\n);", "const m = await " + call + " (\n  x\n);"},
		{"o.import('x'); class A { import(s) { return s; } }", ""},
		{"const o = { async import() {}, import: 1 };", ""},
		{"// import('x')\n'import(\"y\")'; `import(${z})`; /import(/.test(s);", ""},
		{"f(import('a'), import('b'));", "f(" + call + "('a'), " + call + "('b'));"},
	} {
		got, ok := DynamicImports(c.src)
		if c.want == "" {
			if ok {
				t.Errorf("%q was rewritten:\n%s", c.src, got)
			}
			continue
		}
		if !ok || !strings.HasPrefix(got, c.want+"\n;") || !strings.HasSuffix(got, importHelpers) {
			t.Errorf("%q became\n%s\nwant %q and the helpers", c.src, got, c.want)
		}
	}
}

// TestTransformImports checks the specifiers Transform reports, in order
// (imports, side-effect imports and re-exports), and that an async module's
// imports all begin before it awaits the first.
func TestTransformImports(t *testing.T) {
	src := "import a from './a.js';\nimport './b.js';\nexport * from \"./c.js\";\nexport { d } from './d.js';\nconst x = await a;"
	for _, async := range []bool{false, true} {
		m, err := Transform(src, async)
		if err != nil {
			t.Fatal(err)
		}
		out, imports := m.Text, m.Imports
		if want := []string{"./a.js", "./b.js", "./c.js", "./d.js"}; strings.Join(imports, " ") != strings.Join(want, " ") {
			t.Errorf("async %v: imports %q, want %q", async, imports, want)
		}
		starts := strings.Contains(out, startName+"("+requireParam+", "+moduleParam+", ['./a.js', './b.js', \"./c.js\", './d.js']);")
		if starts != async {
			t.Errorf("async %v: the imports' start is there: %v\n%s", async, starts, out)
		}
		if async && strings.Count(out, "(await "+linksName+"[") != 4 {
			t.Errorf("async module does not await each of its 4 imports:\n%s", out)
		}
	}
}
