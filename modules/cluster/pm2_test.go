package cluster_test

import (
	"bytes"
	"context"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"golang.org/x/sys/unix"

	"github.com/gonode/gonode/internal/testbin"
)

// TestPM2 runs pm2 (js-examples/pm2: pm2 5.4.3 from npm, unmodified) with
// gonode as its runtime, so that pm2's CLI, its daemon and the app's
// cluster instances are all gonode processes: pm2-runtime starts the app in
// cluster mode with two instances, both answer on the shared port, and
// SIGINT stops everything; then the daemon: pm2 start -i 2, a zero-downtime
// reload (new instances answer, the old ones are gone), and pm2 kill,
// which leaves no process behind. The example's node_modules come from
// `npm ci` in its folder, which .ci/run does.
func TestPM2(t *testing.T) {
	t.Parallel()
	dir, err := filepath.Abs("../../js-examples/pm2")
	if err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(filepath.Join(dir, "node_modules", "pm2")); err != nil {
		t.Fatalf("pm2 is not installed: run `npm ci` in js-examples/pm2 (.ci/run does): %v", err)
	}
	home := t.TempDir()
	env := baseEnv("PM2_HOME="+home, "PORT="+freePort(t))
	url := "http://127.0.0.1:" + env[len(env)-1][len("PORT="):] + "/"

	t.Run("runtime", func(t *testing.T) {
		cmd := exec.Command(gonodeBin, filepath.Join("node_modules", "pm2", "bin", "pm2-runtime"), "start", "app.js", "-i", "2")
		cmd.Dir, cmd.Env = dir, env
		var out testbin.LockedBuffer
		cmd.Stdout, cmd.Stderr = &out, &out
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		done := make(chan struct{})
		go func() { _ = cmd.Wait(); close(done) }()
		defer func() {
			_ = cmd.Process.Kill()
			<-done
		}()
		pids := instances(t, url, 2)
		if err := cmd.Process.Signal(syscall.SIGINT); err != nil {
			t.Fatal(err)
		}
		select {
		case <-done:
		case <-time.After(deadline):
			t.Fatalf("pm2-runtime did not stop on SIGINT\n%s", out.String())
		}
		if code := cmd.ProcessState.ExitCode(); code != 0 || !strings.Contains(out.String(), "PM2 successfully stopped") {
			t.Fatalf("pm2-runtime exited %d\n%s", code, out.String())
		}
		gone(t, pids)
	})

	t.Run("daemon", func(t *testing.T) {
		run := func(args ...string) {
			t.Helper()
			ctx, cancel := context.WithTimeout(context.Background(), deadline)
			defer cancel()
			cmd := exec.CommandContext(ctx, gonodeBin, append([]string{filepath.Join("node_modules", "pm2", "bin", "pm2")}, args...)...)
			cmd.Dir, cmd.Env = dir, env
			if out, err := cmd.CombinedOutput(); err != nil {
				t.Fatalf("pm2 %s: %v\n%s", strings.Join(args, " "), err, out)
			}
		}
		run("start", "app.js", "-i", "2", "--name", "web")
		daemonPid := readPid(t, filepath.Join(home, "pm2.pid"))
		daemon := pidfd(t, daemonPid)
		defer func() { _ = unix.PidfdSendSignal(daemon, unix.SIGKILL, nil, 0) }()
		first := instances(t, url, 2)
		run("reload", "web")
		second := instances(t, url, 2)
		for pid := range second {
			if _, old := first[pid]; old {
				t.Fatalf("instance %d still serves after the reload", pid)
			}
		}
		gone(t, first)
		run("kill")
		second[daemonPid] = daemon
		gone(t, second)
	})
}

// instances requests url until n different processes have answered and
// returns a pidfd for each, by pid (opened at once, so that a pid reused
// later cannot stand in for the process).
func instances(t *testing.T, url string, n int) map[int]int {
	t.Helper()
	pids := map[int]int{}
	client := &http.Client{Transport: &http.Transport{DisableKeepAlives: true}, Timeout: deadline}
	end := time.Now().Add(deadline)
	for len(pids) < n {
		if time.Now().After(end) {
			t.Fatalf("only %d of %d instances answered at %s", len(pids), n, url)
		}
		resp, err := client.Get(url)
		if err != nil { // not listening yet: try again shortly
			time.Sleep(10 * time.Millisecond)
			continue
		}
		var body bytes.Buffer
		_, _ = body.ReadFrom(resp.Body)
		resp.Body.Close()
		var pid, instance int
		if f := strings.Fields(body.String()); len(f) == 4 && f[0] == "pid" && f[2] == "instance" {
			pid, _ = strconv.Atoi(f[1])
			instance, _ = strconv.Atoi(f[3])
		}
		if pid == 0 || instance < 0 || instance >= n {
			t.Fatalf("unexpected answer %q", body.String())
		}
		if _, seen := pids[pid]; !seen {
			pids[pid] = pidfd(t, pid)
		}
	}
	return pids
}

// pidfd opens a pidfd for pid, closed when the test ends.
func pidfd(t *testing.T, pid int) int {
	t.Helper()
	fd, err := unix.PidfdOpen(pid, 0)
	if err != nil {
		t.Fatalf("pidfd_open %d: %v", pid, err)
	}
	t.Cleanup(func() { unix.Close(fd) })
	return fd
}

// gone waits until every process of pidfds (pid: pidfd) has exited.
func gone(t *testing.T, pidfds map[int]int) {
	t.Helper()
	end := time.Now().Add(deadline)
	for pid, fd := range pidfds {
		n, err := unix.Poll([]unix.PollFd{{Fd: int32(fd), Events: unix.POLLIN}}, int(time.Until(end)/time.Millisecond))
		if n != 1 || err != nil {
			t.Fatalf("process %d is still running (%v)", pid, err)
		}
	}
}

// readPid reads a pid file.
func readPid(t *testing.T, file string) int {
	t.Helper()
	b, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	pid, err := strconv.Atoi(strings.TrimSpace(string(b)))
	if err != nil {
		t.Fatal(err)
	}
	return pid
}

// freePort returns a port nothing listens on now.
func freePort(t *testing.T) string {
	t.Helper()
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer l.Close()
	return strconv.Itoa(l.Addr().(*net.TCPAddr).Port)
}
