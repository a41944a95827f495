package tty_test

import (
	"bufio"
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"testing"
	"time"

	"github.com/gonode/gonode/internal/testbin"
	"golang.org/x/sys/unix"
)

var gonodeBin string

func TestMain(m *testing.M) {
	os.Exit(testbin.Main(m, &gonodeBin))
}

// runOnTerminal starts gonode with args on the terminal whose slave is at
// slavePath; the returned wait reports its exit, failing the test if it
// takes over 30 seconds (what says what was awaited). gonode sees the
// environment of an xterm, whatever terminal (or none) runs the tests, so
// that color depth does not depend on where they run.
func runOnTerminal(t *testing.T, slavePath string, args ...string) (wait func(what string)) {
	t.Helper()
	slave, err := os.OpenFile(slavePath, os.O_RDWR|unix.O_NOCTTY, 0)
	if err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(gonodeBin, args...)
	cmd.Stdin, cmd.Stdout, cmd.Stderr = slave, slave, slave
	cmd.Env = testbin.XtermEnv()
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	slave.Close()
	done := make(chan error, 1)
	go func() { done <- cmd.Wait() }()
	t.Cleanup(func() { _ = cmd.Process.Kill() })
	return func(what string) {
		t.Helper()
		select {
		case err := <-done:
			if err != nil {
				t.Fatalf("gonode: %v", err)
			}
		case <-time.After(30 * time.Second):
			t.Fatalf("gonode did not %s", what)
		}
	}
}

// TestOnTerminal runs a script on a terminal: isatty, the WriteStream's
// size and writes, raw mode and reading of a ReadStream.
func TestOnTerminal(t *testing.T) {
	master, slavePath := testbin.OpenPTY(t, 91, 37)
	script := filepath.Join(t.TempDir(), "tty.js")
	src := `
const tty = require('tty');
const out = new tty.WriteStream(1);
const inp = new tty.ReadStream(0);
inp.setRawMode(true);
const raw = inp.isRaw;
inp.setRawMode(false);
out.write([tty.isatty(0), tty.isatty(1), out.isTTY, out.columns, out.rows, out.getWindowSize().join('x'),
  raw, inp.isRaw, process.stdout.isTTY, out instanceof require('net').Socket,
  process.stdout.getColorDepth({ TERM: 'xterm-256color' }), process.stdout.getWindowSize().join('x')].join(' ') + '\n');
inp.once('data', (line) => {
  out.write('got ' + line, () => {
    inp.destroy();
    out.end();
  });
});
`
	if err := os.WriteFile(script, []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	wait := runOnTerminal(t, slavePath, script)
	lines := make(chan string, 8)
	go func() {
		r := bufio.NewReader(master)
		for {
			line, err := r.ReadString('\n')
			if err != nil { // EIO once the terminal has no process left
				close(lines)
				return
			}
			lines <- line
		}
	}()
	next := func() string {
		select {
		case line := <-lines:
			return line
		case <-time.After(30 * time.Second):
			t.Fatal("no output from gonode")
			return ""
		}
	}
	if got, want := next(), "true true true 91 37 91x37 true false true true 8 91x37\r\n"; got != want {
		t.Fatalf("first line %q, want %q", got, want)
	}
	if _, err := master.Write([]byte("ping\n")); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"ping\r\n", "got ping\r\n"} { // the terminal's echo, then the script's line
		if got := next(); got != want {
			t.Fatalf("got %q, want %q", got, want)
		}
	}
	wait("finish")
}

// TestREPLOnTerminal runs gonode without a script on a terminal: the REPL
// greets, reads the terminal in raw mode (the line is echoed once, by the
// REPL), evaluates and prints in colour, continues an unfinished line on a
// '... ' prompt, and .exit ends the process.
func TestREPLOnTerminal(t *testing.T) {
	master, slavePath := testbin.OpenPTY(t, 80, 24)
	wait := runOnTerminal(t, slavePath)
	output := make(chan []byte, 64)
	go func() {
		for {
			buf := make([]byte, 4096)
			n, err := master.Read(buf)
			if err != nil { // EIO once the terminal has no process left
				close(output)
				return
			}
			output <- buf[:n]
		}
	}()
	var seen, all []byte
	// waitFor reads until the output since the last wait contains want.
	waitFor := func(want string) {
		t.Helper()
		deadline := time.After(30 * time.Second)
		for !bytes.Contains(seen, []byte(want)) {
			select {
			case chunk, ok := <-output:
				if !ok {
					t.Fatalf("terminal closed before %q; output %q", want, seen)
				}
				seen = append(seen, chunk...)
				all = append(all, chunk...)
			case <-deadline:
				t.Fatalf("no %q in %q", want, seen)
			}
		}
		seen = seen[bytes.Index(seen, []byte(want))+len(want):]
	}
	waitFor("Type \".help\" for more information.\r\n")
	waitFor("> ")
	for _, step := range []struct{ input, want string }{
		{"6 * 7\r", "6 * 7\r\r\n\x1b[33m42\x1b[39m\r\n"},
		{"[process.stdin.isRaw, typeof require]\r", "[ \x1b[33mtrue\x1b[39m, \x1b[32m'function'\x1b[39m ]"},
		{"function twice(x) {\r", "... "},
		{"return 2 * x }\r", "\x1b[90mundefined\x1b[39m"},
		{"twice(21)\r", "\x1b[33m42\x1b[39m"},
	} {
		if _, err := master.Write([]byte(step.input)); err != nil {
			t.Fatal(err)
		}
		waitFor(step.want)
	}
	if n := bytes.Count(all, []byte("twice(21)")); n != 1 {
		t.Errorf("the line was shown %d times (twice: the terminal is not in raw mode): %q", n, all)
	}
	if _, err := master.Write([]byte(".exit\r")); err != nil {
		t.Fatal(err)
	}
	wait("exit on .exit")
}
