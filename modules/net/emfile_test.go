package net_test

import (
	"bufio"
	"fmt"
	"io"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"golang.org/x/sys/unix"
)

// emfileScript holds every connection (after writing "hi\n") until a line
// "free" on stdin. It prints "port P", "error CODE SYSCALL" for the first
// server errors, and "freed N errors E" once it closed the N held
// connections.
const emfileScript = `'use strict';
const net = require('net');
const held = [];
const server = net.createServer((c) => {
  held.push(c);
  c.on('error', () => {});
  c.write('hi\n');
});
let errors = 0;
server.on('error', (err) => {
  if (errors++ < 3) console.log('error ' + err.code + ' ' + err.syscall);
});
server.listen(0, '127.0.0.1', () => console.log('port ' + server.address().port));
process.stdin.setEncoding('utf8');
process.stdin.on('data', (d) => {
  if (!d.includes('free')) return;
  const n = held.length;
  for (const c of held.splice(0)) c.destroy();
  setImmediate(() => console.log('freed ' + n + ' errors ' + errors));
});
`

// emfileRun is what one runtime did when out of descriptors.
type emfileRun struct {
	served, dropped int      // connections answered, and closed unanswered
	errors          []string // the server's 'error' lines
	freed           string   // the "freed" line
	servedAfter     bool     // a new connection is answered once fds are free
}

// runEmfile starts the script under bin, lowers its RLIMIT_NOFILE to 10
// above the descriptors it has open once listening, connects `conns`
// times, frees the held connections and connects once more.
func runEmfile(t *testing.T, bin string, conns int) emfileRun {
	t.Helper()
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "emfile.js"), []byte(emfileScript), 0o644); err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(bin, "emfile.js")
	cmd.Dir = dir
	stdin, err := cmd.StdinPipe()
	if err != nil {
		t.Fatal(err)
	}
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	var stderr strings.Builder
	cmd.Stderr = &stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	exited := make(chan struct{})
	lines := make(chan string, 16)
	go func() {
		sc := bufio.NewScanner(stdout)
		for sc.Scan() {
			lines <- sc.Text()
		}
		close(lines)
		_ = cmd.Wait()
		close(exited)
	}()
	t.Cleanup(func() {
		_ = cmd.Process.Kill()
		<-exited
	})
	next := func() string {
		select {
		case l, ok := <-lines:
			if ok {
				return l
			}
			<-exited
			t.Fatalf("%s ended; stderr:\n%s", bin, stderr.String())
		case <-time.After(deadline):
			t.Fatalf("%s: no output", bin)
		}
		return ""
	}
	port := strings.TrimPrefix(next(), "port ")
	ents, err := os.ReadDir(fmt.Sprintf("/proc/%d/fd", cmd.Process.Pid))
	if err != nil {
		t.Fatal(err)
	}
	limit := uint64(len(ents) + 10)
	if err := unix.Prlimit(cmd.Process.Pid, unix.RLIMIT_NOFILE, &unix.Rlimit{Cur: limit, Max: limit}, nil); err != nil {
		t.Fatalf("prlimit: %v", err)
	}
	var r emfileRun
	var held []net.Conn
	defer func() {
		for _, c := range held {
			c.Close()
		}
	}()
	for i := 0; i < conns; i++ {
		c := dial(t, "tcp", "127.0.0.1:"+port)
		held = append(held, c)
		b := make([]byte, 3)
		if _, err := io.ReadFull(c, b); err == nil && string(b) == "hi\n" {
			r.served++
		} else if err == io.EOF || isReset(err) {
			r.dropped++
		} else {
			t.Fatalf("connection %d: %q, %v", i, b, err)
		}
	}
	if _, err := io.WriteString(stdin, "free\n"); err != nil {
		t.Fatal(err)
	}
	for {
		l := next()
		if strings.HasPrefix(l, "freed ") {
			r.freed = l
			break
		}
		r.errors = append(r.errors, l)
	}
	c := dial(t, "tcp", "127.0.0.1:"+port)
	defer c.Close()
	b := make([]byte, 3)
	_, err = io.ReadFull(c, b)
	r.servedAfter = err == nil && string(b) == "hi\n"
	return r
}

func isReset(err error) bool {
	return err != nil && strings.Contains(err.Error(), "connection reset")
}

// TestEMFILE: a server whose process runs out of descriptors (RLIMIT_NOFILE
// lowered, then saturated with held connections). As in node (libuv's
// reserve-descriptor trick), the connections it cannot take are accepted
// and closed at once — the client sees the close, nothing hangs in the
// backlog — and no 'error' is emitted; once descriptors are free again the
// server answers new connections. gonode and node serve, drop and report
// the same.
func TestEMFILE(t *testing.T) {
	t.Parallel()
	const conns = 30
	got := runEmfile(t, gonodeBin, conns)
	want := runEmfile(t, nodeBin, conns)
	t.Logf("gonode %+v; node %+v", got, want)
	if got.served < 5 || got.dropped == 0 || !got.servedAfter || got.freed != fmt.Sprintf("freed %d errors %d", got.served, len(got.errors)) {
		t.Fatalf("gonode out of descriptors: %+v", got)
	}
	if got.served != want.served || got.dropped != want.dropped || fmt.Sprint(got.errors) != fmt.Sprint(want.errors) || got.freed != want.freed {
		t.Fatalf("gonode %+v, node %+v", got, want)
	}
}
