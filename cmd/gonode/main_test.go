package main

import (
	"bytes"
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/gonode/gonode/internal/testbin"
)

// gonodeBin is the gonode binary built for these tests.
var gonodeBin string

func TestMain(m *testing.M) {
	os.Exit(testbin.Main(m, &gonodeBin))
}

// cleanEnv is the environment for runs under test, without the CA bundle
// variable that slows node's start-up here.
func cleanEnv() []string {
	var env []string
	for _, kv := range os.Environ() {
		if !strings.HasPrefix(kv, "NODE_EXTRA_CA_CERTS=") {
			env = append(env, kv)
		}
	}
	return env
}

// result is what one run of a program produced.
type result struct {
	stdout, stderr string
	code           int
}

func runProgram(t *testing.T, dir, stdin string, name string, args ...string) result {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	cmd := exec.CommandContext(ctx, name, args...)
	cmd.Dir = dir
	cmd.Env = cleanEnv()
	cmd.Stdin = strings.NewReader(stdin)
	var out, errb bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errb
	err := cmd.Run()
	if ctx.Err() != nil {
		t.Fatalf("%s %v: timed out; stdout:\n%s\nstderr:\n%s", name, args, out.String(), errb.String())
	}
	code := 0
	if ee, ok := err.(*exec.ExitError); ok {
		code = ee.ExitCode()
	} else if err != nil {
		t.Fatalf("%s %v: %v", name, args, err)
	}
	return result{out.String(), errb.String(), code}
}

func TestVersionAndHelp(t *testing.T) {
	r := runProgram(t, ".", "", gonodeBin, "--version")
	if r.code != 0 || !strings.HasPrefix(r.stdout, "v20.") {
		t.Fatalf("--version: %+v", r)
	}
	r = runProgram(t, ".", "", gonodeBin, "-h")
	if r.code != 0 || !strings.Contains(r.stdout, "Usage: gonode") {
		t.Fatalf("-h: %+v", r)
	}
}

func TestBadOptionExits9(t *testing.T) {
	r := runProgram(t, ".", "", gonodeBin, "--no-such-flag", "x.js")
	if r.code != 9 || !strings.Contains(r.stderr, "bad option: --no-such-flag") {
		t.Fatalf("got %+v", r)
	}
}

func TestNodeFlagsAccepted(t *testing.T) {
	r := runProgram(t, ".", "", gonodeBin, "--max-old-space-size=4096", "--enable-source-maps", "--inspect-port", "0",
		"-e", "process.exitCode = process.execArgv.length")
	if r.code != 6 {
		t.Fatalf("got %+v", r)
	}
}

// TestFlagsAsNode runs programs under node's flags that change what they
// see, and requires node's output: --expose-gc defines the global gc();
// the network family flags set net's defaults; --max-old-space-size sets
// v8's heap limit. Underscores in a flag's name are dashes, as node reads
// them.
func TestFlagsAsNode(t *testing.T) {
	gc := `console.log(typeof gc === 'function' && [gc.name, gc.length, gc(), gc({ execution: 'async' }) instanceof Promise,
		JSON.stringify(Object.getOwnPropertyDescriptor(globalThis, 'gc'), ['writable', 'enumerable', 'configurable'])].join())`
	family := `const net = require('net'); console.log(net.getDefaultAutoSelectFamily(), net.getDefaultAutoSelectFamilyAttemptTimeout())`
	cases := []struct {
		flags []string
		src   string
	}{
		{[]string{"--expose-gc"}, gc},
		{[]string{"--expose_gc"}, gc},
		{nil, gc},
		{[]string{"--no-network-family-autoselection", "--network-family-autoselection-attempt-timeout=500"}, family},
		{[]string{"--network-family-autoselection-attempt-timeout", "5"}, family},
		{[]string{"--network-family-autoselection"}, family},
		{[]string{"--max_old_space_size=100"}, `console.log(require('v8').getHeapStatistics().heap_size_limit / 1048576)`},
	}
	node, err := exec.LookPath("node")
	if err != nil {
		t.Fatal("node is required:", err)
	}
	for _, c := range cases {
		args := append(c.flags, "-e", c.src)
		want, got := runProgram(t, ".", "", node, args...), runProgram(t, ".", "", gonodeBin, args...)
		if got.stdout != want.stdout || got.code != 0 {
			t.Errorf("%v: node printed %q, gonode %+v", c.flags, want.stdout, got)
		}
	}
}

func TestEvalPrintAndStdin(t *testing.T) {
	if r := runProgram(t, ".", "", gonodeBin, "-p", "6*7"); r.stdout != "42\n" || r.code != 0 {
		t.Fatalf("-p: %+v", r)
	}
	if r := runProgram(t, ".", "", gonodeBin, "-e", "process.exit(process.argv.length)", "a", "b"); r.code != 3 {
		t.Fatalf("-e argv: %+v", r)
	}
	if r := runProgram(t, ".", "process.exit(7)", gonodeBin); r.code != 7 {
		t.Fatalf("stdin: %+v", r)
	}
	// The syntax goja lacks is rewritten in -e, -p and stdin text as in
	// modules: import(), for await, and -p prints the script's completion
	// value, not the helpers appended to it.
	src := "import('path').then((m) => console.log(m.join('a', 'b')));"
	if r := runProgram(t, ".", "", gonodeBin, "-e", src); r.stdout != "a/b\n" || r.code != 0 {
		t.Fatalf("-e import(): %+v", r)
	}
	if r := runProgram(t, ".", src, gonodeBin); r.stdout != "a/b\n" || r.code != 0 {
		t.Fatalf("stdin import(): %+v", r)
	}
	src = "(async () => { for await (const x of [1, 2]) console.log(x); })(); 'done'"
	if r := runProgram(t, ".", "", gonodeBin, "-p", src); r.stdout != "done\n1\n2\n" || r.code != 0 {
		t.Fatalf("-p for await: %+v", r)
	}
	if r := runProgram(t, ".", "process.exit(8)", gonodeBin, "-"); r.code != 8 {
		t.Fatalf("stdin with -: %+v", r)
	}
}

// TestEvalBuiltinGlobals: under -e and -p the core modules are globals, as
// in node, with node's own answers for the same source.
func TestEvalBuiltinGlobals(t *testing.T) {
	src := `const d = Object.getOwnPropertyDescriptor(globalThis, 'fs');
console.log(typeof fs.readFileSync, path.sep, typeof util.inspect, module.id, typeof crypto.randomUUID,
  d.enumerable, d.configurable, Object.keys(globalThis).includes('fs'), fs === require('fs'));
fs = 5;
console.log(fs);`
	for _, flag := range []string{"-e", "-p"} {
		want := runProgram(t, ".", "", "node", flag, src)
		got := runProgram(t, ".", "", gonodeBin, flag, src)
		if got.stdout != want.stdout || got.code != want.code || want.code != 0 {
			t.Errorf("%s: gonode %+v, node %+v", flag, got, want)
		}
	}
}

// TestOddArguments calls every function of every core module (but those
// that start processes or threads or read the terminal), the web globals
// and process with odd arguments (testdata/odd-arguments.js): exceptions
// are fine, a Go panic (an internal error, exit code 70) is not.
func TestOddArguments(t *testing.T) {
	script, err := filepath.Abs("testdata/odd-arguments.js")
	if err != nil {
		t.Fatal(err)
	}
	list := runProgram(t, ".", "", gonodeBin, "-p", "require('module').builtinModules.filter((m) => !m.startsWith('_')).join(' ')")
	if list.code != 0 {
		t.Fatalf("listing the modules: %+v", list)
	}
	// (constants is a frozen object of numbers: nothing to call.)
	skip := map[string]bool{"child_process": true, "cluster": true, "worker_threads": true, "readline": true, "readline/promises": true, "tty": true, "constants": true}
	targets := []string{"globals", "process"}
	for _, m := range strings.Fields(list.stdout) {
		if !skip[m] {
			targets = append(targets, m)
		}
	}
	for _, target := range targets {
		t.Run(strings.ReplaceAll(target, "/", "_"), func(t *testing.T) {
			t.Parallel()
			dir := t.TempDir()
			r := runProgram(t, dir, "", gonodeBin, script, target)
			if r.code != 0 || strings.Contains(r.stderr, "internal error") {
				t.Fatalf("exit code %d\nstderr:\n%s", r.code, r.stderr)
			}
			done, err := os.ReadFile(filepath.Join(dir, "done"))
			if n, _ := strconv.Atoi(string(done)); err != nil || n == 0 {
				t.Fatalf("the sweep did not finish (done: %q, %v)\nstderr:\n%s", done, err, r.stderr)
			}
		})
	}
}

func TestMissingScript(t *testing.T) {
	r := runProgram(t, t.TempDir(), "", gonodeBin, "nope.js")
	if r.code != 1 || !strings.Contains(r.stderr, "Cannot find module") {
		t.Fatalf("got %+v", r)
	}
}

// TestDifferential runs every program in testdata/diff under gonode and
// node and requires the same stdout and exit code.
func TestDifferential(t *testing.T) {
	dir, err := filepath.Abs("../../testdata/diff")
	if err != nil {
		t.Fatal(err)
	}
	progs, err := filepath.Glob(filepath.Join(dir, "*.js"))
	if err != nil {
		t.Fatal(err)
	}
	if len(progs) == 0 {
		t.Fatal("no differential programs found")
	}
	node, err := exec.LookPath("node")
	if err != nil {
		t.Fatal("node is required for the differential tests:", err)
	}
	for _, prog := range progs {
		name := filepath.Base(prog)
		t.Run(strings.TrimSuffix(name, ".js"), func(t *testing.T) {
			t.Parallel()
			want := runProgram(t, dir, "", node, name)
			got := runProgram(t, dir, "", gonodeBin, name)
			if got.stdout != want.stdout || got.code != want.code {
				t.Errorf("%s differs from node\n--- node (exit %d):\n%s\n--- gonode (exit %d):\n%s\n--- gonode stderr:\n%s",
					name, want.code, want.stdout, got.code, got.stdout, got.stderr)
			}
		})
	}
}

// TestStackSize checks that node's --stack-size moves the depth at which a
// recursion throws "Maximum call stack size exceeded", as in node.
func TestStackSize(t *testing.T) {
	src := "let d=0;function r(){d++;r()}try{r()}catch(e){console.log(e.message+' '+d)}"
	depth := func(flags ...string) int {
		r := runProgram(t, ".", "", gonodeBin, append(flags, "-e", src)...)
		msg, n, ok := strings.Cut(strings.TrimSpace(r.stdout), " exceeded ")
		d, err := strconv.Atoi(n)
		if r.code != 0 || !ok || msg != "Maximum call stack size" || err != nil {
			t.Fatalf("%v: got %+v", flags, r)
		}
		return d
	}
	small, large := depth(), depth("--stack-size=2000")
	if small < 5000 || large < 2*small-100 {
		t.Fatalf("depth %d by default, %d with --stack-size=2000", small, large)
	}
}
