package childprocess

import (
	"os"
	"strconv"
	"sync"
	"time"

	"github.com/dop251/goja"
	"github.com/gonode/gonode/runtime"
	"golang.org/x/sys/unix"
)

// syncRun is one spawnSync: the child, its output, and the kill that a
// timeout or an overflowing maxBuffer triggers.
type syncRun struct {
	pid        int
	killSignal unix.Signal
	maxBuffer  float64 // 0: unlimited

	mu       sync.Mutex
	exited   bool // the child is waitable: never signal its pid again
	errno    unix.Errno
	buffered int
	pipes    []*os.File // this process's ends of the stdio pipes
	killed   bool
}

// kill signals the child once, recording why, and closes the stdio pipes
// as node does: what was read so far is the output, and a grandchild that
// inherited a pipe cannot keep spawnSync waiting.
func (r *syncRun) kill(errno unix.Errno) {
	r.mu.Lock()
	defer r.mu.Unlock()
	if r.errno == 0 {
		r.errno = errno
	}
	if r.killed {
		return
	}
	r.killed = true
	if !r.exited {
		_ = unix.Kill(r.pid, r.killSignal)
	}
	for _, f := range r.pipes {
		_ = f.Close() // a Read or Write in progress returns
	}
}

// pipe makes fd, this process's end of a stdio pipe, a File that kill can
// close under a blocked Read or Write (a pollable, nonblocking one). It
// returns nil, with fd closed, if the run was killed already.
func (r *syncRun) pipe(fd int) *os.File {
	_ = unix.SetNonblock(fd, true)
	f := os.NewFile(uintptr(fd), "pipe")
	r.mu.Lock()
	defer r.mu.Unlock()
	if r.killed {
		_ = f.Close()
		return nil
	}
	r.pipes = append(r.pipes, f)
	return f
}

// add counts output bytes against maxBuffer.
func (r *syncRun) add(n int) {
	r.mu.Lock()
	r.buffered += n
	over := r.maxBuffer > 0 && float64(r.buffered) > r.maxBuffer
	r.mu.Unlock()
	if over {
		r.kill(unix.ENOBUFS)
	}
}

// spawnSync implements binding.spawnSync(options): it runs the child to
// completion and returns {error?, status, signal, output, pid} as node's
// spawn_sync binding does (error as a negative errno).
func (b *binding) spawnSync(call goja.FunctionCall) goja.Value {
	vm := b.rt.VM()
	o := objectArg(vm, call, 0)
	spec := readSpawnSpec(vm, o)
	res := vm.NewObject()
	fail := func(err error) goja.Value {
		errno := runtime.ErrnoOf(err)
		if errno == 0 {
			errno = unix.EINVAL
		}
		_ = res.Set("error", -int(errno))
		_ = res.Set("status", goja.Null())
		_ = res.Set("signal", goja.Null())
		_ = res.Set("output", goja.Null())
		_ = res.Set("pid", 0)
		return res
	}
	inputs := make([][]byte, len(spec.stdio))
	if list, ok := o.Get("stdio").(*goja.Object); ok {
		for i := range spec.stdio {
			e, _ := list.Get(strconv.Itoa(i)).(*goja.Object)
			if e == nil {
				continue
			}
			if in, ok := e.Get("input").(*goja.Object); ok {
				inputs[i] = append([]byte(nil), runtime.BytesOf(vm, in)...)
			}
			if spec.stdio[i].kind == "buffer" {
				spec.stdio[i].kind = "pipe"
			}
		}
	}
	run := &syncRun{killSignal: unix.SIGTERM}
	if v := o.Get("killSignal"); v != nil && !goja.IsUndefined(v) {
		run.killSignal = unix.Signal(v.ToInteger())
	}
	if v := o.Get("maxBuffer"); v != nil && !goja.IsUndefined(v) {
		run.maxBuffer = v.ToFloat()
	}
	cf, err := spec.prepare()
	if err != nil {
		return fail(err)
	}
	pid, err := spec.start(cf)
	cf.closeChildEnds()
	if err != nil {
		cf.release()
		return fail(err)
	}
	run.pid = pid

	outputs := make([][]byte, len(spec.stdio))
	var wg sync.WaitGroup
	for i, fd := range cf.parent {
		if fd < 0 {
			continue
		}
		f := run.pipe(fd)
		if f == nil {
			continue
		}
		wg.Add(1)
		if i == 0 {
			go func(data []byte) {
				defer wg.Done()
				defer f.Close()
				if len(data) > 0 {
					_, _ = f.Write(data)
				}
				if rc, err := f.SyscallConn(); err == nil {
					_ = rc.Control(func(fd uintptr) { _ = unix.Shutdown(int(fd), unix.SHUT_WR) })
				}
			}(inputs[i])
			continue
		}
		go func(i int) {
			defer wg.Done()
			defer f.Close()
			buf := make([]byte, 64*1024)
			for {
				n, err := f.Read(buf)
				if n > 0 {
					outputs[i] = append(outputs[i], buf[:n]...)
					run.add(n)
				}
				if err != nil {
					return // EOF, or the read failed: keep what arrived
				}
			}
		}(i)
	}
	if t := o.Get("timeout"); t != nil && !goja.IsUndefined(t) && t.ToInteger() > 0 {
		timer := time.AfterFunc(time.Duration(t.ToInteger())*time.Millisecond, func() { run.kill(unix.ETIMEDOUT) })
		defer timer.Stop()
	}
	var ws unix.WaitStatus
	// Wait without reaping, so that a concurrent kill cannot hit a reused pid.
	for {
		var info unix.Siginfo
		err := unix.Waitid(unix.P_PID, pid, &info, unix.WEXITED|unix.WNOWAIT, nil)
		if err != unix.EINTR {
			break
		}
	}
	run.mu.Lock()
	run.exited = true
	run.mu.Unlock()
	for {
		_, err := unix.Wait4(pid, &ws, 0, nil)
		if err != unix.EINTR {
			break
		}
	}
	wg.Wait()

	if run.errno != 0 {
		_ = res.Set("error", -int(run.errno))
	}
	if ws.Signaled() {
		_ = res.Set("status", goja.Null())
		_ = res.Set("signal", unix.SignalName(ws.Signal()))
	} else {
		_ = res.Set("status", ws.ExitStatus())
		_ = res.Set("signal", goja.Null())
	}
	output := make([]any, len(spec.stdio))
	for i := range output {
		if i == 0 || cf.parent[i] < 0 {
			output[i] = nil
			continue
		}
		output[i] = b.buffer(outputs[i])
	}
	_ = res.Set("output", output)
	_ = res.Set("pid", pid)
	return res
}

// buffer makes a Buffer holding data.
func (b *binding) buffer(data []byte) goja.Value {
	vm := b.rt.VM()
	if data == nil {
		data = []byte{}
	}
	bufferCtor := vm.Get("Buffer").ToObject(vm)
	from, _ := goja.AssertFunction(bufferCtor.Get("from"))
	v, err := from(bufferCtor, vm.ToValue(vm.NewArrayBuffer(data)))
	if err != nil {
		panic(err)
	}
	return v
}
