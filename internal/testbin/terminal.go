package testbin

import (
	"errors"
	"fmt"
	"os"
	"os/exec"
	"strings"
	"testing"
	"time"

	"golang.org/x/sys/unix"
)

// OpenPTY opens a pseudo-terminal of cols x rows and returns its master and
// the path of its slave; the master is closed when the test ends.
func OpenPTY(t testing.TB, cols, rows uint16) (*os.File, string) {
	t.Helper()
	master, err := os.OpenFile("/dev/ptmx", os.O_RDWR|unix.O_NOCTTY, 0)
	if err != nil {
		t.Fatalf("no pseudo-terminals here: %v", err)
	}
	t.Cleanup(func() { master.Close() })
	fd := int(master.Fd())
	if err := unix.IoctlSetPointerInt(fd, unix.TIOCSPTLCK, 0); err != nil {
		t.Fatal(err)
	}
	n, err := unix.IoctlGetInt(fd, unix.TIOCGPTN)
	if err != nil {
		t.Fatal(err)
	}
	if err := unix.IoctlSetWinsize(fd, unix.TIOCSWINSZ, &unix.Winsize{Col: cols, Row: rows}); err != nil {
		t.Fatal(err)
	}
	return master, fmt.Sprintf("/dev/pts/%d", n)
}

// XtermEnv is the test process's environment with TERM=xterm-256color and
// without the variables that change the color depth node (and gonode)
// derive from it: CI and CI_NAME, NO_COLOR, NODE_DISABLE_COLORS,
// FORCE_COLOR, TMUX, COLORTERM, TERM_PROGRAM. A program run with it on a
// terminal writes the same colors wherever the tests run.
func XtermEnv() []string {
	env := []string{"TERM=xterm-256color"}
	for _, kv := range os.Environ() {
		name, _, _ := strings.Cut(kv, "=")
		switch name {
		case "TERM", "CI", "CI_NAME", "NO_COLOR", "NODE_DISABLE_COLORS", "FORCE_COLOR", "TMUX", "COLORTERM", "TERM_PROGRAM":
			continue
		}
		env = append(env, kv)
	}
	return env
}

// OnTerminal runs bin with args on a new 80x24 terminal, with XtermEnv as
// its environment and nothing to read, and returns what it wrote there
// (stdout and stderr) and its exit code once it has exited, within a
// minute.
func OnTerminal(t testing.TB, bin string, args ...string) (output string, code int) {
	t.Helper()
	master, slavePath := OpenPTY(t, 80, 24)
	slave, err := os.OpenFile(slavePath, os.O_RDWR|unix.O_NOCTTY, 0)
	if err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(bin, args...)
	cmd.Stdin, cmd.Stdout, cmd.Stderr = slave, slave, slave
	cmd.Env = XtermEnv()
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	slave.Close()
	read := make(chan string, 1)
	go func() {
		var b strings.Builder
		buf := make([]byte, 4096)
		for {
			n, err := master.Read(buf)
			b.Write(buf[:n])
			if err != nil { // EIO once the terminal has no process left
				read <- b.String()
				return
			}
		}
	}()
	exited := make(chan error, 1)
	go func() { exited <- cmd.Wait() }()
	select {
	case err = <-exited:
	case <-time.After(time.Minute):
		_ = cmd.Process.Kill()
		t.Fatalf("%s %v did not exit within a minute", bin, args)
	}
	var exit *exec.ExitError
	if err != nil && !errors.As(err, &exit) {
		t.Fatal(err)
	}
	select {
	case output = <-read:
	case <-time.After(time.Minute):
		t.Fatalf("%s %v: the terminal did not close", bin, args)
	}
	return output, cmd.ProcessState.ExitCode()
}
