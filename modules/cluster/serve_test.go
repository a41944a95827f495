package cluster_test

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"net/http"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"
)

// primary is a running cluster primary (and its workers, in its process
// group), whose stdout is read line by line.
type primary struct {
	t     *testing.T
	cmd   *exec.Cmd
	lines chan string
	done  chan struct{}
	mu    sync.Mutex
	out   []string // every line so far, for failure messages
	err   strings.Builder
}

// startPrimary runs script (in testdata) under bin with env added.
func startPrimary(t *testing.T, bin, script string, env ...string) *primary {
	t.Helper()
	cmd := exec.Command(bin, filepath.Join(testdata, script))
	cmd.Dir = testdata
	cmd.Env = baseEnv(env...)
	cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true}
	p := &primary{t: t, cmd: cmd, lines: make(chan string, 1024), done: make(chan struct{})}
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	cmd.Stderr = &lockedWriter{mu: &p.mu, b: &p.err}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	go func() {
		defer close(p.lines)
		sc := bufio.NewScanner(stdout)
		for sc.Scan() {
			p.mu.Lock()
			p.out = append(p.out, sc.Text())
			p.mu.Unlock()
			p.lines <- sc.Text()
		}
	}()
	go func() {
		_ = cmd.Wait()
		close(p.done)
	}()
	t.Cleanup(func() {
		// Whatever happened, no process of the group survives the test.
		_ = syscall.Kill(-cmd.Process.Pid, syscall.SIGKILL)
		<-p.done
	})
	return p
}

type lockedWriter struct {
	mu *sync.Mutex
	b  *strings.Builder
}

func (w *lockedWriter) Write(b []byte) (int, error) {
	w.mu.Lock()
	defer w.mu.Unlock()
	return w.b.Write(b)
}

func (p *primary) transcript() string {
	p.mu.Lock()
	defer p.mu.Unlock()
	return fmt.Sprintf("stdout:\n%s\nstderr:\n%s", strings.Join(p.out, "\n"), p.err.String())
}

// expect waits for the next line and requires it to start with prefix.
func (p *primary) expect(prefix string) string {
	p.t.Helper()
	timer := time.NewTimer(deadline)
	defer timer.Stop()
	select {
	case line, ok := <-p.lines:
		if !ok {
			p.t.Fatalf("primary ended before %q\n%s", prefix, p.transcript())
		}
		if !strings.HasPrefix(line, prefix) {
			p.t.Fatalf("got line %q, want %q...\n%s", line, prefix, p.transcript())
		}
		return line
	case <-timer.C:
		p.t.Fatalf("no %q within %v\n%s", prefix, deadline, p.transcript())
	}
	return ""
}

// expectSet waits for len(want) lines, in any order, equal to want.
func (p *primary) expectSet(want ...string) {
	p.t.Helper()
	left := map[string]int{}
	for _, w := range want {
		left[w]++
	}
	for range want {
		line := p.expect("")
		if left[line] == 0 {
			p.t.Fatalf("unexpected line %q; want %q\n%s", line, want, p.transcript())
		}
		left[line]--
	}
}

// exit waits for the primary to exit and returns its exit code.
func (p *primary) exit() int {
	p.t.Helper()
	select {
	case <-p.done:
	case <-time.After(deadline):
		p.t.Fatalf("primary did not exit\n%s", p.transcript())
	}
	return p.cmd.ProcessState.ExitCode()
}

// port reads the "port P" line.
func (p *primary) port() string {
	p.t.Helper()
	return strings.TrimPrefix(p.expect("port "), "port ")
}

// get does one request on a new connection and returns the body.
func get(t *testing.T, url string) string {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), deadline)
	defer cancel()
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, url, nil)
	if err != nil {
		t.Fatal(err)
	}
	client := &http.Client{Transport: &http.Transport{DisableKeepAlives: true}}
	resp, err := client.Do(req)
	if err != nil {
		t.Fatalf("GET %s: %v", url, err)
	}
	defer resp.Body.Close()
	body, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Fatalf("GET %s: %v", url, err)
	}
	return string(body)
}

// hold starts a request to /hold and returns the id of the worker holding
// it, and a function that reads the rest of the answer.
func hold(t *testing.T, port string) (string, func() string) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), deadline)
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, "http://127.0.0.1:"+port+"/hold", nil)
	if err != nil {
		t.Fatal(err)
	}
	client := &http.Client{Transport: &http.Transport{DisableKeepAlives: true}}
	resp, err := client.Do(req)
	if err != nil {
		t.Fatalf("GET /hold: %v", err)
	}
	r := bufio.NewReader(resp.Body)
	var id string
	for _, want := range []string{"held ", ""} {
		word, err := r.ReadString(' ')
		if err != nil || (want != "" && word != want) {
			t.Fatalf("GET /hold: %q, %v", word, err)
		}
		id = strings.TrimSpace(word)
	}
	return id, func() string {
		defer cancel()
		defer resp.Body.Close()
		rest, err := io.ReadAll(r)
		if err != nil {
			t.Fatalf("GET /hold: %v", err)
		}
		return string(rest)
	}
}

// spread does n requests, each on a new connection, and counts the answers
// per worker ("ID PID RUNTIME").
func spread(t *testing.T, port string, n int) map[string]int {
	t.Helper()
	seen := map[string]int{}
	for i := 0; i < n; i++ {
		seen[get(t, "http://127.0.0.1:"+port+"/")]++
	}
	return seen
}

// workerPIDs returns the pid of each worker seen, by worker id.
func workerPIDs(t *testing.T, seen map[string]int) map[string]int {
	t.Helper()
	pids := map[string]int{}
	for answer := range seen {
		var id string
		var pid int
		var rt string
		if _, err := fmt.Sscanf(answer, "%s %d %s", &id, &pid, &rt); err != nil {
			t.Fatalf("bad answer %q: %v", answer, err)
		}
		pids[id] = pid
	}
	return pids
}

var policies = []string{"rr", "none"}

// serveAndCheck runs the serve.js scenario: workers of workerRT under a
// primary run by primaryBin share a port; requests (each on a new
// connection) reach every worker; a SIGKILLed worker is reported with its
// signal, a connection held by another worker survives, and the others go
// on serving; SIGTERM to the primary disconnects the rest, which exit 0.
func serveAndCheck(t *testing.T, primaryBin, workerRT string, workers, requests int, env ...string) {
	env = append(env, fmt.Sprintf("WORKERS=%d", workers))
	if workerRT == "node" {
		env = append(env, "WORKER_EXEC="+nodeBin)
	} else {
		env = append(env, "WORKER_EXEC="+gonodeBin)
	}
	p := startPrimary(t, primaryBin, "serve.js", env...)
	port := p.port()
	seen := spread(t, port, requests)
	if len(seen) != workers {
		t.Fatalf("answers by worker: %v, want all %d workers", seen, workers)
	}
	for answer := range seen {
		if !strings.HasSuffix(answer, " "+workerRT) {
			t.Fatalf("answer %q does not come from a %s worker", answer, workerRT)
		}
	}
	// A connection another worker is serving survives the kill.
	holder, finish := hold(t, port)
	victim := "2"
	if holder == victim {
		victim = "1"
	}
	pids := workerPIDs(t, seen)
	if err := syscall.Kill(pids[victim], syscall.SIGKILL); err != nil {
		t.Fatal(err)
	}
	p.expect("exit " + victim + " null SIGKILL false")
	if rest := finish(); rest != "released" {
		t.Fatalf("held request on worker %s ended with %q", holder, rest)
	}
	after := spread(t, port, requests/5)
	if len(after) != workers-1 {
		t.Fatalf("answers after killing worker %s: %v", victim, after)
	}
	for answer := range after {
		if strings.HasPrefix(answer, victim+" ") {
			t.Fatalf("the killed worker answered: %v", after)
		}
	}
	if err := p.cmd.Process.Signal(syscall.SIGTERM); err != nil {
		t.Fatal(err)
	}
	rest := []string{"disconnected"}
	for id := 1; id <= workers; id++ {
		if fmt.Sprint(id) != victim {
			rest = append(rest, fmt.Sprintf("exit %d 0 null true", id))
		}
	}
	p.expectSet(rest...)
	if code := p.exit(); code != 0 {
		t.Fatalf("primary exit code %d\n%s", code, p.transcript())
	}
}

// TestServe: a gonode primary and gonode workers, under both policies.
func TestServe(t *testing.T) {
	t.Parallel()
	for _, policy := range policies {
		t.Run(policy, func(t *testing.T) {
			t.Parallel()
			serveAndCheck(t, gonodeBin, "gonode", 3, 200, "NODE_CLUSTER_SCHED_POLICY="+policy)
		})
	}
}

// TestInterop: a gonode primary with node workers, and a node primary with
// gonode workers, under both policies.
func TestInterop(t *testing.T) {
	t.Parallel()
	for _, policy := range policies {
		t.Run("gonode-primary-node-workers-"+policy, func(t *testing.T) {
			t.Parallel()
			serveAndCheck(t, gonodeBin, "node", 2, 100, "NODE_CLUSTER_SCHED_POLICY="+policy)
		})
		t.Run("node-primary-gonode-workers-"+policy, func(t *testing.T) {
			t.Parallel()
			serveAndCheck(t, nodeBin, "gonode", 2, 100, "NODE_CLUSTER_SCHED_POLICY="+policy)
		})
	}
}

// TestDisconnectInFlight: worker.disconnect() while a request is in flight
// on that worker; the request finishes, the worker exits 0 (exited after
// disconnect), and the other worker serves on.
func TestDisconnectInFlight(t *testing.T) {
	t.Parallel()
	for _, policy := range policies {
		t.Run(policy, func(t *testing.T) {
			t.Parallel()
			p := startPrimary(t, gonodeBin, "serve.js", "NODE_CLUSTER_SCHED_POLICY="+policy, "WORKERS=2", "WORKER_EXEC="+gonodeBin)
			port := p.port()
			if body := get(t, "http://127.0.0.1:"+port+"/slow"); body != "part1part2" {
				t.Fatalf("in-flight request got %q", body)
			}
			line := p.expect("exit ")
			var id string
			if _, err := fmt.Sscanf(line, "exit %s 0 null true", &id); err != nil {
				t.Fatalf("disconnected worker: %q", line)
			}
			for answer := range spread(t, port, 20) {
				if strings.HasPrefix(answer, id+" ") {
					t.Fatalf("disconnected worker %s still answers", id)
				}
			}
			if err := p.cmd.Process.Signal(syscall.SIGTERM); err != nil {
				t.Fatal(err)
			}
			p.expect("disconnected")
			p.expect("exit ")
			if code := p.exit(); code != 0 {
				t.Fatalf("primary exit code %d\n%s", code, p.transcript())
			}
		})
	}
}
