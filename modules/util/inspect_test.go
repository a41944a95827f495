package util_test

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"math"
	"os/exec"
	"strings"
	"sync"
	"testing"

	"github.com/dop251/goja"
	_ "github.com/gonode/gonode/modules/buffer"
	_ "github.com/gonode/gonode/modules/url"
	"github.com/gonode/gonode/modules/util"
	"github.com/gonode/gonode/runtime"
)

// A diffCase is a JS program (run as a block; its completion value is the
// subject) printed with util.inspect(value[, opts]) or, for format cases,
// util.format(...value). node prints every case once; the Go output must be
// byte-identical.
type diffCase struct {
	src    string
	opts   string // JS expression for the options argument
	format bool
	// storageOnly cases need goja's storage (iterator previews): without
	// the fast path their output differs by design.
	storageOnly bool
}

func inspectCase(src string) diffCase      { return diffCase{src: src} }
func withOpts(src, opts string) diffCase   { return diffCase{src: src, opts: opts} }
func formatCase(argsArray string) diffCase { return diffCase{src: argsArray, format: true} }
func storageCase(c diffCase) diffCase      { c.storageOnly = true; return c }

var nodeResults struct {
	once sync.Once
	out  []string
	err  error
}

// nodeOutputs runs node once over all cases.
func nodeOutputs(t *testing.T) []string {
	t.Helper()
	nodeResults.once.Do(func() {
		node, err := exec.LookPath("node")
		if err != nil {
			nodeResults.err = fmt.Errorf("node is required for the differential tests: %w", err)
			return
		}
		all := append(append([]diffCase{}, diffCases...), formatCases...)
		type jsCase struct {
			Src    string `json:"src"`
			Opts   string `json:"opts"`
			Format bool   `json:"format"`
		}
		var in []jsCase
		for _, c := range all {
			in = append(in, jsCase{c.src, c.opts, c.format})
		}
		input, _ := json.Marshal(in)
		cmd := exec.Command(node, "-e", `
			const util = require('util');
			const cases = JSON.parse(require('fs').readFileSync(0, 'utf8'));
			const out = cases.map((c) => {
				try {
					const v = (0, eval)('{' + c.src + '\n}');
					if (c.format) return util.format(...v);
					return c.opts ? util.inspect(v, (0, eval)('(' + c.opts + ')')) : util.inspect(v);
				} catch (e) {
					return 'THREW: ' + e;
				}
			});
			process.stdout.write(JSON.stringify(out));
		`)
		cmd.Stdin = bytes.NewReader(input)
		var stderr bytes.Buffer
		cmd.Stderr = &stderr
		outBytes, err := cmd.Output()
		if err != nil {
			nodeResults.err = fmt.Errorf("node: %w: %s", err, stderr.String())
			return
		}
		nodeResults.err = json.Unmarshal(outBytes, &nodeResults.out)
	})
	if nodeResults.err != nil {
		t.Fatal(nodeResults.err)
	}
	return nodeResults.out
}

// newTestVM returns the VM of a fresh gonode runtime (for its Buffer).
func newTestVM(t *testing.T) *goja.Runtime {
	t.Helper()
	rt, err := runtime.New(runtime.Options{Stdout: io.Discard, Stderr: io.Discard})
	if err != nil {
		t.Fatal(err)
	}
	return rt.VM()
}

// goOutput evaluates c (as a block, so its declarations stay local) and
// prints it with this package.
func goOutput(vm *goja.Runtime, c diffCase) (out string) {
	ex := vm.Try(func() {
		v, err := vm.RunString("{" + c.src + "\n}")
		if err != nil {
			panic(err)
		}
		if c.format {
			var args []goja.Value
			if err := vm.ExportTo(v, &args); err != nil {
				panic(err)
			}
			out = util.Format(vm, args)
			return
		}
		opts := util.DefaultInspectOptions()
		if c.opts != "" {
			o, err := vm.RunString("(" + c.opts + ")")
			if err != nil {
				panic(err)
			}
			opts = util.OptionsFromJS(vm, opts, o)
		}
		out = util.Inspect(vm, v, opts)
	})
	if ex != nil {
		return "THREW: " + ex.Value().String()
	}
	return out
}

func runDiff(t *testing.T, fastPath bool) {
	want := nodeOutputs(t)
	defer util.SetFastPath(util.SetFastPath(fastPath))
	vm := newTestVM(t)
	all := append(append([]diffCase{}, diffCases...), formatCases...)
	failures := 0
	for i, c := range all {
		if c.storageOnly && !fastPath {
			continue
		}
		got := goOutput(vm, c)
		if got != want[i] {
			failures++
			t.Errorf("case %d %q (opts %q):\n--- node\n%s\n--- go\n%s", i, c.src, c.opts, want[i], got)
		}
	}
	if failures > 0 {
		t.Logf("%d of %d cases differ", failures, len(all))
	}
}

func TestInspectMatchesNode(t *testing.T) {
	if !util.FastPathAvailable() {
		t.Fatal("goja's property storage layout was not recognised; the fast path is off")
	}
	runDiff(t, true)
}

func TestInspectMatchesNodeWithoutFastPath(t *testing.T) {
	runDiff(t, false)
}

func TestCaseCounts(t *testing.T) {
	if len(diffCases) < 120 || len(formatCases) < 30 {
		t.Fatalf("want at least 120 inspect and 30 format cases, have %d and %d", len(diffCases), len(formatCases))
	}
	if !strings.Contains(nodeOutputs(t)[0], "hello") {
		t.Fatal("node output looks wrong")
	}
}

// Unbounded depth over very deep structures, and custom inspectors that
// recurse forever, must end with node's marker instead of exhausting the Go
// stack.
func TestDeepNesting(t *testing.T) {
	vm := newTestVM(t)
	if err := vm.Set("inspect", util.InspectFunction(vm)); err != nil {
		t.Fatal(err)
	}
	v, err := vm.RunString(`
		let root = {}; let cur = root;
		for (let i = 0; i < 5000; i++) { cur.a = {}; cur = cur.a; }
		const loop = { [inspect.custom]() { return inspect(loop); } };
		[root, loop]`)
	if err != nil {
		t.Fatal(err)
	}
	pair := v.(*goja.Object)
	opts := util.DefaultInspectOptions()
	opts.Depth = math.Inf(1)
	opts.Compact = util.CompactAll
	opts.BreakLength = math.Inf(1)
	const marker = "[Object: Inspection interrupted prematurely. Maximum call stack size exceeded.]"
	for _, i := range []string{"0", "1"} {
		var s string
		if ex := vm.Try(func() { s = util.Inspect(vm, pair.Get(i), opts) }); ex != nil {
			t.Fatal(ex)
		}
		if !strings.Contains(s, marker) {
			t.Errorf("value %s: no marker in %.200q", i, s)
		}
	}
}
