// Package fdpoll waits for nonblocking descriptors to become readable or
// writable, as Go's network poller does, with two differences that matter
// for a process that sleeps and wakes once per message:
//
//   - A descriptor is watched for write readiness only while a writer waits
//     for it. Go's poller always watches both directions, so every time the
//     peer reads what was sent (and frees socket buffer space) the sending
//     process is woken for nothing: one extra sleep and wake-up per round
//     trip.
//   - The nonblocking syscalls it offers (Read, Write, Writev, Recvmsg,
//     Sendmsg, and those a socket's life takes: Accept, Readable, Dup,
//     SetNonblock, CloseOnExec, Get/SetsockoptInt, Shutdown, Close; the poller's own
//     epoll_ctl and epoll_pwait) are made without the scheduler's syscall
//     bookkeeping. Go's entersyscall wakes the runtime's monitor thread
//     whenever it sleeps, which costs two more context switches each time
//     an idle process wakes up.
//
// All descriptors share one epoll instance, which is itself registered with
// Go's poller: one goroutine wakes when it has events and passes each on to
// the goroutine waiting on that descriptor, or calls the descriptor's read
// handler (SetReadHandler) itself.
package fdpoll

import (
	"errors"
	"fmt"
	"os"
	"sync"
	"sync/atomic"
	"syscall"
	"unsafe"

	"golang.org/x/sys/unix"
)

// ErrClosed is returned by the methods of a Desc after Close.
var ErrClosed = errors.New("fdpoll: descriptor closed")

// Desc is a nonblocking descriptor registered with the poller. Its methods
// are safe for concurrent use; like syscall.RawConn, the callbacks of Read,
// Write and Control run while Close waits, so the descriptor number they
// get stays valid.
type Desc struct {
	fd int
	id uint64
	p  *poller

	rd   chan struct{} // read readiness, one token
	wr   chan struct{} // write readiness, one token
	done chan struct{} // closed when Close begins

	hup    atomic.Bool            // a hang-up or error has been reported
	onRead atomic.Pointer[func()] // SetReadHandler's fn, if set

	mu         sync.Mutex
	idle       sync.Cond // signalled when refs drops to 0 during Close
	refs       int       // callbacks running
	closing    bool
	outWaiters int // Write calls waiting for write readiness
}

const (
	readEvents  = unix.EPOLLIN | unix.EPOLLRDHUP | unix.EPOLLET
	writeEvents = unix.EPOLLOUT
	hangupMask  = unix.EPOLLHUP | unix.EPOLLERR
)

// Open registers fd, which must be nonblocking, with the poller; the Desc
// owns fd from then on and Close closes it. On error fd is left untouched.
func Open(fd int) (*Desc, error) {
	p, err := get()
	if err != nil {
		return nil, err
	}
	d := &Desc{
		fd:   fd,
		p:    p,
		rd:   make(chan struct{}, 1),
		wr:   make(chan struct{}, 1),
		done: make(chan struct{}),
	}
	d.idle.L = &d.mu
	if err := p.add(d); err != nil {
		return nil, err
	}
	return d, nil
}

// Start opens the poller now instead of at the first Open, so that its
// descriptor is there from the start of the process (as libuv's epoll
// descriptor is) and a program counting its open descriptors sees no new
// one appear at its first fork or connection. A failure is reported again
// by Open.
func Start() error {
	_, err := get()
	return err
}

// Fd returns the descriptor number. It is valid until Close.
func (d *Desc) Fd() int { return d.fd }

// Read calls fn with the descriptor until fn returns true, waiting for read
// readiness (or a hang-up) each time it returns false. It returns ErrClosed
// once Close has been called.
func (d *Desc) Read(fn func(fd uintptr) bool) error {
	for {
		if !d.incref() {
			return ErrClosed
		}
		ok := fn(uintptr(d.fd))
		d.decref()
		if ok {
			return nil
		}
		select {
		case <-d.rd:
		case <-d.done:
			return ErrClosed
		}
	}
}

// Write calls fn with the descriptor until fn returns true, waiting for
// write readiness (or a hang-up) each time it returns false. It returns
// ErrClosed once Close has been called.
func (d *Desc) Write(fn func(fd uintptr) bool) error {
	watching := false
	defer func() {
		if watching {
			d.unwatchOut()
		}
	}()
	for {
		if !d.incref() {
			return ErrClosed
		}
		ok := fn(uintptr(d.fd))
		if !ok && !watching {
			watching = true
			d.watchOut()
		}
		d.decref()
		if ok {
			return nil
		}
		select {
		case <-d.wr:
		case <-d.done:
			return ErrClosed
		}
	}
}

// SetReadHandler makes read readiness (or a hang-up) call fn on the
// poller's goroutine, or on the goroutine calling Poll, instead of waking
// Read: a reader that can read without blocking saves the hand-over to a
// goroutine of its own. fn must not block; it may call Control. Poll also
// calls it when nothing may be readable (see Poll), so fn must find out
// by reading. Read must not be used after.
func (d *Desc) SetReadHandler(fn func()) { d.onRead.Store(&fn) }

// HungUp reports whether the poller has seen the peer hang up, or an error,
// on the descriptor. Until then, a read that returns less than it had room
// for has emptied the socket, and the next read can wait for readiness
// instead of failing with EAGAIN; after, the socket may still hold its end
// of file or error behind the data read.
func (d *Desc) HungUp() bool { return d.hup.Load() }

// Control calls fn with the descriptor, kept open while fn runs.
func (d *Desc) Control(fn func(fd uintptr)) error {
	if !d.incref() {
		return ErrClosed
	}
	defer d.decref()
	fn(uintptr(d.fd))
	return nil
}

// Close wakes every goroutine waiting in Read or Write (they return
// ErrClosed), waits for callbacks still running, and closes the
// descriptor. Calls after the first return nil.
func (d *Desc) Close() error {
	if !d.release() {
		return nil
	}
	if err := Close(d.fd); err != nil {
		return fmt.Errorf("close: %w", err)
	}
	return nil
}

// Detach is Close without the close(2): once it returns, neither the
// poller nor a goroutine of this package uses the descriptor, which is the
// caller's again (to pass to another process, say). It reports false if
// Close or Detach was called before.
func (d *Desc) Detach() bool { return d.release() }

// release does what Close and Detach share: it wakes the waiting
// goroutines, waits for the callbacks still running and takes the
// descriptor out of the poller. False: it was released before.
func (d *Desc) release() bool {
	d.mu.Lock()
	if d.closing {
		d.mu.Unlock()
		return false
	}
	d.closing = true
	close(d.done)
	for d.refs > 0 {
		d.idle.Wait()
	}
	d.mu.Unlock()
	d.p.remove(d)
	return true
}

// closed reports whether Close has begun (a handler may close its own
// descriptor).
func (d *Desc) closed() bool {
	select {
	case <-d.done:
		return true
	default:
		return false
	}
}

func (d *Desc) incref() bool {
	d.mu.Lock()
	defer d.mu.Unlock()
	if d.closing {
		return false
	}
	d.refs++
	return true
}

func (d *Desc) decref() {
	d.mu.Lock()
	d.refs--
	if d.refs == 0 && d.closing {
		d.idle.Broadcast()
	}
	d.mu.Unlock()
}

// watchOut adds write readiness to the watched events; the caller holds a
// reference. The kernel reports readiness at once if the descriptor is
// writable already, so no wake-up is lost between the failed attempt and
// the wait.
func (d *Desc) watchOut() {
	d.mu.Lock()
	defer d.mu.Unlock()
	d.outWaiters++
	if d.outWaiters == 1 {
		d.modify(readEvents | writeEvents)
	}
}

// unwatchOut removes write readiness once no writer waits for it.
func (d *Desc) unwatchOut() {
	d.mu.Lock()
	defer d.mu.Unlock()
	d.outWaiters--
	if d.outWaiters == 0 && !d.closing {
		d.modify(readEvents)
	}
}

// modify changes the watched events; d.mu is held and the descriptor open.
// A failure wakes the writers, whose next attempt reports the descriptor's
// own error.
func (d *Desc) modify(events uint32) {
	ev := unix.EpollEvent{Events: events}
	setID(&ev, d.id)
	if err := epollCtl(d.p.epfd, unix.EPOLL_CTL_MOD, d.fd, &ev); err != nil {
		if d.onRead.Load() != nil {
			// The read handler may call Control, which takes d.mu.
			go d.notify(hangupMask)
			return
		}
		d.notify(hangupMask)
	}
}

// notify hands out readiness tokens for the events ev, write first (a
// test relies on the order), or calls the read handler.
func (d *Desc) notify(ev uint32) {
	if ev&(unix.EPOLLRDHUP|hangupMask) != 0 {
		d.hup.Store(true)
	}
	if ev&(unix.EPOLLOUT|hangupMask) != 0 {
		select {
		case d.wr <- struct{}{}:
		default:
		}
	}
	if ev&(unix.EPOLLIN|unix.EPOLLRDHUP|hangupMask) != 0 {
		if fn := d.onRead.Load(); fn != nil {
			(*fn)()
			return
		}
		select {
		case d.rd <- struct{}{}:
		default:
		}
	}
}

// poller is the process's one epoll instance and the registry of its
// descriptors.
type poller struct {
	epfd int
	file *os.File // epfd on Go's poller; kept so its finalizer never runs

	// Poll's scratch and state, held by polling; hot is also cleared by
	// remove.
	polling    sync.Mutex
	pollEvents [16]unix.EpollEvent
	pollReady  []*Desc
	hot        atomic.Pointer[Desc] // where Poll's last read event went
	hotLeft    int                  // Poll calls left before the next epoll_pwait

	mu    sync.Mutex
	descs map[uint64]*Desc
	next  uint64
}

var (
	theOnce   sync.Once
	thePoller *poller
	theErr    error
)

func get() (*poller, error) {
	theOnce.Do(func() { thePoller, theErr = start() })
	return thePoller, theErr
}

func start() (*poller, error) {
	epfd, err := unix.EpollCreate1(unix.EPOLL_CLOEXEC)
	if err != nil {
		return nil, fmt.Errorf("fdpoll: %w", os.NewSyscallError("epoll_create1", err))
	}
	if err := unix.SetNonblock(epfd, true); err != nil {
		unix.Close(epfd)
		return nil, fmt.Errorf("fdpoll: %w", os.NewSyscallError("fcntl", err))
	}
	file := os.NewFile(uintptr(epfd), "fdpoll")
	rc, err := file.SyscallConn()
	if err != nil {
		file.Close()
		return nil, fmt.Errorf("fdpoll: %w", err)
	}
	p := &poller{epfd: epfd, file: file, descs: make(map[uint64]*Desc)}
	go p.run(rc)
	return p, nil
}

func (p *poller) add(d *Desc) error {
	p.mu.Lock()
	p.next++
	d.id = p.next
	p.descs[d.id] = d
	p.mu.Unlock()
	ev := unix.EpollEvent{Events: readEvents}
	setID(&ev, d.id)
	if err := epollCtl(p.epfd, unix.EPOLL_CTL_ADD, d.fd, &ev); err != nil {
		p.mu.Lock()
		delete(p.descs, d.id)
		p.mu.Unlock()
		return fmt.Errorf("fdpoll: register fd %d: %w", d.fd, os.NewSyscallError("epoll_ctl", err))
	}
	return nil
}

func (p *poller) remove(d *Desc) {
	// The descriptor may share its open file description with a duplicate
	// that lives on, so it must leave the epoll set before it is closed.
	_ = epollCtl(p.epfd, unix.EPOLL_CTL_DEL, d.fd, nil)
	p.mu.Lock()
	delete(p.descs, d.id)
	p.mu.Unlock()
	p.hot.CompareAndSwap(d, nil)
}

// run waits, on Go's poller, for the epoll instance to have events, and
// hands them out. It never returns: the poller lives as long as the
// process.
func (p *poller) run(rc syscall.RawConn) {
	events := make([]unix.EpollEvent, 128)
	ready := make([]*Desc, 0, len(events))
	_ = rc.Read(func(epfd uintptr) bool {
		for {
			n, err := epollWait(int(epfd), events)
			if err != nil || n == 0 {
				return false // wait for Go's poller to report more
			}
			ready, _ = p.dispatch(events[:n], ready)
			if n < len(events) {
				return false
			}
		}
	})
}

// dispatch hands out the events, looking their descriptors up in ready
// (scratch, returned for reuse). lastIn is the descriptor of the last
// EPOLLIN event (nil if none, or if it was removed meanwhile).
func (p *poller) dispatch(events []unix.EpollEvent, ready []*Desc) (_ []*Desc, lastIn *Desc) {
	ready = ready[:0]
	p.mu.Lock()
	for i := range events {
		ready = append(ready, p.descs[getID(&events[i])])
	}
	p.mu.Unlock()
	for i, d := range ready {
		if events[i].Events&unix.EPOLLIN != 0 {
			lastIn = d
		}
		if d != nil { // nil: removed since the event was queued
			d.notify(events[i].Events)
		}
	}
	clear(ready)
	return ready, lastIn
}

// Poll hands out the events already queued, on the calling goroutine
// instead of the poller's, and reports how many there were. It never
// blocks. A loop that expects I/O within microseconds polls before it
// sleeps: that costs a nonblocking epoll_pwait per try, where sleeping
// and being woken costs two context switches and the peer's wake-up
// through two epoll instances. Read handlers (SetReadHandler) run inside
// Poll. While another goroutine polls, Poll returns 0 at once.
//
// Between two epoll_pwait calls (one in hotTries+1 calls makes one), Poll
// calls the read handler of the descriptor the last read event went to
// (the hot one) instead, and reports 0: a loop waiting for one peer's next
// message then gets it with one read, instead of an epoll_pwait and a
// read. A read handler must therefore cope with being called when nothing
// is readable (the handlers of ipc and net/sock just find the socket
// empty). The events of the other descriptors, and the hot one's own, wait
// for the next epoll_pwait.
func Poll() int {
	p, err := get()
	if err != nil || !p.polling.TryLock() {
		return 0
	}
	defer p.polling.Unlock()
	if hot := p.hot.Load(); hot != nil && p.hotLeft > 0 {
		p.hotLeft--
		if fn := hot.onRead.Load(); fn != nil {
			(*fn)()
		}
		return 0
	}
	p.hotLeft = hotTries
	n, err := epollWait(p.epfd, p.pollEvents[:])
	if err != nil || n == 0 {
		return 0
	}
	var lastIn *Desc
	p.pollReady, lastIn = p.dispatch(p.pollEvents[:n], p.pollReady)
	if lastIn != nil && lastIn.onRead.Load() != nil && !lastIn.closed() {
		p.hot.Store(lastIn)
	}
	return n
}

// hotTries is how many calls of Poll try the hot descriptor's read handler
// between two that make an epoll_pwait.
const hotTries = 7

// epollWait collects the events already queued, without blocking.
func epollWait(epfd int, events []unix.EpollEvent) (int, error) {
	for {
		n, _, errno := unix.RawSyscall6(unix.SYS_EPOLL_PWAIT, uintptr(epfd),
			uintptr(unsafe.Pointer(&events[0])), uintptr(len(events)), 0, 0, 0)
		switch errno {
		case 0:
			return int(n), nil
		case unix.EINTR:
			continue
		}
		return 0, errno
	}
}

// The 64-bit epoll user data holds the Desc's id. x/sys/unix splits it
// into the Fd and Pad fields.
func setID(ev *unix.EpollEvent, id uint64) {
	ev.Fd = int32(uint32(id))
	ev.Pad = int32(uint32(id >> 32))
}

func getID(ev *unix.EpollEvent) uint64 {
	return uint64(uint32(ev.Fd)) | uint64(uint32(ev.Pad))<<32
}
