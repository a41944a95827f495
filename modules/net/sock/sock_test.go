package sock

import (
	"bytes"
	"errors"
	"io"
	"net"
	"os"
	"path/filepath"
	goruntime "runtime"
	"strconv"
	"strings"
	"testing"
	"time"

	"golang.org/x/sys/unix"

	"github.com/gonode/gonode/internal/fdpoll"
)

// loop stands in for the runtime's event loop: posted functions run on one
// goroutine, in order; do runs a function there and waits for it.
type loop struct {
	tasks chan func()
	done  chan struct{}
}

func newLoop(t *testing.T) *loop {
	return startLoop(t, false)
}

// newPollingLoop is newLoop whose goroutine calls fdpoll.Poll whenever it
// has no task, as the runtime's loop does before it sleeps: read handlers
// then also run on it.
func newPollingLoop(t *testing.T) *loop {
	return startLoop(t, true)
}

func startLoop(t *testing.T, poll bool) *loop {
	l := &loop{tasks: make(chan func(), 1024), done: make(chan struct{})}
	go func() {
		defer close(l.done)
		for {
			var fn func()
			ok := true
			if poll {
				select {
				case fn, ok = <-l.tasks:
				default:
					fdpoll.Poll()
					goruntime.Gosched()
					continue
				}
			} else {
				fn, ok = <-l.tasks
			}
			if !ok {
				return
			}
			fn()
		}
	}()
	t.Cleanup(func() {
		close(l.tasks)
		<-l.done
	})
	return l
}

func (l *loop) post(fn func()) { l.tasks <- fn }

func (l *loop) do(fn func()) {
	ch := make(chan struct{})
	l.tasks <- func() {
		fn()
		close(ch)
	}
	<-ch
}

const deadline = 10 * time.Second

func recvOrFail[T any](t *testing.T, ch <-chan T, what string) T {
	t.Helper()
	select {
	case v := <-ch:
		return v
	case <-time.After(deadline):
		t.Fatalf("timed out waiting for %s", what)
		panic("unreachable")
	}
}

// dialClients connects n clients to 127.0.0.1:port; they are closed when
// the test ends.
func dialClients(t *testing.T, port, n int) []net.Conn {
	t.Helper()
	var clients []net.Conn
	for i := 0; i < n; i++ {
		c, err := net.Dial("tcp", net.JoinHostPort("127.0.0.1", strconv.Itoa(port)))
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { c.Close() })
		clients = append(clients, c)
	}
	return clients
}

// listenLoopback makes a listener on 127.0.0.1:0 running on l.
func listenLoopback(t *testing.T, l *loop, onAccept func(*FD, error)) (*Listener, int) {
	t.Helper()
	fd, err := NewSocket(unix.AF_INET, unix.SOCK_STREAM)
	if err != nil {
		t.Fatal(err)
	}
	sa, _, _ := Sockaddr("127.0.0.1", 0)
	if err := fd.Bind(sa); err != nil {
		t.Fatal(err)
	}
	var ln *Listener
	l.do(func() { ln, err = Listen(fd, 128, l.post, onAccept) })
	if err != nil {
		t.Fatal(err)
	}
	local, err := fd.LocalAddr()
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { l.do(ln.Close) })
	return ln, AddrOf(local).Port
}

// TestStreamEcho accepts a connection from a Go client, echoes what it
// reads, and sees EOF; the client checks every byte came back.
func TestStreamEcho(t *testing.T) {
	l := newLoop(t)
	eof := make(chan error, 1)
	_, port := listenLoopback(t, l, func(c *FD, err error) {
		if err != nil {
			t.Errorf("accept: %v", err)
			return
		}
		var s *Stream
		s = NewStream(c, l.post, func(chunk []byte, err error) {
			if err != nil {
				eof <- err
				s.Shutdown(func(error) { s.Close() }, l.post)
				return
			}
			if _, werr := s.Write([][]byte{chunk}, func(error) {}); werr != nil {
				t.Errorf("write: %v", werr)
			}
		})
		s.ReadStart()
	})
	conn, err := net.Dial("tcp", net.JoinHostPort("127.0.0.1", strconv.Itoa(port)))
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	payload := bytes.Repeat([]byte("0123456789abcdef"), 1<<16) // 1 MiB
	go func() {
		_, _ = conn.Write(payload)
		_ = conn.(*net.TCPConn).CloseWrite()
	}()
	_ = conn.SetReadDeadline(time.Now().Add(deadline))
	got, err := io.ReadAll(conn)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, payload) {
		t.Fatalf("echo: got %d bytes, want %d", len(got), len(payload))
	}
	if err := recvOrFail(t, eof, "EOF"); err != io.EOF {
		t.Fatalf("read end: %v, want io.EOF", err)
	}
}

// TestStreamBackpressure stops reading on the server: the client's writes
// eventually queue in Go (the kernel buffers are full), and they complete
// once the server reads again.
func TestStreamBackpressure(t *testing.T) {
	l := newLoop(t)
	serverCh := make(chan *Stream, 1)
	var received int
	allIn := make(chan struct{})
	var total int
	_, port := listenLoopback(t, l, func(c *FD, err error) {
		s := NewStream(c, l.post, func(chunk []byte, err error) {
			received += len(chunk)
			if err == nil && received == total {
				close(allIn)
			}
		})
		serverCh <- s // not reading yet
	})
	cfd, err := NewSocket(unix.AF_INET, unix.SOCK_STREAM)
	if err != nil {
		t.Fatal(err)
	}
	sa, _, _ := Sockaddr("127.0.0.1", port)
	connected := make(chan error, 1)
	l.do(func() { Connect(cfd, sa, l.post, func(err error) { connected <- err }) })
	if err := recvOrFail(t, connected, "connect"); err != nil {
		t.Fatal(err)
	}
	var client *Stream
	l.do(func() { client = NewStream(cfd, l.post, func([]byte, error) {}) })
	server := recvOrFail(t, serverCh, "accept")

	// TryWrite writes what the kernel takes while nothing is queued.
	l.do(func() {
		if n := client.TryWrite([]byte("first")); n != 5 {
			t.Errorf("TryWrite to an idle stream wrote %d bytes, want 5", n)
		}
		total += 5
	})
	chunk := bytes.Repeat([]byte{'x'}, 64<<10)
	completed := make(chan error, 1<<12)
	queued := false
	for i := 0; i < 1<<12 && !queued; i++ {
		l.do(func() {
			async, werr := client.Write([][]byte{chunk}, func(err error) { completed <- err })
			if werr != nil {
				t.Fatal(werr)
			}
			total += len(chunk)
			queued = async && client.WriteQueueSize() > 0
		})
	}
	if !queued {
		t.Fatal("256 MiB written to a peer that does not read: no backpressure")
	}
	// It never overtakes queued writes.
	l.do(func() {
		if n := client.TryWrite([]byte("late")); n != 0 {
			t.Errorf("TryWrite behind queued writes wrote %d bytes", n)
		}
	})
	l.do(server.ReadStart)
	recvOrFail(t, allIn, "all bytes at the server")
	if err := recvOrFail(t, completed, "write completion"); err != nil {
		t.Fatalf("queued write: %v", err)
	}
	l.do(func() {
		if n := client.WriteQueueSize(); n != 0 {
			t.Errorf("write queue %d after the peer read everything", n)
		}
		client.Close()
		server.Close()
	})
}

// TestConnectRefused reports ECONNREFUSED through the callback.
func TestConnectRefused(t *testing.T) {
	l := newLoop(t)
	probe, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	port := probe.Addr().(*net.TCPAddr).Port
	probe.Close()
	fd, err := NewSocket(unix.AF_INET, unix.SOCK_STREAM)
	if err != nil {
		t.Fatal(err)
	}
	sa, _, _ := Sockaddr("127.0.0.1", port)
	res := make(chan error, 1)
	l.do(func() { Connect(fd, sa, l.post, func(err error) { res <- err }) })
	if err := recvOrFail(t, res, "connect"); !errors.Is(err, unix.ECONNREFUSED) {
		t.Fatalf("connect: %v, want ECONNREFUSED", err)
	}
	if Code(unix.ECONNREFUSED) != -111 || Code(io.EOF) != UVEOF || Code(nil) != 0 {
		t.Fatal("Code mapping")
	}
	l.do(func() { _ = fd.Close() })
}

// TestCloseWhileReading closes a stream whose reader is parked in the
// poller and one whose reader waits for ReadStart: both goroutines end and
// nothing is delivered afterwards.
func TestCloseWhileReading(t *testing.T) {
	l := newLoop(t)
	streams := make(chan *Stream, 2)
	delivered := make(chan struct{}, 4)
	_, port := listenLoopback(t, l, func(c *FD, err error) {
		s := NewStream(c, l.post, func([]byte, error) { delivered <- struct{}{} })
		streams <- s
	})
	clients := dialClients(t, port, 2)
	a, b := recvOrFail(t, streams, "accept"), recvOrFail(t, streams, "accept")
	l.do(func() {
		a.ReadStart() // parks in the poller
		a.Close()
		b.Close() // never started
	})
	// Peers see the connections closed.
	for _, c := range clients {
		_ = c.SetReadDeadline(time.Now().Add(deadline))
		if _, err := c.Read(make([]byte, 1)); err != io.EOF {
			t.Fatalf("peer read after close: %v, want EOF", err)
		}
	}
	l.do(func() {})
	select {
	case <-delivered:
		t.Fatal("a read was delivered after Close")
	default:
	}
}

// TestPacketRoundTrip sends datagrams to a Go UDP peer and back.
func TestPacketRoundTrip(t *testing.T) {
	l := newLoop(t)
	peer, err := net.ListenPacket("udp4", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer peer.Close()
	fd, err := NewSocket(unix.AF_INET, unix.SOCK_DGRAM)
	if err != nil {
		t.Fatal(err)
	}
	bindSA, _, _ := Sockaddr("127.0.0.1", 0)
	if err := fd.Bind(bindSA); err != nil {
		t.Fatal(err)
	}
	got := make(chan Datagram, 8)
	var p *Packet
	l.do(func() {
		p, err = NewPacket(fd, l.post, func(d Datagram, err error) {
			if err != nil {
				t.Errorf("recv: %v", err)
				return
			}
			got <- d
		})
		if err == nil {
			p.RecvStart()
		}
	})
	if err != nil {
		t.Fatal(err)
	}
	to, _, _ := Sockaddr("127.0.0.1", peer.LocalAddr().(*net.UDPAddr).Port)
	l.do(func() {
		if _, err := p.Send([][]byte{[]byte("hel"), []byte("lo")}, to, func(error) {}); err != nil {
			t.Error(err)
		}
	})
	buf := make([]byte, 64)
	_ = peer.SetReadDeadline(time.Now().Add(deadline))
	n, from, err := peer.ReadFrom(buf)
	if err != nil || string(buf[:n]) != "hello" {
		t.Fatalf("peer got %q, %v", buf[:n], err)
	}
	if _, err := peer.WriteTo([]byte("back"), from); err != nil {
		t.Fatal(err)
	}
	d := recvOrFail(t, got, "datagram")
	if string(d.Data) != "back" || AddrOf(d.From).Port != peer.LocalAddr().(*net.UDPAddr).Port {
		t.Fatalf("got %q from %+v", d.Data, AddrOf(d.From))
	}
	l.do(p.Close)
}

// TestKindOf tells sockets apart and refuses other descriptors.
func TestKindOf(t *testing.T) {
	f, err := os.Open(filepath.Join(t.TempDir(), "..")) // a directory
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	rc, _ := f.SyscallConn()
	_ = rc.Control(func(fd uintptr) {
		if _, err := KindOf(int(fd)); err != ErrNotSocket {
			t.Errorf("KindOf(directory) = %v, want ErrNotSocket", err)
		}
	})
	for _, c := range []struct{ domain, typ int }{{unix.AF_INET, unix.SOCK_STREAM}, {unix.AF_INET6, unix.SOCK_DGRAM}, {unix.AF_UNIX, unix.SOCK_STREAM}} {
		fd, err := NewSocket(c.domain, c.typ)
		if err != nil {
			t.Fatal(err)
		}
		k, err := KindOf(fd.Sysfd)
		if err != nil || k.Domain != c.domain || k.Type != c.typ {
			t.Errorf("KindOf = %+v, %v; want %d/%d", k, err, c.domain, c.typ)
		}
		flags, _ := unix.FcntlInt(uintptr(fd.Sysfd), unix.F_GETFD, 0)
		if flags&unix.FD_CLOEXEC == 0 {
			t.Error("socket is not close-on-exec")
		}
		_ = fd.Close()
	}
}

// TestAcceptEMFILE: out of descriptors, the listener closes the waiting
// connections (libuv's reserve-descriptor trick) instead of spinning on
// EMFILE, and accepts again once descriptors are free.
func TestAcceptEMFILE(t *testing.T) {
	var lim unix.Rlimit
	if err := unix.Getrlimit(unix.RLIMIT_NOFILE, &lim); err != nil {
		t.Fatal(err)
	}
	l := newLoop(t)
	accepted := make(chan int, 16)
	_, port := listenLoopback(t, l, func(c *FD, err error) {
		if err != nil {
			t.Errorf("accept error %v", err)
			return
		}
		_ = c.Close()
		accepted <- 1
	})
	sa, _, _ := Sockaddr("127.0.0.1", port)
	dialRaw := func() int {
		fd, err := unix.Socket(unix.AF_INET, unix.SOCK_STREAM|unix.SOCK_CLOEXEC, 0)
		if err != nil {
			t.Fatal(err)
		}
		tv := unix.NsecToTimeval(int64(deadline))
		_ = unix.SetsockoptTimeval(fd, unix.SOL_SOCKET, unix.SO_RCVTIMEO, &tv)
		if err := unix.Connect(fd, sa); err != nil {
			t.Fatal(err)
		}
		return fd
	}
	// Use up the descriptors under a low limit; the client's socket is
	// made first.
	client, err := unix.Socket(unix.AF_INET, unix.SOCK_STREAM|unix.SOCK_CLOEXEC, 0)
	if err != nil {
		t.Fatal(err)
	}
	defer unix.Close(client)
	low := lim
	low.Cur = 512
	if err := unix.Setrlimit(unix.RLIMIT_NOFILE, &low); err != nil {
		t.Fatal(err)
	}
	var hog []int
	release := func() {
		for _, fd := range hog {
			unix.Close(fd)
		}
		hog = nil
		_ = unix.Setrlimit(unix.RLIMIT_NOFILE, &lim)
	}
	defer release()
	for {
		fd, err := unix.Open("/dev/null", unix.O_RDONLY|unix.O_CLOEXEC, 0)
		if err != nil {
			break
		}
		hog = append(hog, fd)
	}
	tv := unix.NsecToTimeval(int64(deadline))
	_ = unix.SetsockoptTimeval(client, unix.SOL_SOCKET, unix.SO_RCVTIMEO, &tv)
	if err := unix.Connect(client, sa); err != nil {
		t.Fatal(err)
	}
	// The connection is dropped: the client sees EOF or a reset.
	n, err := unix.Read(client, make([]byte, 1))
	if n != 0 || (err != nil && err != unix.ECONNRESET) {
		t.Fatalf("client read %d, %v; want EOF or ECONNRESET", n, err)
	}
	release()
	// A connection made while the listener is still dropping may be
	// dropped too: try again until one is accepted.
	for attempt := 0; ; attempt++ {
		if attempt == 100 {
			t.Fatal("no connection accepted after descriptors were freed")
		}
		c := dialRaw()
		dropped := make(chan struct{})
		go func() {
			_, _ = unix.Read(c, make([]byte, 1))
			close(dropped)
		}()
		select {
		case <-accepted:
			unix.Close(c)
			<-dropped
			return
		case <-dropped:
			unix.Close(c)
		case <-time.After(deadline):
			t.Fatal("timed out waiting for accept after descriptors are free")
		}
	}
}

// TestStreamDetach detaches two streams, one whose reading was asked for in
// the same loop turn and one whose reader runs already (registered with the
// poller): each descriptor stays open and usable, nothing is read or
// delivered through the streams afterwards, and a second Detach does
// nothing.
func TestStreamDetach(t *testing.T) {
	l := newLoop(t)
	streams := make(chan *Stream, 2)
	delivered := make(chan struct{}, 4)
	_, port := listenLoopback(t, l, func(c *FD, err error) {
		streams <- NewStream(c, l.post, func([]byte, error) { delivered <- struct{}{} })
	})
	clients := dialClients(t, port, 2)
	a, b := recvOrFail(t, streams, "accept"), recvOrFail(t, streams, "accept")
	fds := []int{-1, -1}
	oks := []bool{false, false}
	l.do(func() {
		a.ReadStart()
		fds[0], oks[0] = a.Detach()
	})
	l.do(func() {
		b.ReadStart()
	})
	l.do(func() {
		fds[1], oks[1] = b.Detach()
		if _, again := b.Detach(); again {
			t.Error("a second Detach succeeded")
		}
	})
	for i, fd := range fds {
		if !oks[i] {
			t.Fatalf("Detach of stream %d failed", i)
		}
		defer unix.Close(fd)
	}
	for i, fd := range fds {
		// The descriptor is still the connection: what the peer sends is
		// there to read, and what is written reaches the peer.
		if _, err := clients[i].Write([]byte("ping")); err != nil {
			t.Fatal(err)
		}
		if _, err := unix.Write(fd, []byte("pong")); err != nil {
			t.Fatalf("write to detached descriptor %d: %v", i, err)
		}
		_ = clients[i].SetReadDeadline(time.Now().Add(deadline))
		got := make([]byte, 4)
		if _, err := io.ReadFull(clients[i], got); err != nil || string(got) != "pong" {
			t.Fatalf("peer %d read %q, %v", i, got, err)
		}
		pfd := []unix.PollFd{{Fd: int32(fd), Events: unix.POLLIN}}
		if n, err := unix.Poll(pfd, int(deadline/time.Millisecond)); n != 1 || err != nil {
			t.Fatalf("poll of detached descriptor %d: %d, %v", i, n, err)
		}
		buf := make([]byte, 8)
		if n, err := unix.Read(fd, buf); err != nil || string(buf[:n]) != "ping" {
			t.Fatalf("read from detached descriptor %d: %q, %v", i, buf[:n], err)
		}
	}
	l.do(func() {})
	select {
	case <-delivered:
		t.Fatal("a read was delivered through a detached stream")
	default:
	}
}

// TestWhenRead checks that WhenRead's callback comes after every byte the
// peer wrote before the call has been delivered, whether the reader was
// reading or waiting on the poller, with the peer's end open or closed.
func TestWhenRead(t *testing.T) {
	for _, peerCloses := range []bool{false, true} {
		l := newLoop(t)
		fds, err := unix.Socketpair(unix.AF_UNIX, unix.SOCK_STREAM|unix.SOCK_CLOEXEC, 0)
		if err != nil {
			t.Fatal(err)
		}
		peer := os.NewFile(uintptr(fds[1]), "peer")
		t.Cleanup(func() { peer.Close() })
		fd, err := Adopt(fds[0])
		if err != nil {
			t.Fatal(err)
		}
		var got bytes.Buffer // loop goroutine only
		s := NewStream(fd, l.post, func(chunk []byte, err error) { got.Write(chunk) })
		t.Cleanup(func() { l.do(s.Close) })
		l.do(s.ReadStart)
		want := bytes.Repeat([]byte("output "), 40000) // more than one read
		for round := 0; round < 3; round++ {
			if _, err := peer.Write(want); err != nil {
				t.Fatal(err)
			}
			if peerCloses && round == 2 {
				peer.Close()
			}
			seen := make(chan int, 1)
			l.do(func() { s.WhenRead(func() { seen <- got.Len() }) })
			if n := recvOrFail(t, seen, "WhenRead"); n != len(want)*(round+1) {
				t.Fatalf("round %d (peer closes %v): %d bytes delivered before WhenRead's callback, want %d", round, peerCloses, n, len(want)*(round+1))
			}
		}
	}
}

// TestDataBeforeEOFWhilePolling reads peers that write one byte and hang
// up, while the loop's goroutine calls fdpoll.Poll between its tasks as the
// runtime's loop does, so read handlers run on it and on the poller's
// goroutine at once. Every stream must deliver its byte, then EOF: two
// concurrent reads of one socket could hand EOF over first.
func TestDataBeforeEOFWhilePolling(t *testing.T) {
	l := newPollingLoop(t)
	const conns = 3000
	const batch = 16
	for i := 0; i < conns; i += batch {
		results := make(chan string, batch)
		for j := 0; j < batch; j++ {
			fds, err := unix.Socketpair(unix.AF_UNIX, unix.SOCK_STREAM|unix.SOCK_CLOEXEC, 0)
			if err != nil {
				t.Fatal(err)
			}
			fd, err := Adopt(fds[0])
			if err != nil {
				t.Fatal(err)
			}
			var events []string // loop goroutine only
			var s *Stream
			s = NewStream(fd, l.post, func(chunk []byte, err error) {
				if err != nil {
					events = append(events, err.Error())
					s.Close()
					results <- strings.Join(events, ",")
					return
				}
				events = append(events, string(chunk))
			})
			l.do(s.ReadStart)
			peer := os.NewFile(uintptr(fds[1]), "peer")
			if _, err := peer.Write([]byte("x")); err != nil {
				t.Fatal(err)
			}
			peer.Close()
		}
		for j := 0; j < batch; j++ {
			if got := recvOrFail(t, results, "EOF"); got != "x,EOF" {
				t.Fatalf("connection %d: delivered %q, want the byte, then EOF", i+j, got)
			}
		}
	}
}
