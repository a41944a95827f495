package ipc

import (
	"bytes"
	"context"
	"os"
	"os/exec"
	"strings"
	"testing"
	"time"

	"github.com/dop251/goja"
)

// nodeEnv is the environment for node children: ours minus variables that
// slow node's start-up or would confuse its channel setup.
func nodeEnv(extra ...string) []string {
	var env []string
	for _, kv := range os.Environ() {
		switch strings.SplitN(kv, "=", 2)[0] {
		case "NODE_EXTRA_CA_CERTS", "NODE_OPTIONS", "NODE_CHANNEL_FD", "NODE_CHANNEL_SERIALIZATION_MODE", "NODE_UNIQUE_ID":
			continue
		}
		env = append(env, kv)
	}
	return append(env, extra...)
}

// runNode runs `node -e script` with stdin and returns its stdout.
func runNode(t *testing.T, script string, stdin []byte) []byte {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	cmd := exec.CommandContext(ctx, "node", "-e", script)
	cmd.Env = nodeEnv()
	cmd.Stdin = bytes.NewReader(stdin)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("node: %v\n%s", err, stderr.Bytes())
	}
	return out
}

// bufferShim is a minimal stand-in for node's Buffer (a Uint8Array subclass
// with node's toJSON), enough for Buffer.from(asciiString | array).
// goja_nodejs/buffer would need a go.sum entry the module does not have.
const bufferShim = `globalThis.Buffer = class Buffer extends Uint8Array {
  static from(x) {
    const src = typeof x === 'string' ? Array.from(x, c => c.charCodeAt(0)) : x;
    const b = new Buffer(src.length);
    b.set(src);
    return b;
  }
  toJSON() { return { type: 'Buffer', data: Array.prototype.slice.call(this) } }
}`

// newVM returns a goja runtime with a node-like Buffer.
func newVM(t testing.TB) *goja.Runtime {
	t.Helper()
	vm := goja.New()
	if _, err := vm.RunString(bufferShim); err != nil {
		t.Fatal(err)
	}
	return vm
}

// errorText renders an Encode/Decode error as "Name: message".
func errorText(vm *goja.Runtime, err error) string {
	ex, ok := err.(*goja.Exception)
	if !ok {
		return "non-JS error: " + err.Error()
	}
	o := ex.Value().ToObject(vm)
	return o.Get("name").String() + ": " + o.Get("message").String()
}

// fileFD is the descriptor of f (nil: none) for Send; f keeps owning it.
func fileFD(f *os.File) FD {
	if f == nil {
		return FD{}
	}
	return NewFD(int(f.Fd()))
}
