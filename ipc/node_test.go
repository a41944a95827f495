package ipc

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"net"
	"os"
	"os/exec"
	"strings"
	"testing"
	"time"

	"github.com/dop251/goja"
)

// nodeChild is a real node process whose IPC channel is our Channel.
type nodeChild struct {
	ch     *Channel
	r      *receiver
	cmd    *exec.Cmd
	stderr bytes.Buffer
}

// startNodeChild runs `node -e script` as a child with NODE_CHANNEL_FD=3.
func startNodeChild(t *testing.T, script string) *nodeChild {
	t.Helper()
	c, childEnd, err := Socketpair()
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	n := &nodeChild{ch: c}
	n.cmd = exec.CommandContext(ctx, "node", "-e", script)
	n.cmd.ExtraFiles = []*os.File{childEnd}
	n.cmd.Env = nodeEnv("NODE_CHANNEL_FD=3", "NODE_CHANNEL_SERIALIZATION_MODE=json")
	n.cmd.Stderr = &n.stderr
	if err := n.cmd.Start(); err != nil {
		t.Fatal(err)
	}
	childEnd.Close()
	n.r = startReceiver(t, c)
	t.Cleanup(func() {
		c.Close()
		n.cmd.Wait()
		cancel()
		waitDone(t, c)
	})
	return n
}

// finish closes our end (node sees EOF and exits) and checks the exit.
func (n *nodeChild) finish(t *testing.T) {
	t.Helper()
	n.ch.Close()
	if err := n.cmd.Wait(); err != nil {
		t.Fatalf("node child: %v\n%s", err, n.stderr.Bytes())
	}
}

func (n *nodeChild) send(t *testing.T, frame string, f *os.File) {
	t.Helper()
	sendWait(t, n.ch, frame, f)
}

// genSource defines gen(i): a deterministic mix of JSON-able values, run
// identically by goja and node.
const genSource = `
function gen(i) {
  let s = (i * 2654435761) >>> 0 || 1;
  const rnd = n => { s = (Math.imul(s, 1103515245) + 12345) >>> 0; return (s >>> 8) % n; };
  const chars = ['a', 'Z', ' ', '"', '\\', '\n', '\t', '\u0001', '\u001f', '\u007f', 'é', '日', '😀', '\u2028', '\u2029', '\ud800', '\udfff', '\ufffd', '/', '<', '&'];
  const str = () => { let r = ''; const n = rnd(12); for (let k = 0; k < n; k++) r += chars[rnd(chars.length)]; return r; };
  const num = () => [0, -0, 1, -1, 0.1 + 0.2, 1e21, 1e-7, 2 ** 53, -(2 ** 31), 1 / 3, 5e-324, 123.456, NaN, Infinity, rnd(1e6), -rnd(1e9) / 7][rnd(16)];
  const keys = ['a', 'b', 'cmd', '1', '10', '2', '__proto__', '', 'é', 'k\u2028', 'x y', '-1', '01'];
  const val = d => {
    switch (d > 3 ? rnd(4) : rnd(7)) {
      case 0: return str();
      case 1: return num();
      case 2: return [true, false, null][rnd(3)];
      case 3: return rnd(2) ? str() : num();
      case 4: { const a = []; const n = rnd(5); for (let k = 0; k < n; k++) a.push(val(d + 1)); return a; }
      default: {
        const o = {}; const n = rnd(6);
        for (let k = 0; k < n; k++) Object.defineProperty(o, keys[rnd(keys.length)], {value: val(d + 1), enumerable: true, writable: true, configurable: true});
        return o;
      }
    }
  };
  const v = val(0);
  return v === undefined ? null : v;
}
`

func TestNodeMixedValuesBothWays(t *testing.T) {
	t.Parallel()
	const count = 1000
	n := startNodeChild(t, genSource+`
for (let i = 0; i < 1000; i++) process.send(gen(i));
process.send('gen-done');
process.on('message', m => process.send(m));
`)
	vm := newVM(t)
	if _, err := vm.RunString(genSource); err != nil {
		t.Fatal(err)
	}
	gen, _ := goja.AssertFunction(vm.Get("gen"))
	frames := make([][]byte, count)
	for i := range frames {
		v, err := gen(nil, vm.ToValue(i))
		if err != nil {
			t.Fatal(err)
		}
		if frames[i], err = AppendFrame(nil, vm, v); err != nil {
			t.Fatal(err)
		}
	}
	// node → us: node's JSON.stringify bytes equal our Encode of the same
	// values, and Decode+Encode reproduces them.
	for i := 0; i < count; i++ {
		f := n.r.next(t)
		if f.Err != nil || f.Internal {
			t.Fatalf("value %d: %+v", i, f)
		}
		if want := frames[i][:len(frames[i])-1]; !bytes.Equal(f.Data, want) {
			t.Fatalf("value %d from node:\n%s\nours:\n%s", i, f.Data, want)
		}
		v, err := Decode(vm, f.Data)
		if err != nil {
			t.Fatalf("value %d: %v", i, err)
		}
		if b, err := Encode(vm, v); err != nil || !bytes.Equal(b, f.Data) {
			t.Fatalf("value %d: re-encoded %s (%v)", i, b, err)
		}
	}
	if f := n.r.next(t); string(f.Data) != `"gen-done"` {
		t.Fatalf("got %q", f.Data)
	}
	// us → node → us: node parses our frames and stringifies them back.
	for _, fr := range frames {
		n.ch.Send(fr, FD{}, nil)
	}
	for i, fr := range frames {
		if f := n.r.next(t); !bytes.Equal(f.Data, fr[:len(fr)-1]) {
			t.Fatalf("echo %d:\n%s\nsent:\n%s", i, f.Data, fr)
		}
	}
	n.finish(t)
}

func TestNodeHugeMessage(t *testing.T) {
	t.Parallel()
	n := startNodeChild(t, `process.on('message', m => process.send(m));`)
	// Built directly as bytes: the codec has its own tests, this one is
	// about the channel (and node's 64 KiB reads) coping with 32 MB lines.
	frame := []byte(`{"big":"` + strings.Repeat("x", 32<<20) + "é😀\u2028" + `\ud800","n":1}` + "\n")
	// node itself needs seconds for this on a loaded machine (a node→node
	// fork echo of the same message is slower than this test).
	n.r.limit = 2 * time.Minute
	n.ch.Send(frame, FD{}, nil)
	f := n.r.next(t)
	if !bytes.Equal(f.Data, frame[:len(frame)-1]) {
		t.Fatalf("echo of %d bytes came back as %d bytes", len(frame), len(f.Data))
	}
	n.finish(t)
}

func TestNodeBurst(t *testing.T) {
	t.Parallel()
	const count = 100000
	n := startNodeChild(t, `
process.on('message', m => {
  if (m === 'burst') { for (let i = 0; i < 100000; i++) process.send({b: i}); return; }
  process.send(m);
});`)
	// node → us
	n.send(t, `"burst"`+"\n", nil)
	for i := 0; i < count; i++ {
		if f := n.r.next(t); string(f.Data) != fmt.Sprintf(`{"b":%d}`, i) {
			t.Fatalf("burst frame %d: %q", i, f.Data)
		}
	}
	// us → node → us, all sent without waiting.
	for i := 0; i < count; i++ {
		n.ch.Send([]byte(fmt.Sprintf(`{"i":%d}`+"\n", i)), FD{}, nil)
	}
	for i := 0; i < count; i++ {
		if f := n.r.next(t); string(f.Data) != fmt.Sprintf(`{"i":%d}`, i) {
			t.Fatalf("echo frame %d: %q", i, f.Data)
		}
	}
	n.finish(t)
}

func TestNodeReceivesServerHandle(t *testing.T) {
	checkNoFDLeak(t)
	n := startNodeChild(t, `
process.on('message', (m, srv) => {
  if (m !== 'server') return;
  srv.on('connection', sock => {
    sock.end('hello from node\n');
    process.send({accepted: true, port: srv.address().port});
    srv.close();
  });
});`)
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	lf, err := ln.(*net.TCPListener).File()
	if err != nil {
		t.Fatal(err)
	}
	addr := ln.Addr().(*net.TCPAddr)
	ln.Close() // lf keeps the listening socket open
	n.send(t, `{"cmd":"NODE_HANDLE","type":"net.Server","msg":"server"}`+"\n", lf)
	lf.Close()
	if f := n.r.next(t); string(f.Data) != `{"cmd":"NODE_HANDLE_ACK"}` || !f.Internal || f.Cmd != "NODE_HANDLE_ACK" {
		t.Fatalf("want ACK, got %+v", f)
	}
	conn, err := net.DialTimeout("tcp", addr.String(), waitLimit)
	if err != nil {
		t.Fatal(err)
	}
	conn.SetDeadline(time.Now().Add(waitLimit))
	got, err := io.ReadAll(conn)
	conn.Close()
	if err != nil || string(got) != "hello from node\n" {
		t.Fatalf("read %q, %v", got, err)
	}
	want := fmt.Sprintf(`{"accepted":true,"port":%d}`, addr.Port)
	if f := n.r.next(t); string(f.Data) != want || f.Internal {
		t.Fatalf("got %q want %q", f.Data, want)
	}
	// A NODE_HANDLE without an fd is NACKed.
	n.send(t, `{"cmd":"NODE_HANDLE","type":"net.Server","msg":"none"}`+"\n", nil)
	if f := n.r.next(t); string(f.Data) != `{"cmd":"NODE_HANDLE_NACK"}` {
		t.Fatalf("want NACK, got %q", f.Data)
	}
	n.finish(t)
}

func TestNodeSendsServerHandle(t *testing.T) {
	checkNoFDLeak(t)
	n := startNodeChild(t, `
const srv = require('net').createServer().listen(0, '127.0.0.1', () => {
  process.send('s', srv, err => {
    if (err) throw err;
    srv.close(() => process.send({closed: srv.listening === false}));
  });
});
process.on('message', () => {});`)
	f := n.r.next(t)
	if !f.Internal || f.Cmd != "NODE_HANDLE" || !f.FD.Valid() ||
		string(f.Data) != `{"cmd":"NODE_HANDLE","type":"net.Server","msg":"s"}` {
		t.Fatalf("got %+v (%s)", f, f.Data)
	}
	lf := os.NewFile(uintptr(f.FD.Int()), "listener")
	ln, err := net.FileListener(lf)
	lf.Close()
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	n.send(t, `{"cmd":"NODE_HANDLE_ACK"}`+"\n", nil)
	// node's reply was held in its handle queue until our ACK.
	if f := n.r.next(t); string(f.Data) != `{"closed":true}` {
		t.Fatalf("got %q", f.Data)
	}
	// node closed its copy; the listener is ours alone now.
	accepted := make(chan error, 1)
	go func() {
		c, err := ln.Accept()
		if err == nil {
			_, err = c.Write([]byte("from go"))
			c.Close()
		}
		accepted <- err
	}()
	conn, err := net.DialTimeout("tcp", ln.Addr().String(), waitLimit)
	if err != nil {
		t.Fatal(err)
	}
	conn.SetDeadline(time.Now().Add(waitLimit))
	got, _ := io.ReadAll(conn)
	conn.Close()
	if err := <-accepted; err != nil || string(got) != "from go" {
		t.Fatalf("accept: %v, read %q", err, got)
	}
	n.finish(t)
}

func TestNodeChildDisconnectGivesEOF(t *testing.T) {
	checkNoFDLeak(t)
	n := startNodeChild(t, `process.send({bye: true}); process.send('second'); process.disconnect();`)
	for _, want := range []string{`{"bye":true}`, `"second"`} {
		if f := n.r.next(t); string(f.Data) != want {
			t.Fatalf("got %q want %q", f.Data, want)
		}
	}
	if err := n.r.waitEnd(t); err != nil {
		t.Fatalf("end: %v", err)
	}
	if err := n.cmd.Wait(); err != nil {
		t.Fatalf("node: %v %s", err, n.stderr.Bytes())
	}
}
