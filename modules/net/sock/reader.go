package sock

import (
	"sync"

	"golang.org/x/sys/unix"
)

// readSize is the most one read takes, as libuv's 64 KiB.
const readSize = 64 << 10

// readBufs are the scratch buffers reads land in before being copied out at
// their exact size, so a socket waiting for data holds no buffer.
var readBufs = sync.Pool{New: func() any { b := make([]byte, readSize); return &b }}

// keptResults is the largest pending queue a reader keeps for reuse once
// it empties; a bigger one (after a burst) is let go.
const keptResults = 4

// result is one read: an item (a chunk, a datagram) or an error.
type result[T any] struct {
	item T
	err  error
	size int // bytes counted against the read-ahead limit (at least 1)
}

// reader runs the reads of one socket on a goroutine that parks in the
// poller while the loop wants data, and hands results to the loop in batches
// (one Post per batch). Reading ahead stops once limit bytes are undelivered,
// so a loop that cannot keep up leaves data in the kernel (TCP backpressure).
type reader[T any] struct {
	fd    *FD
	post  func(func())
	limit int
	// read does one nonblocking read; unix.EAGAIN means wait for readiness.
	read func(fd int, buf []byte) (item T, size int, err error)
	// stopOnError ends reading after the first error (streams: EOF, reset).
	stopOnError bool
	// shortReadDrains: a read that returns less than it had room for has
	// emptied the socket (streams, not datagrams).
	shortReadDrains bool
	// deliver runs on the loop for each result.
	deliver func(item T, err error)

	mu        sync.Mutex
	wake      sync.Cond // the goroutine waits here for want/room
	avail     sync.Cond // a Go consumer (taken) waits here for results
	want      bool      // the loop wants results (start)
	taken     bool      // results go to a Go consumer instead (Stream.Take)
	running   bool      // the goroutine was started
	starting  bool      // start posted startFn, which starts the goroutine
	ended     bool      // the goroutine has stopped for good
	closing   bool
	posted    bool // a delivery is queued on the loop
	pending   []result[T]
	size      int
	deliverFn func()
	startFn   func()

	// goroutine only
	pollFn  func(uintptr) bool
	cur     result[T]
	drained bool // the last read emptied the socket: wait before the next
}

func (r *reader[T]) init(fd *FD, post func(func()), limit int) {
	r.fd, r.post, r.limit = fd, post, limit
	r.wake.L = &r.mu
	r.avail.L = &r.mu
	r.deliverFn = r.flush
	r.startFn = r.deferredStart
	r.pollFn = r.poll
}

// start makes results flow to deliver (loop goroutine). The first start
// only registers the descriptor and starts the goroutine on the loop's next
// turn, so a socket that is closed (or sent to another process) in the
// same turn, as an accepted connection handed off at once is, costs neither.
func (r *reader[T]) start() {
	r.mu.Lock()
	r.want = true
	switch {
	case r.running:
		r.wake.Signal()
	case !r.starting:
		r.starting = true
		r.post(r.startFn)
	}
	post := !r.posted && !r.taken && len(r.pending) > 0
	r.posted = r.posted || post
	r.mu.Unlock()
	if post {
		r.post(r.deliverFn)
	}
}

// deferredStart is start's posted half (loop goroutine).
func (r *reader[T]) deferredStart() {
	r.mu.Lock()
	r.starting = false
	if r.want && !r.closing {
		r.run()
	}
	post := !r.posted && r.want && !r.taken && len(r.pending) > 0
	r.posted = r.posted || post
	r.mu.Unlock()
	if post {
		r.post(r.deliverFn)
	}
}

// run registers the descriptor with the poller and starts the goroutine, or
// wakes it (loop goroutine, mu held). A failed registration is queued as
// the reader's last result.
func (r *reader[T]) run() {
	if r.running {
		r.wake.Signal()
		return
	}
	r.running = true
	if err := r.fd.register(); err != nil {
		r.ended = true
		r.pending = append(r.pending, result[T]{err: err, size: 1})
		r.size++
		r.avail.Broadcast()
		return
	}
	go r.loop()
}

// stop withholds results until the next start; at most one read already in
// progress completes and is kept for then.
func (r *reader[T]) stop() {
	r.mu.Lock()
	r.want = false
	r.mu.Unlock()
}

// active reports whether the reader wants results and may still get some.
func (r *reader[T]) active() bool {
	r.mu.Lock()
	defer r.mu.Unlock()
	return (r.want || r.taken) && !r.closing && !(r.ended && len(r.pending) == 0)
}

// close ends the goroutine; the caller closes the descriptor, which wakes a
// goroutine parked in the poller.
func (r *reader[T]) close() {
	r.mu.Lock()
	r.closing = true
	r.pending = nil
	r.wake.Broadcast()
	r.avail.Broadcast()
	r.mu.Unlock()
}

func (r *reader[T]) loop() {
	for {
		r.mu.Lock()
		for !r.closing && (!(r.want || r.taken) || r.size >= r.limit) {
			r.wake.Wait()
		}
		if r.closing {
			r.ended = true
			r.mu.Unlock()
			return
		}
		r.mu.Unlock()

		r.cur = result[T]{}
		err := error(nil)
		if r.drained {
			// The last read emptied the socket: wait for readiness
			// instead of making a read that can only fail with EAGAIN.
			r.drained = false
			err = r.fd.pd.WaitRead()
		}
		if err == nil {
			err = r.fd.pd.Read(r.pollFn)
		}
		if err != nil {
			// The descriptor was closed under us.
			r.mu.Lock()
			r.ended = true
			r.mu.Unlock()
			return
		}

		r.mu.Lock()
		if r.closing {
			r.ended = true
			r.mu.Unlock()
			return
		}
		r.pending = append(r.pending, r.cur)
		r.size += r.cur.size
		stop := r.cur.err != nil && r.stopOnError
		r.ended = stop
		post := !r.posted && !r.taken
		r.posted = r.posted || post
		if r.taken {
			r.avail.Broadcast()
		}
		r.mu.Unlock()
		if post {
			r.post(r.deliverFn)
		}
		if stop {
			return
		}
	}
}

// poll does one read attempt inside the poller; false means "not ready".
// A short stream read marks the socket drained, so that loop waits for
// readiness before the next attempt, unless the poller has seen a hang-up,
// whose end of file may still be behind the data read.
func (r *reader[T]) poll(fd uintptr) bool {
	bp := readBufs.Get().(*[]byte)
	defer readBufs.Put(bp)
	for {
		item, n, err := r.read(int(fd), *bp)
		switch err {
		case unix.EINTR:
			continue
		case unix.EAGAIN:
			return false
		}
		r.cur = result[T]{item: item, err: err, size: max(n, 1)}
		r.drained = r.shortReadDrains && err == nil && n < len(*bp) && !r.fd.pd.HungUp()
		return true
	}
}

// flush delivers pending results on the loop while the loop wants them.
func (r *reader[T]) flush() {
	r.mu.Lock()
	r.posted = false
	for r.want && !r.taken && !r.closing && len(r.pending) > 0 {
		res := r.pending[0]
		r.pending[0] = result[T]{}
		switch {
		case len(r.pending) > 1:
			r.pending = r.pending[1:]
		case cap(r.pending) <= keptResults:
			r.pending = r.pending[:0] // reused by the next read
		default:
			r.pending = nil
		}
		r.size -= res.size
		r.wake.Signal()
		r.mu.Unlock()
		r.deliver(res.item, res.err)
		r.mu.Lock()
	}
	r.mu.Unlock()
}
