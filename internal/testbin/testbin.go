// Package testbin builds the gonode binary for tests that run real gonode
// processes.
package testbin

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"
)

// Build compiles cmd/gonode into dir and returns the binary's path. extra are
// further `go build` flags, such as -race. It builds as the README does, with
// cgo off: a static binary maps no libc and starts faster. Only -race, which
// needs cgo, keeps cgo on.
func Build(dir string, extra ...string) (string, error) {
	bin := filepath.Join(dir, "gonode")
	args := append([]string{"build", "-o", bin}, extra...)
	args = append(args, "github.com/gonode/gonode/cmd/gonode")
	cmd := exec.Command("go", args...)
	if !slices.Contains(extra, "-race") {
		cmd.Env = append(os.Environ(), "CGO_ENABLED=0")
	}
	if out, err := cmd.CombinedOutput(); err != nil {
		return "", fmt.Errorf("build gonode: %w\n%s", err, out)
	}
	return bin, nil
}

// Main is a TestMain body: it builds gonode into a temporary folder, stores
// the binary's path in *bin, runs the tests, removes the folder and returns
// the exit code for os.Exit.
func Main(m *testing.M, bin *string) int {
	dir, err := os.MkdirTemp("", "gonode-test-")
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 1
	}
	defer os.RemoveAll(dir)
	if *bin, err = Build(dir); err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 1
	}
	return m.Run()
}

// Output runs bin with args in dir (for at most a minute) and returns what
// it wrote to stdout; a failure to run or a non-zero exit fails the test,
// with stdout and stderr.
func Output(t testing.TB, dir, bin string, args ...string) string {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	cmd := exec.CommandContext(ctx, bin, args...)
	cmd.Dir = dir
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("%s %s: %v\n%s%s", bin, strings.Join(args, " "), err, out, stderr.String())
	}
	return string(out)
}
