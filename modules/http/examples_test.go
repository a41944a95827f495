package http_test

import (
	"errors"
	"fmt"
	"io"
	"net"
	nethttp "net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/gonode/gonode/internal/testbin"

	"golang.org/x/sys/unix"
)

// lockPorts serializes the tests (of any package) that use the fixed ports
// of the seed's examples, with a lock file named after them (the net tests
// use gonode-port-1337.lock too).
func lockPorts(t *testing.T, name string) {
	t.Helper()
	f, err := os.OpenFile(filepath.Join(os.TempDir(), "gonode-port-"+name+".lock"), os.O_CREATE|os.O_RDWR, 0o666)
	if err != nil {
		t.Fatal(err)
	}
	if err := unix.Flock(int(f.Fd()), unix.LOCK_EX); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		_ = unix.Flock(int(f.Fd()), unix.LOCK_UN)
		f.Close()
	})
}

// example is a js-examples program running under gonode, in its own process
// group so that the children it forks stop with it.
type example struct {
	cmd    *exec.Cmd
	stderr *testbin.LockedBuffer
	done   chan struct{}
	err    error
}

func startExample(t *testing.T, dir, script string) *example {
	t.Helper()
	cmd := exec.Command(gonodeBin, script)
	cmd.Dir = filepath.Join("..", "..", "js-examples", dir)
	cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true}
	e := &example{cmd: cmd, stderr: &testbin.LockedBuffer{}, done: make(chan struct{})}
	cmd.Stderr = e.stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	go func() {
		e.err = cmd.Wait()
		close(e.done)
	}()
	t.Cleanup(func() {
		// The whole group: the example and the children it forked.
		_ = syscall.Kill(-cmd.Process.Pid, syscall.SIGKILL)
		<-e.done
	})
	return e
}

// npmExample returns the folder of js-examples/name, an example with npm
// packages, and fails the test unless they (pkg among them) are installed,
// which `npm ci` in the folder does (and .ci/run).
func npmExample(t *testing.T, name, pkg string) string {
	t.Helper()
	dir := filepath.Join("..", "..", "js-examples", name)
	if _, err := os.Stat(filepath.Join(dir, "node_modules", pkg)); err != nil {
		t.Fatalf("%s is not installed: run `npm ci` in js-examples/%s (.ci/run does): %v", pkg, name, err)
	}
	return dir
}

// get fetches url on a new connection; refused means not listening (yet).
func get(url string) (status int, body string, err error) {
	return getWithin(url, 10*time.Second)
}

func getWithin(url string, timeout time.Duration) (status int, body string, err error) {
	client := &nethttp.Client{
		Timeout:   timeout,
		Transport: &nethttp.Transport{DisableKeepAlives: true},
	}
	resp, err := client.Get(url)
	if err != nil {
		return 0, "", err
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	return resp.StatusCode, string(b), err
}

func refused(err error) bool { return errors.Is(err, syscall.ECONNREFUSED) }

// waitListening polls url until it answers, the example exits, or the
// deadline passes. While the example starts, a connection may be refused,
// or accepted by a process that is about to hand the server on (and then
// reset or left unanswered): both mean "not yet".
func waitListening(t *testing.T, e *example, url string) (int, string) {
	t.Helper()
	end := time.Now().Add(30 * time.Second)
	for {
		status, body, err := getWithin(url, time.Second)
		if err == nil {
			return status, body
		}
		select {
		case <-e.done:
			t.Fatalf("example exited: %v\n%s", e.err, e.stderr)
		case <-time.After(10 * time.Millisecond):
		}
		if time.Now().After(end) {
			t.Fatalf("%s never answered; stderr:\n%s", url, e.stderr)
		}
	}
}

// TestSeedHandleChildrenHTTP runs the seed's last handle-passing example
// unmodified: the parent sends its listening server to two children and
// closes it; each child hands the raw sockets it accepts to an http.Server
// with server.emit('connection', socket). 200 requests are all answered,
// by both children. (The first child to get the listening handle may serve
// the first ones alone while the second is still starting: the requests go
// on, all answered, until the second child answered too, within a deadline.)
func TestSeedHandleChildrenHTTP(t *testing.T) {
	lockPorts(t, "1337")
	e := startExample(t, "handle-children-http", "parent.js")
	const url = "http://127.0.0.1:1337/"
	waitListening(t, e, url)
	pids := map[string]int{}
	deadline := time.Now().Add(15 * time.Second)
	for i := 0; i < 200 || (len(pids) < 2 && time.Now().Before(deadline)); i++ {
		status, body, err := get(url)
		if err != nil || status != 200 {
			t.Fatalf("request %d: %d %q %v; stderr:\n%s", i, status, body, err, e.stderr)
		}
		pid, ok := strings.CutPrefix(body, "handled by child ")
		if !ok {
			t.Fatalf("request %d: body %q", i, body)
		}
		pids[pid]++
	}
	t.Logf("replies by child: %v", pids)
	if len(pids) != 2 {
		t.Fatalf("want replies from two children, got %v", pids)
	}
	for pid := range pids {
		if n, err := strconv.Atoi(pid); err != nil || n == e.cmd.Process.Pid {
			t.Fatalf("reply from %q, not a child (parent is %d)", pid, e.cmd.Process.Pid)
		}
	}
	t.Logf("replies per child: %v", pids)
}

const eaddrinuse = "Error: listen EADDRINUSE: address already in use 127.0.0.1:"

// cpuCount is os.cpus().length as gonode reports it: the number of
// children master.js forks.
func cpuCount(t *testing.T) int {
	t.Helper()
	out, err := exec.Command(gonodeBin, "-p", "require('os').cpus().length").Output()
	if err != nil {
		t.Fatal(err)
	}
	n, err := strconv.Atoi(strings.TrimSpace(string(out)))
	if err != nil || n < 1 {
		t.Fatalf("cpus: %q %v", out, err)
	}
	return n
}

// TestSeedMasterChild runs the seed's first example unmodified: master.js
// forks a child per CPU, each serving "Hello World!" on port 1000 or 2000.
// Each port in use answers; every child that lost the race died with
// EADDRINUSE, as under node.
func TestSeedMasterChild(t *testing.T) {
	lockPorts(t, "1000-2000")
	cpus := cpuCount(t)
	e := startExample(t, "master-child", "master.js")
	end := time.Now().Add(30 * time.Second)
	for {
		winners := 0
		for _, port := range []int{1000, 2000} {
			status, body, err := get(fmt.Sprintf("http://127.0.0.1:%d/", port))
			switch {
			case err == nil && status == 200 && body == "Hello World!":
				winners++
			case err == nil:
				t.Fatalf("port %d: %d %q", port, status, body)
			case !refused(err):
				t.Fatalf("port %d: %v", port, err)
			}
		}
		losers := strings.Count(e.stderr.String(), eaddrinuse)
		if winners > 0 && winners+losers == cpus {
			t.Logf("%d CPUs: %d serving, %d died with EADDRINUSE", cpus, winners, losers)
			return
		}
		if winners+losers > cpus || time.Now().After(end) {
			t.Fatalf("%d CPUs, %d ports serving, %d EADDRINUSE; stderr:\n%s", cpus, winners, losers, e.stderr)
		}
		select {
		case <-e.done:
			t.Fatalf("master exited: %v\n%s", e.err, e.stderr)
		case <-time.After(20 * time.Millisecond):
		}
	}
}

// TestSeedMasterChildPortsTaken holds both ports, so every child loses:
// each dies with EADDRINUSE and the master, left without children, exits.
func TestSeedMasterChildPortsTaken(t *testing.T) {
	lockPorts(t, "1000-2000")
	for _, port := range []string{"1000", "2000"} {
		ln, err := net.Listen("tcp", "127.0.0.1:"+port)
		if err != nil {
			t.Fatal(err)
		}
		defer ln.Close()
	}
	cpus := cpuCount(t)
	e := startExample(t, "master-child", "master.js")
	select {
	case <-e.done:
	case <-time.After(30 * time.Second):
		t.Fatalf("master did not exit; stderr:\n%s", e.stderr)
	}
	if e.err != nil {
		t.Errorf("master: %v", e.err)
	}
	if n := strings.Count(e.stderr.String(), eaddrinuse); n != cpus {
		t.Errorf("%d CPUs but %d EADDRINUSE errors; stderr:\n%s", cpus, n, e.stderr)
	}
}
