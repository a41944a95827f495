package sock

import (
	"sync"

	"github.com/gonode/gonode/internal/fdpoll"
	"golang.org/x/sys/unix"
)

// maxIovecs bounds one writev, as the kernel's IOV_MAX.
const maxIovecs = 1024

// writeReq is one write (stream) or one datagram.
type writeReq struct {
	bufs  [][]byte
	to    unix.Sockaddr // datagram destination; nil when connected
	dgram bool
	size  int
	done  func(error)
	err   error
}

// attempt writes as much of r as the kernel takes now; complete reports
// whether nothing is left.
func (r *writeReq) attempt(fd int) (complete bool, err error) {
	if r.dgram {
		for {
			_, err := unix.SendmsgBuffers(fd, r.bufs, nil, r.to, 0)
			switch err {
			case unix.EINTR:
				continue
			case unix.EAGAIN:
				return false, nil
			}
			return true, err
		}
	}
	for len(r.bufs) > 0 {
		bufs := r.bufs
		if len(bufs) > maxIovecs {
			bufs = bufs[:maxIovecs]
		}
		var n int
		var err error
		if len(bufs) == 1 {
			n, err = fdpoll.Write(fd, bufs[0])
		} else {
			n, err = fdpoll.Writev(fd, bufs)
		}
		switch err {
		case nil:
		case unix.EINTR:
			continue
		case unix.EAGAIN:
			return false, nil
		default:
			return true, err
		}
		// Drop what was written, and empty buffers (a write of '' must
		// complete, not spin).
		for len(r.bufs) > 0 && (n > 0 || len(r.bufs[0]) == 0) {
			if n < len(r.bufs[0]) {
				r.bufs[0] = r.bufs[0][n:]
				break
			}
			n -= len(r.bufs[0])
			r.bufs = r.bufs[1:]
		}
	}
	return true, nil
}

// own copies what is left of the request, so that JavaScript may reuse its
// buffers once the call that queued them returns.
func (r *writeReq) own() {
	n := 0
	for _, b := range r.bufs {
		n += len(b)
	}
	flat := make([]byte, 0, n)
	for _, b := range r.bufs {
		flat = append(flat, b...)
	}
	r.bufs = [][]byte{flat}
}

// writer sends requests without blocking the loop: the loop tries each one
// directly and hands only what the kernel refused to a goroutine, which
// waits for writability in the poller. Completions come back in order, in
// batches.
type writer struct {
	fd   *FD
	post func(func())
	// idle runs on the loop whenever the queue has drained (may be nil).
	idle func()

	mu         sync.Mutex
	queue      []*writeReq
	queued     int  // bytes waiting in queue
	busy       bool // async requests not yet completed on the loop
	running    bool // the goroutine is alive
	done       []*writeReq
	posted     bool
	completeFn func()
}

func (w *writer) init(fd *FD, post func(func())) {
	w.fd, w.post = fd, post
	w.completeFn = w.complete
}

// submit writes r now if it can; otherwise it queues the rest and returns
// async=true, and r.done runs on the loop later. An error means the request
// failed synchronously.
func (w *writer) submit(r *writeReq) (async bool, err error) {
	if w.fd.closed {
		return false, unix.EBADF
	}
	w.mu.Lock()
	if w.busy {
		r.own()
		w.queue = append(w.queue, r)
		w.queued += r.size
		w.mu.Unlock()
		return true, nil
	}
	w.mu.Unlock()
	complete, err := r.attempt(w.fd.Sysfd)
	if err != nil || complete {
		return false, err
	}
	// The goroutine waits in the poller: register now (loop goroutine).
	if err := w.fd.register(); err != nil {
		return false, err
	}
	r.own()
	w.mu.Lock()
	w.queue = append(w.queue, r)
	w.queued += r.size
	w.busy, w.running = true, true
	w.mu.Unlock()
	go w.run()
	return true, nil
}

// pendingBytes is the size of the queue (libuv's write_queue_size).
func (w *writer) pendingBytes() int {
	w.mu.Lock()
	defer w.mu.Unlock()
	return w.queued
}

// idleNow reports whether no request is outstanding (loop goroutine).
func (w *writer) idleNow() bool {
	w.mu.Lock()
	defer w.mu.Unlock()
	return !w.busy
}

func (w *writer) run() {
	for {
		w.mu.Lock()
		if len(w.queue) == 0 {
			w.running = false
			post := !w.posted
			w.posted = true
			w.mu.Unlock()
			if post {
				w.post(w.completeFn)
			}
			return
		}
		r := w.queue[0]
		w.mu.Unlock()

		var werr error
		if err := w.fd.pd.Write(func(fd uintptr) bool {
			complete, err := r.attempt(int(fd))
			werr = err
			return complete || err != nil
		}); err != nil {
			werr = unix.ECANCELED
		}

		w.mu.Lock()
		w.queue[0] = nil
		w.queue = w.queue[1:]
		w.queued -= r.size
		r.err = werr
		w.done = append(w.done, r)
		post := !w.posted
		w.posted = true
		w.mu.Unlock()
		if post {
			w.post(w.completeFn)
		}
	}
}

// complete runs finished requests' callbacks on the loop.
func (w *writer) complete() {
	w.mu.Lock()
	done := w.done
	w.done = nil
	w.posted = false
	if !w.running {
		if len(w.queue) > 0 && !w.fd.closed {
			w.running = true
			go w.run()
		} else {
			for _, r := range w.queue {
				r.err = unix.ECANCELED
				done = append(done, r)
			}
			w.queue, w.queued = nil, 0
			w.busy = false
		}
	}
	idle := !w.busy
	w.mu.Unlock()
	for _, r := range done {
		r.done(r.err)
	}
	if idle && w.idle != nil {
		w.idle()
	}
}
