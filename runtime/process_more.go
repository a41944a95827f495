package runtime

import (
	_ "embed"
	"math"
	"os"
	goruntime "runtime"
	"strconv"
	"strings"

	"github.com/dop251/goja"
	"golang.org/x/sys/unix"
)

// installProcessExtras defines the less used process methods: resource
// usage and memory limits, the active resources, the uncaught-exception capture callback,
// reallyExit, getgroups, getBuiltinModule, the deprecated assert, and
// allowedNodeEnvironmentFlags.
func (rt *Runtime) installProcessExtras(p *goja.Object) {
	vm := rt.vm
	set := func(name string, fn func(goja.FunctionCall) goja.Value) {
		_ = p.Set(name, rt.namedFunc(name, fn))
	}
	set("resourceUsage", func(goja.FunctionCall) goja.Value {
		var ru unix.Rusage
		_ = unix.Getrusage(unix.RUSAGE_SELF, &ru)
		o := vm.NewObject()
		for _, f := range []struct {
			name string
			v    int64
		}{
			{"userCPUTime", ru.Utime.Sec*1e6 + ru.Utime.Usec},
			{"systemCPUTime", ru.Stime.Sec*1e6 + ru.Stime.Usec},
			{"maxRSS", ru.Maxrss},
			{"sharedMemorySize", ru.Ixrss},
			{"unsharedDataSize", ru.Idrss},
			{"unsharedStackSize", ru.Isrss},
			{"minorPageFault", ru.Minflt},
			{"majorPageFault", ru.Majflt},
			{"swappedOut", ru.Nswap},
			{"fsRead", ru.Inblock},
			{"fsWrite", ru.Oublock},
			{"ipcSent", ru.Msgsnd},
			{"ipcReceived", ru.Msgrcv},
			{"signalsCount", ru.Nsignals},
			{"voluntaryContextSwitches", ru.Nvcsw},
			{"involuntaryContextSwitches", ru.Nivcsw},
		} {
			_ = o.Set(f.name, f.v)
		}
		return o
	})
	set("getActiveResourcesInfo", func(goja.FunctionCall) goja.Value {
		names := rt.activeResources()
		values := make([]any, len(names))
		for i, n := range names {
			values[i] = n
		}
		return vm.NewArray(values...)
	})
	set("_getActiveHandles", func(goja.FunctionCall) goja.Value {
		return vm.NewArray(rt.activeHandles()...)
	})
	set("_getActiveRequests", func(goja.FunctionCall) goja.Value {
		return vm.NewArray(rt.activeRequests()...)
	})
	set("constrainedMemory", func(goja.FunctionCall) goja.Value {
		return vm.ToValue(constrainedMemory())
	})
	set("availableMemory", func(goja.FunctionCall) goja.Value {
		free := memInfo("MemAvailable")
		if limit := constrainedMemory(); limit > 0 && limit < math.MaxUint64 {
			used, _ := strconv.ParseFloat(readTrimmed("/sys/fs/cgroup/memory.current"), 64)
			free = math.Min(free, math.Max(limit-used, 0))
		}
		return vm.ToValue(free)
	})
	set("setUncaughtExceptionCaptureCallback", func(call goja.FunctionCall) goja.Value {
		fn := call.Argument(0)
		if goja.IsNull(fn) {
			rt.captureFn = nil
			return goja.Undefined()
		}
		if !goja.IsCallable(fn) {
			panic(rt.NewNodeError("TypeError", "ERR_INVALID_ARG_TYPE",
				`The "fn" argument must be of type function or null. Received `+describeReceived(fn)))
		}
		if rt.captureFn != nil {
			panic(rt.NewNodeError("Error", "ERR_UNCAUGHT_EXCEPTION_CAPTURE_ALREADY_SET",
				"`process.setupUncaughtExceptionCapture()` was called while a capture callback was already active"))
		}
		rt.captureFn = fn
		return goja.Undefined()
	})
	set("hasUncaughtExceptionCaptureCallback", func(goja.FunctionCall) goja.Value {
		return vm.ToValue(rt.captureFn != nil)
	})
	set("reallyExit", func(call goja.FunctionCall) goja.Value {
		// Ends the process at once, without 'exit'.
		rt.endWith(int(int32(call.Argument(0).ToInteger())))
		return goja.Undefined()
	})
	rt.reallyExit = p.Get("reallyExit")
	// _fatalException is what an uncaught exception goes to: it returns
	// whether a listener handled it.
	_ = p.Set("_fatalException", NewFunction(vm, "_fatalException", 2, func(call goja.FunctionCall) goja.Value {
		origin := "uncaughtException"
		if call.Argument(1).ToBoolean() {
			origin = "unhandledRejection"
		}
		return vm.ToValue(rt.handleUncaught(call.Argument(0), origin))
	}))
	rt.fatalException = p.Get("_fatalException")
	set("binding", rt.processBinding)
	set("_kill", func(call goja.FunctionCall) goja.Value {
		pid, sig := int(call.Argument(0).ToInteger()), unix.Signal(call.Argument(1).ToInteger())
		var err error
		if pid == unix.Getpid() {
			err = rt.signals.killSelf(sig)
		} else {
			err = unix.Kill(pid, sig)
		}
		if err != nil {
			return vm.ToValue(-int(ErrnoOf(err)))
		}
		return vm.ToValue(0)
	})
	set("_rawDebug", func(call goja.FunctionCall) goja.Value {
		// Written at once to fd 2, past process.stderr, as node's.
		_, _ = rt.opts.Stderr.Write([]byte(rt.format(call.Arguments) + "\n"))
		return goja.Undefined()
	})
	set("setSourceMapsEnabled", func(call goja.FunctionCall) goja.Value {
		// gonode takes no source maps, as it accepts and ignores
		// --enable-source-maps (COMPAT.md); the argument is checked as
		// node checks it.
		if _, ok := call.Argument(0).Export().(bool); !ok {
			panic(rt.NewNodeError("TypeError", "ERR_INVALID_ARG_TYPE",
				`The "val" argument must be of type boolean. Received `+describeReceived(call.Argument(0))))
		}
		return goja.Undefined()
	})
	set("getgroups", func(goja.FunctionCall) goja.Value {
		groups, _ := unix.Getgroups()
		gid := os.Getegid()
		list := []any{}
		seen := false
		for _, g := range groups {
			list = append(list, g)
			seen = seen || g == gid
		}
		if !seen {
			list = append(list, gid)
		}
		return vm.NewArray(list...)
	})
	rt.installCredentialSetters(p)
	set("getBuiltinModule", func(call goja.FunctionCall) goja.Value {
		id, ok := AsString(call.Argument(0))
		if !ok {
			panic(rt.NewNodeError("TypeError", "ERR_INVALID_ARG_TYPE",
				`The "id" argument must be of type string. Received `+describeReceived(call.Argument(0))))
		}
		name, core := rt.modules.coreName(id, false)
		if !core {
			return goja.Undefined()
		}
		return rt.modules.requireCore(name, false)
	})
	// As node's, a deprecated wrapper (util.deprecate's, named so) of
	// assert(value, message).
	_ = p.Set("assert", NewFunction(vm, "deprecated", 0, func(call goja.FunctionCall) goja.Value {
		rt.deprecateOnce("process.assert", "process.assert() is deprecated. Please use the `assert` module instead.", "DEP0100")
		if !call.Argument(0).ToBoolean() {
			msg := "assertion error"
			if m := call.Argument(1); m.ToBoolean() {
				msg = rt.format([]goja.Value{vm.ToValue("%s"), m})
			}
			panic(rt.NewNodeError("Error", "ERR_ASSERTION", msg))
		}
		return goja.Undefined()
	}))
	rt.defineLazy(p, "allowedNodeEnvironmentFlags", func() goja.Value {
		return rt.exportsOf("internal/process/allowed_flags")
	})
}

//go:embed lib/allowed_flags.js
var allowedFlagsSource string

func init() {
	RegisterCoreModule("internal/process/allowed_flags", JSModule("node:internal/process/allowed_flags", allowedFlagsSource))
	// internal/options: getOptionValue(name), as node's lib reads its
	// options: an option's value if given with one, else whether the flag
	// is on (--pending-deprecation also by NODE_PENDING_DEPRECATION=1).
	RegisterCoreModule("internal/options", func(rt *Runtime, module *goja.Object) error {
		exports := rt.vm.NewObject()
		_ = exports.Set("getOptionValue", NewFunction(rt.vm, "getOptionValue", 1, func(call goja.FunctionCall) goja.Value {
			name := call.Argument(0).String()
			if name == "--pending-deprecation" {
				return rt.vm.ToValue(rt.pendingDeprecation())
			}
			if v, ok := rt.OptionValue(name); ok {
				return rt.vm.ToValue(v)
			}
			return rt.vm.ToValue(rt.HasFlag(name))
		}))
		return module.Set("exports", exports)
	})
}

// constrainedMemory is the cgroup's memory limit in bytes, 2**64 when
// there is none (as libuv reports), or 0 when it is unknown.
func constrainedMemory() float64 {
	for _, file := range []string{"/sys/fs/cgroup/memory.max", "/sys/fs/cgroup/memory/memory.limit_in_bytes"} {
		s := readTrimmed(file)
		if s == "max" {
			return math.MaxUint64
		}
		if n, err := strconv.ParseFloat(s, 64); err == nil {
			return n
		}
	}
	return 0
}

// memInfo is a /proc/meminfo field in bytes.
func memInfo(field string) float64 {
	for _, line := range strings.Split(readTrimmed("/proc/meminfo"), "\n") {
		if rest, ok := strings.CutPrefix(line, field+":"); ok {
			kb, _ := strconv.ParseFloat(strings.TrimSuffix(strings.TrimSpace(rest), " kB"), 64)
			return kb * 1024
		}
	}
	return 0
}

// readTrimmed is a file's content without surrounding space, or "".
func readTrimmed(file string) string {
	b, err := os.ReadFile(file)
	if err != nil {
		return ""
	}
	return strings.TrimSpace(string(b))
}

// installTitle defines process.title: argv[0] at first, as node's; a new
// title also names the process's main thread, as ps and top show it (the
// kernel keeps 15 bytes of it).
func (rt *Runtime) installTitle(p *goja.Object) {
	title := rt.vm.ToValue(rt.opts.Argv0)
	get := NewFunction(rt.vm, "get", 0, func(goja.FunctionCall) goja.Value { return title })
	set := NewFunction(rt.vm, "set", 1, func(call goja.FunctionCall) goja.Value {
		s := call.Argument(0).String()
		title = rt.vm.ToValue(s)
		_ = os.WriteFile("/proc/self/comm", []byte(s), 0)
		return goja.Undefined()
	})
	_ = p.DefineAccessorProperty("title", get, set, goja.FLAG_TRUE, goja.FLAG_TRUE)
}

// format is util.format(...args), for a native function: an exception
// propagates to its caller.
func (rt *Runtime) format(args []goja.Value) string {
	return rt.CallFrom(&rt.formatFn, rt.exportsOf("util").Get("format"), goja.Undefined(), args...).String()
}

// signalThisThread sends sig to this process through the calling thread,
// as node's reaches its one JavaScript thread at once: with the default
// action it ends the process before another statement runs, where a signal
// to the process could wake another of Go's threads while this one goes
// on.
func signalThisThread(sig unix.Signal) error {
	goruntime.LockOSThread()
	defer goruntime.UnlockOSThread()
	return unix.Tgkill(unix.Getpid(), unix.Gettid(), sig)
}
