package childprocess_test

import (
	"bytes"
	"context"
	"fmt"
	"hash/fnv"
	"os"
	"testing"
	"time"

	"github.com/dop251/goja"
	"golang.org/x/sys/unix"

	"github.com/gonode/gonode/ipc"
	"github.com/gonode/gonode/modules/childprocess"
	"github.com/gonode/gonode/runtime"
)

// wireTypes are the handle types registered in this test binary: net's and
// dgram's codecs, with net.Native replaced by the test codec of
// handles_test.go.
var wireTypes = map[string]bool{
	"net.Server": true, "net.Socket": true, "net.Native": true,
	"dgram.Socket": true, "dgram.Native": true,
}

// FuzzHandleMessage checks the receive decision for internal NODE_HANDLE
// messages (NODE-IPC.md §4.3) on arbitrary wire lines: data is decoded as
// the reader would, and every object reached through msg whose cmd is
// "NODE_HANDLE" must get NODE_HANDLE_ACK exactly when a descriptor came with
// it (withFD) and NODE_HANDLE_NACK otherwise, and a codec exactly when its
// type is a string naming a registered type — whatever type, msg, key or
// dgramType hold. For a known type with a descriptor, the codec runs in a
// runtime on a descriptor of a kind picked from data (often the wrong one:
// pipe, regular file, UDP where TCP is expected, listeners, a connected TCP
// socket); it must fail or deliver exactly once, never panic or hang, and
// every descriptor must be closed afterwards. The seed corpus in
// testdata/fuzz/FuzzHandleMessage holds the spec's transcripts (§4.3, §7.4)
// and each odd field, with and without a descriptor.
func FuzzHandleMessage(f *testing.F) {
	// Descriptors the runtime opens once per process (the Go poller) must
	// not count as leaks: run every kind once first.
	for typ := range wireTypes {
		for i := range fdKinds {
			deserializeCase(f, []byte(`{"cmd":"NODE_HANDLE","type":"`+typ+`","msg":1}`), i, false)
		}
	}
	f.Fuzz(func(t *testing.T, data []byte, withFD bool) {
		vm := goja.New()
		v, err := ipc.Decode(vm, data)
		if err != nil {
			return
		}
		for depth, m := 0, asObject(v); m != nil && depth < 64; depth, m = depth+1, asObject(m.Get("msg")) {
			if !isHandleMessage(m) {
				continue
			}
			checkVerdict(t, m, withFD)
		}
		top := asObject(v)
		if !withFD || top == nil || !isHandleMessage(top) {
			return
		}
		if _, _, known := childprocess.ReceiveVerdict(top, true); known {
			h := fnv.New32a()
			h.Write(data)
			deserializeCase(t, data, int(h.Sum32()%uint32(len(fdKinds))), true)
		}
	})
}

func asObject(v goja.Value) *goja.Object {
	o, _ := v.(*goja.Object)
	return o
}

func isHandleMessage(m *goja.Object) bool {
	cmd, ok := stringProp(m, "cmd")
	return ok && cmd == "NODE_HANDLE"
}

// stringProp returns m[name] if it is a string.
func stringProp(m *goja.Object, name string) (string, bool) {
	v := m.Get(name)
	if v == nil {
		return "", false
	}
	s, ok := v.Export().(string)
	return s, ok
}

func checkVerdict(t *testing.T, m *goja.Object, withFD bool) {
	t.Helper()
	reply, codec, known := childprocess.ReceiveVerdict(m, withFD)
	want := "NODE_HANDLE_NACK"
	if withFD {
		want = "NODE_HANDLE_ACK"
	}
	if reply != want {
		t.Errorf("reply %q with descriptor=%v, want %q", reply, withFD, want)
	}
	typ, isString := stringProp(m, "type")
	if wantKnown := isString && wireTypes[typ]; known != wantKnown {
		t.Errorf("type %v: known=%v, want %v", m.Get("type"), known, wantKnown)
	}
	if known && codec.Deserialize == nil {
		t.Errorf("type %q: known without a Deserialize", typ)
	}
}

// fdKinds make the descriptor handed to a codec; close releases what the
// test keeps (peer ends, listeners).
var fdKinds = []struct {
	name string
	make func() (fd int, close func(), err error)
}{
	{"pipe", func() (int, func(), error) {
		var p [2]int
		if err := unix.Pipe2(p[:], unix.O_CLOEXEC); err != nil {
			return -1, nil, err
		}
		return p[0], func() { unix.Close(p[1]) }, nil
	}},
	{"regular file", func() (int, func(), error) {
		fd, err := unix.Open("/proc/self/exe", unix.O_RDONLY|unix.O_CLOEXEC, 0)
		return fd, func() {}, err
	}},
	{"udp4", func() (int, func(), error) {
		fd, err := bound(unix.AF_INET, unix.SOCK_DGRAM, &unix.SockaddrInet4{Addr: [4]byte{127, 0, 0, 1}})
		return fd, func() {}, err
	}},
	{"tcp listener", func() (int, func(), error) {
		fd, err := listener(unix.AF_INET, &unix.SockaddrInet4{Addr: [4]byte{127, 0, 0, 1}})
		return fd, func() {}, err
	}},
	{"unix listener", func() (int, func(), error) {
		// An abstract address, so nothing is left in the file system.
		fd, err := listener(unix.AF_UNIX, &unix.SockaddrUnix{Name: fmt.Sprintf("@gonode-fuzz-%d-%d", os.Getpid(), time.Now().UnixNano())})
		return fd, func() {}, err
	}},
	{"tcp connection", func() (int, func(), error) {
		l, err := listener(unix.AF_INET, &unix.SockaddrInet4{Addr: [4]byte{127, 0, 0, 1}})
		if err != nil {
			return -1, nil, err
		}
		addr, err := unix.Getsockname(l)
		if err == nil {
			var c int
			if c, err = unix.Socket(unix.AF_INET, unix.SOCK_STREAM|unix.SOCK_CLOEXEC, 0); err == nil {
				if err = unix.Connect(c, addr); err == nil {
					var peer int
					if peer, _, err = unix.Accept4(l, unix.SOCK_CLOEXEC); err == nil {
						unix.Close(l)
						return c, func() { unix.Close(peer) }, nil
					}
				}
				unix.Close(c)
			}
		}
		unix.Close(l)
		return -1, nil, err
	}},
}

func bound(domain, typ int, sa unix.Sockaddr) (int, error) {
	fd, err := unix.Socket(domain, typ|unix.SOCK_CLOEXEC, 0)
	if err != nil {
		return -1, err
	}
	if err := unix.Bind(fd, sa); err != nil {
		unix.Close(fd)
		return -1, err
	}
	return fd, nil
}

func listener(domain int, sa unix.Sockaddr) (int, error) {
	fd, err := bound(domain, unix.SOCK_STREAM, sa)
	if err != nil {
		return -1, err
	}
	if err := unix.Listen(fd, 8); err != nil {
		unix.Close(fd)
		return -1, err
	}
	return fd, nil
}

// deserializeCase runs the codec of data's type on a descriptor of
// fdKinds[kind] inside a fresh runtime, closes whatever is delivered, and
// checks the outcome and the process's descriptor count.
func deserializeCase(tb testing.TB, data []byte, kind int, checkFDs bool) {
	tb.Helper()
	before := countFDs(tb)
	fd, closePeer, err := fdKinds[kind].make()
	if err != nil {
		tb.Fatalf("%s: %v", fdKinds[kind].name, err)
	}
	delivered, failed := 0, false
	var stderr bytes.Buffer
	rt, err := runtime.New(runtime.Options{
		Stderr: &stderr,
		Modules: map[string]runtime.ModuleLoader{"fuzzhook": func(rt *runtime.Runtime, module *goja.Object) error {
			return module.Set("exports", func(target *goja.Object) {
				vm := rt.VM()
				v, err := ipc.Decode(vm, data)
				if err != nil {
					panic(err)
				}
				msg := v.(*goja.Object)
				_, codec, _ := childprocess.ReceiveVerdict(msg, true)
				in := &childprocess.Incoming{
					Target:  target,
					FD:      ipc.NewFD(fd),
					Message: msg,
					Deliver: func(obj goja.Value) {
						delivered++
						closeDelivered(rt, obj)
					},
				}
				err = codec.Deserialize(rt, in)
				if err != nil {
					failed = true
				}
			})
		}},
	})
	if err != nil {
		tb.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	code, err := rt.RunSource(ctx, "fuzz-handle.js", `
const EventEmitter = require('events');
const target = new EventEmitter();
target[Symbol.for('gonode.ipc.sockets')] = { got: { __proto__: null }, send: { __proto__: null } };
target.connected = true;
target.send = target._send = () => true;
require('fuzzhook')(target);
`)
	closePeer()
	if ctx.Err() != nil {
		tb.Fatalf("%s, %q: the runtime did not finish (delivered %d)\nstderr:\n%s", fdKinds[kind].name, data, delivered, stderr.String())
	}
	if err != nil {
		tb.Fatalf("%s, %q: %v", fdKinds[kind].name, data, err)
	}
	// A thrown conversion error is an uncaught exception: exit code 1.
	failed = failed || code != 0
	if failed == (delivered == 1) || delivered > 1 {
		tb.Errorf("%s, %q: failed=%v (exit %d), delivered %d times; want an error or exactly one delivery\nstderr:\n%s",
			fdKinds[kind].name, data, failed, code, delivered, stderr.String())
	}
	if after := countFDs(tb); checkFDs && after != before {
		tb.Errorf("%s, %q: %d descriptors open before, %d after", fdKinds[kind].name, data, before, after)
	}
}

// closeDelivered destroys or closes a delivered object so that the runtime
// can finish.
func closeDelivered(rt *runtime.Runtime, v goja.Value) {
	obj, ok := v.(*goja.Object)
	if !ok {
		return
	}
	for _, name := range []string{"destroy", "close"} {
		if f, ok := goja.AssertFunction(obj.Get(name)); ok {
			if _, err := f(obj); err != nil {
				rt.Rethrow(err)
			}
			return
		}
	}
}

func countFDs(tb testing.TB) int {
	tb.Helper()
	ents, err := os.ReadDir("/proc/self/fd")
	if err != nil {
		tb.Fatal(err)
	}
	return len(ents)
}
