package childprocess_test

import (
	"os"
	"runtime"
	"slices"
	"strings"
	"testing"
)

// TestForkPassesGOMAXPROCS: a gonode child forked by a gonode parent that
// runs on one P (cmd/gonode's default on a machine with more CPUs) starts
// with GOMAXPROCS=1 in its real environment, so that Go's runtime never
// sets up the other Ps; neither that entry nor its marker shows in the
// child's process.env or reaches the child's own children. A GOMAXPROCS the
// program gives the child itself is left as it is. The parent runs without
// a GOMAXPROCS of its own, whatever the test's environment sets.
func TestForkPassesGOMAXPROCS(t *testing.T) {
	t.Parallel()
	var reports []struct{ Environ, Env, Shell []string }
	parentEnv := slices.DeleteFunc(os.Environ(), func(kv string) bool { return strings.HasPrefix(kv, "GOMAXPROCS=") })
	args := []string{"fork-procs.js"}
	r := decodeJSON(t, runEnviron(t, faultDeadline, testdata, parentEnv, gonodeBin, args...), gonodeBin, args, &reports)
	if len(reports) != 2 {
		t.Fatalf("want 2 reports, got %d\nstderr:\n%s", len(reports), r.stderr)
	}
	own, given := reports[0], reports[1]
	var wantEnviron []string
	if runtime.NumCPU() > 1 {
		wantEnviron = []string{"GOMAXPROCS=1", "GONODE_FORK_GOMAXPROCS=1"}
	}
	environ := slices.DeleteFunc(own.Environ, func(kv string) bool { return strings.HasPrefix(kv, "GONODE_FORK_EXECARGC=") })
	slices.Sort(environ)
	if !slices.Equal(environ, wantEnviron) {
		t.Errorf("child's real environment: got %q, want %q", environ, wantEnviron)
	}
	if len(own.Env) != 0 || len(own.Shell) != 0 {
		t.Errorf("gonode's variables leak: process.env %q, grandchild %q", own.Env, own.Shell)
	}
	if !slices.Contains(given.Env, "GOMAXPROCS=2") || !slices.Contains(given.Shell, "GOMAXPROCS=2") ||
		slices.Contains(given.Environ, "GONODE_FORK_GOMAXPROCS=1") {
		t.Errorf("options.env GOMAXPROCS=2: environ %q, process.env %q, grandchild %q", given.Environ, given.Env, given.Shell)
	}
}
