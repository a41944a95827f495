package test_test

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/gonode/gonode/internal/testbin"
)

var gonodeBin string

func TestMain(m *testing.M) {
	os.Exit(testbin.Main(m, &gonodeBin))
}

// onTerminal runs a script on a terminal under bin and returns what it
// wrote, without what differs from run to run or between node and gonode by
// design: durations, stack frames, and the source line an uncaught error
// names (node names its assert module's).
func onTerminal(t *testing.T, bin string, args ...string) (string, int) {
	out, code := testbin.OnTerminal(t, bin, args...)
	out = regexp.MustCompile(`\(\d+(\.\d+)?ms\)`).ReplaceAllString(out, "(Xms)")
	out = regexp.MustCompile(`duration_ms \d+(\.\d+)?`).ReplaceAllString(out, "duration_ms X")
	var kept []string
	for _, line := range strings.Split(out, "\r\n") {
		if !strings.Contains(line, "    at ") {
			kept = append(kept, line)
		}
	}
	out = strings.Join(kept, "\n")
	if i := strings.Index(out, "AssertionError [ERR_ASSERTION]"); i >= 0 && !strings.Contains(out, "\u2139 tests") {
		out = out[i:]
	}
	return out, code
}

// TestReportsOnTerminal checks what a test file, gonode --test and an
// uncaught assertion write on a terminal against node's: the spec report
// of node:test, and the colors of an assertion's diff and of an uncaught
// error's properties.
func TestReportsOnTerminal(t *testing.T) {
	fixtures, err := filepath.Abs("../../testdata/diff/fixtures/node-test")
	if err != nil {
		t.Fatal(err)
	}
	uncaught := filepath.Join(t.TempDir(), "uncaught.js")
	src := "require('assert').deepStrictEqual({ a: 1, b: [1, 2, 3, 4, 5, 6] }, { a: 2, b: [1, 2, 3, 4, 5, 6] });\n"
	if err := os.WriteFile(uncaught, []byte(src), 0o666); err != nil {
		t.Fatal(err)
	}
	runs := [][]string{{uncaught}}
	for _, name := range []string{"basics.js", "options.js", "pending.js", "suites-mocks.js", "passing.js"} {
		runs = append(runs, []string{filepath.Join(fixtures, name)})
	}
	// The files' errors are left out: node shows the copies it deserialized.
	runs = append(runs, []string{"--test", filepath.Join(fixtures, "passing.js"), filepath.Join(fixtures, "pending.js")})
	for _, args := range runs {
		got, gotCode := onTerminal(t, gonodeBin, args...)
		want, wantCode := onTerminal(t, "node", args...)
		if got != want || gotCode != wantCode {
			t.Errorf("%v: gonode (exit %d):\n%s\nnode (exit %d):\n%s", args, gotCode, got, wantCode, want)
		}
	}
}
