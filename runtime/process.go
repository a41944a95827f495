package runtime

import (
	_ "embed"
	"errors"
	"fmt"
	"math"
	"math/big"
	"os"
	"os/signal"
	"path/filepath"
	"reflect"
	goruntime "runtime"
	"sort"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"time"

	"github.com/dop251/goja"
	"github.com/gonode/gonode/internal/nativefunc"
	"github.com/gonode/gonode/internal/sigdfl"
	"golang.org/x/sys/unix"
)

var processStart = time.Now()

// installProcess builds the process object: an EventEmitter with Node's
// properties and methods.
func (rt *Runtime) installProcess() error {
	vm := rt.vm
	ee := rt.eventEmitter()
	// As in node, process is made by a function named process, whose
	// prototype inherits from EventEmitter's.
	proto := vm.NewObject()
	proto.SetPrototype(ee.Get("prototype").ToObject(vm))
	pctor := NewFunction(vm, "process", 0, func(goja.FunctionCall) goja.Value { return goja.Undefined() })
	_ = pctor.DefineDataProperty("prototype", proto, goja.FLAG_FALSE, goja.FLAG_FALSE, goja.FLAG_FALSE)
	_ = proto.DefineDataProperty("constructor", pctor, goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_FALSE)
	p := vm.NewObject()
	p.SetPrototype(proto)
	ctor, _ := goja.AssertFunction(ee)
	if _, err := ctor(p); err != nil {
		return fmt.Errorf("gonode: init process: %w", err)
	}
	// Object.prototype.toString gives "[object process]", as in node (axios
	// picks its http adapter by it).
	_ = p.DefineDataPropertySymbol(goja.SymToStringTag, vm.ToValue("process"), goja.FLAG_TRUE, goja.FLAG_FALSE, goja.FLAG_FALSE)
	rt.process = p
	rt.env = newEnvObject(rt, rt.opts.Env)
	if rt.opts.ShareEnvWith != nil {
		rt.env.data = rt.opts.ShareEnvWith.env.data
	}
	rt.env.onTZ = rt.setTimeZone
	if tz, ok := rt.env.lookup("TZ"); ok && tz != os.Getenv("TZ") {
		rt.setTimeZone(tz, true) // an embedder's environment
	}
	rt.signals = &signalState{rt: rt, active: map[string]chan os.Signal{}, posted: map[unix.Signal]chan struct{}{}}

	cwd, _ := os.Getwd()
	argv := []any{rt.opts.ExecPath}
	if rt.opts.Script != "" {
		argv = append(argv, absPathFrom(cwd, rt.opts.Script))
	}
	for _, a := range rt.opts.Args {
		argv = append(argv, a)
	}
	set := func(name string, v any) {
		if _, ok := v.(func(goja.FunctionCall) goja.Value); ok {
			_ = p.Set(name, rt.namedFunc(name, v))
			return
		}
		val := jsValue(vm, v)
		if o, ok := val.(*goja.Object); ok && goja.IsCallable(o) {
			nameFunction(vm, o, name)
		}
		_ = p.Set(name, val)
	}
	set("argv", vm.NewArray(argv...))
	set("argv0", rt.opts.Argv0)
	execArgv := make([]any, len(rt.opts.ExecArgv))
	for i, a := range rt.opts.ExecArgv {
		execArgv[i] = a
	}
	set("execArgv", vm.NewArray(execArgv...))
	set("execPath", rt.opts.ExecPath)
	set("env", vm.NewDynamicObject(rt.env))
	set("pid", os.Getpid())
	set("ppid", os.Getppid())
	_ = p.Set("domain", goja.Null()) // the domain module makes it follow the active domain
	set("platform", goruntime.GOOS)
	set("arch", nodeArch())
	set("version", NodeVersion)
	versions := vm.NewObject()
	_ = versions.Set("node", strings.TrimPrefix(NodeVersion, "v"))
	_ = versions.Set("gonode", Version)
	_ = versions.Set("go", strings.TrimPrefix(goruntime.Version(), "go"))
	set("versions", versions)
	release := vm.NewObject()
	_ = release.Set("name", "node")
	_ = release.Set("lts", NodeLTS)
	dist := "https://nodejs.org/download/release/" + NodeVersion + "/node-" + NodeVersion
	_ = release.Set("sourceUrl", dist+".tar.gz")
	_ = release.Set("headersUrl", dist+"-headers.tar.gz")
	set("release", release)
	rt.installTitle(p)
	set("features", vm.NewObject())
	// As node's, process.config is read-only and frozen through.
	config := vm.NewObject()
	variables := vm.NewObject()
	freeze, _ := goja.AssertFunction(vm.Get("Object").ToObject(vm).Get("freeze"))
	_, _ = freeze(nil, variables)
	_ = config.Set("variables", variables)
	_, _ = freeze(nil, config)
	_ = p.DefineDataProperty("config", config, goja.FLAG_FALSE, goja.FLAG_TRUE, goja.FLAG_TRUE)
	set("cwd", func(goja.FunctionCall) goja.Value {
		d, err := os.Getwd()
		if err != nil {
			panic(rt.NewSystemError(err, "uv_cwd", SysErrorExtra{}))
		}
		return vm.ToValue(d)
	})
	set("chdir", func(call goja.FunctionCall) goja.Value {
		dir, ok := AsString(call.Argument(0))
		if !ok {
			panic(rt.NewNodeError("TypeError", "ERR_INVALID_ARG_TYPE",
				`The "directory" argument must be of type string. Received `+describeReceived(call.Argument(0))))
		}
		if err := os.Chdir(dir); err != nil {
			from, _ := os.Getwd()
			panic(rt.NewSystemError(err, "chdir", SysErrorExtra{Path: from, Dest: dir}))
		}
		return goja.Undefined()
	})
	set("loadEnvFile", NewFunction(vm, "loadEnvFile", 0, rt.loadEnvFile))
	set("exit", func(call goja.FunctionCall) goja.Value {
		if len(call.Arguments) > 0 {
			rt.setExitCode(call.Arguments[0])
		}
		code := rt.exitCodeValue()
		if rt.emitting {
			rt.exitCode = code
			rt.exiting = true
		} else {
			rt.exit(code)
		}
		// As node, exit ends in process.reallyExit, which a program (or
		// signal-exit) may have replaced; the process ends either way.
		if really := p.Get("reallyExit"); really != rt.reallyExit {
			if f, ok := goja.AssertFunction(really); ok {
				_, _ = f(p, vm.ToValue(rt.exitCode))
			}
		}
		rt.vm.Interrupt(exitInterrupt{})
		return goja.Undefined()
	})
	_ = p.DefineAccessorProperty("exitCode",
		NewFunction(vm, "get", 0, func(goja.FunctionCall) goja.Value { return rt.exitCodeVal() }),
		NewFunction(vm, "set", 1, func(c goja.FunctionCall) goja.Value {
			rt.setExitCode(c.Argument(0))
			return goja.Undefined()
		}),
		goja.FLAG_FALSE, goja.FLAG_TRUE)
	set("nextTick", func(call goja.FunctionCall) goja.Value {
		fn, ok := goja.AssertFunction(call.Argument(0))
		if !ok {
			panic(rt.NewNodeError("TypeError", "ERR_INVALID_ARG_TYPE",
				`The "callback" argument must be of type function. Received `+describeReceived(call.Argument(0))))
		}
		rt.NextTick(fn, call.Arguments[min(1, len(call.Arguments)):]...)
		return goja.Undefined()
	})
	hrtime := nativefunc.New(vm, func(call goja.FunctionCall) goja.Value {
		ns := monotonicNanos()
		sec, nsec := ns/1e9, ns%1e9
		if t := call.Argument(0); !goja.IsUndefined(t) {
			prev, ok := t.(*goja.Object)
			if !ok || prev.ClassName() != "Array" {
				panic(rt.NewNodeError("TypeError", "ERR_INVALID_ARG_TYPE",
					`The "time" argument must be an instance of Array. Received `+describeReceived(t)))
			}
			if n := prev.Get("length").ToInteger(); n != 2 {
				panic(rt.NewNodeError("RangeError", "ERR_OUT_OF_RANGE",
					fmt.Sprintf(`The value of "time" is out of range. It must be 2. Received %d`, n)))
			}
			ps, pn := prev.Get("0").ToInteger(), prev.Get("1").ToInteger()
			sec, nsec = sec-ps, nsec-pn
			if nsec < 0 {
				sec--
				nsec += 1e9
			}
		}
		return vm.NewArray(sec, nsec)
	})
	bigint := nativefunc.Named(vm, "hrtimeBigInt", 0, func(goja.FunctionCall) goja.Value { return vm.ToValue(big.NewInt(monotonicNanos())) })
	_ = hrtime.Set("bigint", bigint)
	set("hrtime", hrtime)
	set("uptime", func(goja.FunctionCall) goja.Value { return vm.ToValue(time.Since(processStart).Seconds()) })
	memoryUsage := nativefunc.New(vm, func(goja.FunctionCall) goja.Value {
		var ms goruntime.MemStats
		goruntime.ReadMemStats(&ms)
		o := vm.NewObject()
		_ = o.Set("rss", residentSetSize())
		_ = o.Set("heapTotal", ms.HeapSys)
		_ = o.Set("heapUsed", ms.HeapAlloc)
		_ = o.Set("external", 0)
		_ = o.Set("arrayBuffers", 0)
		return o
	})
	rss := nativefunc.Named(vm, "rss", 0, func(goja.FunctionCall) goja.Value { return vm.ToValue(residentSetSize()) })
	_ = memoryUsage.Set("rss", rss)
	set("memoryUsage", memoryUsage)
	set("cpuUsage", func(call goja.FunctionCall) goja.Value {
		var ru unix.Rusage
		_ = unix.Getrusage(unix.RUSAGE_SELF, &ru)
		user := ru.Utime.Sec*1e6 + ru.Utime.Usec
		system := ru.Stime.Sec*1e6 + ru.Stime.Usec
		if prev := call.Argument(0); prev.ToBoolean() {
			user -= rt.previousUsage(prev, "user")
			system -= rt.previousUsage(prev, "system")
		}
		o := vm.NewObject()
		_ = o.Set("user", user)
		_ = o.Set("system", system)
		return o
	})
	set("kill", rt.processKill)
	set("umask", func(call goja.FunctionCall) goja.Value {
		m := call.Argument(0)
		if goja.IsUndefined(m) {
			old := unix.Umask(0)
			unix.Umask(old)
			return vm.ToValue(old)
		}
		if s, ok := AsString(m); ok {
			v, err := strconv.ParseUint(s, 8, 32)
			if err != nil || strings.ContainsAny(s, "+-") {
				panic(rt.NewNodeError("TypeError", "ERR_INVALID_ARG_VALUE",
					"The argument 'mask' must be a 32-bit unsigned integer or an octal string. Received "+inspectShort(rt, m)))
			}
			m = vm.ToValue(v)
		}
		rt.validateInteger(m, "mask")
		if f := m.ToFloat(); f < 0 || f > math.MaxUint32 {
			panic(rt.NewNodeError("RangeError", "ERR_OUT_OF_RANGE",
				`The value of "mask" is out of range. It must be >= 0 && <= 4294967295. Received `+m.String()))
		}
		return vm.ToValue(unix.Umask(int(m.ToInteger() & 0o777)))
	})
	for _, id := range []struct {
		name string
		get  func() int
	}{{"getuid", os.Getuid}, {"geteuid", os.Geteuid}, {"getgid", os.Getgid}, {"getegid", os.Getegid}} {
		set(id.name, func(goja.FunctionCall) goja.Value { return vm.ToValue(id.get()) })
	}
	set("abort", func(goja.FunctionCall) goja.Value {
		// As abort(3): killed by SIGABRT (with a core dump where
		// enabled), whatever Go's handler would do.
		sigdfl.DieBy(unix.SIGABRT)
		os.Exit(128 + int(unix.SIGABRT))
		return goja.Undefined()
	})
	set("emitWarning", rt.emitWarning)
	rt.warningFlags(p)
	rt.installProcessExtras(p)
	if rt.IsWorker() {
		rt.workerProcess(p)
	}
	rt.defineLazy(p, "stdout", func() goja.Value { return rt.stdio(1) })
	rt.defineLazy(p, "stderr", func() goja.Value { return rt.stdio(2) })
	rt.defineLazy(p, "stdin", func() goja.Value { return rt.stdio(0) })

	on, _ := goja.AssertFunction(p.Get("on"))
	// Named as node names them.
	_, err := on(p, vm.ToValue("newListener"), NewFunction(vm, "startListeningIfSignal", 1, func(c goja.FunctionCall) goja.Value {
		rt.signals.listen(c.Argument(0).String())
		return goja.Undefined()
	}))
	if err != nil {
		return err
	}
	_, err = on(p, vm.ToValue("removeListener"), NewFunction(vm, "stopListeningIfSignal", 1, func(c goja.FunctionCall) goja.Value {
		if name := c.Argument(0).String(); rt.listenerCount(name) == 0 {
			rt.signals.unlisten(name)
		}
		return goja.Undefined()
	}))
	return err
}

// previousUsage is prev[field] of process.cpuUsage(prev), checked as node
// checks it: a number from 0 to Number.MAX_SAFE_INTEGER.
func (rt *Runtime) previousUsage(prev goja.Value, field string) int64 {
	obj, ok := prev.(*goja.Object)
	if !ok {
		panic(rt.NewNodeError("TypeError", "ERR_INVALID_ARG_TYPE",
			`The "prevValue" argument must be of type object. Received `+describeReceived(prev)))
	}
	v := obj.Get(field)
	if v == nil {
		v = goja.Undefined()
	}
	name := "prevValue." + field
	f, isNum := numberValue(v)
	if !isNum {
		panic(rt.NewNodeError("TypeError", "ERR_INVALID_ARG_TYPE",
			`The "`+name+`" property must be of type number. Received `+describeReceived(v)))
	}
	if !(f >= 0 && f <= 1<<53-1) {
		panic(rt.NewNodeError("RangeError", "ERR_INVALID_ARG_VALUE",
			"The property '"+name+"' is invalid. Received "+inspectShort(rt, v)))
	}
	return int64(f)
}

func absPathFrom(cwd, p string) string {
	if filepath.IsAbs(p) {
		return filepath.Clean(p)
	}
	return filepath.Join(cwd, p)
}

func nodeArch() string {
	switch goruntime.GOARCH {
	case "amd64":
		return "x64"
	case "386":
		return "ia32"
	}
	return goruntime.GOARCH
}

func monotonicNanos() int64 {
	var ts unix.Timespec
	_ = unix.ClockGettime(unix.CLOCK_MONOTONIC, &ts)
	return ts.Nano()
}

// residentSetSize reads the process's RSS in bytes from /proc.
func residentSetSize() int64 {
	data, err := os.ReadFile("/proc/self/statm")
	if err != nil {
		return 0
	}
	fields := strings.Fields(string(data))
	if len(fields) < 2 {
		return 0
	}
	pages, _ := strconv.ParseInt(fields[1], 10, 64)
	return pages * int64(os.Getpagesize())
}

// defineLazy defines obj[name] as a getter that computes the value once and
// then holds it; assigning replaces it.
func (rt *Runtime) defineLazy(obj *goja.Object, name string, make func() goja.Value) {
	rt.defineLazyFlag(obj, name, goja.FLAG_TRUE, make)
}

// defineLazyFlag is defineLazy with the property's enumerability given
// (node's globals are not enumerable).
func (rt *Runtime) defineLazyFlag(obj *goja.Object, name string, enumerable goja.Flag, make func() goja.Value) {
	rt.defineNamedAccessor(obj, name, enumerable, func() goja.Value {
		v := make()
		_ = obj.DefineDataProperty(name, v, goja.FLAG_TRUE, goja.FLAG_TRUE, enumerable)
		return v
	}, func(v goja.Value) {
		_ = obj.DefineDataProperty(name, v, goja.FLAG_TRUE, goja.FLAG_TRUE, enumerable)
	})
}

// defineLazyAccessor defines obj[name] as an accessor that stays one, as
// node's Buffer and performance globals: its getter returns the value make
// computes on the first read, or the last one assigned.
func (rt *Runtime) defineLazyAccessor(obj *goja.Object, name string, enumerable goja.Flag, make func() goja.Value) {
	var value goja.Value
	rt.defineNamedAccessor(obj, name, enumerable, func() goja.Value {
		if value == nil {
			value = make()
		}
		return value
	}, func(v goja.Value) { value = v })
}

// defineNamedAccessor defines obj[name] as a configurable accessor of get
// and set, named as node names its lazy globals' ("get TextEncoder", "set
// TextEncoder").
func (rt *Runtime) defineNamedAccessor(obj *goja.Object, name string, enumerable goja.Flag, get func() goja.Value, set func(goja.Value)) {
	vm := rt.vm
	getter := nativefunc.Named(vm, "get "+name, 0, func(goja.FunctionCall) goja.Value { return get() })
	setter := nativefunc.Named(vm, "set "+name, 1, func(c goja.FunctionCall) goja.Value {
		set(c.Argument(0))
		return goja.Undefined()
	})
	_ = obj.DefineAccessorProperty(name, getter, setter, goja.FLAG_TRUE, enumerable)
}

// defineLazyGlobal defines the global name as node's own globals are: a
// data property (writable, configurable, enumerable as given) whose value
// make computes on first access; an accessor pair as defineLazyFlag's if
// goja cannot (a global object of the embedder's).
func (rt *Runtime) defineLazyGlobal(name string, enumerable bool, make func() goja.Value) {
	if rt.vm.DefineLazyGlobal(name, enumerable, make) {
		return
	}
	rt.defineLazyFlag(rt.vm.GlobalObject(), name, goja.ToFlag(enumerable), make)
}

// exitCodeVal is process.exitCode (undefined until set).
func (rt *Runtime) exitCodeVal() goja.Value {
	if rt.exitCodeSet == nil {
		return goja.Undefined()
	}
	return rt.exitCodeSet
}

func (rt *Runtime) setExitCode(v goja.Value) {
	if goja.IsUndefined(v) {
		rt.exitCodeSet = nil
		return
	}
	if goja.IsNull(v) {
		rt.exitCodeSet = v
		return
	}
	// A string that reads as an integer is kept as it is, as node keeps it.
	if s, ok := AsString(v); ok && s != "" {
		if f := v.ToFloat(); f == math.Trunc(f) && !math.IsInf(f, 0) {
			rt.exitCodeSet = v
			return
		}
	}
	rt.validateInteger(v, "code")
	rt.exitCodeSet = v
}

// numberValue is v's value if v is a number primitive.
func numberValue(v goja.Value) (float64, bool) {
	if _, isObj := v.(*goja.Object); isObj {
		return 0, false
	}
	switch n := v.Export().(type) {
	case int64:
		return float64(n), true
	case float64:
		return n, true
	}
	return 0, false
}

// validateInteger throws as node's validateInteger does unless v is a
// number that is a safe integer.
func (rt *Runtime) validateInteger(v goja.Value, name string) {
	f, ok := numberValue(v)
	if !ok {
		panic(rt.NewNodeError("TypeError", "ERR_INVALID_ARG_TYPE",
			`The "`+name+`" argument must be of type number. Received `+describeReceived(v)))
	}
	if f != math.Trunc(f) || math.IsInf(f, 0) {
		panic(rt.NewNodeError("RangeError", "ERR_OUT_OF_RANGE",
			`The value of "`+name+`" is out of range. It must be an integer. Received `+v.String()))
	}
	if math.Abs(f) > 1<<53-1 {
		panic(rt.NewNodeError("RangeError", "ERR_OUT_OF_RANGE",
			`The value of "`+name+`" is out of range. It must be >= -9007199254740991 && <= 9007199254740991. Received `+v.String()))
	}
}

func (rt *Runtime) exitCodeValue() int {
	if rt.exitCodeSet == nil {
		return 0
	}
	return int(int32(rt.exitCodeSet.ToInteger()))
}

// exit emits 'exit' once and marks the runtime as finished; process.exitCode
// after the listeners is the final code. An exception from a listener is
// an uncaught exception, as in node: an 'uncaughtException' listener may
// handle it (the rest of the 'exit' listeners do not run); otherwise it is
// printed and the process ends with process.exitCode, or 1 if it was never
// set.
func (rt *Runtime) exit(code int) {
	err := rt.emitExit(code)
	if err == nil || isExit(err) {
		return
	}
	var ex *goja.Exception
	if errors.As(err, &ex) {
		if rt.process.Get("_fatalException") == rt.fatalException && rt.handleUncaught(ex.Value(), "uncaughtException") {
			return
		}
		rt.noteThrow(ex)
		rt.printUncaught(ex.Value())
	}
	if rt.exitCodeSet == nil {
		rt.exitCode = 1
	}
}

// emitExit emits 'exit' once with code, marks the runtime as finished and
// sets the final code from process.exitCode; it returns what a listener
// threw. A process.exit() inside a listener ends it there (exitCodeFromExit
// is then set) with that call's code.
func (rt *Runtime) emitExit(code int) error {
	if rt.exitEmitted {
		rt.exiting = true
		return nil
	}
	rt.exitEmitted = true
	if rt.exitCodeSet == nil && code != 0 {
		// An uncaught error's code; a code of 0 leaves process.exitCode
		// undefined, as node does.
		rt.exitCodeSet = rt.vm.ToValue(code)
	}
	rt.emitting = true
	_ = rt.process.Set("_exiting", true)
	rt.inJS++
	// process.emit is looked up now: a program may have wrapped it.
	var err error
	if emit, ok := goja.AssertFunction(rt.process.Get("emit")); ok {
		_, err = emit(rt.process, rt.vm.ToValue("exit"), rt.vm.ToValue(code))
	}
	rt.inJS--
	rt.emitting = false
	if rt.exiting {
		// process.exit() inside an 'exit' listener set the code already.
		rt.exitCodeFromExit = true
		return nil
	}
	rt.exitCode = rt.exitCodeValue()
	rt.exiting = true
	return err
}

// emitBeforeExit emits 'beforeExit' when the loop has run dry.
func (rt *Runtime) emitBeforeExit() {
	rt.Call(rt.process.Get("emit"), rt.process, rt.vm.ToValue("beforeExit"), rt.vm.ToValue(rt.exitCodeValue()))
}

// emitProcess emits an event on process as a macrotask.
func (rt *Runtime) emitProcess(name string, args ...goja.Value) {
	rt.Call(rt.process.Get("emit"), rt.process, append([]goja.Value{rt.vm.ToValue(name)}, args...)...)
}

// listenerCount is process.listenerCount(name).
func (rt *Runtime) listenerCount(name string) int {
	f, ok := goja.AssertFunction(rt.process.Get("listenerCount"))
	if !ok {
		return 0
	}
	v, err := f(rt.process, rt.vm.ToValue(name))
	if err != nil {
		return 0
	}
	return int(v.ToInteger())
}

// emitWarning implements process.emitWarning(warning[, type[, code]][, ctor])
// and process.emitWarning(warning, options).
func (rt *Runtime) emitWarning(call goja.FunctionCall) goja.Value {
	vm := rt.vm
	w := call.Argument(0)
	typ, code, detail := goja.Value(nil), goja.Value(nil), ""
	if o, ok := call.Argument(1).(*goja.Object); ok && !goja.IsCallable(o) && o.ClassName() != "Array" {
		typ, code = o.Get("type"), o.Get("code")
		if d, ok := AsString(o.Get("detail")); ok {
			detail = d
		}
		if typ != nil && !typ.ToBoolean() {
			typ = nil
		}
	} else if !goja.IsCallable(call.Argument(1)) {
		typ = call.Argument(1)
		if !goja.IsCallable(call.Argument(2)) {
			code = call.Argument(2)
		}
	}
	typeName := rt.optionalString(typ, "type", "Warning")
	codeName := rt.optionalString(code, "code", "")
	var warning *goja.Object
	if o, ok := w.(*goja.Object); ok && isErrorObject(vm, o) {
		warning = o
	} else {
		if _, ok := AsString(w); !ok {
			panic(rt.NewNodeError("TypeError", "ERR_INVALID_ARG_TYPE",
				`The "warning" argument must be of type string or an instance of Error. Received `+describeReceived(w)))
		}
		warning = rt.NewNodeError("Error", "", w.String())
		_ = warning.Set("name", typeName)
		rt.setStack(warning, typeName+": "+w.String(), "Error: "+w.String())
		if codeName != "" {
			_ = warning.Set("code", codeName)
		}
		if detail != "" {
			_ = warning.Set("detail", detail)
		}
	}
	deprecation := warning.Get("name").String() == "DeprecationWarning"
	if deprecation && (rt.processFlag("noDeprecation") || rt.env.get("NODE_NO_DEPRECATION") != "") {
		return goja.Undefined()
	}
	if deprecation && rt.processFlag("throwDeprecation") {
		// Thrown on the next tick, after the warnings before it were shown.
		thrower, _ := goja.AssertFunction(vm.ToValue(func(goja.FunctionCall) goja.Value { panic(warning) }))
		rt.NextTick(thrower)
		return goja.Undefined()
	}
	// Node writes the warning and emits 'warning' on the next tick.
	emit := vm.ToValue(func() {
		if !rt.warningsOff() && !(deprecation && rt.processFlag("noDeprecation")) {
			rt.writeWarning(rt.warningText(warning, deprecation))
		}
		rt.emitProcess("warning", warning)
	})
	fn, _ := goja.AssertFunction(emit)
	rt.NextTick(fn)
	return goja.Undefined()
}

// Warn calls process.emitWarning(warning, args...), as node's internals
// do (a replaced process.emitWarning is the one called). What it throws
// propagates to the JavaScript that called, or outside any is an uncaught
// exception.
func (rt *Runtime) Warn(warning goja.Value, args ...goja.Value) {
	if f, ok := goja.AssertFunction(rt.process.Get("emitWarning")); ok {
		if _, err := f(rt.process, append([]goja.Value{warning}, args...)...); err != nil {
			if rt.inJS == 0 {
				rt.handleError(err)
				return
			}
			rt.Rethrow(err)
		}
	}
}

// warningsOff reports whether warnings are not printed: --no-warnings, in
// the arguments or NODE_OPTIONS, or NODE_NO_WARNINGS=1.
func (rt *Runtime) warningsOff() bool {
	return rt.opts.NoWarnings || rt.env.get("NODE_NO_WARNINGS") == "1" || rt.nodeOption("--no-warnings")
}

// warningText is how node prints a warning on stderr: with its stack under
// --trace-warnings (or --trace-deprecation for a deprecation), and the first
// time without, a hint at those flags.
func (rt *Runtime) warningText(warning *goja.Object, deprecation bool) string {
	trace := rt.processFlag("traceProcessWarnings") || (deprecation && rt.processFlag("traceDeprecation"))
	text := fmt.Sprintf("(node:%d) ", os.Getpid())
	if code := warning.Get("code"); code != nil && code.ToBoolean() {
		text += "[" + code.String() + "] "
	}
	if stack, ok := AsString(warning.Get("stack")); trace && ok {
		text += stack
	} else if goja.IsCallable(warning.Get("toString")) {
		text += warning.String()
	} else {
		// As node: Error.prototype.toString when the warning's is not a
		// function.
		var cache CallableCache
		errorToString := rt.vm.Get("Error").ToObject(rt.vm).Get("prototype").ToObject(rt.vm).Get("toString")
		text += rt.CallFrom(&cache, errorToString, warning).String()
	}
	if d, ok := AsString(warning.Get("detail")); ok {
		text += "\n" + d
	}
	if !trace && !rt.warnedOnce {
		rt.warnedOnce = true
		flag := "--trace-warnings"
		if deprecation {
			flag = "--trace-deprecation"
		}
		text += fmt.Sprintf("\n(Use `%s %s ...` to show where the warning was created)", filepath.Base(rt.opts.Argv0), flag)
	}
	return text + "\n"
}

// writeWarning writes a warning's text with console.error, as node does (so
// through process.stderr.write, indented by console.group), or appends it
// to the file --redirect-warnings (or NODE_REDIRECT_WARNINGS) names; as in
// node, on stderr after all when that file cannot be written.
func (rt *Runtime) writeWarning(text string) {
	path, ok := rt.OptionValue("--redirect-warnings")
	if !ok {
		path = rt.env.get("NODE_REDIRECT_WARNINGS")
	}
	if path != "" {
		f, err := os.OpenFile(path, os.O_WRONLY|os.O_APPEND|os.O_CREATE, 0o666)
		if err == nil {
			_, err = f.WriteString(text)
			if cerr := f.Close(); err == nil && cerr == nil {
				return
			}
		}
	}
	if console, err := rt.Require("console"); err == nil {
		if write, ok := goja.AssertFunction(console.ToObject(rt.vm).Get("error")); ok {
			if _, err := write(console, rt.vm.ToValue(strings.TrimSuffix(text, "\n"))); err != nil {
				rt.Rethrow(err)
			}
			return
		}
	}
	_, _ = rt.opts.Stderr.Write([]byte(text))
}

// processFlag reports whether process[name] is truthy.
func (rt *Runtime) processFlag(name string) bool {
	v := rt.process.Get(name)
	return v != nil && v.ToBoolean()
}

// optionalString is v as a string, def when v is missing or undefined; any
// other type is node's ERR_INVALID_ARG_TYPE for the argument name.
func (rt *Runtime) optionalString(v goja.Value, name, def string) string {
	if v == nil || goja.IsUndefined(v) {
		return def
	}
	s, ok := AsString(v)
	if !ok {
		panic(rt.NewNodeError("TypeError", "ERR_INVALID_ARG_TYPE",
			`The "`+name+`" argument must be of type string. Received `+describeReceived(v)))
	}
	return s
}

// HasFlag reports whether a node flag that takes no value is given, on the
// command line or in NODE_OPTIONS.
func (rt *Runtime) HasFlag(flag string) bool {
	for _, a := range rt.opts.ExecArgv {
		if CanonicalFlag(a) == flag {
			return true
		}
	}
	return rt.nodeOption(flag)
}

// CanonicalFlag is a command-line argument with the underscores of its
// option name made dashes, as node reads its options: --stack_size=5 is
// --stack-size=5. Anything else is returned as it is.
func CanonicalFlag(arg string) string {
	if !strings.HasPrefix(arg, "--") || !strings.Contains(arg, "_") {
		return arg
	}
	name, value, hasValue := strings.Cut(arg, "=")
	name = strings.ReplaceAll(name, "_", "-")
	if hasValue {
		return name + "=" + value
	}
	return name
}

// nodeOption reports whether the flag is given in NODE_OPTIONS.
func (rt *Runtime) nodeOption(flag string) bool {
	for _, f := range strings.Fields(rt.env.get("NODE_OPTIONS")) {
		if CanonicalFlag(f) == flag {
			return true
		}
	}
	return false
}

// OptionValue returns the value of a node option that takes one
// (--name=value or --name value), given on the command line or in
// NODE_OPTIONS; the command line wins, and a later value over an earlier.
func (rt *Runtime) OptionValue(name string) (string, bool) {
	find := func(args []string) (value string, found bool) {
		for i, a := range args {
			a = CanonicalFlag(a)
			if v, ok := strings.CutPrefix(a, name+"="); ok {
				value, found = v, true
			} else if a == name && i+1 < len(args) {
				value, found = args[i+1], true
			}
		}
		return value, found
	}
	if v, ok := find(rt.opts.ExecArgv); ok {
		return v, true
	}
	return find(strings.Fields(rt.env.get("NODE_OPTIONS")))
}

// warningFlags sets process.noDeprecation, throwDeprecation,
// traceDeprecation and traceProcessWarnings for the flags that ask for
// them, on the command line or in NODE_OPTIONS.
func (rt *Runtime) warningFlags(p *goja.Object) {
	props := map[string]string{
		"--no-deprecation":    "noDeprecation",
		"--throw-deprecation": "throwDeprecation",
		"--trace-deprecation": "traceDeprecation",
		"--trace-warnings":    "traceProcessWarnings",
	}
	for flag, prop := range props {
		if rt.HasFlag(flag) {
			_ = p.Set(prop, true)
		}
	}
}

// pendingDeprecation reports whether the pending deprecations warn:
// --pending-deprecation, or NODE_PENDING_DEPRECATION starting with 1.
func (rt *Runtime) pendingDeprecation() bool {
	return rt.HasFlag("--pending-deprecation") || strings.HasPrefix(rt.env.get("NODE_PENDING_DEPRECATION"), "1")
}

// namedFunc wraps a Go function as a JS function with the given name (not
// the Go symbol name goja would show).
func (rt *Runtime) namedFunc(name string, fn any) goja.Value {
	if f, ok := fn.(func(goja.FunctionCall) goja.Value); ok {
		return nativefunc.Named(rt.vm, name, 0, f)
	}
	v := jsValue(rt.vm, fn)
	nameFunction(rt.vm, v.(*goja.Object), name)
	return v
}

// NewFunction makes fn a JavaScript function with the name and length of
// one declared with them (goja would name it after its Go symbol).
func NewFunction(vm *goja.Runtime, name string, length int, fn func(goja.FunctionCall) goja.Value) *goja.Object {
	return nativefunc.Named(vm, name, length, fn)
}

func nameFunction(vm *goja.Runtime, o *goja.Object, name string) {
	_ = o.DefineDataProperty("name", vm.ToValue(name), goja.FLAG_FALSE, goja.FLAG_TRUE, goja.FLAG_FALSE)
}

// SetFunctionName gives fn, a Go function made into a JavaScript one, the
// name and length a JavaScript function declared with them would have.
func SetFunctionName(vm *goja.Runtime, fn *goja.Object, name string, length int) {
	nameFunction(vm, fn, name)
	_ = fn.DefineDataProperty("length", vm.ToValue(length), goja.FLAG_FALSE, goja.FLAG_TRUE, goja.FLAG_FALSE)
}

// SymbolFor is Symbol.for(key): the registry symbol key names.
func (rt *Runtime) SymbolFor(key string) *goja.Symbol {
	return rt.vm.SymbolFor(key)
}

// signalNumber parses a signal given by name or number, as node's
// process.kill: an int32 is the number, any other falsy value SIGTERM,
// anything else a name (a Symbol or a BigInt fails as sig | 0 does).
func (rt *Runtime) signalNumber(v goja.Value) syscall.Signal {
	if v == nil {
		return syscall.SIGTERM
	}
	if goja.IsBigInt(v) {
		panic(rt.vm.NewTypeError("Cannot mix BigInt and other types, use explicit conversions"))
	}
	if _, isSym := v.(*goja.Symbol); isSym {
		v.ToNumber() // throws node's TypeError
	}
	if f := v.ToFloat(); goja.IsNumber(v) && f == float64(int32(f)) {
		return syscall.Signal(int32(f))
	}
	if !v.ToBoolean() {
		return syscall.SIGTERM
	}
	if n := unix.SignalNum(v.String()); n != 0 {
		return n
	}
	panic(rt.NewNodeError("TypeError", "ERR_UNKNOWN_SIGNAL", "Unknown signal: "+rt.format([]goja.Value{rt.vm.ToValue("%s"), v})))
}

func (rt *Runtime) processKill(call goja.FunctionCall) goja.Value {
	pidVal := call.Argument(0)
	// node's check, pid != (pid | 0): a number, or what equals one, that
	// is a 32-bit integer (null is not: kill(0) would signal the group).
	if !pidVal.Equals(rt.vm.ToValue(int32(pidVal.ToInteger()))) {
		panic(rt.NewNodeError("TypeError", "ERR_INVALID_ARG_TYPE",
			`The "pid" argument must be of type number. Received `+describeReceived(pidVal)))
	}
	sig := rt.signalNumber(call.Argument(1))
	// The signal goes through process._kill, as in node, so a program may
	// watch or replace it; it returns 0 or a negative errno.
	kill, ok := goja.AssertFunction(rt.process.Get("_kill"))
	if !ok {
		panic(rt.vm.NewTypeError("process._kill is not a function"))
	}
	res, err := kill(rt.process, pidVal, rt.vm.ToValue(int(sig)))
	if err != nil {
		rt.Rethrow(err)
	}
	if errno := res.ToInteger(); errno < 0 {
		err := syscall.Errno(-errno)
		e := rt.NewSystemError(err, "kill", SysErrorExtra{})
		// node's errnoException: "kill ESRCH", without the description.
		full, msg := e.Get("message").String(), "kill "+ErrnoName(ErrnoOf(err))
		_ = e.Set("message", msg)
		rt.setStack(e, "Error: "+msg, "Error: "+full)
		panic(e)
	}
	return rt.vm.ToValue(true)
}

// envObject is process.env: a string-valued map that keeps insertion order
// and coerces assigned values to strings, as Node's does. Its data may be
// shared with other runtimes of the process (a Worker made with SHARE_ENV),
// so it is guarded by a mutex.
type envObject struct {
	rt   *Runtime
	data *envData
	// onTZ follows changes of TZ (its new value, and false when deleted).
	onTZ func(tz string, set bool)
}

// envData is the content of a process.env, possibly shared by threads.
type envData struct {
	mu     sync.Mutex
	values map[string]string
	order  []string
}

func newEnvObject(rt *Runtime, environ []string) *envObject {
	e := &envData{values: map[string]string{}}
	for _, kv := range environ {
		// A name may start with '=' (Windows' per-drive directories, "=D:=D:\\x").
		i := strings.IndexByte(kv[min(1, len(kv)):], '=') + 1
		if i <= 0 {
			continue
		}
		k, v := kv[:i], kv[i+1:]
		if _, dup := e.values[k]; !dup {
			e.order = append(e.order, k)
		}
		e.values[k] = v
	}
	return &envObject{rt: rt, data: e}
}

func (e *envObject) lookup(k string) (string, bool) {
	e.data.mu.Lock()
	defer e.data.mu.Unlock()
	v, ok := e.data.values[k]
	return v, ok
}

func (e *envObject) get(k string) string {
	e.data.mu.Lock()
	defer e.data.mu.Unlock()
	return e.data.values[k]
}

func (e *envObject) Get(k string) goja.Value {
	e.data.mu.Lock()
	v, ok := e.data.values[k]
	e.data.mu.Unlock()
	if !ok {
		return nil
	}
	return e.rt.vm.ToValue(v)
}

// IsBoolean reports whether v is a boolean primitive (not a Boolean
// object, which goja exports as a bool too).
func IsBoolean(v goja.Value) bool {
	if _, isObject := v.(*goja.Object); isObject {
		return false
	}
	t := v.ExportType()
	return t != nil && t.Kind() == reflect.Bool
}

func (e *envObject) Set(k string, v goja.Value) bool {
	if !goja.IsString(v) && !goja.IsNumber(v) && !IsBoolean(v) && e.rt.pendingDeprecation() {
		e.rt.deprecateOnce("process.env", "Assigning any value other than a string, number, or boolean to a "+
			"process.env property is deprecated. Please make sure to convert the value to a string before "+
			"setting process.env with it.", "DEP0104")
	}
	if _, isSym := v.(*goja.Symbol); isSym {
		panic(e.rt.vm.NewTypeError("Cannot convert a Symbol value to a string"))
	}
	s := v.String()
	if k == "" || strings.Contains(k, "=") {
		return true // as setenv(3) refuses the name, node drops it
	}
	d := e.data
	d.mu.Lock()
	defer d.mu.Unlock()
	if _, ok := d.values[k]; !ok {
		d.order = append(d.order, k)
	}
	d.values[k] = s
	if k == "TZ" && e.onTZ != nil {
		e.onTZ(s, true)
	}
	return true
}

// DefineProperty is Object.defineProperty on process.env: as node, only a
// configurable, writable and enumerable data descriptor, which sets the
// variable.
func (e *envObject) DefineProperty(k string, desc goja.PropertyDescriptor) bool {
	if desc.Getter != nil || desc.Setter != nil {
		panic(e.definePropertyError("'process.env' does not accept an accessor(getter/setter) descriptor"))
	}
	if desc.Value == nil || desc.Writable != goja.FLAG_TRUE || desc.Enumerable != goja.FLAG_TRUE || desc.Configurable != goja.FLAG_TRUE {
		panic(e.definePropertyError("'process.env' only accepts a configurable, writable, and enumerable data descriptor"))
	}
	return e.Set(k, desc.Value)
}

// definePropertyError is node's ERR_INVALID_OBJECT_DEFINE_PROPERTY.
func (e *envObject) definePropertyError(msg string) *goja.Object {
	return e.rt.NewNodeError("TypeError", "ERR_INVALID_OBJECT_DEFINE_PROPERTY", msg)
}

func (e *envObject) Has(k string) bool {
	e.data.mu.Lock()
	defer e.data.mu.Unlock()
	_, ok := e.data.values[k]
	return ok
}

func (e *envObject) Delete(k string) bool {
	d := e.data
	d.mu.Lock()
	defer d.mu.Unlock()
	if _, ok := d.values[k]; ok {
		delete(d.values, k)
		for i, o := range d.order {
			if o == k {
				d.order = append(d.order[:i], d.order[i+1:]...)
				break
			}
		}
		if k == "TZ" && e.onTZ != nil {
			e.onTZ("", false)
		}
	}
	return true
}

func (e *envObject) Keys() []string {
	e.data.mu.Lock()
	defer e.data.mu.Unlock()
	return append([]string(nil), e.data.order...)
}

// pairs is the environment as KEY=value strings, in order.
func (e *envObject) pairs() []string {
	d := e.data
	d.mu.Lock()
	defer d.mu.Unlock()
	out := make([]string, 0, len(d.order))
	for _, k := range d.order {
		out = append(out, k+"="+d.values[k])
	}
	return out
}

// signalState turns process.on('SIGxxx') listeners into signal delivery.
type signalState struct {
	rt     *Runtime
	active map[string]chan os.Signal
	// posted has a value after a signal of the watched number was posted
	// to the loop, for a process.kill of this process to wait on.
	posted map[unix.Signal]chan struct{}
}

// killSelf sends sig to this process (signalThisThread) and, when a listener
// watches sig, waits until its delivery is posted to the loop, as node's
// reaches its signal pipe before kill returns: the listeners then run in
// this turn of the loop, even if nothing else holds it open. The wait has
// a deadline, should Go's signal handling never pass the signal on.
func (s *signalState) killSelf(sig unix.Signal) error {
	posted := s.posted[sig]
	if posted != nil {
		select {
		case <-posted: // an earlier signal's
		default:
		}
	}
	if err := signalThisThread(sig); err != nil || posted == nil {
		return err
	}
	select {
	case <-posted:
	case <-time.After(time.Second):
	}
	return nil
}

func (s *signalState) listen(name string) {
	if !strings.HasPrefix(name, "SIG") || s.rt.IsWorker() {
		return
	}
	if _, ok := s.active[name]; ok {
		return
	}
	num := unix.SignalNum(name)
	if num == 0 || num == unix.SIGKILL || num == unix.SIGSTOP {
		return
	}
	ch := make(chan os.Signal, 8)
	s.active[name] = ch
	posted := make(chan struct{}, 1)
	s.posted[num] = posted
	sigdfl.Catch(num)
	signal.Notify(ch, num)
	rt := s.rt
	go func() {
		for range ch {
			rt.Post(func() { rt.emitProcess(name, rt.vm.ToValue(name), rt.vm.ToValue(int(num))) })
			select {
			case posted <- struct{}{}:
			default:
			}
		}
	}()
}

func (s *signalState) unlisten(name string) {
	ch, ok := s.active[name]
	if !ok {
		return
	}
	signal.Stop(ch)
	close(ch)
	delete(s.active, name)
	delete(s.posted, unix.SignalNum(name))
	sigdfl.Release(unix.SignalNum(name))
}

func (s *signalState) stop() {
	if s == nil {
		return
	}
	names := make([]string, 0, len(s.active))
	for name := range s.active {
		names = append(names, name)
	}
	sort.Strings(names)
	for _, name := range names {
		s.unlisten(name)
	}
}

// jsValue is vm.ToValue(v), but through nativefunc.New for a Go function of
// goja's native signature.
func jsValue(vm *goja.Runtime, v any) goja.Value {
	if fn, ok := v.(func(goja.FunctionCall) goja.Value); ok {
		return nativefunc.New(vm, fn)
	}
	return vm.ToValue(v)
}
