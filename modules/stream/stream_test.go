package stream

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"hash"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/dop251/goja"
	"github.com/gonode/gonode/runtime"
)

// The programs in testdata report through require('gonode-test'): report(line)
// collects a line, hashUpdate(buf)/hashHex() hash what a sink received. Under
// node the same module is a small shim, so each trace is also compared with
// node's.

// runGonode runs testdata/name in a runtime and returns the reported lines.
func runGonode(t *testing.T, name string) []string {
	t.Helper()
	var lines []string
	h := sha256.New()
	var stderr bytes.Buffer
	rt, err := runtime.New(runtime.Options{
		Script:  filepath.Join("testdata", name),
		Stdout:  &stderr,
		Stderr:  &stderr,
		Modules: map[string]runtime.ModuleLoader{"gonode-test": testModule(&lines, h)},
	})
	if err != nil {
		t.Fatalf("runtime.New: %v", err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	code, err := rt.Run(ctx)
	if err != nil || code != 0 {
		t.Fatalf("%s: exit %d, err %v\n%s", name, code, err, stderr.String())
	}
	return lines
}

func testModule(lines *[]string, h hash.Hash) runtime.ModuleLoader {
	return func(rt *runtime.Runtime, module *goja.Object) error {
		vm := rt.VM()
		ex := vm.NewObject()
		_ = ex.Set("report", func(s string) { *lines = append(*lines, s) })
		_ = ex.Set("hashUpdate", func(b *goja.Object) { h.Write(runtime.BytesOf(vm, b)) })
		_ = ex.Set("hashHex", func() string { return hex.EncodeToString(h.Sum(nil)) })
		return module.Set("exports", ex)
	}
}

const nodeShim = `const h = require('crypto').createHash('sha256');
module.exports = {
  report: (s) => process.stdout.write(s + '\n'),
  hashUpdate: (b) => h.update(b),
  hashHex: () => h.digest('hex'),
};
`

// runNode runs testdata/name under node and returns its reported lines.
func runNode(t *testing.T, name string) []string {
	t.Helper()
	node, err := exec.LookPath("node")
	if err != nil {
		t.Fatalf("node is needed as the reference implementation: %v", err)
	}
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "gonode-test.js"), []byte(nodeShim), 0o644); err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	cmd := exec.CommandContext(ctx, node, filepath.Join("testdata", name))
	cmd.Env = append(os.Environ(), "NODE_PATH="+dir)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("node %s: %v\n%s", name, err, stderr.String())
	}
	return strings.Split(strings.TrimSuffix(string(out), "\n"), "\n")
}

// compare runs name under gonode and node and requires identical traces.
func compare(t *testing.T, name string) []string {
	t.Helper()
	got := runGonode(t, name)
	want := runNode(t, name)
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Fatalf("%s: gonode and node differ\n--- gonode\n%s\n--- node\n%s",
			name, strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	return got
}

func requireLine(t *testing.T, lines []string, want string) {
	t.Helper()
	for _, l := range lines {
		if l == want {
			return
		}
	}
	t.Fatalf("missing line %q in\n%s", want, strings.Join(lines, "\n"))
}

func TestBackpressure(t *testing.T) {
	lines := compare(t, "backpressure.js")
	for _, r := range []string{"0", "1", "2"} {
		// 11 writes of 100 bytes reach the 1024-byte high water mark.
		requireLine(t, lines, "round "+r+" writes=11 length=1100 needDrain=true")
		requireLine(t, lines, "drain "+r+" length=0 needDrain=false")
	}
	requireLine(t, lines, "finish finished=true")
}

func TestPipe10MBThroughTransform(t *testing.T) {
	lines := compare(t, "pipe_10mb.js")
	requireLine(t, lines, "received 10485760")
	requireLine(t, lines, "sha256 "+expected10MBHash())
	requireLine(t, lines, "paused true")
}

// expected10MBHash builds the stream of pipe_10mb.js in Go: rotations of a
// pseudo-random 64 KiB block, the first 64 bytes of each chunk XORed with 0x5a.
func expected10MBHash() string {
	const total = 10 * 1024 * 1024
	block := make([]byte, 65536)
	seed := uint32(12345)
	for i := range block {
		seed = seed*1103515245 + 12345
		block[i] = byte(seed >> 24)
	}
	h := sha256.New()
	produced := 0
	for index := 0; produced < total; index++ {
		size := min(1000+(index*7919)%30000, total-produced)
		off := (index * 4099) % 65536
		chunk := make([]byte, size)
		for j := range chunk {
			chunk[j] = block[(off+j)%65536]
			if j < 64 {
				chunk[j] ^= 0x5a
			}
		}
		h.Write(chunk)
		produced += size
	}
	return hex.EncodeToString(h.Sum(nil))
}

func TestPipelineErrorDestroysAll(t *testing.T) {
	lines := compare(t, "pipeline_error.js")
	requireLine(t, lines, "mid: callback transform failed at 5")
	requireLine(t, lines, "mid: calls=1 destroyed=true,true,true,true")
	requireLine(t, lines, "mid: closed=dst,mid,src,up")
	requireLine(t, lines, "src: callback source failed at 7")
	requireLine(t, lines, "src: calls=1 destroyed=true,true,true,true")
	requireLine(t, lines, "done")
}

func TestObjectMode(t *testing.T) {
	lines := compare(t, "object_mode.js")
	requireLine(t, lines, "hwm src=1 tr=16/16 dst=2")
	requireLine(t, lines, "done err=undefined count=50")
	requireLine(t, lines, "same objects true")
}

func TestFlowingPausedSwitch(t *testing.T) {
	lines := compare(t, "flow_switch.js")
	requireLine(t, lines, "after on(data) flowing=true")
	requireLine(t, lines, "paused flowing=false isPaused=true length=0")
	requireLine(t, lines, "read() in paused mode -> v7")
	requireLine(t, lines, "end flowing=true ended=true")
}

// TestModulesLoad loads every module of the package (most load lazily, on
// first use), so that a missing or broken embedded file shows up here.
func TestModulesLoad(t *testing.T) {
	for _, m := range Modules.Core {
		if *m.Source == "" {
			t.Errorf("module %s: empty source", m.Name)
		}
	}
	rt, err := runtime.New(runtime.Options{Stdout: &bytes.Buffer{}, Stderr: &bytes.Buffer{}})
	if err != nil {
		t.Fatal(err)
	}
	const src = `
const stream = require('stream');
for (const key of Object.keys(stream)) void stream[key];
require('stream/promises');
stream.Duplex.from([1]);
stream.Readable.from([1]).map((x) => x);
stream.Readable.prototype.wrap.call(new stream.Readable(), new stream.Stream());
try { new stream.Readable({ highWaterMark: -1 }); } catch { /* loads the errors */ }
stream.addAbortSignal(new AbortController().signal, new stream.PassThrough());
`
	code, err := rt.RunSource(context.Background(), "[eval]", src)
	if err != nil || code != 0 {
		t.Fatalf("exit %d, err %v", code, err)
	}
}
