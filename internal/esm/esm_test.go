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
		if out, err := Transform(src); err == nil {
			t.Fatalf("%q: no error, gave\n%s", src, out)
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
		out, err := Transform(src)
		if err != nil {
			return
		}
		body := out[:strings.LastIndex(out, "\n;"+starName)]
		if strings.Count(body, "\n") != strings.Count(src, "\n") {
			t.Fatalf("lines moved:\n%s\n---\n%s", src, out)
		}
	})
}
