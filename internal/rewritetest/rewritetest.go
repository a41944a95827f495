// Package rewritetest holds the fuzz test the module rewriters (forawait,
// asyncgen) share.
package rewritetest

import (
	"strings"
	"testing"
)

// Fuzz fuzzes rewrite from seeds: it must never panic, must return a
// source it did not change untouched, and must keep every line of a
// changed one where it was (the lines of helper, text it appends, aside);
// check then tests what else the rewriter promises of a changed source.
func Fuzz(f *testing.F, seeds []string, rewrite func(string) (string, bool), helper string, check func(t *testing.T, src, fixed string)) {
	for _, seed := range seeds {
		f.Add(seed)
	}
	f.Fuzz(func(t *testing.T, src string) {
		fixed, changed := rewrite(src)
		if !changed {
			if fixed != src {
				t.Fatal("unchanged source returned altered")
			}
			return
		}
		if strings.Count(fixed, "\n")-strings.Count(helper, "\n") != strings.Count(src, "\n") {
			t.Fatalf("lines moved:\n%s\n---\n%s", src, fixed)
		}
		check(t, src, fixed)
	})
}
