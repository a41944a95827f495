package runtime

import (
	"github.com/dop251/goja"
)

// This file holds what a runtime needs to run as a worker thread
// (worker_threads' Worker): a runtime of its own on its own goroutine, in
// the same process as its parent.

// Terminate stops the runtime as worker.terminate() stops a worker: the
// JavaScript running is interrupted as soon as possible, no more callbacks
// run and no 'exit' event is emitted; Run returns code. It is safe to call
// from any goroutine, before or during Run, and more than once (the first
// code wins).
func (rt *Runtime) Terminate(code int) {
	if !rt.terminate.CompareAndSwap(false, true) {
		return
	}
	rt.terminateCode.Store(int64(code))
	rt.vm.Interrupt(exitInterrupt{})
	rt.queue.post(func() {}) // wakes a sleeping loop
}

// terminated reports whether Terminate was called, and if so ends the run
// (loop goroutine only).
func (rt *Runtime) terminated() bool {
	if !rt.terminate.Load() {
		return false
	}
	if !rt.exiting || !rt.exitEmitted {
		if !rt.exiting {
			rt.exitCode = int(rt.terminateCode.Load())
		}
		rt.exiting = true
		rt.exitEmitted = true
	}
	return true
}

// IsWorker reports whether the runtime runs a worker thread.
func (rt *Runtime) IsWorker() bool { return rt.opts.WorkerThread != 0 }

// ThreadID is worker_threads.threadId: 0 for the main thread.
func (rt *Runtime) ThreadID() int { return rt.opts.WorkerThread }

// EnvPairs is process.env as KEY=value strings (a worker's default
// environment). Safe from any goroutine.
func (rt *Runtime) EnvPairs() []string { return rt.env.pairs() }

// unsupportedInWorker throws node's ERR_WORKER_UNSUPPORTED_OPERATION for
// what a worker thread may not do.
func (rt *Runtime) unsupportedInWorker(what string) {
	panic(rt.NewNodeError("TypeError", "ERR_WORKER_UNSUPPORTED_OPERATION", what+" is not supported in workers"))
}

// workerProcess adjusts process for a worker thread, as node's workers
// have it: chdir and abort throw.
func (rt *Runtime) workerProcess(p *goja.Object) {
	for _, name := range []string{"chdir", "abort"} {
		name := name
		_ = p.Set(name, rt.namedFunc(name, func(goja.FunctionCall) goja.Value {
			rt.unsupportedInWorker("process." + name + "()")
			return goja.Undefined()
		}))
	}
	umask, _ := goja.AssertFunction(p.Get("umask"))
	_ = p.Set("umask", rt.namedFunc("umask", func(call goja.FunctionCall) goja.Value {
		if len(call.Arguments) > 0 && !goja.IsUndefined(call.Argument(0)) {
			panic(rt.NewNodeError("TypeError", "ERR_WORKER_UNSUPPORTED_OPERATION", "Setting process.umask() is not supported in workers"))
		}
		v, err := umask(p)
		if err != nil {
			rt.Rethrow(err)
		}
		return v
	}))
}
