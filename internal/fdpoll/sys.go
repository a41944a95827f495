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

func result(r uintptr, errno syscall.Errno) (int, error) {
	if errno != 0 {
		return 0, errno
	}
	return int(r), nil
}
