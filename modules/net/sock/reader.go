package sock

import (
	"sync"
	"sync/atomic"

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

// result is one read: a chunk or an error.
type result struct {
	item []byte
	err  error
	size int // bytes counted against the read-ahead limit (at least 1)
}

// reader runs the reads of one stream socket and hands results to the loop in
// batches (one Post per batch). A goroutine of its own makes the reads
// that need no waiting; once a read finds the socket empty, the next one is
// made by the poller's goroutine as soon as the socket is readable
// (fdpoll's read handler), which saves waking a second goroutine for each
// chunk. Reading ahead stops once maxReadAhead bytes are undelivered, so a loop
// that cannot keep up leaves data in the kernel (TCP backpressure).
type reader struct {
	fd   *FD
	post func(func())
	// deliver runs on the loop for each result.
	deliver func(chunk []byte, err error)

	mu        sync.Mutex
	wake      sync.Cond // the goroutine waits here for want/room/its turn
	avail     sync.Cond // a Go consumer (taken) waits here for results
	want      bool      // the loop wants results (start)
	taken     bool      // results go to a Go consumer instead (Stream.Take)
	takes     uint64    // the number of Takes
	running   bool      // the goroutine was started
	starting  bool      // start posted startFn, which starts the goroutine
	ended     bool      // reading has stopped for good
	closing   bool
	posted    bool // a delivery is queued on the loop
	awaiting  bool // the socket was found empty: the poller makes the next read
	ready     bool // readiness came while the poller could not read
	polling   bool // the poller's goroutine is reading
	pending   []result
	size      int
	deliverFn func()
	startFn   func()
	// attempts counts the read attempts started; the callbacks of
	// whenRead wait for one numbered above settleAfter that finds the
	// socket empty or ended.
	attempts    uint64
	settleAfter uint64
	settlers    []func()
	// readCap, when above 0, is the most one read takes (SetReadSize).
	readCap atomic.Int64
}

// readState is how a read attempt ended.
type readState int

const (
	readGot     readState = iota // a result, and the socket may hold more
	readDrained                  // a result that emptied the socket
	readEmpty                    // nothing to read yet (EAGAIN)
	readClosed                   // the descriptor is closed
)

func (r *reader) init(fd *FD, post func(func())) {
	r.fd, r.post = fd, post
	r.wake.L = &r.mu
	r.avail.L = &r.mu
	r.deliverFn = r.flush
	r.startFn = r.deferredStart
}

// start makes results flow to deliver (loop goroutine). The first start
// only registers the descriptor and starts the goroutine on the loop's next
// turn, so a socket that is closed (or sent to another process) in the
// same turn, as an accepted connection handed off at once is, costs neither.
func (r *reader) start() {
	r.mu.Lock()
	r.want = true
	switch {
	case r.running:
		r.kick()
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
func (r *reader) deferredStart() {
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
func (r *reader) run() {
	if r.running {
		r.kick()
		return
	}
	r.running = true
	if err := r.fd.register(); err != nil {
		r.ended = true
		r.pending = append(r.pending, result{err: err, size: 1})
		r.size++
		r.avail.Broadcast()
		return
	}
	r.fd.pd.SetReadHandler(r.readable)
	go r.loop()
}

// stop withholds results until the next start; at most one read already in
// progress completes and is kept for then.
func (r *reader) stop() {
	r.mu.Lock()
	r.want = false
	r.postSettlers()
	r.mu.Unlock()
}

// active reports whether the reader wants results and may still get some.
func (r *reader) active() bool {
	r.mu.Lock()
	defer r.mu.Unlock()
	return (r.want || r.taken) && !r.closing && !(r.ended && len(r.pending) == 0)
}

// whenRead calls cb on the loop once a read made after this call found the
// socket empty or at its end, after the results read before it were handed
// to deliver: what the peer had written by the time of the call is then
// delivered, unless the loop stopped reading. A reader that is not reading
// (stopped, taken, ended, closed) calls cb at once. Loop goroutine.
func (r *reader) whenRead(cb func()) {
	r.mu.Lock()
	if !r.want || r.taken || r.closing {
		r.mu.Unlock()
		cb()
		return
	}
	r.settlers = append(r.settlers, cb)
	if r.ended {
		// Nothing more will be read: cb follows what is pending.
		r.postSettlers()
		r.mu.Unlock()
		return
	}
	r.settleAfter = r.attempts
	// Read now, also if the poller was to make the next read: an empty
	// socket signals no readiness.
	r.ready = true
	if r.running {
		r.kick()
	}
	r.mu.Unlock()
}

// settled posts the whenRead callbacks once attempt number n, started after
// they were registered, found the socket empty, or once reading has ended
// (also by an attempt that started before them: nothing more will be read).
// mu held.
func (r *reader) settled(n uint64, state readState) {
	if len(r.settlers) == 0 || !r.ended && (n <= r.settleAfter || state == readGot) {
		return
	}
	r.postSettlers()
}

// postSettlers hands the whenRead callbacks to the loop, behind any
// delivery already posted (mu held).
func (r *reader) postSettlers() {
	if len(r.settlers) == 0 {
		return
	}
	cbs := r.settlers
	r.settlers = nil
	r.post(func() {
		for _, cb := range cbs {
			cb()
		}
	})
}

// close ends the goroutine; the caller closes the descriptor, which wakes a
// goroutine parked in the poller.
func (r *reader) close() {
	r.mu.Lock()
	r.closing = true
	r.postSettlers()
	r.pending = nil
	r.wake.Broadcast()
	r.avail.Broadcast()
	r.mu.Unlock()
}

// canRead reports whether results are wanted and there is room (mu held).
func (r *reader) canRead() bool {
	return (r.want || r.taken) && r.hasRoom() && !r.closing && !r.ended
}

// hasRoom reports whether a read may be queued: up to maxReadAhead bytes
// ahead of the loop, or, for a reader with a read size (SetReadSize), one
// read at a time, so that each takes the size set when the one before was
// delivered, as libuv asks its user for a buffer before each read. mu held.
func (r *reader) hasRoom() bool {
	if r.readCap.Load() > 0 {
		return r.size == 0
	}
	return r.size < maxReadAhead
}

// goroutineReads reports whether the goroutine has a read to make now: it
// may read, and the poller is not in charge of the next read (or readiness
// came while the poller could not read). mu held.
func (r *reader) goroutineReads() bool {
	return r.canRead() && !r.polling && (!r.awaiting || r.ready)
}

// kick wakes the goroutine if it has something to do: a read, or to stop.
// Waking it for nothing would cost a goroutine switch per chunk. mu held.
func (r *reader) kick() {
	if r.closing || r.ended || r.goroutineReads() {
		r.wake.Signal()
	}
}

// loop makes the reads that need no waiting: while results are wanted and
// there is room, until a read finds the socket empty and hands the next
// one to the poller (readable), or readiness came while the poller could
// not read.
func (r *reader) loop() {
	r.mu.Lock()
	defer r.mu.Unlock()
	for {
		for !r.closing && !r.ended && !r.goroutineReads() {
			r.wake.Wait()
		}
		if r.closing || r.ended {
			r.ended = true
			return
		}
		r.awaiting, r.ready = false, false
		r.attempts++
		n := r.attempts
		r.mu.Unlock()
		res, state := r.attempt()
		r.mu.Lock()
		r.settle(res, state)
		r.settled(n, state)
		if state != readGot && !r.ready {
			r.awaiting = true
		}
	}
}

// readable is the descriptor's read handler, on the poller's goroutine or
// in the loop's fdpoll.Poll (which may call it when nothing is readable),
// so two calls may run at once: if the reader waits for readiness, can take
// a result and no other call is reading, it reads here; otherwise the
// goroutine (or the poller, next time) reads later. Two reads at once
// could queue their results in the wrong order (end of file before the
// data read just before it).
func (r *reader) readable() {
	r.mu.Lock()
	defer r.mu.Unlock()
	if !r.awaiting || r.polling || !r.canRead() {
		r.ready = true
		return
	}
	r.ready = false
	r.polling = true
	r.attempts++
	n := r.attempts
	r.mu.Unlock()
	res, state := r.attempt()
	r.mu.Lock()
	r.polling = false
	r.settle(res, state)
	r.settled(n, state)
	if state == readGot {
		r.awaiting = false // more may be there: the goroutine goes on
	}
	r.kick()
}

// attempt makes one nonblocking read. After a short read the socket
// counts as drained, unless the poller has seen a hang-up, whose end of
// file may still be behind the data read.
func (r *reader) attempt() (res result, state readState) {
	bp := readBufs.Get().(*[]byte)
	defer readBufs.Put(bp)
	buf := *bp
	if c := r.readCap.Load(); c > 0 && c < int64(len(buf)) {
		buf = buf[:c]
	}
	state = readClosed
	_ = r.fd.pd.Control(func(fd uintptr) {
		for {
			item, n, err := readChunk(int(fd), buf)
			switch err {
			case unix.EINTR:
				continue
			case unix.EAGAIN:
				state = readEmpty
				return
			}
			res = result{item: item, err: err, size: max(n, 1)}
			state = readGot
			if err == nil && n < len(buf) && !r.fd.pd.HungUp() {
				state = readDrained
			}
			return
		}
	})
	return res, state
}

// settle queues the result of an attempt and posts a delivery (mu held).
func (r *reader) settle(res result, state readState) {
	switch {
	case state == readClosed || r.closing:
		r.ended = true
		return
	case state == readEmpty:
		return
	}
	r.pending = append(r.pending, res)
	r.size += res.size
	r.ended = res.err != nil // the end of file, a reset
	if r.taken {
		r.avail.Broadcast()
	} else if !r.posted {
		r.posted = true
		r.post(r.deliverFn)
	}
}

// flush delivers pending results on the loop while the loop wants them.
func (r *reader) flush() {
	r.mu.Lock()
	r.posted = false
	for r.want && !r.taken && !r.closing && len(r.pending) > 0 {
		res := r.pending[0]
		r.pending[0] = result{}
		switch {
		case len(r.pending) > 1:
			r.pending = r.pending[1:]
		case cap(r.pending) <= keptResults:
			r.pending = r.pending[:0] // reused by the next read
		default:
			r.pending = nil
		}
		// A reader with a read size reads on once its user has had the
		// chunk (and may have set another size).
		sized := r.readCap.Load() > 0
		if !sized {
			r.size -= res.size
			r.kick()
		}
		r.mu.Unlock()
		r.deliver(res.item, res.err)
		r.mu.Lock()
		if sized {
			r.size -= res.size
			r.kick()
		}
	}
	r.mu.Unlock()
}
