package ipc

import (
	"bufio"
	"bytes"
	"encoding/base64"
	"encoding/binary"
	"encoding/json"
	"errors"
	"io"
	"math"
	"os"
	"os/exec"
	goruntime "runtime"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"
	"unicode/utf16"

	"github.com/dop251/goja"
	"golang.org/x/sys/unix"
)

// Fuzzers for hostile input. Seed corpora live in testdata/fuzz/<FuzzName>/;
// `go test` runs them as regular tests and .ci/fuzz runs each fuzzer briefly.

// fuzzDeadline bounds every wait inside one fuzz input; a reader that stalls
// longer is reported as hung.
const fuzzDeadline = 10 * time.Second

// ---------------------------------------------------------------------------
// FuzzReader: the Channel's reader against a reference splitter.

// FuzzReader writes data into the peer end of a socketpair in chunks chosen
// by plan, some carrying descriptors (SCM_RIGHTS), and checks that the
// Channel delivers every complete line exactly once, in order, with the
// classification, validity and descriptor a reference model gives, then ends
// cleanly, without leaking descriptors and with allocation linear in the
// input. mode bit 0 ends the stream with Close instead of the peer's EOF;
// the other bits expand data (see readerStream).
func FuzzReader(f *testing.F) {
	// Warm up lazily created runtime descriptors (the netpoller's epoll and
	// eventfd) so they do not count as leaks.
	c, peer, err := Socketpair()
	if err != nil {
		f.Fatal(err)
	}
	peer.Close()
	c.Close()
	<-c.Done()
	f.Fuzz(func(t *testing.T, data, plan []byte, mode byte) {
		checkReader(t, readerStream(data, mode), plan, mode&1 == 1)
	})
}

// readerStream expands data per mode: bits 1-3 repeat it (x1 mostly, then
// x8, x64, x4096 up to 2 MiB in all); with bit 4 only data[:len-1] is
// repeated and the last byte follows once, which makes long lines (past the
// reader's 1 MiB hand-off size) from short inputs.
func readerStream(data []byte, mode byte) []byte {
	if len(data) == 0 {
		return nil
	}
	body, last := data, []byte(nil)
	if mode&16 != 0 && len(data) > 1 {
		body, last = data[:len(data)-1], data[len(data)-1:]
	}
	k := min([...]int{1, 1, 1, 1, 1, 8, 64, 4096}[mode>>1&7], max(1, (2<<20)/len(body)))
	return append(bytes.Repeat(body, k), last...)
}

// chunk is one sendmsg of the fuzzed peer.
type chunk struct {
	data   []byte
	fds    int  // descriptors attached
	socket bool // socketpair ends instead of pipe read ends
}

// maxChunks bounds the number of writes per input (the rest goes in one).
const maxChunks = 400

// planChunks cuts stream into writes: plan is read cyclically as (size, fd)
// byte pairs. size < 240 means size+1 bytes, else (size-239)*4 KiB; fd&3 is
// the number of descriptors attached (fd == 0xff: 70, more than the reader's
// room for 64; once per plan, later ones attach 3, so that the harness,
// which keeps both ends of every descriptor open, stays under the fd
// limit), fd&4 selects sockets over pipes.
func planChunks(stream, plan []byte) []chunk {
	var out []chunk
	overflowed := false
	for i := 0; len(stream) > 0; i++ {
		n := len(stream)
		var c chunk
		if len(plan) >= 2 && len(out) < maxChunks {
			s, fd := plan[2*i%(len(plan)&^1)], plan[(2*i+1)%(len(plan)&^1)]
			if s < 240 {
				n = int(s) + 1
			} else {
				n = int(s-239) * 4096
			}
			c.fds, c.socket = int(fd&3), fd&4 != 0
			if fd == 0xff && !overflowed {
				c.fds, overflowed = 70, true
			}
		}
		n = min(n, len(stream))
		c.data = stream[:n]
		stream = stream[n:]
		out = append(out, c)
	}
	return out
}

// refFrame is what the reference model expects for one line.
type refFrame struct {
	data     []byte
	valid    bool
	internal bool
	cmd      string
	fd       *unix.Stat_t // identity of the expected descriptor, if any
}

// refInternal classifies line with encoding/json, independently of the
// package's scanner: a JSON object whose last "cmd" member is a string of
// more than 5 UTF-16 units starting with "NODE_" (NODE-IPC.md §3). Invalid
// UTF-8 and lone surrogates decode to U+FFFD, one per byte, as in Decode.
func refInternal(line []byte) (bool, string) {
	var m map[string]json.RawMessage
	if json.Unmarshal(line, &m) != nil {
		return false, ""
	}
	raw, ok := m["cmd"]
	if !ok || raw[0] != '"' {
		return false, ""
	}
	var cmd string
	if json.Unmarshal(raw, &cmd) != nil {
		return false, ""
	}
	if len(utf16.Encode([]rune(cmd))) <= 5 || !strings.HasPrefix(cmd, "NODE_") {
		return false, ""
	}
	return true, cmd
}

// reference splits the stream of chunks into the frames the reader must
// deliver. The descriptors sent with chunk k queue up (only the first 64 of
// one write: the kernel drops the rest when the reader's control buffer is
// full) before any line that ends in chunk k; each internal NODE_HANDLE line
// pops the oldest one (NODE-IPC.md §4.2).
func reference(chunks []chunk, sent [][]unix.Stat_t) []refFrame {
	var out []refFrame
	var line []byte
	var queue []unix.Stat_t
	for k, c := range chunks {
		queue = append(queue, sent[k][:min(len(sent[k]), maxFDsPerRead)]...)
		for _, b := range c.data {
			if b != '\n' {
				line = append(line, b)
				continue
			}
			r := refFrame{data: line, valid: json.Valid(line)}
			if r.valid {
				r.internal, r.cmd = refInternal(line)
			}
			if r.internal && r.cmd == "NODE_HANDLE" && len(queue) > 0 {
				st := queue[0]
				r.fd = &st
				queue = queue[1:]
			}
			out = append(out, r)
			line = nil
		}
	}
	return out
}

// newHandleFDs opens n descriptors to pass (pipe read ends or socketpair
// ends) and returns them with their identities; close closes both ends.
func newHandleFDs(t *testing.T, n int, socket bool) (fds []int, ids []unix.Stat_t, closeAll func()) {
	var all []int
	closeAll = func() {
		for _, fd := range all {
			unix.Close(fd)
		}
	}
	for range n {
		var p [2]int
		var err error
		if socket {
			p, err = unix.Socketpair(unix.AF_UNIX, unix.SOCK_STREAM|unix.SOCK_CLOEXEC, 0)
		} else {
			err = unix.Pipe2(p[:], unix.O_CLOEXEC)
		}
		if err != nil {
			closeAll()
			t.Fatal(err)
		}
		all = append(all, p[0], p[1])
		var st unix.Stat_t
		if err := unix.Fstat(p[0], &st); err != nil {
			closeAll()
			t.Fatal(err)
		}
		fds = append(fds, p[0])
		ids = append(ids, st)
	}
	return fds, ids, closeAll
}

// writeChunk sends data on the blocking socket fd, with fds on the first
// sendmsg only.
func writeChunk(t *testing.T, fd int, data []byte, fds []int) {
	var oob []byte
	if len(fds) > 0 {
		oob = unix.UnixRights(fds...)
	}
	for len(data) > 0 {
		n, err := unix.SendmsgN(fd, data, oob, nil, 0)
		if err == unix.EINTR {
			continue
		}
		if err != nil {
			t.Fatalf("sendmsg: %v", err)
		}
		data, oob = data[n:], nil
	}
}

// readsUnderWay counts, per descriptor, the reads the package has under way.
var readsUnderWay = func() func(fd int) *atomic.Int32 {
	var counts sync.Map // fd → *atomic.Int32
	count := func(fd int) *atomic.Int32 {
		c, _ := counts.LoadOrStore(fd, new(atomic.Int32))
		return c.(*atomic.Int32)
	}
	receive = func(fd int, p, oob []byte) (int, int, error) {
		c := count(fd)
		c.Add(1)
		defer c.Add(-1)
		return recvmsg(fd, p, oob)
	}
	return count
}()

// waitConsumed waits until the reader has taken every byte (and descriptor)
// out of its socket's receive queue and its read has returned, so that the
// next write starts a new read. It polls, yielding between polls.
func waitConsumed(t *testing.T, fd int, deadline time.Time) {
	for {
		n, err := unix.IoctlGetInt(fd, unix.SIOCINQ)
		if err != nil {
			t.Fatalf("SIOCINQ: %v", err)
		}
		// The read that emptied the queue must also have returned: until
		// it does, it takes in whatever is written next, fds included.
		if n == 0 && readsUnderWay(fd).Load() == 0 {
			return
		}
		if time.Now().After(deadline) {
			t.Fatalf("reader hung with %d bytes unread", n)
		}
		goruntime.Gosched()
	}
}

// checkReader runs one FuzzReader input.
func checkReader(t *testing.T, stream, plan []byte, endWithClose bool) {
	chunks := planChunks(stream, plan)
	fdsBefore := openFDs(t)
	var ms goruntime.MemStats
	goruntime.ReadMemStats(&ms)
	allocBefore := ms.TotalAlloc

	c, peer, err := Socketpair()
	if err != nil {
		t.Fatal(err)
	}
	var (
		mu     sync.Mutex
		got    []Frame
		ended  = make(chan error, 1)
		closed bool
	)
	closeFrames := func() {
		for _, f := range got {
			if f.FD.Valid() {
				f.FD.Close()
			}
		}
	}
	defer func() {
		if !closed {
			c.Close()
			peer.Close()
			<-c.Done()
			mu.Lock()
			closeFrames()
			mu.Unlock()
		}
	}()
	if err := c.Start(func(fs []Frame) {
		mu.Lock()
		got = append(got, fs...)
		mu.Unlock()
	}, func(err error) { ended <- err }); err != nil {
		t.Fatal(err)
	}

	deadline := time.Now().Add(fuzzDeadline)
	peerFD := int(peer.Fd())
	sent := make([][]unix.Stat_t, len(chunks))
	for k, ch := range chunks {
		fds, ids, closeFDs := newHandleFDs(t, ch.fds, ch.socket)
		sent[k] = ids
		writeChunk(t, peerFD, ch.data, fds)
		closeFDs()
		waitConsumed(t, c.fd, deadline)
	}
	wantEnd := error(nil)
	if endWithClose {
		c.Close()
		wantEnd = ErrClosed
	} else {
		peer.Close()
	}
	select {
	case err := <-ended:
		if err != wantEnd {
			t.Fatalf("end: got %v, want %v", err, wantEnd)
		}
	case <-time.After(time.Until(deadline)):
		t.Fatal("reader did not end")
	}
	c.Close()
	peer.Close()
	select {
	case <-c.Done():
	case <-time.After(time.Until(deadline)):
		t.Fatal("channel goroutines did not exit")
	}
	closed = true
	mu.Lock()
	defer mu.Unlock()
	defer closeFrames()

	want := reference(chunks, sent)
	if len(got) != len(want) {
		t.Fatalf("got %d frames, want %d", len(got), len(want))
	}
	for i, w := range want {
		g := got[i]
		if !bytes.Equal(g.Data, w.data) {
			t.Fatalf("frame %d: data %q, want %q", i, g.Data, w.data)
		}
		if w.valid != (g.Err == nil) {
			t.Fatalf("frame %d %q: err %v, want valid=%v", i, g.Data, g.Err, w.valid)
		}
		if g.Err != nil {
			var se *SyntaxError
			if !errors.As(g.Err, &se) || se.Msg == "" || se.Offset < 0 || se.Offset > len(g.Data) {
				t.Fatalf("frame %d %q: bad error %#v", i, g.Data, g.Err)
			}
		}
		// Cmd may keep invalid UTF-8 bytes raw; JS sees U+FFFD for each.
		if g.Internal != w.internal || string([]rune(g.Cmd)) != w.cmd {
			t.Fatalf("frame %d %q: internal=%v cmd=%q, want %v %q", i, g.Data, g.Internal, g.Cmd, w.internal, w.cmd)
		}
		switch {
		case g.FD.Valid() != (w.fd != nil):
			t.Fatalf("frame %d %q: file %v, want descriptor=%v", i, g.Data, g.FD, w.fd != nil)
		case g.FD.Valid():
			var st unix.Stat_t
			if err := unix.Fstat(g.FD.Int(), &st); err != nil {
				t.Fatalf("frame %d: fstat: %v", i, err)
			}
			if st.Dev != w.fd.Dev || st.Ino != w.fd.Ino {
				t.Fatalf("frame %d %q: received the wrong descriptor", i, g.Data)
			}
		}
	}
	closeFrames()
	got = nil
	if n := openFDs(t); n != fdsBefore {
		t.Fatalf("descriptor leak: %d open before, %d after", fdsBefore, n)
	}
	goruntime.ReadMemStats(&ms)
	// The reader keeps at most a partial line plus one read's room, and hands
	// completed data over; everything here (including the reference model
	// and test harness) is linear in the input: its bytes, writes and lines.
	lines := bytes.Count(stream, []byte{'\n'})
	// Each descriptor received is queued until it is claimed or closed (the
	// bound allows for more than a queued FD costs); a write may attach
	// more than one read has room for (70), and the excess is dropped.
	fds := 0
	for _, c := range chunks {
		fds += min(c.fds, maxFDsPerRead)
	}
	if alloc, limit := ms.TotalAlloc-allocBefore, uint64(4<<20+40*len(stream)+4096*len(chunks)+1024*lines+2048*fds); alloc > limit {
		t.Fatalf("allocated %d bytes for a %d-byte stream of %d lines in %d writes (limit %d)", alloc, len(stream), lines, len(chunks), limit)
	}
}

// ---------------------------------------------------------------------------
// Oracles: goja's JSON, and node for the cases where goja is not V8.

// gojaJSON returns goja's JSON.parse and JSON.stringify.
func gojaJSON(vm *goja.Runtime) (parse, stringify goja.Callable) {
	j := vm.Get("JSON").ToObject(vm)
	parse, _ = goja.AssertFunction(j.Get("parse"))
	stringify, _ = goja.AssertFunction(j.Get("stringify"))
	return parse, stringify
}

// nodeOracle is a node process answering JSON.parse queries, started lazily
// once per test binary (per fuzz worker) and stopped with the test.
type nodeOracle struct {
	cmd *exec.Cmd
	in  io.WriteCloser
	out *bufio.Reader
}

// The oracle reads one base64 UTF-16LE text per line and answers
// J<base64 UTF-16LE of JSON.stringify(JSON.parse(text))> or
// E<base64 UTF-16LE of "Name: message">.
const nodeOracleScript = `
const rl = require('readline').createInterface({ input: process.stdin });
const enc = (s) => Buffer.from(s, 'utf16le').toString('base64');
rl.on('line', (l) => {
  const text = Buffer.from(l, 'base64').toString('utf16le');
  let r;
  try { r = 'J' + enc(JSON.stringify(JSON.parse(text))); } catch (e) { r = 'E' + enc(e.name + ': ' + e.message); }
  process.stdout.write(r + '\n');
});`

var (
	oracleMu sync.Mutex
	oracle   *nodeOracle
)

// nodeJSONParse returns node's JSON.stringify(JSON.parse(text)) or its
// error as "Name: message", for text given as UTF-16 code units.
func nodeJSONParse(t *testing.T, text []uint16) (result string, isErr bool) {
	oracleMu.Lock()
	defer oracleMu.Unlock()
	if oracle == nil {
		cmd := exec.Command("node", "-e", nodeOracleScript)
		cmd.Env = nodeEnv()
		cmd.Stderr = os.Stderr
		in, err := cmd.StdinPipe()
		if err != nil {
			t.Fatal(err)
		}
		out, err := cmd.StdoutPipe()
		if err != nil {
			t.Fatal(err)
		}
		if err := cmd.Start(); err != nil {
			t.Fatalf("start node oracle: %v", err)
		}
		oracle = &nodeOracle{cmd: cmd, in: in, out: bufio.NewReaderSize(out, 1<<16)}
	}
	b := make([]byte, 2*len(text))
	for i, u := range text {
		binary.LittleEndian.PutUint16(b[2*i:], u)
	}
	if _, err := io.WriteString(oracle.in, base64.StdEncoding.EncodeToString(b)+"\n"); err != nil {
		t.Fatalf("node oracle: %v", err)
	}
	line, err := oracle.out.ReadString('\n')
	if err != nil {
		t.Fatalf("node oracle: %v", err)
	}
	raw, err := base64.StdEncoding.DecodeString(strings.TrimSpace(line[1:]))
	if err != nil {
		t.Fatalf("node oracle: %q: %v", line, err)
	}
	units := make([]uint16, len(raw)/2)
	for i := range units {
		units[i] = binary.LittleEndian.Uint16(raw[2*i:])
	}
	return string(utf16.Decode(units)), line[0] == 'E'
}

// stopNodeOracle ends the oracle process, if one was started.
func stopNodeOracle() {
	oracleMu.Lock()
	defer oracleMu.Unlock()
	if oracle != nil {
		oracle.in.Close()
		_ = oracle.cmd.Wait()
		oracle = nil
	}
}

// ---------------------------------------------------------------------------
// FuzzDecode: Decode against JSON.parse.

// maxFuzzDepth bounds the array nesting FuzzDecode wraps around its input:
// node's JSON.stringify, used to compare values, overflows V8's stack past
// ~4000 levels.
const maxFuzzDepth = 2048

// FuzzDecode parses depth levels of '[' + data + ']' with Decode and checks
// it against goja's JSON.parse: the same validity and, compared through
// JSON.stringify, the same value. goja's JSON.parse is not V8's (it turns
// lone surrogates into U+FFFD and rejects numbers beyond float64), so where
// the two differ node is asked and Decode must agree with node. Errors must
// be SyntaxErrors with node's exact message, and the reader's validator
// (classify) must agree with Decode.
func FuzzDecode(f *testing.F) {
	f.Cleanup(stopNodeOracle)
	vm := goja.New()
	parse, stringify := gojaJSON(vm)
	f.Fuzz(func(t *testing.T, data []byte, depth uint16) {
		d := int(depth) % maxFuzzDepth
		text := make([]byte, 0, len(data)+2*d)
		text = append(append(append(text, bytes.Repeat([]byte{'['}, d)...), data...), bytes.Repeat([]byte{']'}, d)...)

		v, err := Decode(vm, text)
		_, _, serr := classify(text, new(sniffer))
		if (serr == nil) != (err == nil) {
			t.Fatalf("%q: classify error %v, Decode error %v", text, serr, err)
		}
		var decoded goja.Value // JSON.stringify(v) by goja
		if err == nil {
			if decoded, err = stringify(nil, v); err != nil {
				t.Fatalf("%q: stringify decoded value: %v", text, err)
			}
		} else if got := errorText(vm, err); serr == nil || got != "SyntaxError: "+serr.Msg {
			t.Fatalf("%q: Decode error %q, classify error %v", text, got, serr)
		}
		g, gerr := parse(nil, vm.ToValue(string(text)))
		agree := (err == nil) == (gerr == nil)
		if agree && err == nil {
			gs, serr := stringify(nil, g)
			if serr != nil {
				t.Fatalf("%q: stringify goja's value: %v", text, serr)
			}
			agree = gs.StrictEquals(decoded)
		}
		if agree && err == nil {
			return
		}
		// Disagreement with goja, or an error whose message only V8 knows:
		// node decides.
		want, wantErr := nodeJSONParse(t, utf16.Encode([]rune(string(text))))
		if err != nil {
			// The message quotes text; Go's view of it keeps invalid UTF-8
			// that JS sees as U+FFFD, one per byte.
			if got := string([]rune(errorText(vm, err))); !wantErr || got != want {
				t.Fatalf("%q: Decode: %s; node: %s (error=%v)", text, got, want, wantErr)
			}
			return
		}
		b, eerr := Encode(vm, v)
		if eerr != nil || wantErr || string(b) != want {
			t.Fatalf("%q: Decode gives %s (%v); node: %s (error=%v)", text, b, eerr, want, wantErr)
		}
	})
}

// ---------------------------------------------------------------------------
// FuzzEncodeRoundTrip: Encode against JSON.stringify, and back.

// FuzzEncodeRoundTrip builds a value from the fuzz bytes (nested objects and
// arrays, strings with lone and paired surrogates, U+2028, control
// characters, numbers of every kind, array-index and __proto__ keys,
// undefined, functions, symbols, boxed primitives) and checks that Encode
// produces exactly goja's JSON.stringify bytes, that AppendFrame frames them,
// and that Decode(Encode(v)) encodes to the same bytes again.
func FuzzEncodeRoundTrip(f *testing.F) {
	vm := goja.New()
	_, stringify := gojaJSON(vm)
	helpers, err := vm.RunString(`({
		set(o, k, v) { try { o[k] = v } catch (e) { /* a cyclic __proto__ */ } },
		define(o, k, v) { Object.defineProperty(o, k, {value: v, enumerable: true, writable: true, configurable: true}) },
		box(v) { return Object(v) },
		date(t) { return new Date(t) },
		keyed() { return {toJSON(k) { return typeof k + ':' + k }} },
		fn: function () {},
		sym: Symbol('s'),
	})`)
	if err != nil {
		f.Fatal(err)
	}
	h := helpers.ToObject(vm)
	call := func(name string) goja.Callable {
		fn, _ := goja.AssertFunction(h.Get(name))
		return fn
	}
	g := &valueGen{vm: vm, set: call("set"), define: call("define"), box: call("box"), date: call("date"), keyed: call("keyed"),
		fn: h.Get("fn"), sym: h.Get("sym")}
	f.Fuzz(func(t *testing.T, spec []byte) {
		g.reset(spec)
		v := g.value(0)
		got, err := Encode(vm, v)
		want, werr := stringify(nil, v)
		if err != nil || werr != nil {
			// Cycles: both throw a TypeError (goja's message is not V8's,
			// which TestEncodeMatchesNode checks).
			if err == nil || werr == nil || errorName(vm, err) != "TypeError" || errorName(vm, werr) != "TypeError" {
				t.Fatalf("Encode error: %v; JSON.stringify error: %v", err, werr)
			}
			return
		}
		if goja.IsUndefined(want) {
			if got != nil {
				t.Fatalf("Encode gave %q where JSON.stringify gives undefined", got)
			}
			if frame, err := AppendFrame(nil, vm, v); err != nil || string(frame) != "undefined\n" {
				t.Fatalf("AppendFrame: %q, %v", frame, err)
			}
			return
		}
		if string(got) != want.String() {
			t.Fatalf("Encode:\n%q\nJSON.stringify:\n%q", got, want.String())
		}
		if frame, err := AppendFrame([]byte("x"), vm, v); err != nil || string(frame) != "x"+string(got)+"\n" {
			t.Fatalf("AppendFrame: %q, %v", frame, err)
		}
		back, err := Decode(vm, got)
		if err != nil {
			t.Fatalf("Decode(%q): %v", got, err)
		}
		again, err := Encode(vm, back)
		if err != nil || !bytes.Equal(again, got) {
			t.Fatalf("round trip:\n%q\n%q (%v)", got, again, err)
		}
	})
}

// errorName returns the name of a thrown JS error.
func errorName(vm *goja.Runtime, err error) string {
	var ex *goja.Exception
	if !errors.As(err, &ex) {
		return ""
	}
	return ex.Value().ToObject(vm).Get("name").String()
}

// valueGen turns bytes into a JS value; every byte sequence is a valid
// recipe, and running out of bytes yields null.
type valueGen struct {
	vm                          *goja.Runtime
	src                         []byte
	set, define, box, date      goja.Callable
	keyed                       goja.Callable
	fn, sym                     goja.Value
	containers, units, backRefs int
	made                        []goja.Value // containers so far, for back-references
}

const (
	maxGenDepth      = 24
	maxGenContainers = 2000
	maxGenUnits      = 1 << 16
	maxGenBackRefs   = 6 // shared subtrees: bounds the output's growth
)

func (g *valueGen) reset(src []byte) {
	g.src, g.containers, g.units, g.backRefs = src, 0, 0, 0
	clear(g.made)
	g.made = g.made[:0]
}

func (g *valueGen) byte() byte {
	if len(g.src) == 0 {
		return 0
	}
	b := g.src[0]
	g.src = g.src[1:]
	return b
}

func (g *valueGen) bytesN(n int) []byte {
	var b [8]byte
	copy(b[:n], g.src)
	g.src = g.src[min(n, len(g.src)):]
	return b[:n]
}

// niceNumbers are values whose formatting has edge cases.
var niceNumbers = []float64{0, math.Copysign(0, -1), 1, -1, 0.1, 1e21, 1e-7, 1e-6, 123e-20, 1 << 53, 1<<53 + 2, -(1 << 31),
	1 << 32, 5e-324, math.MaxFloat64, math.Inf(1), math.Inf(-1), math.NaN(), 4.35, 1.0 / 3, 999999999999999900000, 1.7976931348623157e308 / 3}

func (g *valueGen) value(depth int) goja.Value {
	if len(g.src) == 0 {
		return goja.Null()
	}
	vm := g.vm
	b := g.byte()
	switch b % 16 {
	case 0:
		return goja.Null()
	case 1:
		return vm.ToValue(b&16 != 0)
	case 2:
		return goja.Undefined()
	case 3:
		return vm.ToValue(int32(binary.LittleEndian.Uint32(g.bytesN(4))))
	case 4:
		return vm.ToValue(math.Float64frombits(binary.LittleEndian.Uint64(g.bytesN(8))))
	case 5:
		return vm.ToValue(niceNumbers[int(g.byte())%len(niceNumbers)])
	case 6, 7:
		return g.str()
	case 8, 9:
		if depth >= maxGenDepth || g.containers >= maxGenContainers {
			return goja.Null()
		}
		g.containers++
		arr := vm.NewArray()
		g.made = append(g.made, arr)
		push, _ := goja.AssertFunction(arr.Get("push"))
		for n := int(g.byte() % 8); n > 0; n-- {
			if _, err := push(arr, g.value(depth+1)); err != nil {
				panic(err)
			}
		}
		return arr
	case 10, 11:
		if depth >= maxGenDepth || g.containers >= maxGenContainers {
			return goja.Null()
		}
		g.containers++
		o := vm.NewObject()
		g.made = append(g.made, o)
		for n := int(g.byte() % 8); n > 0; n-- {
			k := g.key()
			v := g.value(depth + 1)
			set := g.set
			if g.byte()&1 == 1 {
				set = g.define // defines "__proto__" as an own property
			}
			if _, err := set(nil, o, k, v); err != nil {
				panic(err)
			}
		}
		return o
	case 12:
		// A function, or a container made earlier: shared, or an ancestor
		// (a cycle).
		if b&16 != 0 || len(g.made) == 0 || g.backRefs >= maxGenBackRefs {
			return g.fn
		}
		g.backRefs++
		return g.made[int(g.byte())%len(g.made)]
	case 13:
		// A symbol, a Date (toJSON), or an object whose toJSON returns its key.
		var r goja.Value
		var err error
		switch g.byte() % 3 {
		case 0:
			return g.sym
		case 1:
			r, err = g.date(nil, vm.ToValue(niceNumbers[int(g.byte())%len(niceNumbers)]*1e9))
		default:
			r, err = g.keyed(nil)
		}
		if err != nil {
			panic(err)
		}
		return r
	case 14:
		// A boxed number, string or boolean.
		inner := [...]goja.Value{vm.ToValue(niceNumbers[int(b>>4)%len(niceNumbers)]), nil, vm.ToValue(b&32 != 0)}[int(g.byte())%3]
		if inner == nil {
			inner = g.str()
		}
		v, err := g.box(nil, inner)
		if err != nil {
			panic(err)
		}
		return v
	default:
		// A chain of nested arrays, up to 1020 deep (deeper than the
		// encoder's linear cycle check; goja's own is quadratic).
		if depth >= maxGenDepth || g.containers >= maxGenContainers {
			return goja.Null()
		}
		g.containers++
		n := int(g.byte()) * 4
		v := g.value(maxGenDepth) // a leaf
		for range n {
			v = vm.NewArray(v)
		}
		return v
	}
}

// key returns a property name: an array index, a name with index-like edge
// cases, or a generated string.
func (g *valueGen) key() goja.Value {
	b := g.byte()
	switch b % 4 {
	case 0:
		return g.vm.ToValue(int(g.byte()) % 12)
	case 1:
		names := [...]string{"__proto__", "0", "01", "-1", "4294967294", "4294967295", "1.5", "", "a", "toJSON", "constructor", "length"}
		return g.vm.ToValue(names[int(g.byte())%len(names)])
	}
	return g.str()
}

// str builds a string of UTF-16 units drawn from classes JSON.stringify
// treats differently.
func (g *valueGen) str() goja.Value {
	n := int(g.byte() % 24)
	units := make([]uint16, 0, n)
	for range n {
		if g.units >= maxGenUnits {
			break
		}
		g.units++
		b := g.byte()
		r := uint16(g.byte())
		switch b % 12 {
		case 0, 1:
			units = append(units, 0x20+r%0x5f) // printable ASCII
		case 2:
			units = append(units, r%0x20) // control characters
		case 3:
			units = append(units, [...]uint16{'"', '\\', '/', 0x7f, 0x2028, 0x2029, 0xfeff, 0xfffd, 0xffff, 0x00ff}[r%10])
		case 4:
			units = append(units, 0x80+r) // Latin-1 and beyond
		case 5:
			units = append(units, 0x3000+r*16)
		case 6:
			units = append(units, 0xd800+r*4) // lone high surrogate (unless a low one follows)
		case 7:
			units = append(units, 0xdc00+r*4) // lone low surrogate
		case 8, 9:
			units = append(units, 0xd83d, 0xde00+r%0x100) // a valid pair
		default:
			units = append(units, uint16(b)<<8|r)
		}
	}
	return g.vm.ToValue(goja.StringFromUTF16(units))
}
