// Package nettest runs gonode programs for the tests of the net and dgram
// modules: it builds the gonode binary once (with the race detector when
// the tests use it) and drives processes through their stdout lines, with
// deadlines.
package nettest

import (
	"bufio"
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/gonode/gonode/internal/testbin"
)

// Deadline bounds every wait of a process started with Start.
const Deadline = 30 * time.Second

// Build compiles cmd/gonode into dir, with the race detector when the tests
// use it, and returns the binary's path.
func Build(dir string) (string, error) {
	if Race {
		return testbin.Build(dir, "-race")
	}
	return testbin.Build(dir)
}

// Proc is a running process whose stdout is read line by line.
type Proc struct {
	t      *testing.T
	Cmd    *exec.Cmd
	lines  chan string
	within time.Duration
	stderr testbin.LockedBuffer
	done   chan struct{}
	code   int
}

// Start runs bin with args in dir, in its own process group so that the
// children it forks are killed with it when the test ends. The process and
// every wait for it are bounded by Deadline.
func Start(t *testing.T, dir, bin string, args ...string) *Proc {
	t.Helper()
	return StartWithin(t, Deadline, dir, bin, args...)
}

// StartWithin is Start with another bound than Deadline, for long runs.
func StartWithin(t *testing.T, within time.Duration, dir, bin string, args ...string) *Proc {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), within)
	cmd := exec.CommandContext(ctx, bin, args...)
	cmd.Dir = dir
	cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true}
	cmd.Cancel = func() error { return syscall.Kill(-cmd.Process.Pid, syscall.SIGKILL) }
	p := &Proc{t: t, Cmd: cmd, lines: make(chan string, 1024), within: within, done: make(chan struct{})}
	cmd.Stderr = &p.stderr
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	go func() {
		sc := bufio.NewScanner(stdout)
		for sc.Scan() {
			p.lines <- sc.Text()
		}
		close(p.lines)
		_ = cmd.Wait()
		p.code = cmd.ProcessState.ExitCode()
		cancel()
		close(p.done)
	}()
	t.Cleanup(func() {
		_ = syscall.Kill(-cmd.Process.Pid, syscall.SIGKILL)
		<-p.done
	})
	return p
}

// Script writes files (name → source) to a temporary folder and runs the
// first argument there under bin.
func Script(t *testing.T, bin string, files map[string]string, args ...string) *Proc {
	t.Helper()
	dir := t.TempDir()
	for name, src := range files {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(src), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return Start(t, dir, bin, args...)
}

// Line returns the next line of stdout.
func (p *Proc) Line() string {
	p.t.Helper()
	select {
	case l, ok := <-p.lines:
		if !ok {
			<-p.done
			p.t.Fatalf("process exited (code %d) while a line was expected; stderr:\n%s", p.code, p.Stderr())
		}
		return l
	case <-time.After(p.within):
		p.t.Fatalf("timed out waiting for output; stderr:\n%s", p.Stderr())
	}
	return ""
}

// Done is closed when the process has exited.
func (p *Proc) Done() <-chan struct{} { return p.done }

// Code is the exit code, once Done.
func (p *Proc) Code() int { return p.code }

// Stderr is what the process wrote to stderr so far (complete once Done).
func (p *Proc) Stderr() string { return p.stderr.String() }

// Wait waits for the process to exit and returns its remaining output.
func (p *Proc) Wait() (rest []string, code int) {
	p.t.Helper()
	for l := range p.lines {
		rest = append(rest, l)
	}
	select {
	case <-p.done:
	case <-time.After(p.within):
		p.t.Fatal("timed out waiting for exit")
	}
	return rest, p.code
}

// ExpectExit checks the exit code and the remaining lines of stdout.
func (p *Proc) ExpectExit(code int, want ...string) {
	p.t.Helper()
	rest, got := p.Wait()
	if got != code || strings.Join(rest, "\n") != strings.Join(want, "\n") {
		p.t.Fatalf("exit %d, output:\n%s\nwant exit %d, output:\n%s\nstderr:\n%s",
			got, strings.Join(rest, "\n"), code, strings.Join(want, "\n"), p.Stderr())
	}
}
