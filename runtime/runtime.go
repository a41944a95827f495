package runtime

import (
	"context"
	_ "embed"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime/debug"
	"slices"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/dop251/goja"
	"github.com/gonode/gonode/internal/nativefunc"
	"github.com/gonode/gonode/internal/stackgrow"
)

// NodeVersion is the version of Node.js whose API gonode follows; it is what
// process.version reports.
const NodeVersion = "v20.20.2"

// NodeLTS is the LTS code name of NodeVersion's line (process.release.lts).
const NodeLTS = "Iron"

// Version is gonode's own version (process.versions.gonode).
const Version = "0.1.0"

// Options configure a Runtime.
type Options struct {
	// Script is the main module's path, run by Run (process.argv[1]).
	Script string
	// Args are the arguments after the script (process.argv from index 2, or
	// from index 1 when there is no script, as with node -e).
	Args []string
	// ExecPath is process.execPath; it defaults to os.Executable().
	ExecPath string
	// ExecArgv are the runtime flags given before the script (process.execArgv).
	ExecArgv []string
	// Argv0 is process.argv0; it defaults to os.Args[0].
	Argv0 string
	// Env is the environment as KEY=value pairs; nil means os.Environ().
	Env []string
	// Stdin, Stdout and Stderr default to the process's own.
	Stdin          io.Reader
	Stdout, Stderr io.Writer
	// ModulePaths are extra folders searched for bare module names after the
	// node_modules folders (like NODE_PATH).
	ModulePaths []string
	// Modules are core modules for this runtime only, beside those registered
	// with RegisterCoreModule.
	Modules map[string]ModuleLoader
	// NoWarnings silences process warnings (node's --no-warnings).
	NoWarnings bool
	// Preload are modules required before the main script (node's -r).
	Preload []string
	// ModuleLoaded, when set, is called with the file of each module the
	// runtime loads, the main module included (gonode --watch watches
	// them).
	ModuleLoaded func(file string)
	// InputType is node's --input-type: "module" runs the code of RunSource
	// and RunPrint (-e, -p, stdin) as an ES module, "" and "commonjs" as a
	// script.
	InputType string
	// Conditions are further conditions a package's "exports" and
	// "imports" match (node's -C, --conditions), beside node's.
	Conditions []string
	// Imports are modules imported before the main script, after Preload
	// (node's --import): specifiers as import takes them, relative ones
	// against the working directory, file: URLs included.
	Imports []string
	// WorkerThread is the thread id of a runtime that runs a worker
	// thread (worker_threads), 0 for a main thread. A worker's process
	// does not take signals, and chdir, abort and setting the umask throw
	// ERR_WORKER_UNSUPPORTED_OPERATION, as in node.
	WorkerThread int
	// OnFatal, if set, is given the uncaught exception that ends the
	// runtime instead of its being printed to Stderr (a worker hands it
	// to its parent). It runs on the loop goroutine after 'exit' was
	// emitted.
	OnFatal func(rt *Runtime, err goja.Value)
	// ShareEnvWith makes process.env share its content with that
	// runtime's (a Worker made with env: SHARE_ENV).
	ShareEnvWith *Runtime
}

// Runtime is one Node-compatible JavaScript runtime: a goja VM, its event
// loop and its module system. Only the loop goroutine may touch the VM; other
// goroutines use Post.
type Runtime struct {
	opts  Options
	vm    *goja.Runtime
	queue *queue

	handles   map[*Handle]struct{}
	handleSeq uint64 // the last handle's seq
	// stdioListed says which of fds 0–2 ListStdio has listed.
	stdioListed [3]bool
	// classProtos are the prototypes NewObjectOfClass gives, by class
	// name.
	classProtos map[string]*goja.Object
	// locals are the module packages' per-runtime state (see Local).
	locals map[any]any
	refs   int
	// zoneName is Date's local time zone (see TimeZone), "" until first
	// asked for or set through process.env.TZ.
	zoneName string

	timers         timerHeap
	loopNow        time.Time // the loop's cached clock, as libuv's uv_now
	spinSince      time.Time // see spinning
	idlePoll       idlePoll
	timerIDs       map[int64]*timer
	nextTimerID    int64
	timerSym       *goja.Symbol
	timeoutProto   *goja.Object // see timerProtos
	immediateProto *goja.Object
	timerFuncs     *goja.Object
	immediates     []*immediate
	// spareImmediates is the slice of the last phase's batch, cleared, for
	// the next phase's queue.
	spareImmediates []*immediate
	// immediateObjs finds the immediate of an Immediate object until it
	// runs or is cleared; after that its methods have nothing left to do.
	immediateObjs map[*goja.Object]*immediate
	immediateRefs int

	callSite *callSiteClass // CallSite.prototype, made on first use (callsite.go)
	// defaultPrepare is node's default Error.prepareStackTrace, which a
	// stack skips for the native path (stacktrace.go).
	defaultPrepare *goja.Object
	async          asyncState // async contexts (asynccontext.go)

	pending []func() // libuv's pending phase (Pending)
	// pendingSpare is the last batch of pending callbacks, emptied, for
	// the next batch to reuse.
	pendingSpare []func()
	closing      []func() // libuv's closing phase (Closing)
	// closed are the handles closed since the last closing phase: as
	// libuv's closing handles, they keep the loop alive, and stay listed
	// as active resources, until it.
	closed []*Handle

	ticks          []tick
	tickSpare      []tick
	tickThrew      bool            // a tick threw: the queue's rest waits for the next callback
	taskThrew      bool            // the macrotask invoke ran threw (see callTask)
	rethrown       *goja.Exception // what Rethrow last raised (see runGoTask)
	helpers        *goja.Object
	invoke         goja.Callable
	task           macrotask     // what invoke calls next (see callTask)
	taskFns        CallableCache // the task functions callTask called (most come from one place)
	microtask      goja.Callable
	rejections     []*goja.Promise
	rejectionsSeen map[*goja.Promise]int // reported as unhandled: the rejection's id
	rejectionID    int
	rejectionMode  string // --unhandled-rejections; "" is throw
	handledLate    []lateHandled
	keptAlive      []*goja.Object // WeakRef targets kept until the job ends

	inJS             int // depth of top-level calls into the VM in progress
	noopFn           goja.Value
	emittingUncaught bool
	captureFn        goja.Value // process.setUncaughtExceptionCaptureCallback
	domainFn         goja.Value // the domain module's handler of uncaught exceptions
	throwLocation    location
	errorLocations   map[*goja.Object]location // where syntax errors are, by error object
	exitCodeSet      goja.Value
	exitEmitted      bool
	exitCodeFromExit bool // process.exit() ran inside an 'exit' listener
	warnedOnce       bool
	// deprecationsWarned are the runtime's own deprecations shown (see
	// deprecateOnce).
	deprecationsWarned map[string]bool

	events  *emitter
	modules *moduleSystem
	process *goja.Object
	// The process methods node looks up at each use, so that a program's
	// replacement is called instead: reallyExit and _fatalException.
	reallyExit     goja.Value
	fatalException goja.Value
	formatFn       CallableCache // util.format, for process._rawDebug
	errToString    *goja.Object  // see nodeErrorToString
	env            *envObject
	exitCode       int
	exiting        bool
	emitting       bool // inside process.emit('exit')
	ctxDone        <-chan struct{}
	ctxErr         func() error
	stopErr        error
	signals        *signalState

	milestones [numMilestones]time.Time // see Milestone
	idle       time.Duration            // time the loop spent waiting (IdleTime)
	loops      int64                    // loop iterations begun (LoopCount)

	terminate     atomic.Bool // see Terminate
	terminateCode atomic.Int64
}

// ModuleLoader initialises a core module the first time it is required. It
// fills module.exports or replaces it with module.Set("exports", v).
type ModuleLoader func(rt *Runtime, module *goja.Object) error

// New creates a runtime. Nothing runs until Run, RunFile or RunSource.
func New(opts Options) (*Runtime, error) {
	if opts.Stdin == nil {
		opts.Stdin = os.Stdin
	}
	if opts.Stdout == nil {
		opts.Stdout = os.Stdout
	}
	if opts.Stderr == nil {
		opts.Stderr = os.Stderr
	}
	if opts.ExecPath == "" {
		exe, err := os.Executable()
		if err != nil {
			return nil, fmt.Errorf("gonode: find executable: %w", err)
		}
		opts.ExecPath = exe
	}
	if opts.Argv0 == "" {
		opts.Argv0 = os.Args[0]
	}
	if opts.Env == nil {
		opts.Env = os.Environ()
	}
	created := time.Now()
	stackgrow.Grow()
	rt := &Runtime{
		opts:    opts,
		vm:      goja.New(),
		queue:   newQueue(),
		handles: map[*Handle]struct{}{},
		ctxErr:  func() error { return nil },
		loopNow: time.Now(),

		errorLocations: map[*goja.Object]location{},
	}
	rt.milestones[MilestoneNodeStart] = created
	rt.milestones[MilestoneV8Start] = rt.loopNow
	rt.vm.SetFieldNameMapper(goja.UncapFieldNameMapper())
	rt.vm.SetPromiseRejectionTracker(rt.trackRejection)
	rt.modules = newModuleSystem(rt)
	if err := rt.bootstrap(); err != nil {
		return nil, err
	}
	if err := rt.readOptions(); err != nil {
		return nil, err
	}
	rt.milestones[MilestoneEnvironment] = time.Now()
	return rt, nil
}

// InvalidOptionError is a node option given a value it does not take;
// node exits with code 9 for one.
type InvalidOptionError struct {
	Argv0 string // the program's name, which starts the message
	Flag  string
}

func (e *InvalidOptionError) Error() string {
	return filepath.Base(e.Argv0) + ": invalid value for " + e.Flag
}

// readOptions takes the node options the runtime follows from the command
// line and NODE_OPTIONS.
func (rt *Runtime) readOptions() error {
	if v, ok := rt.OptionValue("--unhandled-rejections"); ok {
		if !slices.Contains(RejectionModes, v) {
			return &InvalidOptionError{Argv0: rt.opts.Argv0, Flag: "--unhandled-rejections"}
		}
		rt.rejectionMode = v
	}
	if v, ok := rt.OptionValue("--title"); ok {
		_ = rt.process.Set("title", v)
	}
	if v, ok := rt.OptionValue("--stack-trace-limit"); ok {
		n, err := strconv.Atoi(v)
		if err != nil {
			return &InvalidOptionError{Argv0: rt.opts.Argv0, Flag: "--stack-trace-limit"}
		}
		_ = rt.vm.Get("Error").ToObject(rt.vm).Set("stackTraceLimit", n)
	}
	stackKB := defaultStackSizeKB
	if v, ok := rt.OptionValue("--stack-size"); ok {
		if n, err := strconv.Atoi(v); err == nil && n > 0 {
			stackKB = n
		}
	}
	rt.vm.SetMaxCallDepth(stackKB * callsPerStackKB)
	return nil
}

// defaultStackSizeKB is V8's --stack-size, and callsPerStackKB the calls of
// a small function that fit in a KB of it: a recursion that node stops with
// "Maximum call stack size exceeded" (at about 14,000 calls) is stopped
// near the same depth, and --stack-size moves the limit as in node.
const (
	defaultStackSizeKB = 984
	callsPerStackKB    = 14
)

// VM returns the goja runtime. Use it only on the loop goroutine.
func (rt *Runtime) VM() *goja.Runtime { return rt.vm }

// Stdout is where process.stdout writes.
func (rt *Runtime) Stdout() io.Writer { return rt.opts.Stdout }

// Stderr is where process.stderr writes.
func (rt *Runtime) Stderr() io.Writer { return rt.opts.Stderr }

// Conditions are Options.Conditions, which a worker thread's runtime
// inherits.
func (rt *Runtime) Conditions() []string { return rt.opts.Conditions }

// ExecArgv returns Options.ExecArgv (process.execArgv), which a worker
// thread's runtime has too unless it is given its own.
func (rt *Runtime) ExecArgv() []string { return rt.opts.ExecArgv }

// Preloaded returns Options.Preload and Options.Imports, the modules a
// worker thread's runtime loads before its code too, as node's do.
func (rt *Runtime) Preloaded() (required, imported []string) {
	return rt.opts.Preload, rt.opts.Imports
}

// ExecPath is process.execPath.
func (rt *Runtime) ExecPath() string { return rt.opts.ExecPath }

// Process returns the process object.
func (rt *Runtime) Process() *goja.Object { return rt.process }

var (
	//go:embed lib/bootstrap.js
	bootstrapSource  string
	bootstrapProgram = sync.OnceValues(func() (*goja.Program, error) {
		return goja.Compile("gonode:bootstrap", bootstrapSource, true)
	})
)

func (rt *Runtime) bootstrap() error {
	prg, err := bootstrapProgram()
	if err != nil {
		return fmt.Errorf("gonode: compile bootstrap: %w", err)
	}
	factory, err := rt.vm.RunProgram(prg)
	if err != nil {
		return fmt.Errorf("gonode: run bootstrap: %w", err)
	}
	fn, _ := goja.AssertFunction(factory)
	// FunctionCall signatures: goja calls these without reflection.
	reportUncaught := func(c goja.FunctionCall) goja.Value { rt.reportUncaughtJS(c.Argument(0)); return goja.Undefined() }
	callTask := func(goja.FunctionCall) goja.Value { return rt.callTask() }
	helpers, err := fn(goja.Undefined(), nativefunc.New(rt.vm, reportUncaught), nativefunc.New(rt.vm, callTask))
	if err != nil {
		return fmt.Errorf("gonode: run bootstrap: %w", err)
	}
	rt.helpers = helpers.ToObject(rt.vm)
	rt.invoke, _ = goja.AssertFunction(rt.helpers.Get("invoke"))
	rt.microtask, _ = goja.AssertFunction(rt.helpers.Get("queueMicrotask"))
	rt.installCaptureStackTrace()
	rt.installLegacyAccessors()
	rt.installTimers()
	if err := rt.installProcess(); err != nil {
		return err
	}
	rt.installGlobals()
	rt.installLocale()
	registryMu.RLock()
	hooks := startupHooks
	registryMu.RUnlock()
	for _, hook := range hooks {
		if err := hook(rt); err != nil {
			return fmt.Errorf("gonode: start-up: %w", err)
		}
	}
	return nil
}

// Run runs the script named by Options.Args[0] and then the event loop until
// the process would exit. It returns the exit code. Cancelling ctx stops the
// runtime; Run then returns ctx's error.
func (rt *Runtime) Run(ctx context.Context) (int, error) {
	if rt.opts.Script == "" {
		return 0, errors.New("gonode: no script given")
	}
	return rt.runWith(ctx, func() {
		rt.preloadThen(func() { rt.modules.runMain(rt.opts.Script) })
	})
}

// preloadThen loads Options.Preload and Options.Imports, as node does
// before the main script or code (-e, -p, stdin), then runs next, unless
// one of them ended the process. An import whose module awaits at its top
// level is waited for, as node waits for it, before the next import and
// next; if it fails, that is an uncaught exception and next does not run.
func (rt *Runtime) preloadThen(next func()) {
	for _, p := range rt.opts.Preload {
		if rt.modules.preload(p, false); rt.exiting {
			return
		}
	}
	rt.importThen(rt.opts.Imports, next)
}

// importThen imports the modules of imports in turn, then runs next.
func (rt *Runtime) importThen(imports []string, next func()) {
	for i, p := range imports {
		running := rt.modules.preload(p, true)
		if rt.exiting {
			return
		}
		if running != nil {
			rest := imports[i+1:]
			then, _ := goja.AssertFunction(running.Get("then"))
			_, _ = then(running, rt.vm.ToValue(func() { rt.importThen(rest, next) }), rt.vm.ToValue(func(reason goja.Value) {
				rt.noteErrorSite(reason)
				rt.uncaught(reason, "unhandledRejection")
			}))
			return
		}
	}
	next()
}

// RunSource runs source as the main module (like node -e) with the given
// file name for stack traces, then the event loop. It returns the exit code.
func (rt *Runtime) RunSource(ctx context.Context, name, source string) (int, error) {
	return rt.runWith(ctx, func() {
		rt.preloadThen(func() { rt.modules.runEval(name, source, false) })
	})
}

// RunCore runs the core module name, an internal one included, as the
// program, as node runs its own main scripts: gonode --test runs the test
// runner so.
func (rt *Runtime) RunCore(ctx context.Context, name string) (int, error) {
	return rt.runWith(ctx, func() {
		rt.Call(rt.vm.ToValue(func() goja.Value { return rt.modules.requireCore(name, true) }), goja.Undefined())
	})
}

// RunPrint is RunSource that prints the completion value (node -p).
func (rt *Runtime) RunPrint(ctx context.Context, name, source string) (int, error) {
	return rt.runWith(ctx, func() {
		rt.preloadThen(func() { rt.modules.runEval(name, source, true) })
	})
}

func (rt *Runtime) runWith(ctx context.Context, start func()) (code int, err error) {
	if ctx != nil {
		rt.ctxDone = ctx.Done()
		rt.ctxErr = ctx.Err
	}
	defer func() {
		if r := recover(); r != nil {
			// A Go fault inside gonode must never reach the user as a panic
			// trace; report it as an internal error with exit code 70.
			fmt.Fprintf(rt.opts.Stderr, "gonode: internal error: %v\n%s\nPlease report this as a gonode bug.\n", r, debug.Stack())
			code, err = 70, fmt.Errorf("gonode: internal error: %v", r)
		}
		rt.closeHandles()
		rt.signals.stop()
	}()
	rt.milestones[MilestoneBootstrapComplete] = time.Now()
	start()
	if !rt.exiting {
		rt.drainTicks()
	}
	if !rt.exiting {
		rt.milestones[MilestoneLoopStart] = time.Now()
		rt.run()
		if !rt.exiting {
			rt.milestones[MilestoneLoopExit] = time.Now()
		}
	}
	if !rt.exiting {
		code := rt.exitCodeValue()
		if rt.modules.mainAwaiting() && rt.exitCodeSet == nil {
			// The main module awaits what nothing can settle any more: as
			// node, 'exit' sees code 0 and process.exitCode 13, the code
			// the process ends with.
			rt.exitCodeSet = rt.vm.ToValue(13)
		}
		rt.exit(code)
	}
	return rt.exitCode, rt.stopErr
}

// stopFromContext ends the run because the caller's context was cancelled.
func (rt *Runtime) stopFromContext() {
	rt.stopErr = rt.ctxErr()
	rt.exiting = true
	if rt.exitCode == 0 {
		rt.exitCode = 1
	}
}

// CheckSyntax compiles the script in file without running it (node -c).
func CheckSyntax(file string) error {
	data, err := os.ReadFile(file)
	if err != nil {
		return fmt.Errorf("gonode: %w", err)
	}
	src := strings.TrimPrefix(string(data), "\uFEFF")
	if strings.HasPrefix(src, "#!") {
		src = "//" + src[2:]
	}
	_, err = goja.Compile(file, wrapperHead+src+wrapperTail, false)
	return err
}

// absPath resolves p against the current directory.
func absPath(p string) string {
	if a, err := filepath.Abs(p); err == nil {
		return a
	}
	return p
}
