package ipc

import (
	"bytes"
	"encoding/binary"
	"os"
	"strings"
	"testing"
	"time"
	"unsafe"

	"github.com/gonode/gonode/internal/v8ser"
	"golang.org/x/sys/unix"
)

// v8Frames builds advanced-mode frames (length + V8 serialization) of JS
// expressions, as node's ChildProcessSerializer writes them.
func v8Frames(t *testing.T, exprs ...string) [][]byte {
	t.Helper()
	vm := newVM(t)
	c, err := v8ser.New(vm, nil)
	if err != nil {
		t.Fatal(err)
	}
	var out [][]byte
	for _, e := range exprs {
		v, err := vm.RunString("(" + e + ")")
		if err != nil {
			t.Fatal(err)
		}
		b, err := c.AppendMessage(nil, v)
		if err != nil {
			t.Fatal(err)
		}
		out = append(out, b)
	}
	return out
}

func lengthPrefixed(payload string) string {
	var n [4]byte
	binary.BigEndian.PutUint32(n[:], uint32(len(payload)))
	return string(n[:]) + payload
}

func TestAdvancedFraming(t *testing.T) {
	checkNoFDLeak(t)
	c, peer := rawPair(t)
	c.SetMode(Advanced)
	r := startReceiver(t, c)
	frames := v8Frames(t, `({a: 1})`, `({cmd: 'NODE_HANDLE', type: 'net.Native', msg: new Map([[1, 'x']])})`,
		`({msg: [1, 2], cmd: 'NODE_X'})`, `'x'.repeat(3 << 20)`, `({cmd: 'NODE_'})`)
	// node: child.send({a: 1}) in advanced mode.
	if got := frames[0]; !bytes.Equal(got, []byte("\x00\x00\x00\x0a\xff\x0f\x6f\x22\x01\x61\x49\x02\x7b\x01")) {
		t.Fatalf("frame of {a:1}: % x", got)
	}
	pr, pw, _ := os.Pipe()
	defer pw.Close()
	// The fd comes with the first message; the NODE_HANDLE frame claims it.
	sendRaw(t, peer, string(frames[0][:3]), int(pr.Fd()))
	pr.Close()
	stream := string(frames[0][3:]) + lengthPrefixed("") + lengthPrefixed("\xff\x0f\x6f") + string(frames[1]) +
		string(frames[2]) + string(frames[4]) + string(frames[3]) + string(frames[0][:7])
	for i := 0; i < len(stream); i += 1 << 16 {
		chunk := stream[i:min(i+1<<16, len(stream))]
		if i == 0 {
			// Dribble the start (splitting lengths and values).
			for j := 0; j < len(chunk); j += 3 {
				if _, err := peer.Write([]byte(chunk[j:min(j+3, len(chunk))])); err != nil {
					t.Fatal(err)
				}
			}
			continue
		}
		if _, err := peer.Write([]byte(chunk)); err != nil {
			t.Fatal(err)
		}
	}
	peer.Close()

	check := func(what string, data []byte, internal bool, cmd string, file, bad bool) Frame {
		t.Helper()
		f := r.next(t)
		if (data != nil && !bytes.Equal(f.Data, data)) || f.Internal != internal || f.Cmd != cmd || f.FD.Valid() != file || (f.Err != nil) != bad {
			t.Fatalf("%s: got %+v", what, f)
		}
		return f
	}
	check("{a:1}", frames[0][4:], false, "", false, false)
	check("empty", []byte{}, false, "", false, true)
	check("truncated object", []byte("\xff\x0f\x6f"), false, "", false, true)
	h := check("NODE_HANDLE", frames[1][4:], true, "NODE_HANDLE", true, false)
	if _, err := pw.Write([]byte("p")); err != nil {
		t.Fatal(err)
	}
	buf := make([]byte, 1)
	if n, err := unix.Read(h.FD.Int(), buf); n != 1 || err != nil {
		t.Fatalf("read passed pipe: %d %v", n, err)
	}
	h.FD.Close()
	check("NODE_X", frames[2][4:], true, "NODE_X", false, false)
	check("NODE_ (a user message)", frames[4][4:], false, "", false, false)
	check("3 MiB string", frames[3][4:], false, "", false, false)
	if err := r.waitEnd(t); err != nil { // the partial last frame is dropped
		t.Fatal(err)
	}
}

func TestAdvancedBetweenChannelsAndRelease(t *testing.T) {
	checkNoFDLeak(t)
	a, b := pair(t)
	b.SetMode(Advanced)
	batches := make(chan []Frame, 16)
	if err := b.Start(func(f []Frame) { batches <- f }, func(error) {}); err != nil {
		t.Fatal(err)
	}
	recv := func(n int) []Frame {
		t.Helper()
		var got []Frame
		for len(got) < n {
			select {
			case f := <-batches:
				got = append(got, f...)
			case <-time.After(waitLimit):
				t.Fatal("timed out waiting for a batch")
			}
		}
		return got
	}
	frames := v8Frames(t, `'y'.repeat(70000)`, `({i: 1})`, `"two"`)
	sendWait(t, a, string(frames[0]), nil)
	first := recv(1)
	base := unsafe.SliceData(first[0].Data)
	b.Release(first)
	sendWait(t, a, string(frames[1])+string(frames[2]), nil)
	got := recv(2)
	if unsafe.SliceData(got[0].Data) != base {
		t.Errorf("the released buffer was not reused")
	}
	if !bytes.Equal(got[0].Data, frames[1][4:]) || !bytes.Equal(got[1].Data, frames[2][4:]) {
		t.Fatalf("got % x / % x", got[0].Data, got[1].Data)
	}
	b.Release(got)
	// Empty frames at the end of a batch: Release must still find the
	// region.
	sendWait(t, a, lengthPrefixed("")+lengthPrefixed(""), nil)
	empty := recv(2)
	if len(empty[0].Data) != 0 || empty[0].Err == nil || empty[1].Err == nil {
		t.Fatalf("empty frames: %+v", empty)
	}
	b.Release(empty)
	sendWait(t, a, strings.Repeat(string(frames[1]), 100), nil)
	for _, f := range recv(100) {
		if !bytes.Equal(f.Data, frames[1][4:]) {
			t.Fatalf("got % x", f.Data)
		}
	}
}
