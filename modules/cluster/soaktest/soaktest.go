// Package soaktest runs the cluster soak: a gonode cluster primary
// (primary.js, round robin) with a few workers serving HTTP, a Go client
// loading it over several keep-alive connections, and a worker killed with
// SIGKILL every few seconds and re-forked by the primary. It counts the
// requests that fail for any other reason than their connection being on a
// killed worker, and samples the primary's descriptor count and RSS.
//
// The CI test (modules/cluster, TestSoak) and the long benchmark
// (go run ./bench/soak -d 10m) both run it.
package soaktest

import (
	"bufio"
	"context"
	_ "embed"
	"errors"
	"fmt"
	"io"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"time"

	"github.com/gonode/gonode/internal/testbin"
)

//go:embed primary.js
var primarySource []byte

// Options configure a soak run; zero fields take the defaults.
type Options struct {
	Gonode    string        // the gonode binary (required)
	Duration  time.Duration // how long the load runs (default 30 s)
	Workers   int           // cluster workers (default 2)
	Conns     int           // client keep-alive connections (default 8)
	KillEvery time.Duration // time between two worker kills (default 3 s)
	Warmup    time.Duration // the part of the run before the warm sample (default Duration/6)
	Policy    string        // NODE_CLUSTER_SCHED_POLICY (default "rr")
	Progress  io.Writer     // a line per sample if set
}

// Sample is one reading of the primary's descriptor count and resident set.
type Sample struct {
	At  time.Duration // since the load started
	FDs int
	RSS int64 // bytes
}

// Report is what a run measured.
type Report struct {
	Duration   time.Duration
	Requests   int64         // answered with 200 and a worker id
	Lost       int64         // failed on a connection of a killed worker
	Failed     int64         // failed for any other reason
	Failures   []string      // the first few failures
	Kills      int           // workers killed with SIGKILL
	KillExits  int           // of those, reported by the primary as exited with SIGKILL
	Listening  int           // workers that came to listen, re-forks included
	Quiet      Sample        // before the load, every worker listening
	Warm       Sample        // after the warm-up
	Peak       Sample        // highest descriptor count and RSS seen under load
	End        Sample        // after the load, every worker listening again
	NewFDs     []string      // the primary's descriptors at the end that were not open before the load
	Samples    []Sample      // one a second
	P50, P99   time.Duration // upper bounds of their latency histogram buckets (powers of 2 ns)
	MaxLatency time.Duration
}

// reqTimeout bounds one request: a connection with no answer by then counts
// as failed (or lost, if its worker was killed).
const reqTimeout = 10 * time.Second

// waitLimit bounds every wait on the primary (start-up, re-fork, shutdown).
const waitLimit = 30 * time.Second

// Run runs the soak and returns its figures; an error means the harness
// itself could not go on (the primary died, a worker was never re-forked).
// Check judges the figures.
func Run(ctx context.Context, o Options) (*Report, error) {
	o.defaults()
	dir, err := os.MkdirTemp("", "gonode-soak-")
	if err != nil {
		return nil, err
	}
	defer os.RemoveAll(dir)
	script := filepath.Join(dir, "primary.js")
	if err := os.WriteFile(script, primarySource, 0o644); err != nil {
		return nil, err
	}
	p, err := startPrimary(o, script)
	if err != nil {
		return nil, err
	}
	defer p.kill()
	s := &soak{o: o, p: p, workers: map[string]int{}, rep: &Report{}}
	return s.run(ctx)
}

func (o *Options) defaults() {
	if o.Duration == 0 {
		o.Duration = 30 * time.Second
	}
	if o.Workers == 0 {
		o.Workers = 2
	}
	if o.Conns == 0 {
		o.Conns = 8
	}
	if o.KillEvery == 0 {
		o.KillEvery = 3 * time.Second
	}
	if o.Warmup == 0 {
		o.Warmup = o.Duration / 6
	}
	if o.Policy == "" {
		o.Policy = "rr"
	}
}

// primary is the running primary process and its stdout lines.
type primary struct {
	cmd   *exec.Cmd
	lines chan string
	done  chan struct{}
	err   testbin.LockedBuffer
}

func startPrimary(o Options, script string) (*primary, error) {
	cmd := exec.Command(o.Gonode, script)
	cmd.Dir = filepath.Dir(script)
	cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true}
	for _, kv := range os.Environ() {
		if !strings.HasPrefix(kv, "NODE_EXTRA_CA_CERTS=") && !strings.HasPrefix(kv, "NODE_CLUSTER_SCHED_POLICY=") {
			cmd.Env = append(cmd.Env, kv)
		}
	}
	cmd.Env = append(cmd.Env, "NODE_CLUSTER_SCHED_POLICY="+o.Policy, "SOAK_WORKERS="+strconv.Itoa(o.Workers))
	p := &primary{cmd: cmd, lines: make(chan string, 256), done: make(chan struct{})}
	cmd.Stderr = &p.err
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		return nil, err
	}
	if err := cmd.Start(); err != nil {
		return nil, fmt.Errorf("start primary: %w", err)
	}
	go func() {
		sc := bufio.NewScanner(stdout)
		for sc.Scan() {
			p.lines <- sc.Text()
		}
		close(p.lines)
		_ = cmd.Wait()
		close(p.done)
	}()
	return p, nil
}

// kill ends the primary and its workers (one process group) and waits.
func (p *primary) kill() {
	_ = syscall.Kill(-p.cmd.Process.Pid, syscall.SIGKILL)
	<-p.done
}

// soak is the state of one run; only Run's goroutine touches it, except
// kills (shared with the clients) and the counters.
type soak struct {
	o        Options
	p        *primary
	workers  map[string]int // id → pid of listening workers
	quietFDs map[string]string
	log      []string // the primary's lines, with their times
	port     string
	rep      *Report
	kills    killLog
	start    time.Time
}

func (s *soak) run(ctx context.Context) (*Report, error) {
	for len(s.workers) < s.o.Workers {
		if err := s.next(ctx); err != nil {
			return nil, fmt.Errorf("waiting for %d workers: %w", s.o.Workers, err)
		}
	}
	s.start = time.Now()
	s.rep.Quiet = s.sample()
	s.quietFDs = fdLinks(s.p.cmd.Process.Pid)

	load := newLoad(s.port, s.o.Conns, &s.kills)
	load.start()
	stopped := false
	stopLoad := func() {
		if !stopped {
			stopped = true
			load.stop()
		}
	}
	defer stopLoad()

	end := time.NewTimer(s.o.Duration)
	defer end.Stop()
	killer := time.NewTicker(s.o.KillEvery)
	defer killer.Stop()
	sampler := time.NewTicker(time.Second)
	defer sampler.Stop()
	warm := time.NewTimer(s.o.Warmup)
	defer warm.Stop()
	for running := true; running; {
		select {
		case <-ctx.Done():
			return nil, ctx.Err()
		case <-end.C:
			running = false
		case <-warm.C:
			s.rep.Warm = s.sample()
		case <-sampler.C:
			smp := s.sample()
			s.rep.Samples = append(s.rep.Samples, smp)
			s.rep.Peak.FDs = max(s.rep.Peak.FDs, smp.FDs)
			s.rep.Peak.RSS = max(s.rep.Peak.RSS, smp.RSS)
			if s.o.Progress != nil {
				fmt.Fprintf(s.o.Progress, "%6.0fs  requests %d  lost %d  failed %d  kills %d  fds %d  rss %.1f MiB\n",
					smp.At.Seconds(), load.requests.Load(), load.lost.Load(), load.failed.Load(), s.rep.Kills, smp.FDs, float64(smp.RSS)/(1<<20))
			}
		case <-killer.C:
			if len(s.workers) == s.o.Workers {
				if err := s.killOne(); err != nil {
					return nil, err
				}
			}
		case line, ok := <-s.p.lines:
			if !ok {
				return nil, s.primaryDied()
			}
			if err := s.handle(line); err != nil {
				return nil, err
			}
		}
	}
	stopLoad()
	s.rep.Duration = time.Since(s.start)
	// A kill may have landed just before the end, its exit not yet
	// reported. Every kill's exit is followed by a re-forked worker that
	// listens, so once all of those listen the table is full again.
	for s.rep.Listening < s.o.Workers+s.rep.Kills {
		if err := s.next(ctx); err != nil {
			return nil, fmt.Errorf("waiting for the last re-fork: %w", err)
		}
	}
	s.rep.End = s.settle(ctx)
	if s.rep.End.FDs != s.rep.Quiet.FDs {
		for fd, link := range fdLinks(s.p.cmd.Process.Pid) {
			if s.quietFDs[fd] != link {
				s.rep.NewFDs = append(s.rep.NewFDs, fd+" -> "+link)
			}
		}
		sort.Strings(s.rep.NewFDs)
	}
	load.report(s.rep)
	return s.rep, s.shutdown(ctx)
}

// next handles the primary's next line.
func (s *soak) next(ctx context.Context) error {
	select {
	case line, ok := <-s.p.lines:
		if !ok {
			return s.primaryDied()
		}
		return s.handle(line)
	case <-ctx.Done():
		return ctx.Err()
	case <-time.After(waitLimit):
		return fmt.Errorf("no line from the primary for %v\nstderr:\n%s", waitLimit, s.p.err.String())
	}
}

func (s *soak) handle(line string) error {
	s.log = append(s.log, fmt.Sprintf("%8.3fs %s", time.Since(s.start).Seconds(), line))
	f := strings.Fields(line)
	switch {
	case len(f) == 4 && f[0] == "listening":
		if s.port != "" && f[3] != s.port {
			return fmt.Errorf("worker %s listens on port %s, not %s", f[1], f[3], s.port)
		}
		pid, err := strconv.Atoi(f[2])
		if err != nil {
			return fmt.Errorf("bad line %q", line)
		}
		s.port = f[3]
		s.workers[f[1]] = pid
		s.rep.Listening++
	case len(f) == 4 && f[0] == "exit":
		delete(s.workers, f[1])
		if s.kills.exited(f[1]) && f[2] == "null" && f[3] == "SIGKILL" {
			s.rep.KillExits++
		}
	case line == "disconnected":
	default:
		return fmt.Errorf("unexpected line from the primary: %q", line)
	}
	return nil
}

// killOne kills the oldest worker (the lowest id) with SIGKILL.
func (s *soak) killOne() error {
	ids := make([]int, 0, len(s.workers))
	for id := range s.workers {
		n, _ := strconv.Atoi(id)
		ids = append(ids, n)
	}
	sort.Ints(ids)
	victim := strconv.Itoa(ids[0])
	if err := syscall.Kill(s.workers[victim], 0); err != nil {
		// Reaped already: it died by itself, its exit line is on its way.
		return s.unexpectedExit(victim)
	}
	s.kills.add(victim)
	if err := syscall.Kill(s.workers[victim], syscall.SIGKILL); err != nil {
		return fmt.Errorf("kill worker %s: %w", victim, err)
	}
	s.rep.Kills++
	return nil
}

// unexpectedExit reports a worker that exited without being killed, with
// the primary's report of it.
func (s *soak) unexpectedExit(id string) error {
	limit := time.After(waitLimit)
	for {
		select {
		case line, ok := <-s.p.lines:
			if !ok {
				return s.primaryDied()
			}
			if f := strings.Fields(line); len(f) == 4 && f[0] == "exit" && f[1] == id {
				return fmt.Errorf("worker %s exited by itself: %q\n%s", id, line, s.transcript())
			}
			if err := s.handle(line); err != nil {
				return err
			}
		case <-limit:
			return fmt.Errorf("worker %s is gone but the primary does not report it\n%s", id, s.transcript())
		}
	}
}

func (s *soak) primaryDied() error {
	<-s.p.done
	return fmt.Errorf("the primary exited (%v)\n%s", s.p.cmd.ProcessState, s.transcript())
}

// transcript is the primary's output so far, for error messages.
func (s *soak) transcript() string {
	return fmt.Sprintf("stdout:\n%s\nstderr:\n%s", strings.Join(s.log, "\n"), s.p.err.String())
}

// fdLinks maps each open descriptor of pid to what it refers to.
func fdLinks(pid int) map[string]string {
	dir := fmt.Sprintf("/proc/%d/fd", pid)
	ents, _ := os.ReadDir(dir)
	links := make(map[string]string, len(ents))
	for _, e := range ents {
		link, _ := os.Readlink(filepath.Join(dir, e.Name()))
		links[e.Name()] = link
	}
	return links
}

func (s *soak) sample() Sample {
	pid := s.p.cmd.Process.Pid
	smp := Sample{At: time.Since(s.start), FDs: -1, RSS: -1}
	if ents, err := os.ReadDir(fmt.Sprintf("/proc/%d/fd", pid)); err == nil {
		smp.FDs = len(ents)
	}
	if status, err := os.ReadFile(fmt.Sprintf("/proc/%d/status", pid)); err == nil {
		for _, l := range strings.Split(string(status), "\n") {
			if rest, ok := strings.CutPrefix(l, "VmRSS:"); ok {
				kb, _ := strconv.ParseInt(strings.TrimSuffix(strings.TrimSpace(rest), " kB"), 10, 64)
				smp.RSS = kb << 10
			}
		}
	}
	return smp
}

// settle waits, up to a few seconds, for the primary's descriptor count to
// come back to the quiet count (connections handed off just before the
// load stopped are closed once their worker answers) and returns the last
// sample.
func (s *soak) settle(ctx context.Context) Sample {
	limit := time.After(5 * time.Second)
	tick := time.NewTicker(20 * time.Millisecond)
	defer tick.Stop()
	for {
		smp := s.sample()
		if smp.FDs <= s.rep.Quiet.FDs {
			return smp
		}
		select {
		case <-tick.C:
		case <-limit:
			return smp
		case <-ctx.Done():
			return smp
		}
	}
}

// shutdown sends SIGTERM: the primary disconnects its workers and exits 0.
func (s *soak) shutdown(ctx context.Context) error {
	if err := s.p.cmd.Process.Signal(syscall.SIGTERM); err != nil {
		return err
	}
	limit := time.After(waitLimit)
	for {
		select {
		case line, ok := <-s.p.lines:
			if !ok {
				<-s.p.done
				if code := s.p.cmd.ProcessState.ExitCode(); code != 0 {
					return fmt.Errorf("primary exit code %d after SIGTERM\nstderr:\n%s", code, s.p.err.String())
				}
				return nil
			}
			if err := s.handle(line); err != nil {
				return err
			}
		case <-limit:
			return fmt.Errorf("primary still running %v after SIGTERM\n%s", waitLimit, s.transcript())
		case <-ctx.Done():
			return ctx.Err()
		}
	}
}

// Check judges a run: no request failed apart from those on killed
// workers' connections; every kill was reported with its signal and
// re-forked; the primary's descriptor count came back to its quiet value
// and its RSS stayed within bounds after the warm-up.
func (r *Report) Check() error {
	var errs []error
	if r.Failed != 0 {
		errs = append(errs, fmt.Errorf("%d requests failed: %s", r.Failed, strings.Join(r.Failures, "; ")))
	}
	if r.Requests == 0 {
		errs = append(errs, errors.New("no request was answered"))
	}
	if r.Kills == 0 || r.KillExits != r.Kills {
		errs = append(errs, fmt.Errorf("%d kills, %d reported as SIGKILL exits", r.Kills, r.KillExits))
	}
	if r.End.FDs != r.Quiet.FDs {
		errs = append(errs, fmt.Errorf("primary descriptors: %d before the load, %d after (new: %s)", r.Quiet.FDs, r.End.FDs, strings.Join(r.NewFDs, ", ")))
	}
	// The heap grows to its working size during the warm-up; after it, the
	// resident set may move with the garbage collector's cycles but not
	// grow with the number of requests.
	if limit := r.Warm.RSS + r.Warm.RSS/2 + 16<<20; r.End.RSS > limit || r.Peak.RSS > limit {
		errs = append(errs, fmt.Errorf("primary RSS grew: %.1f MiB warm, %.1f MiB peak, %.1f MiB at the end",
			mib(r.Warm.RSS), mib(r.Peak.RSS), mib(r.End.RSS)))
	}
	return errors.Join(errs...)
}

// String prints the figures.
func (r *Report) String() string {
	var b strings.Builder
	fmt.Fprintf(&b, "duration        %v\n", r.Duration.Round(time.Millisecond))
	fmt.Fprintf(&b, "requests        %d (%.0f/s)\n", r.Requests, float64(r.Requests)/r.Duration.Seconds())
	fmt.Fprintf(&b, "lost on kills   %d\n", r.Lost)
	fmt.Fprintf(&b, "failed          %d\n", r.Failed)
	fmt.Fprintf(&b, "kills           %d (%d reported SIGKILL), workers listening %d\n", r.Kills, r.KillExits, r.Listening)
	fmt.Fprintf(&b, "latency         p50 ≤ %v  p99 ≤ %v  max %v\n", r.P50.Round(100*time.Microsecond), r.P99.Round(100*time.Microsecond), r.MaxLatency.Round(time.Microsecond))
	fmt.Fprintf(&b, "primary fds     quiet %d  warm %d  peak %d  end %d\n", r.Quiet.FDs, r.Warm.FDs, r.Peak.FDs, r.End.FDs)
	fmt.Fprintf(&b, "primary RSS MiB quiet %.1f  warm %.1f  peak %.1f  end %.1f\n", mib(r.Quiet.RSS), mib(r.Warm.RSS), mib(r.Peak.RSS), mib(r.End.RSS))
	return b.String()
}

func mib(n int64) float64 { return float64(n) / (1 << 20) }

// killLog records the kills for the clients, which attribute a failed
// request to a kill.
type killLog struct {
	mu   sync.Mutex
	list []kill
}

type kill struct {
	id     string
	at     time.Time // just before the signal
	exitAt time.Time // when the primary reported the exit; zero before
}

func (k *killLog) add(id string) {
	k.mu.Lock()
	defer k.mu.Unlock()
	k.list = append(k.list, kill{id: id, at: time.Now()})
}

// exited records the primary's report of a worker's exit and whether that
// worker was killed.
func (k *killLog) exited(id string) bool {
	k.mu.Lock()
	defer k.mu.Unlock()
	for i := range k.list {
		if k.list[i].id == id {
			k.list[i].exitAt = time.Now()
			return true
		}
	}
	return false
}

// explains reports whether a request that failed at failAt, on a
// connection made at dialAt and last answered by worker (empty if never),
// failed because of a kill: its worker was killed before the failure, or,
// with no answer yet, some worker was killed before the failure while the
// primary still counted it in the rotation after the connection was made
// (so the connection may have been handed to it).
func (k *killLog) explains(worker string, dialAt, failAt time.Time) bool {
	k.mu.Lock()
	defer k.mu.Unlock()
	for _, x := range k.list {
		if x.at.After(failAt) {
			continue
		}
		if worker != "" {
			if x.id == worker {
				return true
			}
			continue
		}
		if x.exitAt.IsZero() || x.exitAt.After(dialAt) {
			return true
		}
	}
	return false
}

// checkAnswer reads one response and returns the worker id in its body.
func checkAnswer(br *bufio.Reader) (string, error) {
	resp, err := http.ReadResponse(br, nil)
	if err != nil {
		return "", err
	}
	body, err := io.ReadAll(resp.Body)
	resp.Body.Close()
	if err != nil {
		return "", err
	}
	if resp.StatusCode != http.StatusOK || len(body) == 0 {
		return "", fmt.Errorf("status %d, body %q", resp.StatusCode, body)
	}
	if resp.Close {
		return "", fmt.Errorf("worker %s closes the keep-alive connection", body)
	}
	return string(body), nil
}
