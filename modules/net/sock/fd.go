// Package sock runs nonblocking, close-on-exec socket descriptors on
// internal/fdpoll, for gonode's net and dgram modules. It knows nothing of
// JavaScript: results reach the event loop through a post function (the
// runtime's Post), and every method not documented as goroutine-safe must be
// called from the loop goroutine.
//
// Stream reads run on one goroutine per socket until a read finds the
// socket empty; the next read is then made by the poller's goroutine when
// the socket becomes readable, and results reach the loop in batches.
// Datagrams are read on the loop itself, as libuv reads them (see Packet). Accepts
// run on one goroutine per listener that parks in the poller. Writes are
// attempted directly on the loop (nonblocking) and only a remainder the
// kernel would not take goes to a writer goroutine, so the loop never
// blocks.
package sock

import (
	"errors"
	"fmt"
	"io"
	"syscall"
	"unsafe"

	"golang.org/x/sys/unix"

	"github.com/gonode/gonode/internal/fdpoll"
)

// FD is one socket descriptor. It starts raw (for bind and setsockopt) and is
// registered with the poller once it listens or connects.
type FD struct {
	// Sysfd is the descriptor number; valid until Close.
	Sysfd  int
	pd     *fdpoll.Desc // set by register
	closed bool
}

// NewSocket creates a nonblocking, close-on-exec socket.
func NewSocket(domain, typ int) (*FD, error) {
	fd, err := unix.Socket(domain, typ|unix.SOCK_NONBLOCK|unix.SOCK_CLOEXEC, 0)
	if err != nil {
		return nil, fmt.Errorf("socket: %w", err)
	}
	return &FD{Sysfd: fd}, nil
}

// Adopt takes ownership of fd, an existing socket (for example one given
// by number), making it nonblocking and close-on-exec.
func Adopt(fd int) (*FD, error) {
	if err := fdpoll.CloseOnExec(fd); err != nil {
		return nil, fmt.Errorf("set close-on-exec: %w", err)
	}
	return AdoptCloseOnExec(fd)
}

// AdoptCloseOnExec is Adopt for a descriptor that is close-on-exec already,
// as one received over IPC (recvmsg with MSG_CMSG_CLOEXEC) is: it only
// makes fd nonblocking, which a sender's socket usually is already.
func AdoptCloseOnExec(fd int) (*FD, error) {
	if err := fdpoll.SetNonblock(fd); err != nil {
		return nil, fmt.Errorf("set nonblocking: %w", err)
	}
	return &FD{Sysfd: fd}, nil
}

// register puts the descriptor in the poller.
func (f *FD) register() error {
	if f.pd != nil {
		return nil
	}
	pd, err := fdpoll.Open(f.Sysfd)
	if err != nil {
		return fmt.Errorf("register socket: %w", err)
	}
	f.pd = pd
	return nil
}

// Close closes the descriptor. A goroutine parked on it in the poller wakes
// with an error. It is idempotent.
func (f *FD) Close() error {
	if f.closed {
		return nil
	}
	f.closed = true
	if f.pd != nil {
		return f.pd.Close()
	}
	return fdpoll.Close(f.Sysfd)
}

// Detach marks the descriptor closed without closing it, taking it out of
// the poller first if it is there, and returns it: it is the caller's now.
func (f *FD) Detach() int {
	f.closed = true
	if f.pd != nil {
		f.pd.Detach()
	}
	return f.Sysfd
}

// Closed reports whether Close has been called.
func (f *FD) Closed() bool { return f.closed }

// Kind describes what a descriptor is, as the kernel sees it.
type Kind struct {
	Domain int // unix.AF_INET, AF_INET6, AF_UNIX
	Type   int // unix.SOCK_STREAM, SOCK_DGRAM
}

// ErrNotSocket is returned by KindOf for a descriptor that is not a socket.
var ErrNotSocket = errors.New("not a socket")

// KindOf asks the kernel for the domain and type of fd.
func KindOf(fd int) (Kind, error) {
	typ, err := fdpoll.GetsockoptInt(fd, unix.SOL_SOCKET, unix.SO_TYPE)
	if err != nil {
		if errors.Is(err, unix.ENOTSOCK) {
			return Kind{}, ErrNotSocket
		}
		return Kind{}, fmt.Errorf("socket type: %w", err)
	}
	domain, err := fdpoll.GetsockoptInt(fd, unix.SOL_SOCKET, unix.SO_DOMAIN)
	if err != nil {
		return Kind{}, fmt.Errorf("socket domain: %w", err)
	}
	return Kind{Domain: domain, Type: typ}, nil
}

// SetInt sets an integer socket option.
func (f *FD) SetInt(level, opt, value int) error {
	return fdpoll.SetsockoptInt(f.Sysfd, level, opt, value)
}

// Bind binds the socket to sa.
func (f *FD) Bind(sa unix.Sockaddr) error {
	return unix.Bind(f.Sysfd, sa)
}

// Shutdown shuts down the writing side.
func (f *FD) Shutdown() error {
	return fdpoll.Shutdown(f.Sysfd, unix.SHUT_WR)
}

// LocalAddr returns the address the socket is bound to.
func (f *FD) LocalAddr() (unix.Sockaddr, error) { return fdpoll.Getsockname(f.Sysfd) }

// PeerAddr returns the address of the connected peer.
func (f *FD) PeerAddr() (unix.Sockaddr, error) { return fdpoll.Getpeername(f.Sysfd) }

// retryEINTR runs a syscall until it is not interrupted.
func retryEINTR(fn func() error) error {
	for {
		err := fn()
		if err != unix.EINTR {
			return err
		}
	}
}

// SetNoDelay sets TCP_NODELAY.
func (f *FD) SetNoDelay(on bool) error {
	return f.SetInt(unix.IPPROTO_TCP, unix.TCP_NODELAY, boolInt(on))
}

// SetKeepAlive sets SO_KEEPALIVE and, when enabling with delay > 0, the idle
// time before the first probe (seconds), as libuv does.
func (f *FD) SetKeepAlive(on bool, delay int) error {
	if err := f.SetInt(unix.SOL_SOCKET, unix.SO_KEEPALIVE, boolInt(on)); err != nil || !on || delay <= 0 {
		return err
	}
	if err := f.SetInt(unix.IPPROTO_TCP, unix.TCP_KEEPIDLE, delay); err != nil {
		return err
	}
	if err := f.SetInt(unix.IPPROTO_TCP, unix.TCP_KEEPINTVL, 1); err != nil {
		return err
	}
	return f.SetInt(unix.IPPROTO_TCP, unix.TCP_KEEPCNT, 10)
}

// SetLingerZero makes closing the socket send RST instead of FIN.
func (f *FD) SetLingerZero() error {
	return unix.SetsockoptLinger(f.Sysfd, unix.SOL_SOCKET, unix.SO_LINGER, &unix.Linger{Onoff: 1, Linger: 0})
}

func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}

// UVEOF is libuv's end-of-file status.
const UVEOF = -4095

// Code is err as a libuv status: 0, UVEOF for io.EOF, or a negative errno
// (EINVAL when err carries none).
func Code(err error) int {
	if err == nil {
		return 0
	}
	if errors.Is(err, io.EOF) {
		return UVEOF
	}
	var errno syscall.Errno
	if errors.As(err, &errno) {
		return -int(errno)
	}
	return -int(unix.EINVAL)
}

// Disconnect dissolves a datagram socket's association by connecting it to
// an AF_UNSPEC address.
func (f *FD) Disconnect() error {
	sa := unix.RawSockaddr{Family: unix.AF_UNSPEC}
	_, _, errno := unix.Syscall(unix.SYS_CONNECT, uintptr(f.Sysfd), uintptr(unsafe.Pointer(&sa)), unsafe.Sizeof(sa))
	if errno != 0 && errno != unix.EAFNOSUPPORT {
		return errno
	}
	return nil
}
