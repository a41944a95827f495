package fdpoll

import (
	"errors"
	goruntime "runtime"
	"sync/atomic"
	"testing"
	"time"

	"golang.org/x/sys/unix"
)

const waitLimit = 10 * time.Second

// pair returns a registered Desc and the raw, blocking peer fd of a unix
// stream socketpair.
func pair(t *testing.T) (*Desc, int) {
	t.Helper()
	fds, err := unix.Socketpair(unix.AF_UNIX, unix.SOCK_STREAM|unix.SOCK_CLOEXEC, 0)
	if err != nil {
		t.Fatal(err)
	}
	if err := unix.SetNonblock(fds[0], true); err != nil {
		t.Fatal(err)
	}
	d, err := Open(fds[0])
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		d.Close()
		unix.Close(fds[1])
	})
	return d, fds[1]
}

// readOnce waits for data on d and returns what one read got.
func readOnce(t *testing.T, d *Desc) string {
	t.Helper()
	buf := make([]byte, 64)
	var n int
	var rerr error
	if err := d.Read(func(fd uintptr) bool {
		n, rerr = Read(int(fd), buf)
		return rerr != unix.EAGAIN
	}); err != nil {
		t.Fatal(err)
	}
	if rerr != nil {
		t.Fatal(rerr)
	}
	return string(buf[:n])
}

func TestReadWaitsForData(t *testing.T) {
	d, peer := pair(t)
	got := make(chan string, 1)
	go func() { got <- readOnce(t, d) }()
	if _, err := unix.Write(peer, []byte("hello")); err != nil {
		t.Fatal(err)
	}
	select {
	case s := <-got:
		if s != "hello" {
			t.Fatalf("read %q", s)
		}
	case <-time.After(waitLimit):
		t.Fatal("Read did not wake on data")
	}
}

// TestWriteReadinessOnlyWhileWaiting checks the point of the package: a
// writer blocked on a full socket wakes when the peer drains it, and once it
// is done the peer's reads no longer wake anyone for write readiness.
func TestWriteReadinessOnlyWhileWaiting(t *testing.T) {
	d, peer := pair(t)
	chunk := make([]byte, 64<<10)
	var total int
	for { // fill the socket
		n, err := Write(d.Fd(), chunk)
		if err == unix.EAGAIN {
			break
		}
		if err != nil {
			t.Fatal(err)
		}
		total += n
	}
	wrote := make(chan error, 1)
	go func() {
		wrote <- d.Write(func(fd uintptr) bool {
			_, err := Write(int(fd), []byte("x"))
			return err != unix.EAGAIN
		})
	}()
	buf := make([]byte, 64<<10)
	drained := 0
	for drained < total+1 {
		n, err := unix.Read(peer, buf)
		if err != nil {
			t.Fatal(err)
		}
		drained += n
	}
	select {
	case err := <-wrote:
		if err != nil {
			t.Fatal(err)
		}
	case <-time.After(waitLimit):
		t.Fatal("blocked Write did not wake when the peer drained the socket")
	}
	// Drop tokens left from before, then let the peer consume a write and
	// answer: the write space its read frees must not reach us. Any event
	// its read queued is reported no later than the answer's read
	// readiness, and notify hands out write tokens first.
	for _, ch := range []chan struct{}{d.wr, d.rd} {
		select {
		case <-ch:
		default:
		}
	}
	if _, err := Write(d.Fd(), []byte("ping")); err != nil {
		t.Fatal(err)
	}
	if n, err := unix.Read(peer, buf); err != nil || string(buf[:n]) != "ping" {
		t.Fatalf("peer read %q, %v", buf[:n], err)
	}
	if _, err := unix.Write(peer, []byte("pong")); err != nil {
		t.Fatal(err)
	}
	select {
	case <-d.rd:
	case <-time.After(waitLimit):
		t.Fatal("no read readiness for the answer")
	}
	select {
	case <-d.wr:
		t.Fatal("write readiness reported with no writer waiting")
	default:
	}
}

func TestCloseWakesWaitersAndWaitsForCallbacks(t *testing.T) {
	d, _ := pair(t)
	woke := make(chan error, 1)
	go func() {
		woke <- d.Read(func(uintptr) bool { return false })
	}()
	inCallback := make(chan struct{})
	release := make(chan struct{})
	controlled := make(chan struct{})
	go func() {
		_ = d.Control(func(uintptr) {
			close(inCallback)
			<-release
		})
		close(controlled)
	}()
	<-inCallback
	closed := make(chan error, 1)
	go func() { closed <- d.Close() }()
	select {
	case err := <-woke:
		if !errors.Is(err, ErrClosed) {
			t.Fatalf("Read returned %v, want ErrClosed", err)
		}
	case <-time.After(waitLimit):
		t.Fatal("Close did not wake a waiting Read")
	}
	select {
	case <-closed:
		t.Fatal("Close returned while a callback was still running")
	case <-time.After(20 * time.Millisecond):
	}
	close(release)
	<-controlled
	select {
	case err := <-closed:
		if err != nil {
			t.Fatal(err)
		}
	case <-time.After(waitLimit):
		t.Fatal("Close did not finish after the callback returned")
	}
	if err := d.Control(func(uintptr) {}); !errors.Is(err, ErrClosed) {
		t.Fatalf("Control after Close returned %v", err)
	}
}

// TestDetachKeepsTheDescriptor: Detach wakes a waiting Read as Close does,
// but leaves the descriptor open and out of the epoll set, and a Close
// after it does not close the descriptor either.
func TestDetachKeepsTheDescriptor(t *testing.T) {
	d, peer := pair(t)
	fd := d.Fd()
	woke := make(chan error, 1)
	go func() { woke <- d.Read(func(uintptr) bool { return false }) }()
	if !d.Detach() {
		t.Fatal("Detach of an open Desc reported false")
	}
	defer unix.Close(fd)
	select {
	case err := <-woke:
		if !errors.Is(err, ErrClosed) {
			t.Fatalf("Read returned %v, want ErrClosed", err)
		}
	case <-time.After(waitLimit):
		t.Fatal("Detach did not wake a waiting Read")
	}
	if d.Detach() || d.Close() != nil {
		t.Fatal("a second Detach or a Close after Detach did something")
	}
	if _, err := unix.FcntlInt(uintptr(fd), unix.F_GETFD, 0); err != nil {
		t.Fatalf("descriptor after Detach: %v", err)
	}
	err := epollCtl(d.p.epfd, unix.EPOLL_CTL_DEL, fd, nil)
	if !errors.Is(err, unix.ENOENT) {
		t.Fatalf("the descriptor is still in the epoll set (EPOLL_CTL_DEL: %v)", err)
	}
	if _, err := unix.Write(peer, []byte("x")); err != nil {
		t.Fatal(err)
	}
	buf := make([]byte, 4)
	if n, err := unix.Read(fd, buf); err != nil || string(buf[:n]) != "x" {
		t.Fatalf("read after Detach: %q, %v", buf[:n], err)
	}
}

func TestHangUpIsReported(t *testing.T) {
	d, peer := pair(t)
	if _, err := unix.Write(peer, []byte("data")); err != nil {
		t.Fatal(err)
	}
	if s := readOnce(t, d); s != "data" {
		t.Fatalf("read %q", s)
	}
	if d.HungUp() {
		t.Fatal("hang-up reported before the peer shut down")
	}
	select { // the data's wake-up, if the read above did not need it
	case <-d.rd:
	default:
	}
	if err := unix.Shutdown(peer, unix.SHUT_WR); err != nil {
		t.Fatal(err)
	}
	// notify records the hang-up before it hands out the wake-up.
	select {
	case <-d.rd:
	case <-time.After(waitLimit):
		t.Fatal("no wake-up for the hang-up")
	}
	if !d.HungUp() {
		t.Fatal("hang-up not reported")
	}
	if s := readOnce(t, d); s != "" {
		t.Fatalf("read %q, want end of file", s)
	}
}

// TestReadHandler checks that a read handler is called on the poller's
// goroutine for data and for a hang-up, and may read there.
func TestReadHandler(t *testing.T) {
	d, peer := pair(t)
	got := make(chan string, 4)
	d.SetReadHandler(func() {
		buf := make([]byte, 64)
		_ = d.Control(func(fd uintptr) {
			n, err := Read(int(fd), buf)
			switch {
			case err == unix.EAGAIN:
			case err != nil:
				got <- err.Error()
			default:
				got <- string(buf[:n])
			}
		})
	})
	if _, err := unix.Write(peer, []byte("one")); err != nil {
		t.Fatal(err)
	}
	want := func(s string) {
		t.Helper()
		select {
		case g := <-got:
			if g != s {
				t.Fatalf("handler read %q, want %q", g, s)
			}
		case <-time.After(waitLimit):
			t.Fatalf("handler not called for %q", s)
		}
	}
	want("one")
	if err := unix.Shutdown(peer, unix.SHUT_WR); err != nil {
		t.Fatal(err)
	}
	want("")
	if !d.HungUp() {
		t.Fatal("hang-up not reported before the handler ran")
	}
}

func TestPollRunsHandlersOnTheCaller(t *testing.T) {
	// With one P, the poller's goroutine seldom runs between the write and
	// Poll, so the data nearly always reaches the handler through Poll,
	// whether through an event or through a try of the hot descriptor. It
	// can run there (the write is a syscall, during which the runtime may
	// hand the P to it), and then the handler runs on it: every byte must
	// still be read once, and most of them inside Poll.
	defer goruntime.GOMAXPROCS(goruntime.GOMAXPROCS(1))
	d, peer := pair(t)
	var inPoll atomic.Bool
	var reads, readsInPoll atomic.Int32
	d.SetReadHandler(func() {
		buf := make([]byte, 8)
		_ = d.Control(func(fd uintptr) {
			if n, err := Read(int(fd), buf); err == nil && n > 0 {
				reads.Add(1)
				if inPoll.Load() {
					readsInPoll.Add(1)
				}
			}
		})
	})
	const writes = 100
	for i := int32(1); i <= writes; i++ {
		if _, err := unix.Write(peer, []byte("x")); err != nil {
			t.Fatal(err)
		}
		inPoll.Store(true)
		Poll()
		inPoll.Store(false)
		deadline := time.Now().Add(5 * time.Second)
		for reads.Load() < i && time.Now().Before(deadline) {
			goruntime.Gosched() // the poller's goroutine is finishing the read
		}
		if reads.Load() != i {
			t.Fatalf("write %d: %d reads got data", i, reads.Load())
		}
	}
	if n := readsInPoll.Load(); n < writes*9/10 {
		t.Fatalf("only %d of %d reads ran inside Poll", n, writes)
	}
	for i := 0; i <= hotTries; i++ {
		Poll()
	}
	if reads.Load() != writes {
		t.Fatalf("Poll with nothing sent read data: %d reads", reads.Load())
	}
}

func TestPollTriesTheHotDescriptor(t *testing.T) {
	defer goruntime.GOMAXPROCS(goruntime.GOMAXPROCS(1))
	d, peer := pair(t)
	var calls atomic.Int32
	d.SetReadHandler(func() {
		calls.Add(1)
		buf := make([]byte, 8)
		_ = d.Control(func(fd uintptr) { _, _ = Read(int(fd), buf) })
	})
	// Make Poll's next call an epoll_pwait: the hot descriptor, if any, is
	// another test's.
	for i := 0; i <= hotTries; i++ {
		Poll()
	}
	if _, err := unix.Write(peer, []byte("x")); err != nil {
		t.Fatal(err)
	}
	if n := Poll(); n != 1 || calls.Load() != 1 {
		t.Fatalf("the event: Poll handed out %d events, the handler ran %d times", n, calls.Load())
	}
	// d is hot: the next hotTries calls run its handler with nothing to
	// read, and report no events; the one after makes an epoll_pwait.
	for i := int32(1); i <= hotTries; i++ {
		if n := Poll(); n != 0 || calls.Load() != 1+i {
			t.Fatalf("try %d: Poll reported %d events, the handler ran %d times", i, n, calls.Load())
		}
	}
	if n := Poll(); n != 0 || calls.Load() != 1+hotTries {
		t.Fatalf("the epoll_pwait after the tries: %d events, handler ran %d times", n, calls.Load())
	}
	// A closed descriptor is hot no more.
	if err := d.Close(); err != nil {
		t.Fatal(err)
	}
	for i := 0; i <= 2*hotTries; i++ {
		Poll()
	}
	if calls.Load() != 1+hotTries {
		t.Fatalf("the handler of a closed descriptor ran: %d calls", calls.Load())
	}
}
