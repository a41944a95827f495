package childprocess_test

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

var (
	gonodeBin string // the gonode command, built once by TestMain
	embedBin  string // testdata/embed, a program embedding the runtime
	nodeBin   string // node, the reference peer
	testdata  string // absolute path of testdata/
)

func TestMain(m *testing.M) {
	if scenario := os.Getenv(peerEnv); scenario != "" {
		os.Exit(runPeer(scenario))
	}
	os.Exit(testMain(m))
}

func testMain(m *testing.M) int {
	flag.Parse()
	if f := flag.Lookup("test.fuzz"); f != nil && f.Value.String() != "" {
		// Fuzzing (coordinator and workers) needs no binaries.
		return m.Run()
	}
	if f := flag.Lookup("test.fuzzworker"); f != nil && f.Value.String() == "true" {
		return m.Run()
	}
	dir, err := os.MkdirTemp("", "childprocess-test-")
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 1
	}
	defer os.RemoveAll(dir)
	gonodeBin = filepath.Join(dir, "gonode")
	embedBin = filepath.Join(dir, "embedhost")
	// Both builds link most of the tree: run them side by side.
	builds := make(chan error, 2)
	for _, b := range [][2]string{{gonodeBin, "github.com/gonode/gonode/cmd/gonode"}, {embedBin, "./testdata/embed"}} {
		go func() {
			out, err := exec.Command("go", "build", "-o", b[0], b[1]).CombinedOutput()
			if err != nil {
				err = fmt.Errorf("build %s: %w\n%s", b[1], err, out)
			}
			builds <- err
		}()
	}
	for range 2 {
		if err := <-builds; err != nil {
			fmt.Fprintln(os.Stderr, err)
			return 1
		}
	}
	if nodeBin, err = exec.LookPath("node"); err != nil {
		fmt.Fprintln(os.Stderr, "node is required as the reference peer:", err)
		return 1
	}
	if testdata, err = filepath.Abs("testdata"); err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 1
	}
	return m.Run()
}

// result is what a finished program produced.
type result struct {
	stdout, stderr string
	code           int
}

// run runs bin with args in dir and fails the test if it does not finish
// within limit.
func run(t *testing.T, limit time.Duration, dir string, env []string, bin string, args ...string) result {
	t.Helper()
	return runEnviron(t, limit, dir, append(os.Environ(), env...), bin, args...)
}

// runEnviron is run with environ as the whole environment.
func runEnviron(t *testing.T, limit time.Duration, dir string, environ []string, bin string, args ...string) result {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), limit)
	defer cancel()
	cmd := exec.CommandContext(ctx, bin, args...)
	cmd.Dir = dir
	cmd.Env = environ
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	err := cmd.Run()
	if ctx.Err() != nil {
		t.Fatalf("%s %q did not finish within %v\nstdout:\n%s\nstderr:\n%s", filepath.Base(bin), args, limit, stdout.String(), stderr.String())
	}
	code := 0
	var ee *exec.ExitError
	if errors.As(err, &ee) {
		code = ee.ExitCode()
	} else if err != nil {
		t.Fatalf("run %s: %v", bin, err)
	}
	return result{stdout: stdout.String(), stderr: stderr.String(), code: code}
}

// runJSON runs a testdata program that prints one JSON line and decodes it.
func runJSON(t *testing.T, limit time.Duration, bin string, args []string, v any) result {
	t.Helper()
	return decodeJSON(t, run(t, limit, testdata, nil, bin, args...), bin, args, v)
}

// decodeJSON checks that r, bin's run with args, succeeded and decodes the
// JSON line it printed into v.
func decodeJSON(t *testing.T, r result, bin string, args []string, v any) result {
	t.Helper()
	if r.code != 0 {
		t.Fatalf("%s %q exited %d\nstdout:\n%s\nstderr:\n%s", filepath.Base(bin), args, r.code, r.stdout, r.stderr)
	}
	if err := json.Unmarshal([]byte(strings.TrimSpace(r.stdout)), v); err != nil {
		t.Fatalf("%s %q: bad output %q: %v\nstderr:\n%s", filepath.Base(bin), args, r.stdout, err, r.stderr)
	}
	return r
}

// TestSeedIPCExample runs js-examples/ipc unmodified: the parent and the
// child each print the message they got. The example never exits (the child
// listens for messages), so the test stops it once both lines are there.
func TestSeedIPCExample(t *testing.T) {
	dir, err := filepath.Abs("../../js-examples/ipc")
	if err != nil {
		t.Fatal(err)
	}
	want := []string{"parent got message:  { foo: 'bar' }", "child got message { hello: 'world' }"}
	cmd := exec.Command(gonodeBin, "parent.js")
	cmd.Dir = dir
	cmd.Stderr = os.Stderr
	out, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	lines := make(chan string)
	go func() {
		sc := bufio.NewScanner(out)
		for sc.Scan() {
			lines <- sc.Text()
		}
		close(lines)
	}()
	seen := map[string]bool{}
	deadline := time.After(15 * time.Second)
	for len(seen) < len(want) {
		select {
		case l, ok := <-lines:
			if !ok {
				t.Fatalf("example ended early; saw %v", seen)
			}
			seen[l] = true
		case <-deadline:
			t.Fatalf("timed out; saw %v, want %q", seen, want)
		}
	}
	for _, w := range want {
		if !seen[w] {
			t.Errorf("missing line %q; saw %v", w, seen)
		}
	}
	// The child exits on the parent's EOF once the parent is gone.
	_ = cmd.Process.Kill()
	_ = cmd.Wait()
}

// TestInterop exchanges messages between gonode and node in both roles,
// disconnecting from either side; every pairing must print what node↔node
// prints.
func TestInterop(t *testing.T) {
	for _, who := range []string{"parent", "child"} {
		want := run(t, 20*time.Second, testdata, nil, nodeBin, "echo.js", nodeBin, who)
		if want.code != 0 || !strings.Contains(want.stdout, "exit 7 null") && who == "child" {
			t.Fatalf("node↔node reference failed: %+v", want)
		}
		for _, pair := range [][2]string{{gonodeBin, nodeBin}, {nodeBin, gonodeBin}, {gonodeBin, gonodeBin}} {
			name := filepath.Base(pair[0]) + "→" + filepath.Base(pair[1]) + "/" + who + "-disconnects"
			t.Run(name, func(t *testing.T) {
				got := run(t, 20*time.Second, testdata, nil, pair[0], "echo.js", pair[1], who)
				if got.stdout != want.stdout || got.code != want.code {
					t.Errorf("differs from node↔node\n--- want (exit %d):\n%s\n--- got (exit %d):\n%s\n--- stderr:\n%s",
						want.code, want.stdout, got.code, got.stdout, got.stderr)
				}
			})
		}
	}
}

// TestBurst sends a burst of messages each way; all arrive, in order:
// 1,000,000 between gonode processes (100,000 with -short; the full burst
// takes some 40 s of CPU, as much as node↔node), 20,000 against node.
func TestBurst(t *testing.T) {
	n := 1000000
	if testing.Short() {
		n = 100000
	}
	for _, c := range []struct {
		parent, child string
		n             int
	}{{gonodeBin, gonodeBin, n}, {gonodeBin, nodeBin, 20000}, {nodeBin, gonodeBin, 20000}} {
		pair, n := [2]string{c.parent, c.child}, c.n
		t.Run(filepath.Base(pair[0])+"→"+filepath.Base(pair[1]), func(t *testing.T) {
			var r struct {
				ChildOK, ParentOK             bool
				ChildReceived, ParentReceived int
				DownMs, UpMs                  int
			}
			runJSON(t, 5*time.Minute, pair[0], []string{"burst.js", fmt.Sprint(n), pair[1]}, &r)
			if !r.ChildOK || !r.ParentOK || r.ChildReceived != n || r.ParentReceived != n {
				t.Fatalf("burst of %d: %+v", n, r)
			}
			t.Logf("%d messages: down %d ms, up %d ms", n, r.DownMs, r.UpMs)
		})
	}
}

// TestSendsBeforeExit: a child's sends of one macrotask, followed by
// process.exit(), all arrive in order (gathered sends are flushed at exit).
func TestSendsBeforeExit(t *testing.T) {
	var r struct {
		Got     int
		InOrder bool
		Code    int
	}
	runJSON(t, 30*time.Second, gonodeBin, []string{"exitburst.js", "5000"}, &r)
	if r.Got != 5000 || !r.InOrder || r.Code != 0 {
		t.Fatalf("%+v", r)
	}
}

// TestLargeMessage sends one 32 MiB message each way, gonode against node
// in both roles.
func TestLargeMessage(t *testing.T) {
	for _, pair := range [][2]string{{gonodeBin, nodeBin}, {nodeBin, gonodeBin}} {
		t.Run(filepath.Base(pair[0])+"→"+filepath.Base(pair[1]), func(t *testing.T) {
			var r struct{ ChildOK, ParentOK bool }
			runJSON(t, 60*time.Second, pair[0], []string{"big.js", "32", pair[1]}, &r)
			if !r.ChildOK || !r.ParentOK {
				t.Fatalf("32 MiB message damaged: %+v", r)
			}
		})
	}
}

// TestKillMidStream kills a child that is streaming messages.
func TestKillMidStream(t *testing.T) {
	for _, child := range []string{gonodeBin, nodeBin} {
		t.Run(filepath.Base(child), func(t *testing.T) {
			var r struct {
				Killed, ChildKilled, AtLeast500 bool
				Events                          []string
				Close                           []any
				ExitCode                        *int
				SignalCode                      string
			}
			runJSON(t, 30*time.Second, gonodeBin, []string{"killmid.js", child}, &r)
			want := []string{"disconnect", "exit null SIGKILL"}
			if !r.Killed || !r.ChildKilled || !r.AtLeast500 || r.ExitCode != nil || r.SignalCode != "SIGKILL" ||
				fmt.Sprint(r.Events) != fmt.Sprint(want) || fmt.Sprint(r.Close) != "[<nil> SIGKILL]" {
				t.Fatalf("got %+v", r)
			}
		})
	}
}

// TestSequentialForks forks children one after another and checks that the
// parent ends with the descriptors it started with and no child left (no
// zombie): 2,000 tiny children (forkchild.sh under /bin/sh, which speaks the
// wire protocol and starts in about a millisecond), then 30 gonode children
// of the same script (a gonode child costs some 25 ms of CPU to start, more
// under the race detector; a count, not a time budget, keeps the test
// independent of the machine's load).
func TestSequentialForks(t *testing.T) {
	for _, c := range []struct {
		name  string
		args  []string
		min   int
		limit time.Duration
	}{
		{"sh", []string{"forks.js", "2000", "600000", "sh"}, 2000, 5 * time.Minute},
		{"gonode", []string{"forks.js", "30", "600000"}, 30, 2 * time.Minute},
	} {
		t.Run(c.name, func(t *testing.T) {
			var r struct {
				N, Messages, FdsBefore, FdsAfter int
				Children                         []string
				Ms                               int
			}
			runJSON(t, c.limit, gonodeBin, c.args, &r)
			if r.N < c.min || r.Messages != r.N || r.FdsAfter != r.FdsBefore || len(r.Children) != 0 {
				t.Fatalf("after %d forks: %+v", r.N, r)
			}
			t.Logf("%d sequential forks in %d ms (%.1f ms each); fds %d → %d", r.N, r.Ms, float64(r.Ms)/float64(r.N), r.FdsBefore, r.FdsAfter)
		})
	}
}

// TestNoDescriptorLeak runs every kind of spawn, exec and spawnSync (also
// failing ones) and checks that the parent's descriptor count is unchanged.
func TestNoDescriptorLeak(t *testing.T) {
	var r struct{ Runs, FdsBefore, FdsAfter int }
	runJSON(t, 60*time.Second, gonodeBin, []string{"fdleak.js", "20"}, &r)
	if r.Runs != 120 || r.FdsAfter != r.FdsBefore {
		t.Fatalf("descriptors leaked: %+v", r)
	}
}

// TestNodeParentGonodeChild: a node parent forks gonode with the IPC channel
// at fd 4 and its own execArgv; the child sees the channel variables removed
// and process.channel.fd === 4.
func TestNodeParentGonodeChild(t *testing.T) {
	script := `
const { fork } = require('child_process');
if (process.argv[2] === 'child') {
  process.send({ fd: process.channel.fd, env: [process.env.NODE_CHANNEL_FD, process.env.NODE_CHANNEL_SERIALIZATION_MODE, process.env.GONODE_FORK_EXECARGC],
    execArgv: process.execArgv, argv: process.argv.slice(2), connected: process.connected });
  process.on('message', (m) => { process.send(m); process.disconnect(); });
  return;
}
const c = fork(__filename, ['child', 'x'], { execPath: process.argv[2], stdio: ['inherit', 'inherit', 'inherit', 'ignore', 'ipc'], execArgv: ['--max-old-space-size=100', '--no-warnings'] });
c.on('message', (m) => { console.log(JSON.stringify(m)); if (m.fd) c.send('second'); });
c.on('exit', (code, sig) => console.log('exit', code, sig));
`
	dir := t.TempDir()
	file := filepath.Join(dir, "nodeparent.js")
	if err := os.WriteFile(file, []byte(script), 0o644); err != nil {
		t.Fatal(err)
	}
	r := run(t, 20*time.Second, dir, nil, nodeBin, file, gonodeBin)
	want := `{"fd":4,"env":[null,null,null],"execArgv":["--max-old-space-size=100","--no-warnings"],"argv":["child","x"],"connected":true}
"second"
exit 0 null
`
	if r.stdout != want || r.code != 0 {
		t.Fatalf("got (exit %d):\n%s\nwant:\n%s\nstderr:\n%s", r.code, r.stdout, want, r.stderr)
	}
}

// TestLiveness runs the §1.3 matrix with a node parent and gonode children
// (gonode↔gonode and node↔node run it as a differential program).
func TestLiveness(t *testing.T) {
	prog, err := filepath.Abs("../../testdata/diff/child_process-liveness.js")
	if err != nil {
		t.Fatal(err)
	}
	want := `nothing exit 0 by itself
internal exit 0 by itself
addRemove exit 0 by itself
message exit 0 by parent disconnect
disconnect exit 0 by parent disconnect
ref exit 0 by parent disconnect
messageUnref exit 0 by itself
once exit 0 by itself
`
	got := run(t, 60*time.Second, testdata, nil, nodeBin, filepath.Join(testdata, "with-exec-path.js"), gonodeBin, prog)
	if got.stdout != want || got.code != 0 {
		t.Fatalf("node parent, gonode children\n--- want:\n%s\n--- got (exit %d):\n%s\n--- stderr:\n%s", want, got.code, got.stdout, got.stderr)
	}
}

// TestEmbeddedFork runs testdata/embed, a Go program that embeds the runtime
// and calls MaybeRunChild first; a script it runs forks the program itself.
func TestEmbeddedFork(t *testing.T) {
	r := run(t, 20*time.Second, filepath.Join(testdata, "embed"), nil, embedBin, "parent.js")
	want := "host main ran once\nchild: execPath is the host: true\nparent got: pong from child\nchild exit 0\n"
	if r.stdout != want || r.code != 0 {
		t.Fatalf("got (exit %d):\n%s\nwant:\n%s\nstderr:\n%s", r.code, r.stdout, want, r.stderr)
	}
}

// TestPatchedEmit: with the target's emit replaced, messages are emitted
// as node emits them (only while 'message' has listeners), against node's
// own output.
func TestPatchedEmit(t *testing.T) {
	want := run(t, 30*time.Second, testdata, nil, nodeBin, "patchedemit.js")
	got := run(t, 30*time.Second, testdata, nil, gonodeBin, "patchedemit.js")
	if want.code != 0 || got.code != 0 || got.stdout != want.stdout {
		t.Fatalf("gonode (exit %d):\n%s%s\nnode (exit %d):\n%s%s", got.code, got.stdout, got.stderr, want.code, want.stdout, want.stderr)
	}
}

// TestSendPaths: send()'s shape, results, exceptions and deliveries for
// each kind of argument, in a parent and in a child (the plain-message fast
// path runs in Go, the rest in JS), against node's own output.
func TestSendPaths(t *testing.T) {
	want := run(t, 30*time.Second, testdata, nil, nodeBin, "sendpaths.js")
	got := run(t, 30*time.Second, testdata, nil, gonodeBin, "sendpaths.js")
	if want.code != 0 || got.code != 0 || got.stdout != want.stdout {
		t.Fatalf("gonode (exit %d):\n%s%s\nnode (exit %d):\n%s%s", got.code, got.stdout, got.stderr, want.code, want.stdout, want.stderr)
	}
}
