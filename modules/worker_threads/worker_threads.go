// Package workerthreads implements node's 'worker_threads' core module.
// Each Worker is a runtime.Runtime of its own, running on its own goroutine
// in the same process; the two loops talk only through Runtime.Post and
// endpoints (port.go), whose messages are serialized in V8's format
// (internal/v8ser) on the sender's goroutine and deserialized on the
// receiver's loop, so no JavaScript value is ever shared between threads.
//
// worker_threads.js is the public module; internal/worker/io.js has
// MessagePort, MessageChannel, BroadcastChannel and the error
// serialization an uncaught exception crosses threads with.
package workerthreads

import (
	"context"
	_ "embed"
	"errors"
	"io"
	"os"
	goruntime "runtime"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/dop251/goja"
	"github.com/gonode/gonode/internal/nativefunc"
	"github.com/gonode/gonode/internal/v8ser"
	"github.com/gonode/gonode/modules/buffer"
	"github.com/gonode/gonode/modules/path"
	"github.com/gonode/gonode/modules/url"
	"github.com/gonode/gonode/modules/util"
	"github.com/gonode/gonode/modules/v8"
	"github.com/gonode/gonode/runtime"
)

var (
	//go:embed worker_threads.js
	publicSource string
	//go:embed io.js
	ioSource string
)

// Modules are the worker_threads package's core modules and node 20's lazy
// globals for the messaging classes; modules/all registers them.
var Modules = runtime.ModuleSet{
	Needs: []*runtime.ModuleSet{&buffer.Modules, &path.Modules, &url.Modules, &util.Modules, &v8.Modules},
	Core: []runtime.Module{
		{Name: "internal/worker_threads", Load: loadBinding},
		{Name: "internal/worker/io", Source: &ioSource},
		{Name: "worker_threads", Source: &publicSource},
	},
	Globals: []runtime.Global{
		{Name: "MessageChannel", Module: "internal/worker/io", Path: "MessageChannel"},
		{Name: "MessagePort", Module: "internal/worker/io", Path: "MessagePort"},
		{Name: "BroadcastChannel", Module: "internal/worker/io", Path: "BroadcastChannel"},
		{Name: "MessageEvent", Value: messageEventClass},
	},
}

// messageEventClass is the MessageEvent global, which internal/worker/io
// makes on demand.
func messageEventClass(rt *runtime.Runtime) goja.Value {
	lib, err := rt.Require("internal/worker/io")
	if err != nil {
		rt.Rethrow(err)
	}
	f, _ := goja.AssertFunction(lib.ToObject(rt.VM()).Get("messageEventClass"))
	v, err := f(goja.Undefined())
	if err != nil {
		rt.Rethrow(err)
	}
	return v
}

// nextThreadID numbers workers in the process, from 1 as node does.
var nextThreadID atomic.Int64

// contextModule is the per-runtime core module through which a worker's
// runtime finds its workerContext.
const contextModule = "internal/worker_context"

// workerContext is what a worker's runtime is started with.
type workerContext struct {
	id         int
	name       string
	workerData []byte // serialized
	port       *endpoint
	limits     map[string]float64
}

// binding is the per-runtime state of internal/worker_threads.
type binding struct {
	rt    *runtime.Runtime
	vm    *goja.Runtime
	codec *v8ser.Codec
	ctx   *workerContext // nil in the main thread
}

func loadBinding(rt *runtime.Runtime, module *goja.Object) error {
	vm := rt.VM()
	codec, err := v8.CodecOf(rt)
	if err != nil {
		return err
	}
	b := &binding{rt: rt, vm: vm, codec: codec}
	if rt.IsWorker() {
		v, err := rt.Require(contextModule)
		if err != nil {
			return err
		}
		b.ctx, _ = runtime.HostOf(v).(*workerContext)
		if b.ctx == nil {
			return errors.New("worker_threads: worker without context")
		}
	}
	o := vm.NewObject()
	fns := map[string]func(goja.FunctionCall) goja.Value{
		"context":         b.context,
		"newWorker":       b.newWorker,
		"workerTerminate": b.workerTerminate,
		"workerRef":       b.workerRef,
		"workerStart":     b.workerStart,
		"newChannel":      b.newChannel,
		"portBind":        b.portBind,
		"portPost":        b.portPost,
		"portStart":       b.portStart,
		"portStop":        b.portStop,
		"portRef":         b.portRef,
		"portUnref":       b.portUnref,
		"portHasRef":      b.portHasRef,
		"portClose":       b.portClose,
		"portReceive":     b.portReceive,
		"serialize":       b.serializeFn,
		"deserialize":     b.deserializeFn,
		"broadcastJoin":   b.broadcastJoin,
		"broadcastLeave":  b.broadcastLeave,
		"broadcastPost":   b.broadcastPost,
	}
	if err := nativefunc.SetAll(b.vm, o, fns); err != nil {
		return err
	}
	_ = o.Set("threadId", rt.ThreadID())
	_ = o.Set("isMainThread", !rt.IsWorker())
	return module.Set("exports", o)
}

// serialize writes v as postMessage clones it: V8's format with typed
// arrays as V8 writes them (so a Buffer arrives as a Uint8Array).
func (b *binding) serialize(v goja.Value) ([]byte, error) {
	s := b.codec.NewSerializer(nil)
	s.ViewsAsHost = false
	s.WriteHeader()
	if err := s.WriteValue(v); err != nil {
		return nil, err
	}
	return s.Release(), nil
}

func (b *binding) deserialize(data []byte) (goja.Value, error) {
	return b.codec.Deserialize(data)
}

// errorValue is the JavaScript value of a Go error (a thrown exception's
// value as it was).
func (b *binding) errorValue(err error) goja.Value {
	var ex *goja.Exception
	if errors.As(err, &ex) {
		return ex.Value()
	}
	return b.vm.NewGoError(err)
}

// serializeFn(value) is serialize for JavaScript (a Uint8Array).
func (b *binding) serializeFn(call goja.FunctionCall) goja.Value {
	data, err := b.serialize(call.Argument(0))
	if err != nil {
		b.rt.Rethrow(err)
	}
	return b.vm.ToValue(b.vm.NewArrayBuffer(data))
}

// deserializeFn(arrayBuffer) is deserialize for JavaScript.
func (b *binding) deserializeFn(call goja.FunctionCall) goja.Value {
	ab, ok := call.Argument(0).Export().(goja.ArrayBuffer)
	if !ok {
		panic(b.vm.NewTypeError("deserialize: not an ArrayBuffer"))
	}
	v, err := b.deserialize(ab.Bytes())
	if err != nil {
		b.rt.Rethrow(err)
	}
	return v
}

// context() is what a worker was started with: {threadId, name,
// workerData, port, resourceLimits}, or null in the main thread.
func (b *binding) context(goja.FunctionCall) goja.Value {
	if b.ctx == nil {
		return goja.Null()
	}
	o := b.vm.NewObject()
	_ = o.Set("threadId", b.ctx.id)
	_ = o.Set("name", b.ctx.name)
	wd := goja.Undefined()
	if b.ctx.workerData != nil {
		v, err := b.deserialize(b.ctx.workerData)
		if err != nil {
			b.rt.Rethrow(err)
		}
		wd = v
	}
	_ = o.Set("workerData", wd)
	_ = o.Set("port", b.rt.HostRef(b.ctx.port))
	limits := b.vm.NewObject()
	for _, k := range []string{"maxYoungGenerationSizeMb", "maxOldGenerationSizeMb", "codeRangeSizeMb", "stackSizeMb"} {
		if v, ok := b.ctx.limits[k]; ok {
			_ = limits.Set(k, v)
		}
	}
	_ = o.Set("resourceLimits", limits)
	return o
}

// endpointArg is the endpoint a port reference argument carries.
func (b *binding) endpointArg(v goja.Value) *endpoint {
	e, ok := runtime.HostOf(v).(*endpoint)
	if !ok {
		panic(b.vm.NewTypeError("not a MessagePort"))
	}
	return e
}

// newChannel() makes a MessageChannel's two ends in this thread.
func (b *binding) newChannel(goja.FunctionCall) goja.Value {
	e1, e2 := newPair(b.rt, b.rt)
	return b.vm.NewArray(b.rt.HostRef(e1), b.rt.HostRef(e2))
}

// portBind(handle, port, dispatch) ties the endpoint to its MessagePort
// port (undefined for a BroadcastChannel's).
func (b *binding) portBind(call goja.FunctionCall) goja.Value {
	e := b.endpointArg(call.Argument(0))
	fn, ok := goja.AssertFunction(call.Argument(2))
	if !ok {
		panic(b.vm.NewTypeError("dispatch must be a function"))
	}
	e.bind(b, call.Argument(1), fn)
	return goja.Undefined()
}

// portPost(port, value, transfer) sends a clone of value to the other end.
// The ArrayBuffers in transfer are copied, then detached here, as if moved.
func (b *binding) portPost(call goja.FunctionCall) goja.Value {
	e := b.endpointArg(call.Argument(0))
	data, err := b.serialize(call.Argument(1))
	if err != nil {
		b.rt.Rethrow(err)
	}
	b.detachAll(call.Argument(2))
	if !e.isClosed() {
		e.peer.enqueue(data)
	}
	return goja.Undefined()
}

// detachAll detaches the ArrayBuffers of a transfer list (an array).
func (b *binding) detachAll(list goja.Value) {
	o, ok := list.(*goja.Object)
	if !ok {
		return
	}
	n := o.Get("length")
	if n == nil {
		return
	}
	for i := int64(0); i < n.ToInteger(); i++ {
		if ab, ok := o.Get(itoa(i)).Export().(goja.ArrayBuffer); ok {
			ab.Detach()
		}
	}
}

func itoa(i int64) string {
	if i == 0 {
		return "0"
	}
	var buf [20]byte
	n := len(buf)
	for i > 0 {
		n--
		buf[n] = byte('0' + i%10)
		i /= 10
	}
	return string(buf[n:])
}

func (b *binding) portStart(call goja.FunctionCall) goja.Value {
	b.endpointArg(call.Argument(0)).setReceiving(true)
	return goja.Undefined()
}

func (b *binding) portStop(call goja.FunctionCall) goja.Value {
	b.endpointArg(call.Argument(0)).setReceiving(false)
	return goja.Undefined()
}

func (b *binding) portRef(call goja.FunctionCall) goja.Value {
	if e := b.endpointArg(call.Argument(0)); e.handle != nil {
		e.handle.Ref()
	}
	return goja.Undefined()
}

func (b *binding) portUnref(call goja.FunctionCall) goja.Value {
	if e := b.endpointArg(call.Argument(0)); e.handle != nil {
		e.handle.Unref()
	}
	return goja.Undefined()
}

func (b *binding) portHasRef(call goja.FunctionCall) goja.Value {
	e := b.endpointArg(call.Argument(0))
	return b.vm.ToValue(e.handle != nil && e.handle.HasRef())
}

func (b *binding) portClose(call goja.FunctionCall) goja.Value {
	b.endpointArg(call.Argument(0)).close()
	return goja.Undefined()
}

// portReceive(port) is receiveMessageOnPort: [message] or undefined.
func (b *binding) portReceive(call goja.FunctionCall) goja.Value {
	data, ok := b.endpointArg(call.Argument(0)).take()
	if !ok {
		return goja.Undefined()
	}
	v, err := b.deserialize(data)
	if err != nil {
		b.rt.Rethrow(err)
	}
	return b.vm.NewArray(v)
}

// worker is a Worker seen from its parent.
type worker struct {
	id     int
	parent *runtime.Runtime
	b      *binding // the parent's

	// Parent loop only.
	handle  *runtime.Handle
	public  *endpoint // the parent's end of the channel to parentPort
	onEvent goja.Callable
	exited  bool
	start   func() // starts the thread; nil once called

	inner *endpoint // the worker's end (its parentPort)

	done chan struct{} // closed when the worker's goroutine ends

	mu      sync.Mutex
	rt      *runtime.Runtime // the worker's, once made
	stopped bool             // terminate() was called
}

// stopWait bounds how long a parent that ends waits for a worker it stops
// (one blocked in a system call cannot be interrupted).
const stopWait = 10 * time.Second

// terminate stops the worker's thread. Any goroutine.
func (w *worker) terminate() {
	w.mu.Lock()
	w.stopped = true
	rt := w.rt
	w.mu.Unlock()
	if rt != nil {
		rt.Terminate(1)
	}
}

// Worker events newWorker's onEvent callback is told of.
const (
	evOnline            = 0
	evError             = 1 // a serialized error (see io.js serializeError)
	evExit              = 2
	evStartError        = 3 // the runtime could not be made: a message
	evCouldNotSerialize = 4
)

// spec is what worker_threads.js gives newWorker, validated.
type spec struct {
	Filename   string
	Eval       bool
	Argv       []string
	Env        []string // nil: a copy of process.env
	ShareEnv   bool
	Name       string
	Limits     map[string]float64
	NoWarnings bool
	ExecArgv   []string // nil: the parent's
}

// procsRaised is set once the first worker has raised GOMAXPROCS.
var procsRaised sync.Once

// newWorker(spec, workerData, transferList, onEvent) starts a worker and
// returns [worker, publicPort, threadId].
func (b *binding) newWorker(call goja.FunctionCall) goja.Value {
	var sp spec
	if err := b.vm.ExportTo(call.Argument(0), &sp); err != nil {
		panic(b.vm.NewTypeError("worker spec: " + err.Error()))
	}
	var wd []byte
	if !goja.IsUndefined(call.Argument(1)) {
		data, err := b.serialize(call.Argument(1))
		if err != nil {
			b.rt.Rethrow(err)
		}
		wd = data
		b.detachAll(call.Argument(2))
	}
	onEvent, ok := goja.AssertFunction(call.Argument(3))
	if !ok {
		panic(b.vm.NewTypeError("onEvent must be a function"))
	}
	procsRaised.Do(func() {
		// The CLI runs on one P (cmd/gonode/internal/oneproc); threads
		// are there to run in parallel.
		if os.Getenv("GOMAXPROCS") == "" && goruntime.GOMAXPROCS(0) < goruntime.NumCPU() {
			goruntime.GOMAXPROCS(goruntime.NumCPU())
		}
	})
	w := &worker{id: int(nextThreadID.Add(1)), parent: b.rt, b: b, onEvent: onEvent}
	w.public, w.inner = newPair(b.rt, nil)
	w.handle = b.rt.NewHandle("Worker")
	w.done = make(chan struct{})
	// A worker still running when its parent's runtime ends (an unref'd
	// one) is stopped with it, as node stops a process's workers at exit,
	// and waited for, so that nothing of it outlives the parent.
	w.handle.OnRuntimeClose(func() {
		w.terminate()
		select {
		case <-w.done:
		case <-time.After(stopWait):
		}
	})
	env := sp.Env
	if env == nil && !sp.ShareEnv {
		env = b.rt.EnvPairs()
	}
	execArgv := sp.ExecArgv
	if execArgv == nil {
		execArgv = b.rt.ExecArgv()
	}
	opts := runtime.Options{
		Args:         sp.Argv,
		ExecArgv:     execArgv,
		ExecPath:     b.rt.ExecPath(),
		Env:          env,
		Stdin:        strings.NewReader(""),
		Stdout:       w.output(b.rt.Stdout()),
		Stderr:       w.output(b.rt.Stderr()),
		NoWarnings:   sp.NoWarnings,
		Conditions:   b.rt.Conditions(),
		WorkerThread: w.id,
		OnFatal:      w.onFatal,
	}
	opts.Preload, opts.Imports = b.rt.Preloaded()
	if sp.Eval {
		opts.Imports = nil // node imports them for a file's worker only
	}
	if sp.ShareEnv {
		opts.ShareEnvWith = b.rt
	}
	ctx := &workerContext{id: w.id, name: sp.Name, workerData: wd, port: w.inner, limits: sp.Limits}
	opts.Modules = map[string]runtime.ModuleLoader{
		contextModule: func(rt *runtime.Runtime, module *goja.Object) error {
			return module.Set("exports", rt.HostRef(ctx))
		},
	}
	if !sp.Eval {
		opts.Script = sp.Filename
	} else {
		opts.Args = append([]string{"[worker eval]"}, sp.Argv...)
	}
	w.start = func() { go w.run(opts, sp) }
	return b.vm.NewArray(b.rt.HostRef(w), b.rt.HostRef(w.public), w.id)
}

// workerStart(worker) starts the worker's thread, once its Worker object
// is set up (as node's startThread at the end of the constructor).
func (b *binding) workerStart(call goja.FunctionCall) goja.Value {
	w := b.workerArg(call.Argument(0))
	if w.start != nil {
		start := w.start
		w.start = nil
		start()
	}
	return goja.Undefined()
}

// output is where the worker's process.stdout or stderr writes: the
// parent's stream itself when it is a file (writes to it are safe from any
// goroutine), else the parent's loop writes it, in order.
func (w *worker) output(dst io.Writer) io.Writer {
	if _, ok := dst.(*os.File); ok {
		return dst
	}
	return &loopWriter{rt: w.parent, dst: dst}
}

// loopWriter hands writes to a runtime's loop.
type loopWriter struct {
	rt  *runtime.Runtime
	dst io.Writer
}

func (l *loopWriter) Write(p []byte) (int, error) {
	data := append([]byte(nil), p...)
	l.rt.Post(func() { _, _ = l.dst.Write(data) })
	return len(p), nil
}

// run is the worker's goroutine: it makes the runtime, runs the script and
// reports the exit to the parent.
func (w *worker) run(opts runtime.Options, sp spec) {
	defer close(w.done)
	rt, err := runtime.New(opts)
	if err != nil {
		w.inner.detach()
		msg := err.Error()
		w.parent.Post(func() { w.event(evStartError, func() goja.Value { return w.b.vm.ToValue(msg) }) })
		w.parent.Post(func() { w.exit(1) })
		return
	}
	w.mu.Lock()
	w.rt = rt
	stopped := w.stopped
	w.mu.Unlock()
	code := 1
	if !stopped {
		w.inner.attach(rt)
		w.parent.Post(func() { w.event(evOnline, nil) })
		if sp.Eval {
			code, _ = rt.RunSource(context.Background(), "[worker eval]", sp.Filename)
		} else {
			code, _ = rt.Run(context.Background())
		}
	}
	w.inner.detach()
	w.mu.Lock()
	w.rt = nil
	w.mu.Unlock()
	w.parent.Post(func() { w.exit(code) })
}

// onFatal runs on the worker's loop for an uncaught exception: it sends the
// error, serialized as node's error_serdes does, to the parent.
func (w *worker) onFatal(rt *runtime.Runtime, errVal goja.Value) {
	data, err := serializeError(rt, errVal)
	if err != nil {
		w.parent.Post(func() { w.event(evCouldNotSerialize, nil) })
		return
	}
	w.parent.Post(func() {
		w.event(evError, func() goja.Value {
			v, err := w.b.deserialize(data)
			if err != nil {
				return w.b.errorValue(err)
			}
			return v
		})
	})
}

// serializeError turns an uncaught exception into bytes on the worker's
// loop, through io.js's serializeError.
func serializeError(rt *runtime.Runtime, errVal goja.Value) ([]byte, error) {
	lib, err := rt.Require("internal/worker/io")
	if err != nil {
		return nil, err
	}
	vm := rt.VM()
	fn, ok := goja.AssertFunction(lib.ToObject(vm).Get("serializeError"))
	if !ok {
		return nil, errors.New("worker_threads: no serializeError")
	}
	v, err := fn(goja.Undefined(), errVal)
	if err != nil {
		return nil, err
	}
	ab, ok := v.Export().(goja.ArrayBuffer)
	if !ok {
		return nil, errors.New("worker_threads: error not serialized")
	}
	return append([]byte(nil), ab.Bytes()...), nil
}

// event calls the Worker's onEvent(kind, value) as a macrotask on the
// parent's loop; value is made there.
func (w *worker) event(kind int, value func() goja.Value) {
	if w.exited {
		return
	}
	b := w.b
	b.rt.CallGo(func() {
		v := goja.Undefined()
		if value != nil {
			v = value()
		}
		if _, err := w.onEvent(goja.Undefined(), b.vm.ToValue(kind), v); err != nil {
			b.rt.Rethrow(err)
		}
	})
}

// exit runs on the parent's loop when the worker's thread has ended: what it
// posted is delivered, then 'exit' is emitted.
func (w *worker) exit(code int) {
	if w.exited {
		return
	}
	w.public.drain(true)
	w.public.detach()
	if w.public.handle != nil {
		w.public.handle.Close()
	}
	w.event(evExit, func() goja.Value { return w.b.vm.ToValue(code) })
	w.exited = true
	w.handle.Close()
}

// workerArg is the worker a reference argument carries.
func (b *binding) workerArg(v goja.Value) *worker {
	w, ok := runtime.HostOf(v).(*worker)
	if !ok {
		panic(b.vm.NewTypeError("not a Worker"))
	}
	return w
}

// workerTerminate(worker) stops the worker's thread; 'exit' follows with
// code 1 (or the code it was already ending with).
func (b *binding) workerTerminate(call goja.FunctionCall) goja.Value {
	b.workerArg(call.Argument(0)).terminate()
	return goja.Undefined()
}

// workerRef(worker, on) refs or unrefs the worker's thread handle.
func (b *binding) workerRef(call goja.FunctionCall) goja.Value {
	w := b.workerArg(call.Argument(0))
	if call.Argument(1).ToBoolean() {
		w.handle.Ref()
	} else {
		w.handle.Unref()
	}
	return goja.Undefined()
}
