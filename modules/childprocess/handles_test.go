package childprocess_test

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"os"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/dop251/goja"
	"golang.org/x/sys/unix"

	"github.com/gonode/gonode/ipc"
	"github.com/gonode/gonode/modules/childprocess"
	"github.com/gonode/gonode/modules/dgram"
	netmod "github.com/gonode/gonode/modules/net"
	"github.com/gonode/gonode/runtime"
)

// The handle tests run a parent runtime inside the test process, with a test
// handle type registered, against a raw protocol peer: this test binary
// re-executed as the forked child (TestMain runs runPeer when peerEnv is
// set). The peer follows a scenario and writes what it saw on the wire to a
// transcript file.

const (
	peerEnv    = "GONODE_CHILDPROCESS_TEST_PEER"
	peerLogEnv = "GONODE_CHILDPROCESS_TEST_PEER_LOG"
)

// truthy reports whether obj[name] is set and truthy (Get returns nil for a
// missing property).
func truthy(obj *goja.Object, name string) bool {
	v := obj.Get(name)
	return v != nil && v.ToBoolean()
}

func init() {
	// The real codecs of net and dgram, then net.Native replaced by a test
	// handle: any object with a numeric testfd property; its
	// descriptor is passed. dead: true means it has no live handle;
	// closeOnAck: true asks for node's net.Socket ACK/NACK treatment.
	childprocess.RegisterHandleTypes(netmod.HandleTypes...)
	childprocess.RegisterHandleTypes(dgram.HandleTypes...)
	childprocess.RegisterHandleTypes(childprocess.HandleType{Name: "net.Native", Codec: childprocess.HandleCodec{
		Match: func(rt *runtime.Runtime, obj *goja.Object) bool {
			v := obj.Get("testfd")
			return v != nil && !goja.IsUndefined(v)
		},
		Serialize: func(rt *runtime.Runtime, req *childprocess.SendRequest) (childprocess.Outgoing, error) {
			if truthy(req.Object, "dead") {
				return childprocess.Outgoing{}, nil
			}
			fd, err := unix.FcntlInt(uintptr(req.Object.Get("testfd").ToInteger()), unix.F_DUPFD_CLOEXEC, 0)
			if err != nil {
				return childprocess.Outgoing{}, fmt.Errorf("dup: %w", err)
			}
			_ = req.Message.Set("extra", "set by Serialize")
			return childprocess.Outgoing{FD: ipc.NewFD(fd), CloseOnAck: truthy(req.Object, "closeOnAck")}, nil
		},
		Deserialize: func(rt *runtime.Runtime, in *childprocess.Incoming) error {
			var st syscall.Stat_t
			err := syscall.Fstat(in.FD.Int(), &st)
			_ = in.FD.Close()
			obj := rt.VM().NewObject()
			_ = obj.Set("received", err == nil)
			_ = obj.Set("type", in.Message.Get("type"))
			// Deliver later, as a real conversion (listen, bind) does.
			rt.Post(func() { in.Deliver(obj) })
			return nil
		},
	}})
}

// runParent runs script in a runtime of the test process; the script calls
// log(...) to record lines and forks the peer with fork(scenario). It returns
// the logged lines, the peer's transcript and what the runtime wrote to
// stderr.
func runParent(t *testing.T, scenario, script string) (parent, peer []string, stderr string) {
	t.Helper()
	peerLog := t.TempDir() + "/peer.log"
	var lines []string
	var errBuf bytes.Buffer
	self, err := os.Executable()
	if err != nil {
		t.Fatal(err)
	}
	rt, err := runtime.New(runtime.Options{
		Env:    append(os.Environ(), peerEnv+"="+scenario, peerLogEnv+"="+peerLog),
		Stderr: &errBuf,
		Modules: map[string]runtime.ModuleLoader{
			"testlog": func(rt *runtime.Runtime, module *goja.Object) error {
				return module.Set("exports", func(call goja.FunctionCall) goja.Value {
					parts := make([]string, len(call.Arguments))
					for i, a := range call.Arguments {
						parts[i] = a.String()
					}
					lines = append(lines, strings.Join(parts, " "))
					return goja.Undefined()
				})
			},
		},
	})
	if err != nil {
		t.Fatal(err)
	}
	prelude := fmt.Sprintf("const log = require('testlog'); const { fork } = require('child_process');\n"+
		"const peer = () => fork(%q, [], { execPath: %q, stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });\n", scenario, self)
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	code, err := rt.RunSource(ctx, "handles-test.js", prelude+script)
	if err != nil || code != 0 {
		t.Fatalf("parent runtime: exit %d, %v\nlog: %q\nstderr:\n%s", code, err, lines, errBuf.String())
	}
	data, err := os.ReadFile(peerLog)
	if err != nil {
		t.Fatalf("peer transcript: %v (parent log %q, stderr %s)", err, lines, errBuf.String())
	}
	return lines, strings.Split(strings.TrimSpace(string(data)), "\n"), errBuf.String()
}

func expectLines(t *testing.T, what string, got, want []string) {
	t.Helper()
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("%s:\n--- got\n%s\n--- want\n%s", what, strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// Sends behind an un-ACKed handle wait for the ACK; send() returns
// queue.length === 1 for queued sends (NODE-IPC.md §4.3).
func TestHandleQueue(t *testing.T) {
	parent, peer, _ := runParent(t, "queue", `
const c = peer();
const r = [c.send('h', { testfd: 1 }, (err) => log('cb h', err)), c.send('a', (err) => log('cb a', err)), c.send('b')];
log('returns', r.join(','), 'queued', c._handleQueue.length);
c.on('message', (m) => { log('message', m); c.disconnect(); });
c.on('exit', (code) => log('exit', code));
`)
	expectLines(t, "parent", parent, []string{"returns true,true,false queued 2", "cb h null", "cb a null", "message done", "exit 0"})
	expectLines(t, "peer", peer, []string{
		`recv {"cmd":"NODE_HANDLE","type":"net.Native","msg":"h","extra":"set by Serialize"} fd=true`,
		`send {"cmd":"NODE_HANDLE_ACK"}`,
		`recv "a" fd=false`,
		`recv "b" fd=false`,
		`send "done"`,
		`eof`,
	})
}

// At an ACK the queued sends go out in order until a handle needs the next
// ACK; those behind it wait again, still in order.
func TestHandleRequeue(t *testing.T) {
	parent, peer, _ := runParent(t, "requeue", `
const c = peer();
c.send('h1', { testfd: 1 });
c.send('a');
c.send('h2', { testfd: 1, closeOnAck: true });
c.send('b', (err) => log('cb b', err));
c.send('h3', { testfd: 1 });
c.send('end');
log('queued', c._handleQueue.length);
c.on('message', (m) => { log('message', m); c.disconnect(); });
`)
	expectLines(t, "parent", parent, []string{"queued 5", "cb b null", "message done"})
	const h = `{"cmd":"NODE_HANDLE","type":"net.Native","msg":"%s","extra":"set by Serialize"} fd=true`
	expectLines(t, "peer", peer, []string{
		"recv " + fmt.Sprintf(h, "h1"), `send {"cmd":"NODE_HANDLE_ACK"}`,
		`recv "a" fd=false`, "recv " + fmt.Sprintf(h, "h2"), `send {"cmd":"NODE_HANDLE_ACK"}`,
		`recv "b" fd=false`, "recv " + fmt.Sprintf(h, "h3"), `send {"cmd":"NODE_HANDLE_ACK"}`,
		`recv "end" fd=false`, `send "done"`, `eof`,
	})
}

// An ACK or NACK that acknowledges nothing is reported, never fatal.
func TestSpuriousAck(t *testing.T) {
	parent, peer, stderr := runParent(t, "spurious", `
const c = peer();
let errors = 0;
c.on('message', (m) => {
  log('message', m);
  if (m === 'with-listener') c.on('error', (e) => log('error', e.code, e.message));
  if (m === 'end') c.disconnect();
});
`)
	expectLines(t, "parent", parent, []string{
		"message without-listener",
		"message with-listener",
		"error ERR_IPC_UNEXPECTED_ACK Received NODE_HANDLE_ACK while no handle was being sent",
		"error ERR_IPC_UNEXPECTED_ACK Received NODE_HANDLE_NACK while no handle was being sent",
		"message end",
	})
	expectLines(t, "peer", peer, []string{`send "without-listener"`, `send {"cmd":"NODE_HANDLE_ACK"}`,
		`send "with-listener"`, `send {"cmd":"NODE_HANDLE_ACK"}`, `send {"cmd":"NODE_HANDLE_NACK"}`, `send "end"`, `eof`})
	if !strings.Contains(stderr, "ERR_IPC_UNEXPECTED_ACK") {
		t.Errorf("no warning for the ACK without listener; stderr:\n%s", stderr)
	}
}

// NACK makes the sender retransmit a CloseOnAck handle three times, then
// give up with SentHandleNotReceivedWarning; queued messages follow.
func TestHandleNack(t *testing.T) {
	parent, peer, _ := runParent(t, "nack", `
const c = peer();
process.on('warning', (w) => log('warning', w.name));
c.send('h', { testfd: 1, closeOnAck: true }, () => log('cb h'));
c.send('q');
c.on('message', (m) => { log('message', m); c.disconnect(); });
`)
	expectLines(t, "parent", parent, []string{"cb h", "cb h", "cb h", "cb h", "warning SentHandleNotReceivedWarning", "message done"})
	var want []string
	for i := 0; i < 4; i++ {
		want = append(want, `recv {"cmd":"NODE_HANDLE","type":"net.Native","msg":"h","extra":"set by Serialize"} fd=true`,
			`send {"cmd":"NODE_HANDLE_NACK"}`)
	}
	want = append(want, `recv "q" fd=false`, `send "done"`, `eof`)
	expectLines(t, "peer", peer, want)
}

// The receiver ACKs a NODE_HANDLE with a descriptor before converting it,
// NACKs one without, and delivers the carried message with the object.
func TestHandleReceive(t *testing.T) {
	parent, peer, _ := runParent(t, "receive", `
const c = peer();
c.on('message', (m, h) => {
  log('message', m, h === undefined ? 'no handle' : 'handle received=' + h.received + ' type=' + h.type);
  if (m === 'withfd') c.send('got withfd');
  if (m === 'last') c.disconnect();
});
c.on('internalMessage', (m, h) => log('internal', m.cmd, m.msg, h ? 'with fd' : 'no fd'));
`)
	expectLines(t, "parent", parent, []string{
		"internal NODE_HANDLE withfd with fd",
		"message withfd handle received=true type=net.Native",
		"internal NODE_HANDLE nofd no fd",
		"message plain no handle",
		"message last no handle",
	})
	expectLines(t, "peer", peer, []string{
		`send {"cmd":"NODE_HANDLE","type":"net.Native","msg":"withfd"} fd=true`,
		`recv {"cmd":"NODE_HANDLE_ACK"} fd=false`,
		`recv "got withfd" fd=false`,
		`send {"cmd":"NODE_HANDLE","type":"net.Native","msg":"nofd"}`,
		`recv {"cmd":"NODE_HANDLE_NACK"} fd=false`,
		`send "plain"`,
		`send "last"`,
		`eof`,
	})
}

// disconnect() with a handle un-ACKed waits for the ACK, flushes the queue,
// then closes; an object without a live handle goes out as plain text.
func TestDisconnectBehindHandle(t *testing.T) {
	parent, peer, _ := runParent(t, "disconnect", `
const c = peer();
c.send('plain', { testfd: 1, dead: true });
c.send('h', { testfd: 1 });
c.send('q1');
c.disconnect();
log('connected', c.connected);
c.on('disconnect', () => log('disconnect'));
c.on('exit', (code) => log('exit', code));
`)
	expectLines(t, "parent", parent, []string{"connected false", "disconnect", "exit 0"})
	expectLines(t, "peer", peer, []string{
		`recv "plain" fd=false`,
		`recv {"cmd":"NODE_HANDLE","type":"net.Native","msg":"h","extra":"set by Serialize"} fd=true`,
		`send {"cmd":"NODE_HANDLE_ACK"}`,
		`recv "q1" fd=false`,
		`eof`,
	})
}

func TestInvalidHandle(t *testing.T) {
	parent, _, _ := runParent(t, "quiet", `
const c = peer();
for (const h of [{}, 42, 'str']) {
  try { c.send('x', h); log('no throw'); } catch (e) { log(e.name, e.code, e.message); }
}
c.disconnect();
`)
	want := "TypeError ERR_INVALID_HANDLE_TYPE This handle type cannot be sent"
	expectLines(t, "parent", parent, []string{want, want, want})
}

// peerConn is the raw end of the channel in the peer process.
type peerConn struct {
	c    *net.UnixConn
	buf  []byte
	fds  []int
	log  *os.File
	line []byte
}

// runPeer is the child side of the handle tests: a raw node-protocol peer.
func runPeer(scenario string) int {
	fd, err := strconv.Atoi(os.Getenv("NODE_CHANNEL_FD"))
	if err != nil {
		fmt.Fprintln(os.Stderr, "peer: NODE_CHANNEL_FD:", err)
		return 2
	}
	f := os.NewFile(uintptr(fd), "ipc")
	fc, err := net.FileConn(f)
	_ = f.Close()
	if err != nil {
		fmt.Fprintln(os.Stderr, "peer:", err)
		return 2
	}
	logFile, err := os.Create(os.Getenv(peerLogEnv))
	if err != nil {
		fmt.Fprintln(os.Stderr, "peer:", err)
		return 2
	}
	defer logFile.Close()
	p := &peerConn{c: fc.(*net.UnixConn), log: logFile}
	_ = p.c.SetDeadline(time.Now().Add(15 * time.Second))
	if err := p.play(scenario); err != nil {
		fmt.Fprintln(os.Stderr, "peer:", err)
		return 1
	}
	return 0
}

func (p *peerConn) logf(format string, args ...any) {
	fmt.Fprintf(p.log, format+"\n", args...)
}

// recv returns the next frame and whether a descriptor came for it (a
// NODE_HANDLE frame takes the oldest descriptor received). io.EOF at the end.
func (p *peerConn) recv() (string, bool, error) {
	for {
		if i := bytes.IndexByte(p.buf, '\n'); i >= 0 {
			line := string(p.buf[:i])
			p.buf = p.buf[i+1:]
			withFD := false
			if strings.Contains(line, `"cmd":"NODE_HANDLE"`) && len(p.fds) > 0 {
				withFD = true
				_ = syscall.Close(p.fds[0])
				p.fds = p.fds[1:]
			}
			p.logf("recv %s fd=%v", line, withFD)
			return line, withFD, nil
		}
		b := make([]byte, 65536)
		oob := make([]byte, syscall.CmsgSpace(64*4))
		n, oobn, _, _, err := p.c.ReadMsgUnix(b, oob)
		if oobn > 0 {
			msgs, perr := syscall.ParseSocketControlMessage(oob[:oobn])
			if perr != nil {
				return "", false, perr
			}
			for _, m := range msgs {
				fds, perr := syscall.ParseUnixRights(&m)
				if perr != nil {
					return "", false, perr
				}
				p.fds = append(p.fds, fds...)
			}
		}
		p.buf = append(p.buf, b[:n]...)
		if n == 0 || errors.Is(err, io.EOF) {
			p.logf("eof")
			return "", false, errEOF
		}
		if err != nil {
			return "", false, err
		}
	}
}

var errEOF = errors.New("eof")

// send writes one frame, with a descriptor when withFD.
func (p *peerConn) send(frame string, withFD bool) error {
	if withFD {
		r, w, err := os.Pipe()
		if err != nil {
			return err
		}
		defer r.Close()
		defer w.Close()
		p.logf("send %s fd=true", frame)
		_, _, err = p.c.WriteMsgUnix([]byte(frame+"\n"), syscall.UnixRights(int(r.Fd())), nil)
		return err
	}
	p.logf("send %s", frame)
	_, err := p.c.Write([]byte(frame + "\n"))
	return err
}

// expectEOF reads until the parent closes the channel.
func (p *peerConn) expectEOF() error {
	for {
		if _, _, err := p.recv(); err != nil {
			if errors.Is(err, errEOF) {
				return nil
			}
			return err
		}
	}
}

func (p *peerConn) play(scenario string) error {
	const ack, nack = `{"cmd":"NODE_HANDLE_ACK"}`, `{"cmd":"NODE_HANDLE_NACK"}`
	steps := map[string]func() error{
		"queue": func() error {
			if _, _, err := p.recv(); err != nil {
				return err
			}
			if err := p.send(ack, false); err != nil {
				return err
			}
			for i := 0; i < 2; i++ {
				if _, _, err := p.recv(); err != nil {
					return err
				}
			}
			if err := p.send(`"done"`, false); err != nil {
				return err
			}
			return p.expectEOF()
		},
		"requeue": func() error {
			for {
				frame, _, err := p.recv()
				if err != nil {
					return err
				}
				if strings.HasPrefix(frame, `{"cmd":"NODE_HANDLE"`) {
					err = p.send(ack, false)
				} else if frame == `"end"` {
					if err := p.send(`"done"`, false); err != nil {
						return err
					}
					return p.expectEOF()
				}
				if err != nil {
					return err
				}
			}
		},
		"spurious": func() error {
			for _, f := range []string{`"without-listener"`, ack, `"with-listener"`, ack, nack, `"end"`} {
				if err := p.send(f, false); err != nil {
					return err
				}
			}
			return p.expectEOF()
		},
		"nack": func() error {
			for i := 0; i < 4; i++ {
				if _, _, err := p.recv(); err != nil {
					return err
				}
				if err := p.send(nack, false); err != nil {
					return err
				}
			}
			if _, _, err := p.recv(); err != nil {
				return err
			}
			if err := p.send(`"done"`, false); err != nil {
				return err
			}
			return p.expectEOF()
		},
		"receive": func() error {
			if err := p.send(`{"cmd":"NODE_HANDLE","type":"net.Native","msg":"withfd"}`, true); err != nil {
				return err
			}
			for i := 0; i < 2; i++ {
				if _, _, err := p.recv(); err != nil {
					return err
				}
			}
			if err := p.send(`{"cmd":"NODE_HANDLE","type":"net.Native","msg":"nofd"}`, false); err != nil {
				return err
			}
			if _, _, err := p.recv(); err != nil {
				return err
			}
			for _, f := range []string{`"plain"`, `"last"`} {
				if err := p.send(f, false); err != nil {
					return err
				}
			}
			return p.expectEOF()
		},
		"disconnect": func() error {
			for i := 0; i < 2; i++ {
				if _, _, err := p.recv(); err != nil {
					return err
				}
			}
			if err := p.send(ack, false); err != nil {
				return err
			}
			return p.expectEOF()
		},
		"quiet": func() error { return p.expectEOF() },
	}
	step, ok := steps[scenario]
	if !ok {
		return fmt.Errorf("unknown scenario %q", scenario)
	}
	return step()
}

// A gonode child acknowledges a received handle as its reader gets it, not
// when its JavaScript gets to the message: a parent's send queued behind the
// handle goes out while the child's loop is blocked. (A node child ACKs from
// its loop, so it cannot while blocked; testdata/ack-while-busy.js waits 10 s
// for the ACK and then reports.)
func TestAckWhileBusy(t *testing.T) {
	t.Parallel()
	r := run(t, faultDeadline, testdata, nil, gonodeBin, "ack-while-busy.js")
	if r.code != 0 || r.stdout != "acked while busy\ngot server after\n" {
		t.Fatalf("exit %d\nstdout:\n%s\nstderr:\n%s", r.code, r.stdout, r.stderr)
	}
}
