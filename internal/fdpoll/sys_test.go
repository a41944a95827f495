package fdpoll

import (
	"errors"
	"reflect"
	"testing"

	"golang.org/x/sys/unix"
)

// TestSocketCalls checks the raw socket calls against what the kernel
// reports through golang.org/x/sys/unix: a listener accepts a nonblocking
// close-on-exec connection, Readable sees pending input, Dup makes a
// close-on-exec duplicate, SetNonblock and CloseOnExec set their flags,
// the socket options read and write, Shutdown ends the peer's input, and
// Close releases the descriptor (a second Close fails with EBADF); with
// nothing pending, Accept fails with EAGAIN.
func TestSocketCalls(t *testing.T) {
	ln, err := unix.Socket(unix.AF_INET, unix.SOCK_STREAM|unix.SOCK_NONBLOCK|unix.SOCK_CLOEXEC, 0)
	if err != nil {
		t.Fatal(err)
	}
	defer unix.Close(ln)
	if err := unix.Bind(ln, &unix.SockaddrInet4{Addr: [4]byte{127, 0, 0, 1}}); err != nil {
		t.Fatal(err)
	}
	if err := unix.Listen(ln, 1); err != nil {
		t.Fatal(err)
	}
	sa, err := unix.Getsockname(ln)
	if err != nil {
		t.Fatal(err)
	}
	client, err := unix.Socket(unix.AF_INET, unix.SOCK_STREAM|unix.SOCK_CLOEXEC, 0)
	if err != nil {
		t.Fatal(err)
	}
	defer unix.Close(client)
	if err := unix.Connect(client, sa); err != nil {
		t.Fatal(err)
	}
	if ok, err := Readable(ln); err != nil || !ok {
		t.Fatalf("Readable(listener with a pending connection) = %v, %v", ok, err)
	}
	conn, err := Accept(ln, unix.SOCK_NONBLOCK|unix.SOCK_CLOEXEC)
	if err != nil {
		t.Fatal(err)
	}
	if fl, _ := unix.FcntlInt(uintptr(conn), unix.F_GETFL, 0); fl&unix.O_NONBLOCK == 0 {
		t.Error("accepted connection is blocking")
	}
	wantCloexec(t, conn)
	if ok, err := Readable(conn); err != nil || ok {
		t.Fatalf("Readable(idle connection) = %v, %v", ok, err)
	}

	if err := SetsockoptInt(conn, unix.IPPROTO_TCP, unix.TCP_NODELAY, 1); err != nil {
		t.Fatal(err)
	}
	if v, err := unix.GetsockoptInt(conn, unix.IPPROTO_TCP, unix.TCP_NODELAY); err != nil || v == 0 {
		t.Fatalf("TCP_NODELAY after SetsockoptInt: %d, %v", v, err)
	}
	if v, err := GetsockoptInt(conn, unix.SOL_SOCKET, unix.SO_TYPE); err != nil || v != unix.SOCK_STREAM {
		t.Fatalf("GetsockoptInt(SO_TYPE) = %d, %v", v, err)
	}
	if _, err := GetsockoptInt(-1, unix.SOL_SOCKET, unix.SO_TYPE); !errors.Is(err, unix.EBADF) {
		t.Fatalf("GetsockoptInt(-1) error %v, want EBADF", err)
	}

	dup, err := Dup(client)
	if err != nil {
		t.Fatal(err)
	}
	wantCloexec(t, dup)
	if err := unix.SetNonblock(dup, false); err != nil {
		t.Fatal(err)
	}
	if err := SetNonblock(dup); err != nil {
		t.Fatal(err)
	}
	if fl, _ := unix.FcntlInt(uintptr(client), unix.F_GETFL, 0); fl&unix.O_NONBLOCK == 0 {
		t.Error("SetNonblock on a duplicate did not set the shared O_NONBLOCK")
	}
	unix.CloseOnExec(dup)
	if _, err := unix.FcntlInt(uintptr(dup), unix.F_SETFD, 0); err != nil {
		t.Fatal(err)
	}
	if err := CloseOnExec(dup); err != nil {
		t.Fatal(err)
	}
	wantCloexec(t, dup)
	if err := Close(dup); err != nil {
		t.Fatal(err)
	}
	if err := Close(dup); !errors.Is(err, unix.EBADF) {
		t.Fatalf("second Close: %v, want EBADF", err)
	}

	if err := Shutdown(client, unix.SHUT_WR); err != nil {
		t.Fatal(err)
	}
	if ok, err := Readable(conn); err != nil || !ok {
		t.Fatalf("Readable after the peer's shutdown = %v, %v", ok, err)
	}
	if n, err := Read(conn, make([]byte, 8)); n != 0 || err != nil {
		t.Fatalf("read after the peer's shutdown: %d, %v (want end of file)", n, err)
	}
	if err := Close(conn); err != nil {
		t.Fatal(err)
	}
	if _, err := Accept(ln, unix.SOCK_NONBLOCK); !errors.Is(err, unix.EAGAIN) {
		t.Fatalf("Accept with nothing pending: %v, want EAGAIN", err)
	}
}

func wantCloexec(t *testing.T, fd int) {
	t.Helper()
	if fl, err := unix.FcntlInt(uintptr(fd), unix.F_GETFD, 0); err != nil || fl&unix.FD_CLOEXEC == 0 {
		t.Errorf("descriptor %d is not close-on-exec (flags %#x, %v)", fd, fl, err)
	}
}

// TestAddressCalls checks Getsockname, Getpeername and Recvfrom against
// x/sys/unix's conversions for each family net and dgram use: IPv4 and
// IPv6 (port, address, zone) and Unix sockets (named, abstract, unnamed).
func TestAddressCalls(t *testing.T) {
	socket := func(domain, typ int) int {
		fd, err := unix.Socket(domain, typ|unix.SOCK_CLOEXEC, 0)
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { unix.Close(fd) })
		return fd
	}
	same := func(what string, got unix.Sockaddr, err error, want unix.Sockaddr, werr error) {
		t.Helper()
		if err != nil || werr != nil {
			t.Fatalf("%s: %v (x/sys/unix: %v)", what, err, werr)
		}
		if !reflect.DeepEqual(got, want) {
			t.Fatalf("%s = %#v, x/sys/unix says %#v", what, got, want)
		}
	}
	for _, c := range []struct {
		name   string
		domain int
		bind   unix.Sockaddr
	}{
		{"ipv4", unix.AF_INET, &unix.SockaddrInet4{Addr: [4]byte{127, 0, 0, 1}}},
		{"ipv6", unix.AF_INET6, &unix.SockaddrInet6{Addr: [16]byte{15: 1}}},
		{"unix", unix.AF_UNIX, &unix.SockaddrUnix{Name: t.TempDir() + "/s"}},
		{"abstract", unix.AF_UNIX, &unix.SockaddrUnix{Name: "@gonode-fdpoll-test"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			recv := socket(c.domain, unix.SOCK_DGRAM)
			if err := unix.Bind(recv, c.bind); err != nil {
				t.Fatal(err)
			}
			local, err := Getsockname(recv)
			want, werr := unix.Getsockname(recv)
			same("Getsockname", local, err, want, werr)

			send := socket(c.domain, unix.SOCK_DGRAM)
			if c.domain != unix.AF_UNIX {
				if err := unix.Bind(send, c.bind); err != nil { // an address of its own, a port for IP
					t.Fatal(err)
				}
			}
			if err := unix.Connect(send, want); err != nil {
				t.Fatal(err)
			}
			peer, err := Getpeername(send)
			wantPeer, werr := unix.Getpeername(send)
			same("Getpeername", peer, err, wantPeer, werr)

			if err := unix.Send(send, []byte("datagram"), 0); err != nil {
				t.Fatal(err)
			}
			buf := make([]byte, 16)
			n, from, err := Recvfrom(recv, buf, 0)
			if err != nil || string(buf[:n]) != "datagram" {
				t.Fatalf("Recvfrom: %q, %v", buf[:n], err)
			}
			if c.domain == unix.AF_UNIX {
				if from != nil { // an unnamed sender has no address
					t.Fatalf("Recvfrom's sender = %#v, want nil", from)
				}
				return
			}
			wantFrom, werr := unix.Getsockname(send)
			same("Recvfrom's sender", from, nil, wantFrom, werr)
		})
	}
	if _, err := Getsockname(-1); !errors.Is(err, unix.EBADF) {
		t.Fatalf("Getsockname(-1): %v, want EBADF", err)
	}
}
