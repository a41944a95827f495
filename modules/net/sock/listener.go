package sock

import (
	"sync"

	"golang.org/x/sys/unix"

	"github.com/gonode/gonode/internal/fdpoll"
)

// maxAcceptRound bounds the connections accepted in one turn of the loop.
const maxAcceptRound = 128

// Listener accepts connections on a listening socket. As libuv does, it
// accepts on the loop goroutine, one connection at a time, only when the
// socket is readable: a goroutine merely waits for readiness in the poller.
// So nothing is accepted ahead of JavaScript, which matters when several
// processes hold the same listening socket (one passed over IPC): each
// accepts what it can handle, and a server that closes leaves the waiting
// connections to the others.
type Listener struct {
	fd       *FD
	post     func(func())
	onAccept func(conn *FD, err error)
	acceptFn func()

	mu      sync.Mutex
	wake    sync.Cond
	closing bool
	busy    bool // the loop is accepting
	// drained: the last accept round ended with EAGAIN, so every
	// connection queued since then has made an edge the poller reports
	// (written by the loop while busy, read by the goroutine after).
	drained bool

	// the goroutine's, and ready's while it waits
	readyFn func(uintptr) bool
	waited  bool
	started chan struct{} // closed by the first ready, made by Listen
}

// Listen makes fd listen and starts accepting. onAccept runs on the loop
// with each accepted connection (nonblocking, close-on-exec), or with an
// accept error, after which accepting continues. Out of descriptors,
// waiting connections are closed instead (libuv's behaviour).
func Listen(fd *FD, backlog int, post func(func()), onAccept func(conn *FD, err error)) (*Listener, error) {
	if err := unix.Listen(fd.Sysfd, backlog); err != nil {
		return nil, err
	}
	if err := fd.register(); err != nil {
		return nil, err
	}
	openReserve()
	l := &Listener{fd: fd, post: post, onAccept: onAccept}
	l.wake.L = &l.mu
	l.readyFn = l.ready
	l.acceptFn = l.accept
	// The goroutine waits for readiness before Listen returns: a
	// connection from this process (a connect made next) is then seen by
	// the poller, and its accept posted (ready), in the order of events.
	started := make(chan struct{})
	l.started = started
	go l.loop()
	<-started
	return l, nil
}

// Close stops accepting and closes the descriptor.
func (l *Listener) Close() {
	l.mu.Lock()
	l.closing = true
	l.wake.Broadcast()
	l.mu.Unlock()
	_ = l.fd.Close()
}

// loop waits until connections are pending and the loop has been asked to
// accept them (by ready), and waits for it to finish before looking again.
func (l *Listener) loop() {
	for {
		l.waited = false
		if err := l.fd.pd.Read(l.readyFn); err != nil {
			return // closed
		}
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

// ready reports readability inside the poller: first by asking (connections
// queued before this wait announce themselves with no new edge), unless
// the last round accepted until none was left, then after a wakeup. Ready,
// it asks the loop to accept there and then, where the readiness is seen:
// the loop is asked in the order the poller reports events, as libuv
// handles them (a connect to this listener from this process, reported
// after it, then completes after the 'connection', as in node).
func (l *Listener) ready(fd uintptr) bool {
	if !l.pending(fd) {
		return false
	}
	l.mu.Lock()
	closing := l.closing
	l.busy = !closing
	l.mu.Unlock()
	if !closing {
		l.post(l.acceptFn)
	}
	return true
}

// pending reports whether connections may be waiting (see ready).
func (l *Listener) pending(fd uintptr) bool {
	if l.started != nil {
		close(l.started)
		l.started = nil
	}
	if l.waited {
		return true
	}
	l.waited = true
	if l.drained {
		return false
	}
	ok, err := fdpoll.Readable(int(fd))
	return err == nil && ok
}

// accept runs on the loop: it takes the pending connections one by one,
// handing each to onAccept, until none is left or the listener closes.
func (l *Listener) accept() {
	l.drained = false
	defer func() {
		l.mu.Lock()
		l.busy = false
		l.wake.Signal()
		l.mu.Unlock()
	}()
	for i := 0; i < maxAcceptRound && !l.fd.closed; i++ {
		nfd, err := fdpoll.Accept(l.fd.Sysfd, unix.SOCK_NONBLOCK|unix.SOCK_CLOEXEC)
		switch err {
		case nil:
		case unix.EINTR, unix.ECONNABORTED:
			continue
		case unix.EAGAIN:
			l.drained = true
			return
		case unix.EMFILE, unix.ENFILE:
			// Out of descriptors (accept fails so even with nothing
			// pending): drop the waiting connections through the reserve
			// descriptor and wait for more, as libuv does; report the
			// error only if that is impossible.
			if !dropPending(l.fd.Sysfd) {
				l.onAccept(nil, err)
			}
			return
		default:
			l.onAccept(nil, err)
			return
		}
		l.onAccept(&FD{Sysfd: nfd}, nil)
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
