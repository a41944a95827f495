package main

import (
	"bufio"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// TestWatch runs a program under --watch, as node and as gonode: it runs,
// a change of a module it required runs it again, a program still running
// when a file changes is stopped and run again, and the messages are
// node's.
func TestWatch(t *testing.T) {
	for _, bin := range []string{"node", gonodeBin} {
		got := watchSession(t, bin)
		want := []string{
			"run 1", "Completed running 'app.js'",
			"Restarting 'app.js'", "run 2", "Completed running 'app.js'",
			"Restarting 'app.js'", "run 3 serving",
			"Restarting 'app.js'", "run 4", "Completed running 'app.js'",
		}
		if strings.Join(got, "\n") != strings.Join(want, "\n") {
			t.Errorf("%s --watch wrote:\n%s\nwant:\n%s", bin, strings.Join(got, "\n"), strings.Join(want, "\n"))
		}
	}
}

// watchSession drives one --watch session and returns the lines it wrote.
func watchSession(t *testing.T, bin string) []string {
	dir := t.TempDir()
	write := func(name, text string) {
		t.Helper()
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o666); err != nil {
			t.Fatal(err)
		}
	}
	write("app.js", "const v = require('./dep.js');\nif (v === 3) { console.log('run 3 serving'); setInterval(() => {}, 1000); } else console.log('run', v);\n")
	write("dep.js", "module.exports = 1;\n")
	cmd := exec.Command(bin, "--watch", "app.js")
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "NODE_EXTRA_CA_CERTS=")
	out, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	defer cmd.Wait()
	defer cmd.Process.Kill()
	lines := make(chan string, 64)
	go func() {
		s := bufio.NewScanner(out)
		for s.Scan() {
			lines <- s.Text()
		}
		close(lines)
	}()
	var got []string
	until := func(want string) {
		t.Helper()
		deadline := time.After(30 * time.Second)
		for {
			select {
			case l, ok := <-lines:
				if !ok {
					t.Fatalf("%s: output ended before %q: %q", bin, want, got)
				}
				got = append(got, l)
				if l == want {
					return
				}
			case <-deadline:
				t.Fatalf("%s: no %q in %q", bin, want, got)
			}
		}
	}
	until("Completed running 'app.js'")
	write("dep.js", "module.exports = 2;\n")
	until("Completed running 'app.js'")
	write("dep.js", "module.exports = 3;\n")
	until("run 3 serving")
	write("dep.js", "module.exports = 4;\n")
	until("Completed running 'app.js'")
	_ = cmd.Process.Signal(syscall.SIGTERM)
	return got
}
