package console_test

import (
	"bytes"
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	_ "github.com/gonode/gonode/modules/buffer"
	_ "github.com/gonode/gonode/modules/console"
	_ "github.com/gonode/gonode/modules/stream"
	_ "github.com/gonode/gonode/modules/util"
	"github.com/gonode/gonode/runtime"
)

// countingWriter records every Write.
type countingWriter struct {
	mu     sync.Mutex
	buf    bytes.Buffer
	writes int
}

func (w *countingWriter) Write(p []byte) (int, error) {
	w.mu.Lock()
	defer w.mu.Unlock()
	w.writes++
	return w.buf.Write(p)
}

func (w *countingWriter) String() string {
	w.mu.Lock()
	defer w.mu.Unlock()
	return w.buf.String()
}

// run executes source in an in-process runtime.
func run(t *testing.T, source string, env []string) (stdout, stderr *countingWriter, code int) {
	t.Helper()
	stdout, stderr = &countingWriter{}, &countingWriter{}
	dir := t.TempDir()
	script := filepath.Join(dir, "main.js")
	if err := os.WriteFile(script, []byte(source), 0o600); err != nil {
		t.Fatal(err)
	}
	rt, err := runtime.New(runtime.Options{Script: script, Stdout: stdout, Stderr: stderr, Env: env})
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	code, err = rt.Run(ctx)
	if err != nil {
		t.Fatal(err)
	}
	return stdout, stderr, code
}

// runNode executes source with node.
func runNode(t *testing.T, source string, env []string) (stdout, stderr string) {
	t.Helper()
	node, err := exec.LookPath("node")
	if err != nil {
		t.Fatal("node is required:", err)
	}
	cmd := exec.Command(node, "-e", source)
	cmd.Env = env
	var out, errb bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errb
	if err := cmd.Run(); err != nil {
		t.Fatalf("node: %v\n%s", err, errb.String())
	}
	return out.String(), errb.String()
}

// program uses every console method whose output is deterministic, on
// both streams.
const program = `
console.log('log', { a: 1, nested: { deep: { deeper: [1, 2, 3] } } }, [1, 2]);
console.info('info %s %d', 'x', 5);
console.debug('debug');
console.error('error', new Map([[1, 2]]));
console.warn('warn\nwith a second line');
console.group('group');
console.error('indented error');
console.groupCollapsed();
console.log('two levels\nand a line');
console.groupEnd();
console.groupEnd();
console.count(); console.count(); console.count('x'); console.countReset(); console.count();
console.assert(true, 'no'); console.assert(false, 'yes %s', 'formatted'); console.assert(0);
console.table([{ a: 1, b: 'two' }, { a: 3, c: true }]);
console.dir({ a: { b: { c: { d: 1 } } } }, { depth: 0 });
console.dirxml('dirxml', [1]);
console.log('%o', { o: [1, 2] });
`

func TestConsoleMatchesNode(t *testing.T) {
	env := []string{"PATH=" + os.Getenv("PATH")}
	wantOut, wantErr := runNode(t, program, env)
	out, errw, code := run(t, program, env)
	if code != 0 {
		t.Fatalf("exit code %d, stderr:\n%s", code, errw)
	}
	if out.String() != wantOut {
		t.Errorf("stdout differs\n--- node\n%s\n--- gonode\n%s", wantOut, out)
	}
	if errw.String() != wantErr {
		t.Errorf("stderr differs\n--- node\n%s\n--- gonode\n%s", wantErr, errw)
	}
	// One write per call: 13 calls print to stdout and 5 to stderr.
	if out.writes != 13 || errw.writes != 5 {
		t.Errorf("got %d stdout and %d stderr writes, want 13 and 5", out.writes, errw.writes)
	}
}

func TestConsoleForceColor(t *testing.T) {
	src := `console.log({ n: 1, s: 'x', u: undefined }); console.error([null, true]);`
	env := []string{"PATH=" + os.Getenv("PATH"), "FORCE_COLOR=1"}
	wantOut, wantErr := runNode(t, src, env)
	out, errw, _ := run(t, src, env)
	if out.String() != wantOut || errw.String() != wantErr {
		t.Errorf("got %q / %q, want %q / %q", out, errw, wantOut, wantErr)
	}
}

func TestConsoleTrace(t *testing.T) {
	_, errw, code := run(t, "function outer() { console.trace('here %d', 1); }\nouter();\n", nil)
	lines := strings.Split(strings.TrimSuffix(errw.String(), "\n"), "\n")
	if code != 0 || lines[0] != "Trace: here 1" || len(lines) < 2 {
		t.Fatalf("exit %d, trace output:\n%s", code, errw)
	}
	if !strings.HasPrefix(lines[1], "    at outer (") || strings.Contains(errw.String(), "node:console") {
		t.Errorf("frames should start at the caller:\n%s", errw)
	}
}

// Once process.stdout exists, console writes through it (node semantics):
// a patched write sees console output.
func TestConsoleUsesPatchedStream(t *testing.T) {
	out, _, _ := run(t, `
const seen = [];
const write = process.stdout.write;
process.stdout.write = (chunk) => { seen.push(String(chunk)); return true; };
console.log('captured');
process.stdout.write = write;
console.log(JSON.stringify(seen));
`, nil)
	if got, want := out.String(), "[\"captured\\n\"]\n"; got != want {
		t.Fatalf("got %q, want %q", got, want)
	}
}
