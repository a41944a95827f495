package sock

import (
	"sync"

	"golang.org/x/sys/unix"
)

// maxAcceptBatch bounds the connections accepted in one batch.
const maxAcceptBatch = 128

// Listener accepts connections on a listening socket. Several processes may
// hold the same listening socket (one passed over IPC): each accepts
// concurrently, and the kernel gives every connection to one of them.
type Listener struct {
	fd       *FD
	post     func(func())
	onAccept func(conns []*FD, err error)

	mu      sync.Mutex
	wake    sync.Cond
	closing bool
	busy    bool // a batch is waiting to be delivered

	// goroutine only
	acceptFn func(uintptr) bool
	batch    []*FD
	aerr     error
}

// Listen makes fd listen and starts accepting. onAccept runs on the loop
// with each batch of accepted connections (nonblocking, close-on-exec), or
// with an accept error, after which accepting continues. Out of
// descriptors, waiting connections are closed instead (libuv's behaviour).
func Listen(fd *FD, backlog int, post func(func()), onAccept func(conns []*FD, err error)) (*Listener, error) {
	if err := unix.Listen(fd.Sysfd, backlog); err != nil {
		return nil, err
	}
	if err := fd.register(); err != nil {
		return nil, err
	}
	openReserve()
	l := &Listener{fd: fd, post: post, onAccept: onAccept}
	l.wake.L = &l.mu
	l.acceptFn = l.accept
	go l.loop()
	return l, nil
}

// FD returns the listening descriptor.
func (l *Listener) FD() *FD { return l.fd }

// Close stops accepting and closes the descriptor; connections accepted but
// not yet delivered are closed.
func (l *Listener) Close() {
	l.mu.Lock()
	l.closing = true
	l.wake.Broadcast()
	l.mu.Unlock()
	_ = l.fd.Close()
}

func (l *Listener) loop() {
	for {
		err := l.fd.rc.Read(l.acceptFn)
		batch, aerr := l.batch, l.aerr
		l.batch, l.aerr = nil, nil
		l.mu.Lock()
		if l.closing || err != nil {
			l.mu.Unlock()
			closeAll(batch)
			return
		}
		l.busy = true
		l.mu.Unlock()
		l.post(func() { l.deliver(batch, aerr) })
		l.mu.Lock()
		for l.busy && !l.closing {
			l.wake.Wait()
		}
		closing := l.closing
		l.mu.Unlock()
		if closing {
			return
		}
	}
}

// accept takes pending connections; false means none is ready.
func (l *Listener) accept(lfd uintptr) bool {
	for len(l.batch) < maxAcceptBatch {
		nfd, _, err := unix.Accept4(int(lfd), unix.SOCK_NONBLOCK|unix.SOCK_CLOEXEC)
		switch err {
		case nil:
		case unix.EINTR, unix.ECONNABORTED:
			continue
		case unix.EAGAIN:
			return len(l.batch) > 0
		case unix.EMFILE, unix.ENFILE:
			// Out of descriptors (accept fails so even with nothing
			// pending): drop the waiting connections through the reserve
			// descriptor and wait for more, as libuv does; report the
			// error only if that is impossible.
			if dropPending(int(lfd)) {
				return len(l.batch) > 0
			}
			l.aerr = err
			return true
		default:
			l.aerr = err
			return true
		}
		c := &FD{Sysfd: nfd}
		if err := c.register(); err != nil {
			_ = c.Close()
			l.aerr = err
			return true
		}
		l.batch = append(l.batch, c)
	}
	return true
}

func (l *Listener) deliver(batch []*FD, err error) {
	l.mu.Lock()
	l.busy = false
	closing := l.closing
	l.wake.Signal()
	l.mu.Unlock()
	if closing {
		closeAll(batch)
		return
	}
	if len(batch) > 0 || err != nil {
		l.onAccept(batch, err)
	}
}

// reserve is a descriptor kept open so that one can be freed to accept and
// close connections when the process runs out of descriptors (libuv's
// "EMFILE trick").
var reserve = struct {
	sync.Mutex
	fd int
}{fd: -1}

// openReserve opens the reserve descriptor once.
func openReserve() {
	reserve.Lock()
	defer reserve.Unlock()
	if reserve.fd < 0 {
		if fd, err := unix.Open("/dev/null", unix.O_RDONLY|unix.O_CLOEXEC, 0); err == nil {
			reserve.fd = fd
		}
	}
}

// dropPending accepts and closes the connections waiting on lfd in the
// reserve descriptor's slot; false means it could not drain them.
func dropPending(lfd int) bool {
	reserve.Lock()
	defer reserve.Unlock()
	if reserve.fd < 0 {
		return false
	}
	_ = unix.Close(reserve.fd)
	var err error
	for {
		var nfd int
		nfd, _, err = unix.Accept4(lfd, unix.SOCK_CLOEXEC)
		if err != nil {
			break
		}
		_ = unix.Close(nfd)
	}
	reserve.fd, _ = unix.Open("/dev/null", unix.O_RDONLY|unix.O_CLOEXEC, 0)
	return err == unix.EAGAIN
}

func closeAll(fds []*FD) {
	for _, fd := range fds {
		_ = fd.Close()
	}
}
