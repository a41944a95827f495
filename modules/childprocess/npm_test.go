package childprocess_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/gonode/gonode/internal/testbin"
)

// TestNPMProcessTools runs js-examples/process-pools under node and gonode:
// jest-worker (with child processes, then with threads: a module that
// loads its workers' code with import()), execa (spawn, pipes, exit codes,
// ENOENT, a timeout, an IPC child through execa.node), cross-spawn and
// tree-kill, unmodified from npm. Both runtimes print the same 22 lines and
// exit 0. The example's node_modules come from `npm ci` in its folder,
// which .ci/run does.
func TestNPMProcessTools(t *testing.T) {
	t.Parallel()
	dir, err := filepath.Abs("../../js-examples/process-pools")
	if err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(filepath.Join(dir, "node_modules", "jest-worker")); err != nil {
		t.Fatalf("jest-worker is not installed: run `npm ci` in js-examples/process-pools (.ci/run does): %v", err)
	}
	got, want := testbin.Output(t, dir, gonodeBin, "main.js"), testbin.Output(t, dir, nodeBin, "main.js")
	if got != want {
		t.Fatalf("gonode printed\n%s\nnode printed\n%s", got, want)
	}
	for _, line := range []string{
		"jest-worker processes: expected pids, args 1,2,3,4",
		"jest-worker threads: error boom EBOOM",
		"execa.node message {\"hello\":\"from child\"}",
		"tree killed SIGTERM",
	} {
		if !strings.Contains(got, line+"\n") {
			t.Errorf("no line %q", line)
		}
	}
	if n := strings.Count(got, "\n"); n != 22 {
		t.Errorf("%d lines, want 22:\n%s", n, got)
	}
}

// TestNodemon runs js-examples/dev-reload under node and gonode: nodemon,
// unmodified from npm, forks a server on its own runtime, restarts it when
// a file it loads changes (through chokidar on fs.watch) and when `rs` is
// typed, and stops it on SIGINT. Both runtimes print the same lines.
func TestNodemon(t *testing.T) {
	t.Parallel()
	dir, err := filepath.Abs("../../js-examples/dev-reload")
	if err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(filepath.Join(dir, "node_modules", "nodemon")); err != nil {
		t.Fatalf("nodemon is not installed: run `npm ci` in js-examples/dev-reload (.ci/run does): %v", err)
	}
	got, want := testbin.Output(t, dir, gonodeBin, "main.js"), testbin.Output(t, dir, nodeBin, "main.js")
	if got != want {
		t.Fatalf("gonode printed\n%s\nnode printed\n%s", got, want)
	}
	for _, line := range []string{
		"the server runs on nodemon's runtime: true, with an IPC channel: true",
		"restarted: the new server answers v2",
		"rs typed: restarted, the server answers v2; 3 server processes in all",
		"nodemon stopped (code 130, signal null); the server is gone",
	} {
		if !strings.Contains(got, line+"\n") {
			t.Errorf("no line %q in\n%s", line, got)
		}
	}
}
