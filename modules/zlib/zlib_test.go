package zlib

import (
	"bytes"
	stdgzip "compress/gzip"
	stdzlib "compress/zlib"
	"io"
	"math/rand"
	"runtime"
	"testing"
	"time"
)

func sample(n int) []byte {
	r := rand.New(rand.NewSource(1))
	words := []string{"alpha ", "beta ", "gamma ", "delta\n", "epsilon ", "zeta "}
	var b bytes.Buffer
	for b.Len() < n {
		b.WriteString(words[r.Intn(len(words))])
		if r.Intn(10) == 0 {
			b.WriteByte(byte(r.Intn(256)))
		}
	}
	return b.Bytes()[:n]
}

// feed writes in in pieces of size step (the last call finishing) and
// returns all output.
func feed(t *testing.T, e Engine, in []byte, step int) []byte {
	t.Helper()
	var out []byte
	for len(in) > 0 {
		n := min(step, len(in))
		o, rest, err := e.Write(in[:n], zNoFlush, false)
		if err != nil {
			t.Fatalf("write: %v", err)
		}
		if rest != 0 {
			t.Fatalf("rest %d mid-stream", rest)
		}
		out = append(out, o...)
		in = in[n:]
	}
	o, _, err := e.Write(nil, zFinish, true)
	if err != nil {
		t.Fatalf("finish: %v", err)
	}
	return append(out, o...)
}

func TestRoundTripAndStdlib(t *testing.T) {
	data := sample(200000)
	for _, level := range []int{-1, 0, 1, 6, 9} {
		for _, strategy := range []int{0, zHuffmanOnly} {
			gz := feed(t, NewEngine(Options{Mode: modeGzip, Level: level, Strategy: strategy}), data, 7777)
			r, err := stdgzip.NewReader(bytes.NewReader(gz))
			if err != nil {
				t.Fatal(err)
			}
			if r.OS != 3 {
				t.Errorf("gzip OS byte %d, want 3 as zlib on Unix", r.OS)
			}
			if got, err := io.ReadAll(r); err != nil || !bytes.Equal(got, data) {
				t.Fatalf("level %d: compress/gzip reads %d bytes, %v", level, len(got), err)
			}
			zl := feed(t, NewEngine(Options{Mode: modeDeflate, Level: level, Strategy: strategy}), data, 100000)
			zr, err := stdzlib.NewReader(bytes.NewReader(zl))
			if err != nil {
				t.Fatal(err)
			}
			if got, err := io.ReadAll(zr); err != nil || !bytes.Equal(got, data) {
				t.Fatalf("level %d: compress/zlib reads %d bytes, %v", level, len(got), err)
			}
			// And back through the decompressors, a byte at a time too.
			for _, step := range []int{1, 13, 1 << 20} {
				if got := feed(t, NewEngine(Options{Mode: modeGunzip}), gz, step); !bytes.Equal(got, data) {
					t.Fatalf("gunzip step %d: %d bytes", step, len(got))
				}
				if got := feed(t, NewEngine(Options{Mode: modeUnzip}), zl, step); !bytes.Equal(got, data) {
					t.Fatalf("unzip step %d: %d bytes", step, len(got))
				}
			}
		}
	}
}

func TestGunzipStdlibHeaderFieldsAndMembers(t *testing.T) {
	var b bytes.Buffer
	for _, s := range []string{"one ", "", "three"} {
		w := stdgzip.NewWriter(&b)
		w.Name, w.Comment, w.Extra = "file.txt", "a comment", []byte("xx")
		w.Write([]byte(s))
		w.Close()
	}
	for _, step := range []int{1, 5, 1000} {
		if got := feed(t, NewEngine(Options{Mode: modeGunzip}), b.Bytes(), step); string(got) != "one three" {
			t.Errorf("step %d: %q", step, got)
		}
	}
	// Zero padding ends the stream; the rest is left over.
	in := append(append([]byte{}, b.Bytes()...), 0, 0, 'x')
	out, rest, err := NewEngine(Options{Mode: modeGunzip}).Write(in, zFinish, true)
	if err != nil || string(out) != "one three" || rest != 3 {
		t.Errorf("padding: %q, rest %d, %v", out, rest, err)
	}
}

func TestErrors(t *testing.T) {
	gz := feed(t, NewEngine(Options{Mode: modeGzip, Level: -1}), []byte("hello hello hello"), 100)
	corrupt := func(i int) []byte {
		p := bytes.Clone(gz)
		p[(i+len(p))%len(p)] ^= 1
		return p
	}
	cases := []struct {
		mode int
		in   []byte
		msg  string
		no   int
	}{
		{modeGunzip, []byte("plain text"), "incorrect header check", zDataError},
		{modeGunzip, gz[:len(gz)-1], "unexpected end of file", zBufError},
		{modeGunzip, nil, "unexpected end of file", zBufError},
		{modeGunzip, corrupt(-5), "incorrect data check", zDataError},
		{modeGunzip, corrupt(-1), "incorrect length check", zDataError},
		{modeGunzip, corrupt(2), "unknown compression method", zDataError},
		{modeInflate, []byte{0x78, 0x9c + 1, 0, 0}, "incorrect header check", zDataError},
		{modeInflate, []byte{0x78, 0xbb, 0, 0, 0, 1}, "Missing dictionary", zNeedDict},
		{modeInflateRaw, []byte{0xff}, "invalid block type", zDataError},
		{modeInflateRaw, []byte{1, 1, 0, 1, 0, 9}, "invalid stored block lengths", zDataError},
		{modeInflateRaw, []byte{0x0c, 0xff, 0xff, 0xff, 0xff}, "invalid deflate data", zDataError},
	}
	for _, c := range cases {
		_, _, err := NewEngine(Options{Mode: c.mode}).Write(c.in, zFinish, true)
		if err == nil || err.Msg != c.msg || err.Errno != c.no {
			t.Errorf("mode %d %x: got %v, want %q (%d)", c.mode, c.in, err, c.msg, c.no)
		}
	}
	// With a finishFlush other than Z_FINISH, truncated input gives what
	// it can.
	out, _, err := NewEngine(Options{Mode: modeGunzip}).Write(gz[:len(gz)-4], zSyncFlush, true)
	if err != nil || string(out) != "hello hello hello" {
		t.Errorf("partial: %q %v", out, err)
	}
}

func TestHeldInputIsCopied(t *testing.T) {
	gz := feed(t, NewEngine(Options{Mode: modeGzip, Level: 9}), []byte("copy me"), 100)
	e := NewEngine(Options{Mode: modeGunzip})
	buf := make([]byte, 1)
	var out []byte
	for _, c := range gz {
		buf[0] = c // the caller reuses its buffer
		o, _, err := e.Write(buf, zNoFlush, false)
		if err != nil {
			t.Fatal(err)
		}
		out = append(out, o...)
	}
	o, _, err := e.Write(nil, zFinish, true)
	if err != nil || string(append(out, o...)) != "copy me" {
		t.Fatalf("%q %v", append(out, o...), err)
	}
}

func TestParamsAndFlush(t *testing.T) {
	data := sample(50000)
	e := NewEngine(Options{Mode: modeDeflate, Level: 1})
	a, _, _ := e.Write(data[:20000], zSyncFlush, false)
	if !bytes.HasSuffix(a, []byte{0, 0, 0xff, 0xff}) {
		t.Errorf("sync flush does not end with the empty stored block")
	}
	e.Params(9, 0)
	b, _, _ := e.Write(data[20000:], zFinish, true)
	got := feed(t, NewEngine(Options{Mode: modeInflate}), append(a, b...), 1000)
	if !bytes.Equal(got, data) {
		t.Fatalf("after params: %d bytes", len(got))
	}
}

func TestCloseEndsTheCoroutine(t *testing.T) {
	gz := feed(t, NewEngine(Options{Mode: modeGzip}), sample(1000), 100)
	before := running.Load()
	for range 100 {
		e := NewEngine(Options{Mode: modeGunzip})
		e.Write(gz[:len(gz)/2], zNoFlush, false)
		e.Reset()
		e.Write(gz[:10], zNoFlush, false)
		e.Close()
	}
	if n := running.Load(); n != before {
		t.Errorf("%d coroutines left running, %d before", n, before)
	}
}

func TestDroppedHandleStopsTheCoroutine(t *testing.T) {
	gz := feed(t, NewEngine(Options{Mode: modeGzip}), sample(1000), 100)
	before := running.Load()
	hs := make([]*handle, 50)
	for i := range hs {
		hs[i] = newHandle(NewEngine(Options{Mode: modeGunzip}))
		hs[i].Write(gz[:len(gz)/2], zNoFlush, false) // suspended mid-stream, never closed
	}
	if n := running.Load(); n != before+50 {
		t.Fatalf("%d coroutines running, want %d", n, before+50)
	}
	runtime.KeepAlive(hs)
	hs = nil
	// Cleanups run on their own goroutine after a collection.
	deadline := time.Now().Add(5 * time.Second)
	for running.Load() > before && time.Now().Before(deadline) {
		runtime.GC()
		time.Sleep(10 * time.Millisecond)
	}
	if n := running.Load(); n != before {
		t.Errorf("%d coroutines left running, %d before", n, before)
	}
}

// TestHandleWritesFromGoroutines feeds a handle from a new goroutine per
// write, as writeAsync does (a decompressor's coroutine resumed from each),
// with Params, Reset and Close from another goroutine taking their turns.
func TestHandleWritesFromGoroutines(t *testing.T) {
	in := sample(50000)
	gz := feed(t, NewEngine(Options{Mode: modeGzip}), in, 1000)
	for _, mode := range []int{modeGunzip, modeGzip} {
		src := gz
		if mode == modeGzip {
			src = in
		}
		h := newHandle(NewEngine(Options{Mode: mode}))
		var out []byte
		for i := 0; i < len(src); i += 700 {
			done := make(chan struct{})
			go func() {
				defer close(done)
				o, _, err := h.Write(src[i:min(i+700, len(src))], zNoFlush, false)
				if err != nil {
					t.Errorf("write: %v", err)
				}
				out = append(out, o...)
			}()
			h.Params(6, 0) // waits for the write in progress
			<-done
		}
		o, _, err := h.Write(nil, zFinish, true)
		if err != nil {
			t.Fatalf("finish: %v", err)
		}
		out = append(out, o...)
		if mode == modeGunzip && !bytes.Equal(out, in) {
			t.Errorf("gunzip: %d bytes out, want %d", len(out), len(in))
		}
		// A close while a write is running waits for it.
		h.Reset()
		started := make(chan struct{})
		go func() {
			close(started)
			h.Write(src[:len(src)/2], zNoFlush, false)
		}()
		<-started
		h.Close()
	}
}
