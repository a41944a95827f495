package ipc

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"net"
	"os"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"
	"unsafe"

	"golang.org/x/sys/unix"
)

const waitLimit = 20 * time.Second

// receiver collects what a Channel's reader delivers, in order.
type receiver struct {
	events  chan event
	pending []Frame
	limit   time.Duration // how long next waits; waitLimit by default
}

// event is one onBatch (frames) or the onEnd call (end=true).
type event struct {
	frames []Frame
	end    bool
	err    error
}

func startReceiver(t *testing.T, c *Channel) *receiver {
	t.Helper()
	r := &receiver{events: make(chan event, 1<<16), limit: waitLimit}
	err := c.Start(func(b []Frame) { r.events <- event{frames: b} }, func(err error) { r.events <- event{end: true, err: err} })
	if err != nil {
		t.Fatal(err)
	}
	return r
}

// next returns the next frame, failing the test after r.limit.
func (r *receiver) next(t *testing.T) Frame {
	t.Helper()
	deadline := time.NewTimer(r.limit)
	defer deadline.Stop()
	for len(r.pending) == 0 {
		select {
		case ev := <-r.events:
			if ev.end {
				t.Fatalf("stream ended (%v) while waiting for a frame", ev.err)
			}
			r.pending = ev.frames
		case <-deadline.C:
			t.Fatal("timed out waiting for a frame")
		}
	}
	f := r.pending[0]
	r.pending = r.pending[1:]
	return f
}

// waitEnd waits for the end notification; no frame may come before it.
func (r *receiver) waitEnd(t *testing.T) error {
	t.Helper()
	if len(r.pending) > 0 {
		t.Fatalf("unexpected frame before end: %q", r.pending[0].Data)
	}
	select {
	case ev := <-r.events:
		if !ev.end {
			t.Fatalf("unexpected frame before end: %q", ev.frames[0].Data)
		}
		return ev.err
	case <-time.After(waitLimit):
		t.Fatal("timed out waiting for the end of the stream")
	}
	return nil
}

func waitDone(t *testing.T, c *Channel) {
	t.Helper()
	select {
	case <-c.Done():
	case <-time.After(waitLimit):
		t.Fatal("channel goroutines did not exit")
	}
}

// openFDs counts this process's open file descriptors, leaving out epoll
// instances: Go's poller and fdpoll each create one on first use and keep
// it for the life of the process.
func openFDs(t *testing.T) int {
	t.Helper()
	ents, err := os.ReadDir("/proc/self/fd")
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, e := range ents {
		if target, _ := os.Readlink("/proc/self/fd/" + e.Name()); target != "anon_inode:[eventpoll]" {
			n++
		}
	}
	return n
}

// checkNoFDLeak fails the test if the fd count at cleanup differs from now.
func checkNoFDLeak(t *testing.T) {
	before := openFDs(t)
	t.Cleanup(func() {
		if after := openFDs(t); after != before {
			t.Errorf("fd leak: %d open fds before, %d after", before, after)
		}
	})
}

// pair returns two connected Channels: a from Socketpair, b adopted from the
// child end with FromFD.
func pair(t *testing.T) (a, b *Channel) {
	t.Helper()
	a, child, err := Socketpair()
	if err != nil {
		t.Fatal(err)
	}
	fd, err := unix.Dup(int(child.Fd()))
	if err != nil {
		t.Fatal(err)
	}
	child.Close()
	b, err = FromFD(fd)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { a.Close(); b.Close(); waitDone(t, a); waitDone(t, b) })
	return a, b
}

// rawPair returns a Channel and the raw (blocking) peer end.
func rawPair(t *testing.T) (*Channel, *os.File) {
	t.Helper()
	c, peer, err := Socketpair()
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { c.Close(); peer.Close(); waitDone(t, c) })
	return c, peer
}

func sendWait(t *testing.T, c *Channel, frame string, f *os.File) {
	t.Helper()
	done := make(chan error, 1)
	c.Send([]byte(frame), fileFD(f), func(err error) { done <- err })
	select {
	case err := <-done:
		if err != nil {
			t.Fatalf("send %q: %v", frame, err)
		}
	case <-time.After(waitLimit):
		t.Fatalf("send %q: done never called", frame)
	}
}

func TestFramingAndGarbage(t *testing.T) {
	checkNoFDLeak(t)
	c, peer := rawPair(t)
	r := startReceiver(t, c)
	stream := "\n" + "not json\n" + `{"a":1}` + "\r\n" + "  \n" + ` {"cmd":"NODE_X"} ` + "\n" +
		`{"cmd":"NODE_HANDLE","type":"net.Server","msg":1}` + "\n" + `"é😀"` + "\n" + `{"half":`
	// Dribble the stream a few bytes at a time (splitting UTF-8 sequences).
	for i := 0; i < len(stream); i += 3 {
		if _, err := peer.Write([]byte(stream[i:min(i+3, len(stream))])); err != nil {
			t.Fatal(err)
		}
	}
	peer.Close()

	expectErr := func(data, msg string) {
		t.Helper()
		f := r.next(t)
		if string(f.Data) != data || f.Err == nil || f.Err.Error() != msg || f.Internal || f.FD.Valid() {
			t.Fatalf("got %+v, want error %q for %q", f, msg, data)
		}
		var se *SyntaxError
		if !errors.As(f.Err, &se) {
			t.Fatalf("error %T is not a *SyntaxError", f.Err)
		}
	}
	expectErr("", "Unexpected end of JSON input")
	expectErr("not json", `Unexpected token 'o', "not json" is not valid JSON`)
	if f := r.next(t); string(f.Data) != "{\"a\":1}\r" || f.Err != nil || f.Internal {
		t.Fatalf("got %+v", f)
	}
	expectErr("  ", "Unexpected end of JSON input")
	if f := r.next(t); !f.Internal || f.Cmd != "NODE_X" || f.Err != nil {
		t.Fatalf("got %+v", f)
	}
	if f := r.next(t); !f.Internal || f.Cmd != "NODE_HANDLE" || f.FD.Valid() {
		t.Fatalf("NODE_HANDLE without fd: got %+v", f)
	}
	if f := r.next(t); string(f.Data) != `"é😀"` || f.Err != nil {
		t.Fatalf("got %+v", f)
	}
	if err := r.waitEnd(t); err != nil {
		t.Fatalf("end: %v", err)
	}
}

func TestManyFramesAndLongLines(t *testing.T) {
	t.Parallel()
	c, peer := rawPair(t)
	r := startReceiver(t, c)
	long := `"` + strings.Repeat("é", 3<<20) + `"` // 6 MB line, ~100 reads
	var want []string
	var stream bytes.Buffer
	for i := 0; i < 5000; i++ {
		want = append(want, fmt.Sprintf(`{"i":%d}`, i))
	}
	want = append(want, long, `{"after":"long"}`, long[:1<<20]+`"`)
	for _, w := range want {
		stream.WriteString(w)
		stream.WriteByte('\n')
	}
	writeErr := make(chan error, 1)
	go func() {
		_, err := peer.Write(stream.Bytes())
		peer.Close()
		writeErr <- err
	}()
	for i, w := range want {
		f := r.next(t)
		if string(f.Data) != w || f.Err != nil {
			t.Fatalf("frame %d: got %d bytes (err %v), want %d bytes", i, len(f.Data), f.Err, len(w))
		}
	}
	if err := <-writeErr; err != nil {
		t.Fatal(err)
	}
	if err := r.waitEnd(t); err != nil {
		t.Fatal(err)
	}
}

// sendRaw writes data on the raw peer with the given fds attached.
func sendRaw(t *testing.T, peer *os.File, data string, fds ...int) {
	t.Helper()
	var oob []byte
	if len(fds) > 0 {
		oob = unix.UnixRights(fds...)
	}
	if err := unix.Sendmsg(int(peer.Fd()), []byte(data), oob, nil, 0); err != nil {
		t.Fatal(err)
	}
}

func TestFDQueue(t *testing.T) {
	checkNoFDLeak(t)
	c, peer := rawPair(t)
	r := startReceiver(t, c)

	p1r, p1w, _ := os.Pipe()
	p2r, p2w, _ := os.Pipe()
	p3r, p3w, _ := os.Pipe()
	defer p1w.Close()
	defer p2w.Close()
	defer p3w.Close()
	// An fd that comes with a plain message waits in the FIFO.
	sendRaw(t, peer, `{"plain":1}`+"\n", int(p1r.Fd()), int(p2r.Fd()))
	p1r.Close()
	p2r.Close()
	if f := r.next(t); f.FD.Valid() || f.Internal {
		t.Fatalf("plain message took an fd: %+v", f)
	}
	// Each NODE_HANDLE frame pops one, in order; the frame itself may come
	// without fds.
	sendRaw(t, peer, `{"cmd":"NODE_HANDLE","type":"net.Native","msg":1}`+"\n"+`{"x":2}`+"\n"+`{"cmd":"NODE_HANDLE","type":"net.Native","msg":2}`+"\n", int(p3r.Fd()))
	p3r.Close()
	for i, w := range []*os.File{p1w, nil, p2w} {
		f := r.next(t)
		if (f.FD.Valid()) != (w != nil) {
			t.Fatalf("frame %d %s: file %v", i, f.Data, f.FD)
		}
		if w == nil {
			continue
		}
		// The received fd is the read end of the pipe we wrote to.
		msg := fmt.Sprintf("pipe-%d", i)
		if _, err := w.Write([]byte(msg)); err != nil {
			t.Fatal(err)
		}
		buf := make([]byte, 16)
		n, err := unix.Read(f.FD.Int(), buf)
		if err != nil || string(buf[:n]) != msg {
			t.Fatalf("frame %d: read %q, %v", i, buf[:n], err)
		}
		flags, err := unix.FcntlInt(uintptr(f.FD.Int()), unix.F_GETFD, 0)
		if err != nil || flags&unix.FD_CLOEXEC == 0 {
			t.Fatalf("received fd is not close-on-exec (%d, %v)", flags, err)
		}
		f.FD.Close()
	}
	// p3r is still queued; closing the channel must close it. Partial tail
	// is dropped.
	sendRaw(t, peer, `{"partial":`)
	peer.Close()
	if err := r.waitEnd(t); err != nil {
		t.Fatal(err)
	}
	c.Close()
	waitDone(t, c)
	// checkNoFDLeak verifies p3r's received copy was closed.
}

func TestSendAndReceiveBetweenChannels(t *testing.T) {
	checkNoFDLeak(t)
	a, b := pair(t)
	rb := startReceiver(t, b)
	ra := startReceiver(t, a)
	sendWait(t, a, `{"hello":"b"}`+"\n", nil)
	if f := rb.next(t); string(f.Data) != `{"hello":"b"}` {
		t.Fatalf("got %q", f.Data)
	}
	sendWait(t, b, `"hi a"`+"\n"+`"two frames in one Send"`+"\n", nil)
	if f := ra.next(t); string(f.Data) != `"hi a"` {
		t.Fatalf("got %q", f.Data)
	}
	if f := ra.next(t); string(f.Data) != `"two frames in one Send"` {
		t.Fatalf("got %q", f.Data)
	}
	// Handle passing: the fd arrives with the NODE_HANDLE frame.
	pr, pw, _ := os.Pipe()
	defer pw.Close()
	sendWait(t, a, `{"cmd":"NODE_HANDLE","type":"net.Native","msg":"p"}`+"\n", pr)
	pr.Close()
	f := rb.next(t)
	if !f.Internal || f.Cmd != "NODE_HANDLE" || !f.FD.Valid() {
		t.Fatalf("got %+v", f)
	}
	pw.Write([]byte("x"))
	buf := make([]byte, 1)
	if n, err := unix.Read(f.FD.Int(), buf); n != 1 || err != nil {
		t.Fatalf("read passed pipe: %d %v", n, err)
	}
	f.FD.Close()
}

func TestBackpressureAndOrder(t *testing.T) {
	checkNoFDLeak(t)
	a, b := pair(t)
	// Nobody reads b yet: the socket fills up and frames queue.
	const size = 60 << 10
	var mu sync.Mutex
	var doneOrder []int
	var frames [][]byte
	for i := 0; len(frames) < 20 || a.WriteQueueSize() == 0; i++ {
		frame := []byte(fmt.Sprintf(`{"i":%d,"pad":"%s"}`+"\n", i, strings.Repeat("x", size)))
		frames = append(frames, frame)
		a.Send(frame, FD{}, func(err error) {
			if err != nil {
				t.Errorf("frame %d: %v", i, err)
			}
			mu.Lock()
			doneOrder = append(doneOrder, i)
			mu.Unlock()
		})
		if i > 1000 {
			t.Fatal("socket never filled up")
		}
	}
	if q := a.WriteQueueSize(); q <= 0 || q > len(frames)*(size+20) {
		t.Fatalf("WriteQueueSize = %d", q)
	}
	// A handle frame queued behind the backlog must still carry its fd.
	pr, pw, _ := os.Pipe()
	defer pw.Close()
	handleDone := make(chan error, 1)
	a.Send([]byte(`{"cmd":"NODE_HANDLE","type":"net.Native","msg":"late"}`+"\n"), fileFD(pr), func(err error) { handleDone <- err })

	rb := startReceiver(t, b)
	for i, want := range frames {
		f := rb.next(t)
		if !bytes.Equal(f.Data, want[:len(want)-1]) || f.FD.Valid() {
			t.Fatalf("frame %d mismatch (%d bytes)", i, len(f.Data))
		}
	}
	f := rb.next(t)
	if f.Cmd != "NODE_HANDLE" || !f.FD.Valid() {
		t.Fatalf("handle frame: %+v", f)
	}
	f.FD.Close()
	if err := <-handleDone; err != nil {
		t.Fatal(err)
	}
	pr.Close()
	mu.Lock()
	defer mu.Unlock()
	if len(doneOrder) != len(frames) {
		t.Fatalf("%d done callbacks for %d frames", len(doneOrder), len(frames))
	}
	for i, v := range doneOrder {
		if v != i {
			t.Fatalf("done callbacks out of order: %v", doneOrder)
		}
	}
	if q := a.WriteQueueSize(); q != 0 {
		t.Fatalf("WriteQueueSize after drain = %d", q)
	}
}

// SendCopy frames queue as the channel's own copies (the caller's buffer is
// reused at once), interleave in order with Send frames and handles, and
// OnDrain reports the empty queue.
func TestSendCopyOrderAndDrain(t *testing.T) {
	checkNoFDLeak(t)
	a, b := pair(t)
	drained := make(chan struct{}, 1<<10)
	a.OnDrain(func() { drained <- struct{}{} })
	// Nobody reads b yet: the socket fills up and frames queue.
	var want [][]byte
	buf := make([]byte, 0, 256)
	pending := 0
	for i := 0; pending < 2000; i++ {
		buf = fmt.Appendf(buf[:0], `{"i":%d,"pad":"%s"}`+"\n", i, strings.Repeat("y", i%200))
		want = append(want, bytes.Clone(buf[:len(buf)-1]))
		p, err := a.SendCopy(buf)
		if err != nil {
			t.Fatal(err)
		}
		if p {
			pending++
		}
		clear(buf) // the channel must not have kept it
		if i > 200000 {
			t.Fatal("socket never filled up")
		}
	}
	// A handle frame behind the copies keeps its place and its fd, and a
	// copy after it does not join the copies before it.
	pr, pw, _ := os.Pipe()
	defer pw.Close()
	handleDone := make(chan error, 1)
	a.Send([]byte(`{"cmd":"NODE_HANDLE","type":"net.Native","msg":"late"}`+"\n"), fileFD(pr), func(err error) { handleDone <- err })
	if _, err := a.SendCopy([]byte(`"last"` + "\n")); err != nil {
		t.Fatal(err)
	}
	if a.WriteQueueSize() == 0 {
		t.Fatal("nothing queued")
	}
	rb := startReceiver(t, b)
	for i, w := range want {
		if f := rb.next(t); !bytes.Equal(f.Data, w) || f.FD.Valid() {
			t.Fatalf("frame %d: got %q, want %q", i, f.Data, w)
		}
	}
	if f := rb.next(t); f.Cmd != "NODE_HANDLE" || !f.FD.Valid() {
		t.Fatalf("handle frame: %+v", f)
	} else {
		f.FD.Close()
	}
	if f := rb.next(t); string(f.Data) != `"last"` {
		t.Fatalf("last frame: %q", f.Data)
	}
	if err := <-handleDone; err != nil {
		t.Fatal(err)
	}
	pr.Close()
	select {
	case <-drained:
	case <-time.After(waitLimit):
		t.Fatal("OnDrain never called")
	}
	if q := a.WriteQueueSize(); q != 0 {
		t.Fatalf("WriteQueueSize after drain = %d", q)
	}
	// After Close, SendCopy fails at once.
	a.Close()
	if p, err := a.SendCopy([]byte("1\n")); p || !errors.Is(err, ErrClosed) {
		t.Fatalf("SendCopy after Close: %v, %v", p, err)
	}
}

// SendBuffer queues the caller's buffer itself, in order with copies, and
// TakeBuffer hands written buffers back.
func TestSendBufferKeepsOrderAndRecycles(t *testing.T) {
	checkNoFDLeak(t)
	a, b := pair(t)
	var want [][]byte
	given := 0
	for i := 0; given < 8; i++ {
		frame := fmt.Appendf(nil, `{"i":%d,"pad":"%s"}`+"\n", i, strings.Repeat("z", 20000))
		want = append(want, bytes.Clone(frame[:len(frame)-1]))
		var pending bool
		var err error
		if i%3 == 0 {
			pending, err = a.SendCopy(frame)
		} else if pending, err = a.SendBuffer(frame); pending {
			given++
		}
		if err != nil {
			t.Fatal(err)
		}
		if i > 10000 {
			t.Fatal("socket never filled up")
		}
	}
	if buf := a.TakeBuffer(1); buf != nil {
		t.Fatalf("a buffer back before anything queued was written (cap %d)", cap(buf))
	}
	// The writer recycles buffers before it reports the drain. The queue
	// is full here, so the drain comes after this registration. (Its
	// size alone would not do: it falls to 0 as the last write returns,
	// before the written buffers are recycled.)
	drained := make(chan struct{}, 1)
	a.OnDrain(func() {
		select {
		case drained <- struct{}{}:
		default:
		}
	})
	rb := startReceiver(t, b)
	for i, w := range want {
		if f := rb.next(t); !bytes.Equal(f.Data, w) {
			t.Fatalf("frame %d: got %d bytes, want %d", i, len(f.Data), len(w))
		}
	}
	select {
	case <-drained:
	case <-time.After(waitLimit):
		t.Fatal("OnDrain never called")
	}
	if buf := a.TakeBuffer(20000); buf == nil || len(buf) != 0 || cap(buf) < 20000 {
		t.Fatalf("TakeBuffer after the writes: len %d cap %d", len(buf), cap(buf))
	}
}

func TestConcurrentSenders(t *testing.T) {
	t.Parallel()
	a, b := pair(t)
	rb := startReceiver(t, b)
	const senders, each = 4, 2000
	var wg sync.WaitGroup
	for s := 0; s < senders; s++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < each; i++ {
				a.Send([]byte(fmt.Sprintf(`{"s":%d,"i":%d}`+"\n", s, i)), FD{}, nil)
			}
		}()
	}
	next := make([]int, senders)
	for n := 0; n < senders*each; n++ {
		var s, i int
		f := rb.next(t)
		if _, err := fmt.Sscanf(string(f.Data), `{"s":%d,"i":%d}`, &s, &i); err != nil || next[s] != i {
			t.Fatalf("frame %q out of order (want i=%d)", f.Data, next[s])
		}
		next[s]++
	}
	wg.Wait()
}

func TestCloseAndErrors(t *testing.T) {
	checkNoFDLeak(t)
	a, b := pair(t)
	ra := startReceiver(t, a)
	rb := startReceiver(t, b)

	// Peer closes: reader sees EOF, writes fail with EPIPE.
	b.Close()
	b.Close() // idempotent
	if err := rb.waitEnd(t); err != ErrClosed {
		t.Fatalf("local close: end = %v", err)
	}
	if err := ra.waitEnd(t); err != nil {
		t.Fatalf("peer close: end = %v", err)
	}
	done := make(chan error, 1)
	a.Send([]byte("{}\n"), FD{}, func(err error) { done <- err })
	if err := <-done; !errors.Is(err, syscall.EPIPE) {
		t.Fatalf("send to closed peer: %v", err)
	}
	a.Close()
	a.Send([]byte("{}\n"), FD{}, func(err error) { done <- err })
	if err := <-done; err != ErrClosed {
		t.Fatalf("send after close: %v", err)
	}
	if err := a.Start(nil, nil); err == nil {
		t.Fatal("second Start succeeded")
	}
	waitDone(t, a)
	waitDone(t, b)
}

func TestCloseFailsQueuedFrames(t *testing.T) {
	checkNoFDLeak(t)
	c, _ := rawPair(t) // the peer never reads
	var errs []error
	var mu sync.Mutex
	n := 0
	for c.WriteQueueSize() == 0 {
		n++
		c.Send([]byte(`"`+strings.Repeat("y", 64<<10)+`"`+"\n"), FD{}, func(err error) {
			mu.Lock()
			errs = append(errs, err)
			mu.Unlock()
		})
	}
	c.Send([]byte("{}\n"), FD{}, func(err error) {
		mu.Lock()
		errs = append(errs, err)
		mu.Unlock()
	})
	c.Close()
	waitDone(t, c)
	mu.Lock()
	defer mu.Unlock()
	if len(errs) != n+1 || errs[len(errs)-1] != ErrClosed {
		t.Fatalf("callbacks: %d for %d frames, last %v", len(errs), n+1, errs[len(errs)-1])
	}
	if c.WriteQueueSize() != 0 {
		t.Fatalf("WriteQueueSize after close = %d", c.WriteQueueSize())
	}
}

func TestCloseBeforeStart(t *testing.T) {
	checkNoFDLeak(t)
	c, peer := rawPair(t)
	peer.Close()
	c.Close()
	end := make(chan error, 1)
	if err := c.Start(func([]Frame) {}, func(err error) { end <- err }); err != nil {
		t.Fatal(err)
	}
	if err := <-end; err != ErrClosed {
		t.Fatalf("end = %v", err)
	}
	waitDone(t, c)
}

func TestFromFDErrors(t *testing.T) {
	checkNoFDLeak(t)
	if _, err := FromFD(-1); err == nil || !strings.Contains(err.Error(), "bad file descriptor") {
		t.Fatalf("FromFD(-1): %v", err)
	}
	pr, pw, _ := os.Pipe()
	defer pr.Close()
	defer pw.Close()
	if _, err := FromFD(int(pr.Fd())); err == nil || !strings.Contains(err.Error(), "is not a socket") {
		t.Fatalf("FromFD(pipe): %v", err)
	}
	f, err := os.Open("/proc/self/status")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if _, err := FromFD(int(f.Fd())); err == nil || !strings.Contains(err.Error(), "is not a socket") {
		t.Fatalf("FromFD(file): %v", err)
	}
	udp, err := net.ListenPacket("udp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer udp.Close()
	uf, _ := udp.(*net.UDPConn).File()
	defer uf.Close()
	if _, err := FromFD(int(uf.Fd())); err == nil || !strings.Contains(err.Error(), "not a stream socket") {
		t.Fatalf("FromFD(udp): %v", err)
	}
	// The rejected fds are still ours and usable.
	if _, err := pw.Write([]byte("ok")); err != nil {
		t.Fatal(err)
	}
	buf := make([]byte, 2)
	if _, err := io.ReadFull(pr, buf); err != nil {
		t.Fatal(err)
	}
}

func TestSocketpairCloexec(t *testing.T) {
	c, child := rawPair(t)
	for _, fd := range []int{c.FD(), int(child.Fd())} {
		flags, err := unix.FcntlInt(uintptr(fd), unix.F_GETFD, 0)
		if err != nil || flags&unix.FD_CLOEXEC == 0 {
			t.Fatalf("fd %d not close-on-exec", fd)
		}
	}
	if fl, _ := unix.FcntlInt(child.Fd(), unix.F_GETFL, 0); fl&unix.O_NONBLOCK != 0 {
		t.Fatal("child end is non-blocking")
	}
}

func TestBadHandleFailsOnlyItsFrame(t *testing.T) {
	checkNoFDLeak(t)
	a, b := pair(t)
	// No process has this many descriptors open: sendmsg fails with EBADF.
	closed := NewFD(1 << 30)
	// Direct path: the error is immediate.
	done := make(chan error, 3)
	a.Send([]byte(`{"cmd":"NODE_HANDLE","type":"net.Native","msg":0}`+"\n"), closed, func(err error) { done <- err })
	if err := <-done; err == nil || !strings.Contains(err.Error(), "passing handle") {
		t.Fatalf("direct send with closed file: %v", err)
	}
	// Queued path: fill the socket, then a bad handle between good frames.
	big := []byte(`"` + strings.Repeat("z", 1<<20) + `"` + "\n")
	a.Send(big, FD{}, func(err error) { done <- err })
	if a.WriteQueueSize() == 0 {
		t.Fatal("socket did not fill up")
	}
	a.Send([]byte(`{"cmd":"NODE_HANDLE","type":"net.Native","msg":1}`+"\n"), closed, func(err error) { done <- err })
	a.Send([]byte(`"after"`+"\n"), FD{}, func(err error) { done <- err })
	rb := startReceiver(t, b)
	if f := rb.next(t); len(f.Data) != len(big)-1 {
		t.Fatalf("got %d bytes", len(f.Data))
	}
	if f := rb.next(t); string(f.Data) != `"after"` {
		t.Fatalf("got %q", f.Data)
	}
	if err := <-done; err != nil {
		t.Fatalf("big frame: %v", err)
	}
	if err := <-done; err == nil || !strings.Contains(err.Error(), "passing handle") {
		t.Fatalf("queued send with closed file: %v", err)
	}
	if err := <-done; err != nil {
		t.Fatalf("frame after the bad handle: %v", err)
	}
}

// TestReleaseReusesBatchBuffer: a batch given back with Release holds the
// next batch that fits, whose frames are intact; batches of empty lines
// can be released too.
func TestReleaseReusesBatchBuffer(t *testing.T) {
	checkNoFDLeak(t)
	a, b := pair(t)
	batches := make(chan []Frame, 16)
	if err := b.Start(func(f []Frame) { batches <- f }, func(error) {}); err != nil {
		t.Fatal(err)
	}
	recv := func() []Frame {
		t.Helper()
		select {
		case f := <-batches:
			return f
		case <-time.After(waitLimit):
			t.Fatal("timed out waiting for a batch")
		}
		return nil
	}
	big := `"` + strings.Repeat("y", 70000) + `"`
	sendWait(t, a, big+"\n", nil)
	first := recv()
	base := unsafe.SliceData(first[0].Data)
	b.Release(first)
	sendWait(t, a, `{"i":1}`+"\n"+`"two"`+"\n", nil)
	var got []Frame
	for len(got) < 2 {
		got = append(got, recv()...)
	}
	if unsafe.SliceData(got[0].Data) != base {
		t.Errorf("the released buffer was not reused")
	}
	if string(got[0].Data) != `{"i":1}` || string(got[1].Data) != `"two"` {
		t.Fatalf("got %q %q", got[0].Data, got[1].Data)
	}
	b.Release(got[:1])
	sendWait(t, a, "\n\n", nil)
	var empty []Frame
	for len(empty) < 2 {
		empty = append(empty, recv()...)
	}
	if len(empty[0].Data) != 0 || empty[0].Err == nil {
		t.Fatalf("empty line: %+v", empty[0])
	}
	b.Release(empty)
	a.Close()
	b.Close()
	waitDone(t, a)
	waitDone(t, b)
}

// With LeaveChecksToDecode, lines that cannot be internal come unchecked
// (Decode reports their error), while the lines that may be internal are
// classified, checked and claim descriptors as before.
func TestLeaveChecksToDecode(t *testing.T) {
	checkNoFDLeak(t)
	c, peer := rawPair(t)
	c.LeaveChecksToDecode()
	r := startReceiver(t, c)
	pr, pw, err := os.Pipe()
	if err != nil {
		t.Fatal(err)
	}
	defer pw.Close()
	lines := []string{
		`{"plain":1}`,
		`{"bad":`,
		``,
		`{"cmd":"\u004eODE_X","n":1}`,
		`{"cmd":"NODE_HANDLE","bad":`,
		`{"cmd":"NODE_HANDLE","type":"net.Native","msg":1}`,
	}
	sendRaw(t, peer, strings.Join(lines, "\n")+"\n", int(pr.Fd()))
	pr.Close()
	vm := newVM(t)
	for i, line := range lines {
		f := r.next(t)
		if string(f.Data) != line {
			t.Fatalf("frame %d: got %q, want %q", i, f.Data, line)
		}
		_, derr := Decode(vm, f.Data)
		switch i {
		case 0:
			if f.Err != nil || f.Internal || derr != nil {
				t.Errorf("plain line: %+v, decode %v", f, derr)
			}
		case 1, 2:
			// Unchecked: the reader passes them on, Decode fails.
			if f.Err != nil || f.Internal || f.FD.Valid() || derr == nil {
				t.Errorf("invalid plain line %q: %+v, decode %v", line, f, derr)
			}
		case 3:
			if f.Err != nil || !f.Internal || f.Cmd != "NODE_X" || f.FD.Valid() {
				t.Errorf("escaped internal line: %+v", f)
			}
		case 4:
			// May be internal: checked, and an invalid line claims nothing.
			if f.Err == nil || f.Internal || f.FD.Valid() {
				t.Errorf("invalid internal-looking line: %+v", f)
			}
		case 5:
			if f.Err != nil || !f.Internal || f.Cmd != "NODE_HANDLE" || !f.FD.Valid() {
				t.Fatalf("NODE_HANDLE line: %+v", f)
			}
			f.FD.Close()
		}
	}
}
