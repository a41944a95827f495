package childprocess

import (
	"errors"
	"io"
	"os"
	"sync"

	"github.com/dop251/goja"
	"github.com/gonode/gonode/runtime"
	"golang.org/x/sys/unix"
)

// pipe is the parent's end of a child's 'pipe' stdio (a socketpair, as in
// node): a reader goroutine that reads while JavaScript wants data and a
// writer goroutine that drains queued writes. Each direction holds a handle
// while active, so a pipe keeps the loop alive while it is being read or
// written, as a libuv stream does.
type pipe struct {
	rt *runtime.Runtime
	f  *os.File
	fd int

	unref  bool // ref()/unref() state, applied to both handles
	closed bool

	// reading
	tokens  chan struct{}
	reading *runtime.Handle
	onread  goja.Value
	busy    bool // a read is in flight
	eof     bool

	// writing
	w       *writer
	writing *runtime.Handle
	pending int
}

func newPipe(rt *runtime.Runtime, fd int) *pipe {
	_ = unix.SetNonblock(fd, true)
	return &pipe{rt: rt, f: os.NewFile(uintptr(fd), "pipe"), fd: fd}
}

// object is the JavaScript face of the pipe, used by lib/child_process.js.
func (p *pipe) object() *goja.Object {
	vm := p.rt.VM()
	o := vm.NewObject()
	_ = o.Set("fd", p.fd)
	_ = o.Set("readStart", func(call goja.FunctionCall) goja.Value {
		p.readStart(call.Argument(0))
		return goja.Undefined()
	})
	_ = o.Set("readStop", func(goja.FunctionCall) goja.Value {
		p.readStop()
		return goja.Undefined()
	})
	_ = o.Set("write", func(call goja.FunctionCall) goja.Value {
		p.write(call.Argument(0), call.Argument(1))
		return goja.Undefined()
	})
	_ = o.Set("shutdown", func(call goja.FunctionCall) goja.Value {
		p.shutdown(call.Argument(0))
		return goja.Undefined()
	})
	_ = o.Set("close", func(goja.FunctionCall) goja.Value {
		p.close()
		return goja.Undefined()
	})
	_ = o.Set("ref", func(goja.FunctionCall) goja.Value {
		p.setRef(true)
		return goja.Undefined()
	})
	_ = o.Set("unref", func(goja.FunctionCall) goja.Value {
		p.setRef(false)
		return goja.Undefined()
	})
	return o
}

func (p *pipe) newHandle(name string) *runtime.Handle {
	h := p.rt.NewHandle(name)
	if p.unref {
		h.Unref()
	}
	return h
}

func (p *pipe) setRef(ref bool) {
	p.unref = !ref
	for _, h := range []*runtime.Handle{p.reading, p.writing} {
		if h == nil {
			continue
		}
		if ref {
			h.Ref()
		} else {
			h.Unref()
		}
	}
}

// readStart delivers data to onread(arrayBuffer, 0); EOF as onread(null, 0)
// and a read error as onread(null, -errno).
func (p *pipe) readStart(onread goja.Value) {
	p.onread = onread
	if p.closed || p.eof {
		return
	}
	if p.tokens == nil {
		p.tokens = make(chan struct{}, 1)
		go p.readLoop(p.tokens)
	}
	if p.reading == nil {
		p.reading = p.newHandle("PipeRead")
	}
	p.next()
}

func (p *pipe) readLoop(tokens chan struct{}) {
	buf := make([]byte, 64*1024)
	for range tokens {
		n, err := p.f.Read(buf)
		chunk := append([]byte(nil), buf[:n]...)
		p.rt.Post(func() { p.deliver(chunk, err) })
		if err != nil {
			return
		}
	}
}

func (p *pipe) next() {
	if p.reading != nil && !p.busy && !p.eof && !p.closed {
		p.busy = true
		p.tokens <- struct{}{}
	}
}

func (p *pipe) readStop() {
	if p.reading != nil {
		p.reading.Close()
		p.reading = nil
	}
}

// deliver runs on the loop with the result of one read.
func (p *pipe) deliver(chunk []byte, err error) {
	p.busy = false
	if p.closed {
		return
	}
	vm := p.rt.VM()
	if len(chunk) > 0 {
		p.rt.Call(p.onread, goja.Undefined(), vm.ToValue(vm.NewArrayBuffer(chunk)), vm.ToValue(0))
		if p.closed {
			return
		}
	}
	if err != nil {
		p.eof = true
		p.readStop()
		errno := 0
		if !errors.Is(err, io.EOF) {
			errno = -int(runtime.ErrnoOf(err))
			if errno == 0 {
				errno = -int(unix.EIO)
			}
		}
		p.rt.Call(p.onread, goja.Undefined(), goja.Null(), vm.ToValue(errno))
		return
	}
	p.next()
}

// write queues data (a string or bytes) and calls cb(errno) once written.
func (p *pipe) write(data goja.Value, cb goja.Value) {
	var b []byte
	if s, ok := data.Export().(string); ok {
		b = []byte(s)
	} else if o, ok := data.(*goja.Object); ok {
		b = append([]byte(nil), runtime.BytesOf(p.rt.VM(), o)...)
	}
	p.enqueue(writeReq{data: b}, cb)
}

// shutdown half-closes the socket once queued writes are done: the child
// reads EOF on its stdin.
func (p *pipe) shutdown(cb goja.Value) {
	p.enqueue(writeReq{shutdown: true}, cb)
}

func (p *pipe) enqueue(req writeReq, cb goja.Value) {
	vm := p.rt.VM()
	if p.closed {
		p.rt.Post(func() { p.rt.Call(cb, goja.Undefined(), vm.ToValue(-int(unix.EBADF))) })
		return
	}
	if p.w == nil {
		p.w = newWriter(p.f)
	}
	if p.writing == nil {
		p.writing = p.newHandle("PipeWrite")
	}
	p.pending++
	req.done = func(err error) {
		p.rt.Post(func() {
			p.pending--
			if p.pending == 0 && p.writing != nil {
				p.writing.Close()
				p.writing = nil
			}
			errno := 0
			if err != nil {
				errno = -int(runtime.ErrnoOf(err))
				if errno == 0 {
					errno = -int(unix.EPIPE)
				}
			}
			p.rt.Call(cb, goja.Undefined(), vm.ToValue(errno))
		})
	}
	p.w.push(req)
}

// close releases the descriptor; reads and writes in flight end with errors
// that are no longer delivered.
func (p *pipe) close() {
	if p.closed {
		return
	}
	p.closed = true
	p.readStop()
	if p.writing != nil {
		p.writing.Close()
		p.writing = nil
	}
	if p.tokens != nil {
		close(p.tokens)
	}
	if p.w != nil {
		p.w.stop()
	}
	_ = p.f.Close()
}

// writeReq is one queued write or shutdown.
type writeReq struct {
	data     []byte
	shutdown bool
	done     func(error)
}

// writer drains write requests in order on its own goroutine.
type writer struct {
	f       *os.File
	mu      sync.Mutex
	queue   []writeReq
	wake    chan struct{}
	stopped bool
}

func newWriter(f *os.File) *writer {
	w := &writer{f: f, wake: make(chan struct{}, 1)}
	go w.loop()
	return w
}

func (w *writer) push(req writeReq) {
	w.mu.Lock()
	w.queue = append(w.queue, req)
	w.mu.Unlock()
	select {
	case w.wake <- struct{}{}:
	default:
	}
}

func (w *writer) stop() {
	w.mu.Lock()
	w.stopped = true
	w.mu.Unlock()
	select {
	case w.wake <- struct{}{}:
	default:
	}
}

// shutdown half-closes the socket, holding the descriptor against a
// concurrent close.
func (w *writer) shutdown() error {
	rc, err := w.f.SyscallConn()
	if err != nil {
		return err
	}
	var serr error
	if err := rc.Control(func(fd uintptr) { serr = unix.Shutdown(int(fd), unix.SHUT_WR) }); err != nil {
		return err
	}
	return serr
}

func (w *writer) loop() {
	for range w.wake {
		for {
			w.mu.Lock()
			if w.stopped {
				w.mu.Unlock()
				return
			}
			if len(w.queue) == 0 {
				w.mu.Unlock()
				break
			}
			req := w.queue[0]
			w.queue = w.queue[1:]
			w.mu.Unlock()
			var err error
			if req.shutdown {
				err = w.shutdown()
			} else {
				_, err = w.f.Write(req.data)
			}
			req.done(err)
		}
	}
}
