// Package os implements node's 'os' core module: a Go binding
// (internal/os) reading /proc, uname(2), /etc/passwd and the interface list,
// wrapped by embedded JavaScript that validates arguments as node does.
package os

import (
	_ "embed"
	"syscall"
	"unsafe"

	"github.com/dop251/goja"
	"github.com/gonode/gonode/modules/buffer"
	"github.com/gonode/gonode/runtime"
	"golang.org/x/sys/unix"
)

//go:embed os.js
var source string

// Modules are the os package's core modules; modules/all registers them.
var Modules = runtime.ModuleSet{
	Needs: []*runtime.ModuleSet{&buffer.Modules},
	Core: []runtime.Module{
		{Name: "internal/os", Load: loadBinding},
		{Name: "os", Source: &source},
	}}

// sysErr describes a failed libuv-style call for os.js to turn into a
// SystemError: [syscall, code, errno, message].
func sysErr(vm *goja.Runtime, syscallName string, err error) goja.Value {
	errno := runtime.ErrnoOf(err)
	if errno == 0 {
		errno = unix.EIO
	}
	return vm.ToValue([]any{syscallName, runtime.ErrnoName(errno), -int(errno), runtime.ErrnoDescription(errno)})
}

func loadBinding(rt *runtime.Runtime, module *goja.Object) error {
	vm := rt.VM()
	b := vm.NewObject()
	set := func(name string, fn func(goja.FunctionCall) goja.Value) {
		_ = b.Set(name, fn)
	}
	// Calls that can fail return [value] on success or an error tuple
	// ({err: [...]}) for os.js to throw.
	fail := func(syscallName string, err error) goja.Value {
		o := vm.NewObject()
		_ = o.Set("err", sysErr(vm, syscallName, err))
		return o
	}
	set("cpus", func(goja.FunctionCall) goja.Value {
		cpus, err := CPUs()
		if err != nil {
			return vm.NewArray()
		}
		out := make([]any, len(cpus))
		for i, c := range cpus {
			times := vm.NewObject()
			_ = times.Set("user", c.User)
			_ = times.Set("nice", c.Nice)
			_ = times.Set("sys", c.Sys)
			_ = times.Set("idle", c.Idle)
			_ = times.Set("irq", c.IRQ)
			o := vm.NewObject()
			_ = o.Set("model", c.Model)
			_ = o.Set("speed", c.Speed)
			_ = o.Set("times", times)
			out[i] = o
		}
		return vm.NewArray(out...)
	})
	set("availableParallelism", func(goja.FunctionCall) goja.Value {
		return vm.ToValue(AvailableParallelism())
	})
	set("memory", func(goja.FunctionCall) goja.Value {
		total, free, err := Memory()
		if err != nil {
			return vm.NewArray(0, 0)
		}
		return vm.NewArray(total, free)
	})
	set("uptime", func(goja.FunctionCall) goja.Value {
		up, err := Uptime()
		if err != nil {
			return fail("uv_uptime", err)
		}
		return vm.ToValue(up)
	})
	set("loadavg", func(goja.FunctionCall) goja.Value {
		l := LoadAvg()
		return vm.NewArray(l[0], l[1], l[2])
	})
	set("uname", func(goja.FunctionCall) goja.Value {
		u, err := GetUname()
		if err != nil {
			return fail("uv_os_uname", err)
		}
		return vm.NewArray(u.Sysname, u.Nodename, u.Release, u.Version, u.Machine)
	})
	set("hostname", func(goja.FunctionCall) goja.Value {
		u, err := GetUname()
		if err != nil {
			return fail("uv_os_gethostname", err)
		}
		return vm.ToValue(u.Nodename)
	})
	set("passwd", func(goja.FunctionCall) goja.Value {
		uid := unix.Geteuid()
		p, err := LookupUID(uid)
		if err != nil {
			return fail("uv_os_get_passwd", err)
		}
		return vm.NewArray(p.UID, p.GID, p.Username, p.Homedir, p.Shell)
	})
	set("networkInterfaces", func(goja.FunctionCall) goja.Value {
		addrs, err := NetworkInterfaces()
		if err != nil {
			return fail("uv_interface_addresses", err)
		}
		out := make([]any, len(addrs))
		for i, a := range addrs {
			out[i] = vm.NewArray(a.Name, a.Address, a.Netmask, a.Family, a.MAC, a.Internal, a.CIDR, a.ScopeID)
		}
		return vm.NewArray(out...)
	})
	set("getPriority", func(call goja.FunctionCall) goja.Value {
		// The raw syscall returns 20 - nice.
		prio, err := unix.Getpriority(unix.PRIO_PROCESS, int(call.Argument(0).ToInteger()))
		if err != nil {
			return fail("uv_os_getpriority", err)
		}
		return vm.ToValue(20 - prio)
	})
	set("setPriority", func(call goja.FunctionCall) goja.Value {
		err := unix.Setpriority(unix.PRIO_PROCESS, int(call.Argument(0).ToInteger()), int(call.Argument(1).ToInteger()))
		if err != nil {
			return fail("uv_os_setpriority", err)
		}
		return goja.Undefined()
	})
	_ = b.Set("endianness", endianness())
	_ = b.Set("constants", constants(vm))
	return module.Set("exports", b)
}

func endianness() string {
	var probe uint16 = 1
	if (*[2]byte)(unsafe.Pointer(&probe))[0] == 1 {
		return "LE"
	}
	return "BE"
}

// namedInts builds an object from name/value pairs, in order.
func namedInts(vm *goja.Runtime, pairs []namedInt) *goja.Object {
	o := vm.NewObject()
	for _, p := range pairs {
		_ = o.Set(p.name, p.value)
	}
	return o
}

type namedInt struct {
	name  string
	value int
}

// Node lists signals in this order (aliases beside their number).
var signals = []namedInt{
	{"SIGHUP", int(unix.SIGHUP)}, {"SIGINT", int(unix.SIGINT)}, {"SIGQUIT", int(unix.SIGQUIT)},
	{"SIGILL", int(unix.SIGILL)}, {"SIGTRAP", int(unix.SIGTRAP)}, {"SIGABRT", int(unix.SIGABRT)},
	{"SIGIOT", int(unix.SIGIOT)}, {"SIGBUS", int(unix.SIGBUS)}, {"SIGFPE", int(unix.SIGFPE)},
	{"SIGKILL", int(unix.SIGKILL)}, {"SIGUSR1", int(unix.SIGUSR1)}, {"SIGSEGV", int(unix.SIGSEGV)},
	{"SIGUSR2", int(unix.SIGUSR2)}, {"SIGPIPE", int(unix.SIGPIPE)}, {"SIGALRM", int(unix.SIGALRM)},
	{"SIGTERM", int(unix.SIGTERM)}, {"SIGCHLD", int(unix.SIGCHLD)}, {"SIGSTKFLT", int(unix.SIGSTKFLT)},
	{"SIGCONT", int(unix.SIGCONT)}, {"SIGSTOP", int(unix.SIGSTOP)}, {"SIGTSTP", int(unix.SIGTSTP)},
	{"SIGTTIN", int(unix.SIGTTIN)}, {"SIGTTOU", int(unix.SIGTTOU)}, {"SIGURG", int(unix.SIGURG)},
	{"SIGXCPU", int(unix.SIGXCPU)}, {"SIGXFSZ", int(unix.SIGXFSZ)}, {"SIGVTALRM", int(unix.SIGVTALRM)},
	{"SIGPROF", int(unix.SIGPROF)}, {"SIGWINCH", int(unix.SIGWINCH)}, {"SIGIO", int(unix.SIGIO)},
	{"SIGPOLL", int(unix.SIGPOLL)}, {"SIGPWR", int(unix.SIGPWR)}, {"SIGSYS", int(unix.SIGSYS)},
}

// errnoNames are the errno constants node exports, in its order.
var errnoNames = []string{
	"E2BIG", "EACCES", "EADDRINUSE", "EADDRNOTAVAIL", "EAFNOSUPPORT", "EAGAIN", "EALREADY", "EBADF",
	"EBADMSG", "EBUSY", "ECANCELED", "ECHILD", "ECONNABORTED", "ECONNREFUSED", "ECONNRESET",
	"EDEADLK", "EDESTADDRREQ", "EDOM", "EDQUOT", "EEXIST", "EFAULT", "EFBIG", "EHOSTUNREACH", "EIDRM",
	"EILSEQ", "EINPROGRESS", "EINTR", "EINVAL", "EIO", "EISCONN", "EISDIR", "ELOOP", "EMFILE",
	"EMLINK", "EMSGSIZE", "EMULTIHOP", "ENAMETOOLONG", "ENETDOWN", "ENETRESET", "ENETUNREACH",
	"ENFILE", "ENOBUFS", "ENODATA", "ENODEV", "ENOENT", "ENOEXEC", "ENOLCK", "ENOLINK", "ENOMEM",
	"ENOMSG", "ENOPROTOOPT", "ENOSPC", "ENOSR", "ENOSTR", "ENOSYS", "ENOTCONN", "ENOTDIR",
	"ENOTEMPTY", "ENOTSOCK", "ENOTSUP", "ENOTTY", "ENXIO", "EOPNOTSUPP", "EOVERFLOW", "EPERM",
	"EPIPE", "EPROTO", "EPROTONOSUPPORT", "EPROTOTYPE", "ERANGE", "EROFS", "ESPIPE", "ESRCH",
	"ESTALE", "ETIME", "ETIMEDOUT", "ETXTBSY", "EWOULDBLOCK", "EXDEV",
}

// errnoByName maps the names above to their numbers via x/sys/unix.
func errnoByName() []namedInt {
	byName := map[string]int{"EWOULDBLOCK": int(unix.EWOULDBLOCK), "EDEADLK": int(unix.EDEADLK),
		"ENOTSUP": int(unix.ENOTSUP), "EOPNOTSUPP": int(unix.EOPNOTSUPP)}
	for e := syscall.Errno(1); e < 256; e++ {
		if name := unix.ErrnoName(e); name != "" {
			if _, ok := byName[name]; !ok {
				byName[name] = int(e)
			}
		}
	}
	out := make([]namedInt, 0, len(errnoNames))
	for _, n := range errnoNames {
		if v, ok := byName[n]; ok {
			out = append(out, namedInt{n, v})
		}
	}
	return out
}

var priorities = []namedInt{
	{"PRIORITY_LOW", 19}, {"PRIORITY_BELOW_NORMAL", 10}, {"PRIORITY_NORMAL", 0},
	{"PRIORITY_ABOVE_NORMAL", -7}, {"PRIORITY_HIGH", -14}, {"PRIORITY_HIGHEST", -20},
}

var dlopenFlags = []namedInt{
	{"RTLD_LAZY", 1}, {"RTLD_NOW", 2}, {"RTLD_GLOBAL", 256}, {"RTLD_LOCAL", 0}, {"RTLD_DEEPBIND", 8},
}

func constants(vm *goja.Runtime) *goja.Object {
	c := vm.NewObject()
	_ = c.Set("UV_UDP_REUSEADDR", 4)
	_ = c.Set("dlopen", namedInts(vm, dlopenFlags))
	_ = c.Set("errno", namedInts(vm, errnoByName()))
	_ = c.Set("signals", namedInts(vm, signals))
	_ = c.Set("priority", namedInts(vm, priorities))
	return c
}
