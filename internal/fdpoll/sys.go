package fdpoll

import (
	"syscall"
	"unsafe"

	"golang.org/x/sys/unix"
)

// The calls below are for nonblocking descriptors only: they never sleep in
// the kernel, so they skip the scheduler's syscall bookkeeping (see the
// package doc). EINTR is retried. Each converts its pointers to uintptr in
// the RawSyscall call itself, which keeps the memory alive and in place for
// the call.

// Read is read(2) on a nonblocking descriptor.
func Read(fd int, p []byte) (int, error) {
	for {
		r, _, errno := unix.RawSyscall(unix.SYS_READ, uintptr(fd), uintptr(unsafe.Pointer(unsafe.SliceData(p))), uintptr(len(p)))
		if errno != unix.EINTR {
			return result(r, errno)
		}
	}
}

// Write is write(2) on a nonblocking descriptor.
func Write(fd int, p []byte) (int, error) {
	for {
		r, _, errno := unix.RawSyscall(unix.SYS_WRITE, uintptr(fd), uintptr(unsafe.Pointer(unsafe.SliceData(p))), uintptr(len(p)))
		if errno != unix.EINTR {
			return result(r, errno)
		}
	}
}

// Writev is writev(2) on a nonblocking descriptor; empty buffers are
// skipped.
func Writev(fd int, bufs [][]byte) (int, error) {
	iov := make([]unix.Iovec, 0, len(bufs))
	for _, b := range bufs {
		if len(b) > 0 {
			iov = append(iov, unix.Iovec{Base: &b[0]})
			iov[len(iov)-1].SetLen(len(b))
		}
	}
	if len(iov) == 0 {
		return 0, nil
	}
	for {
		r, _, errno := unix.RawSyscall(unix.SYS_WRITEV, uintptr(fd), uintptr(unsafe.Pointer(&iov[0])), uintptr(len(iov)))
		if errno != unix.EINTR {
			return result(r, errno)
		}
	}
}

// Recvmsg is recvmsg(2) on a nonblocking descriptor.
func Recvmsg(fd int, msg *unix.Msghdr, flags int) (int, error) {
	for {
		r, _, errno := unix.RawSyscall(unix.SYS_RECVMSG, uintptr(fd), uintptr(unsafe.Pointer(msg)), uintptr(flags))
		if errno != unix.EINTR {
			return result(r, errno)
		}
	}
}

// Sendmsg is sendmsg(2) on a nonblocking descriptor.
func Sendmsg(fd int, msg *unix.Msghdr, flags int) (int, error) {
	for {
		r, _, errno := unix.RawSyscall(unix.SYS_SENDMSG, uintptr(fd), uintptr(unsafe.Pointer(msg)), uintptr(flags))
		if errno != unix.EINTR {
			return result(r, errno)
		}
	}
}

// Accept is accept4(2) on a nonblocking listening socket, without the
// peer's address.
func Accept(fd, flags int) (int, error) {
	for {
		r, _, errno := unix.RawSyscall6(unix.SYS_ACCEPT4, uintptr(fd), 0, 0, uintptr(flags), 0, 0)
		if errno != unix.EINTR {
			return result(r, errno)
		}
	}
}

// Close is close(2) for a descriptor whose close cannot block: a socket
// without a lingering close, a pipe, an epoll set. It is not retried on
// EINTR: on Linux the descriptor is released either way.
func Close(fd int) error {
	_, _, errno := unix.RawSyscall(unix.SYS_CLOSE, uintptr(fd), 0, 0)
	return errOf(errno)
}

// Dup is fcntl(fd, F_DUPFD_CLOEXEC): a close-on-exec duplicate of fd.
func Dup(fd int) (int, error) {
	r, _, errno := unix.RawSyscall(unix.SYS_FCNTL, uintptr(fd), unix.F_DUPFD_CLOEXEC, 0)
	return result(r, errno)
}

// SetNonblock sets O_NONBLOCK on fd's open file description.
func SetNonblock(fd int) error {
	flags, _, errno := unix.RawSyscall(unix.SYS_FCNTL, uintptr(fd), unix.F_GETFL, 0)
	if errno != 0 || flags&unix.O_NONBLOCK != 0 {
		return errOf(errno)
	}
	_, _, errno = unix.RawSyscall(unix.SYS_FCNTL, uintptr(fd), unix.F_SETFL, flags|unix.O_NONBLOCK)
	return errOf(errno)
}

// CloseOnExec sets FD_CLOEXEC on fd.
func CloseOnExec(fd int) error {
	_, _, errno := unix.RawSyscall(unix.SYS_FCNTL, uintptr(fd), unix.F_SETFD, unix.FD_CLOEXEC)
	return errOf(errno)
}

// GetsockoptInt is getsockopt(2) for an integer option.
func GetsockoptInt(fd, level, opt int) (int, error) {
	var v int32
	n := uint32(unsafe.Sizeof(v))
	_, _, errno := unix.RawSyscall6(unix.SYS_GETSOCKOPT, uintptr(fd), uintptr(level), uintptr(opt),
		uintptr(unsafe.Pointer(&v)), uintptr(unsafe.Pointer(&n)), 0)
	return int(v), errOf(errno)
}

// SetsockoptInt is setsockopt(2) for an integer option.
func SetsockoptInt(fd, level, opt, value int) error {
	v := int32(value)
	_, _, errno := unix.RawSyscall6(unix.SYS_SETSOCKOPT, uintptr(fd), uintptr(level), uintptr(opt),
		uintptr(unsafe.Pointer(&v)), unsafe.Sizeof(v), 0)
	return errOf(errno)
}

// Shutdown is shutdown(2).
func Shutdown(fd, how int) error {
	_, _, errno := unix.RawSyscall(unix.SYS_SHUTDOWN, uintptr(fd), uintptr(how), 0)
	return errOf(errno)
}

// Readable reports whether fd has input (or a hang-up) pending, by poll(2)
// with a zero timeout.
func Readable(fd int) (bool, error) {
	pfd := unix.PollFd{Fd: int32(fd), Events: unix.POLLIN}
	r, _, errno := unix.RawSyscall(unix.SYS_POLL, uintptr(unsafe.Pointer(&pfd)), 1, 0)
	return r > 0, errOf(errno)
}

// epollCtl is epoll_ctl(2).
func epollCtl(epfd, op, fd int, ev *unix.EpollEvent) error {
	_, _, errno := unix.RawSyscall6(unix.SYS_EPOLL_CTL, uintptr(epfd), uintptr(op), uintptr(fd), uintptr(unsafe.Pointer(ev)), 0, 0)
	return errOf(errno)
}

func errOf(errno syscall.Errno) error {
	if errno != 0 {
		return errno
	}
	return nil
}

func result(r uintptr, errno syscall.Errno) (int, error) {
	if errno != 0 {
		return 0, errno
	}
	return int(r), nil
}

// Getsockname is getsockname(2).
func Getsockname(fd int) (unix.Sockaddr, error) {
	return sockaddrCall(unix.SYS_GETSOCKNAME, fd)
}

// Getpeername is getpeername(2).
func Getpeername(fd int) (unix.Sockaddr, error) {
	return sockaddrCall(unix.SYS_GETPEERNAME, fd)
}

// Recvfrom is recvfrom(2) on a nonblocking descriptor: it fills p and
// reports the sender's address (nil if the kernel gave none).
func Recvfrom(fd int, p []byte, flags int) (int, unix.Sockaddr, error) {
	var rsa unix.RawSockaddrAny
	size := uint32(unix.SizeofSockaddrAny)
	for {
		r, _, errno := unix.RawSyscall6(unix.SYS_RECVFROM, uintptr(fd), uintptr(unsafe.Pointer(unsafe.SliceData(p))), uintptr(len(p)),
			uintptr(flags), uintptr(unsafe.Pointer(&rsa)), uintptr(unsafe.Pointer(&size)))
		if errno == unix.EINTR {
			continue
		}
		if errno != 0 {
			return 0, nil, errno
		}
		if rsa.Addr.Family == unix.AF_UNSPEC {
			return int(r), nil, nil
		}
		sa, err := sockaddr(&rsa)
		return int(r), sa, err
	}
}

// sockaddrCall makes getsockname(2) or getpeername(2).
func sockaddrCall(trap uintptr, fd int) (unix.Sockaddr, error) {
	var rsa unix.RawSockaddrAny
	size := uint32(unix.SizeofSockaddrAny)
	_, _, errno := unix.RawSyscall(trap, uintptr(fd), uintptr(unsafe.Pointer(&rsa)), uintptr(unsafe.Pointer(&size)))
	if errno != 0 {
		return nil, errno
	}
	return sockaddr(&rsa)
}

// sockaddr converts an address of the IP and Unix families as x/sys/unix
// does, minus the getsockopt(2) it makes on every IP address it converts (to
// tell L2TP sockets apart): one system call less per datagram received or
// address looked up. Other families are refused with EAFNOSUPPORT.
func sockaddr(rsa *unix.RawSockaddrAny) (unix.Sockaddr, error) {
	switch rsa.Addr.Family {
	case unix.AF_INET:
		pp := (*unix.RawSockaddrInet4)(unsafe.Pointer(rsa))
		return &unix.SockaddrInet4{Port: port(pp.Port), Addr: pp.Addr}, nil
	case unix.AF_INET6:
		pp := (*unix.RawSockaddrInet6)(unsafe.Pointer(rsa))
		return &unix.SockaddrInet6{Port: port(pp.Port), ZoneId: pp.Scope_id, Addr: pp.Addr}, nil
	case unix.AF_UNIX:
		pp := (*unix.RawSockaddrUnix)(unsafe.Pointer(rsa))
		if pp.Path[0] == 0 {
			pp.Path[0] = '@' // an abstract (or unnamed) socket, as x/sys/unix writes it
		}
		n := 0
		for n < len(pp.Path) && pp.Path[n] != 0 {
			n++
		}
		return &unix.SockaddrUnix{Name: string(unsafe.Slice((*byte)(unsafe.Pointer(&pp.Path[0])), n))}, nil
	}
	return nil, unix.EAFNOSUPPORT
}

// port converts a port from network byte order.
func port(p uint16) int {
	b := (*[2]byte)(unsafe.Pointer(&p))
	return int(b[0])<<8 | int(b[1])
}
