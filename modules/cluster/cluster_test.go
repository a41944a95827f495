package cluster_test

import (
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/gonode/gonode/internal/testbin"
)

var (
	gonodeBin string // the gonode command, built once by TestMain
	nodeBin   string // node, the reference peer
	testdata  string // absolute path of testdata/
)

func TestMain(m *testing.M) {
	if transcript := os.Getenv(fakeWorkerEnv); transcript != "" {
		os.Exit(runFakeWorker(transcript))
	}
	os.Exit(testMain(m))
}

func testMain(m *testing.M) int {
	dir, err := os.MkdirTemp("", "cluster-test-")
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 1
	}
	defer os.RemoveAll(dir)
	if gonodeBin, err = testbin.Build(dir); err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 1
	}
	if nodeBin, err = exec.LookPath("node"); err != nil {
		fmt.Fprintln(os.Stderr, "node is required as the reference peer:", err)
		return 1
	}
	if testdata, err = filepath.Abs("testdata"); err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 1
	}
	return m.Run()
}

// baseEnv is the environment for runs under test, without the CA bundle
// variable that slows node's start-up, and without a scheduling policy.
func baseEnv(extra ...string) []string {
	var env []string
	for _, kv := range os.Environ() {
		if !strings.HasPrefix(kv, "NODE_EXTRA_CA_CERTS=") && !strings.HasPrefix(kv, "NODE_CLUSTER_SCHED_POLICY=") {
			env = append(env, kv)
		}
	}
	return append(env, extra...)
}

// deadline bounds every wait of these tests.
const deadline = 20 * time.Second

// TestDifferential runs testdata/diff/cluster-*.js (also part of the
// repository-wide differential run) under node and gonode and requires the
// same stdout and exit code.
func TestDifferential(t *testing.T) {
	t.Parallel()
	dir, err := filepath.Abs("../../testdata/diff")
	if err != nil {
		t.Fatal(err)
	}
	progs, err := filepath.Glob(filepath.Join(dir, "cluster-*.js"))
	if err != nil || len(progs) == 0 {
		t.Fatalf("no cluster differential programs: %v", err)
	}
	for _, prog := range progs {
		t.Run(strings.TrimSuffix(filepath.Base(prog), ".js"), func(t *testing.T) {
			t.Parallel()
			want, wantCode := runToEnd(t, nodeBin, prog)
			got, gotCode := runToEnd(t, gonodeBin, prog)
			if got != want || gotCode != wantCode {
				t.Fatalf("differs from node\n--- node (exit %d):\n%s\n--- gonode (exit %d):\n%s", wantCode, want, gotCode, got)
			}
		})
	}
}

// runToEnd runs a program and returns its stdout and exit code.
func runToEnd(t *testing.T, bin, prog string) (string, int) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), deadline)
	defer cancel()
	cmd := exec.CommandContext(ctx, bin, prog)
	cmd.Dir = filepath.Dir(prog)
	cmd.Env = baseEnv()
	var stderr strings.Builder
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if ctx.Err() != nil {
		t.Fatalf("%s %s timed out\nstdout:\n%s\nstderr:\n%s", bin, prog, out, stderr.String())
	}
	if _, ok := err.(*exec.ExitError); err != nil && !ok {
		t.Fatal(err)
	}
	return string(out), cmd.ProcessState.ExitCode()
}
