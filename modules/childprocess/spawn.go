package childprocess

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync/atomic"
	"syscall"

	"github.com/dop251/goja"
	"github.com/gonode/gonode/runtime"
	"golang.org/x/sys/unix"
)

// spawnSpec is what lib/internal.js asks the binding to start: node's
// normalized spawn options.
type spawnSpec struct {
	file     string
	args     []string
	cwd      string
	env      []string
	stdio    []stdioSpec
	detached bool
	uid, gid *uint32
	advanced bool // options.serialization is 'advanced'
}

// stdioSpec is one entry of the normalized stdio array.
type stdioSpec struct {
	kind string // "ignore", "pipe", "ipc" or "fd"
	fd   int    // for "fd": the parent's descriptor to give the child
}

// readSpawnSpec reads the options object built by lib/internal.js.
func readSpawnSpec(vm *goja.Runtime, o *goja.Object) spawnSpec {
	s := spawnSpec{
		file: o.Get("file").String(),
		args: stringList(vm, o.Get("args")),
		env:  stringList(vm, o.Get("envPairs")),
	}
	if v := o.Get("detached"); v != nil {
		s.detached = v.ToBoolean()
	}
	if v := o.Get("serialization"); v != nil {
		s.advanced = v.String() == "advanced"
	}
	if c := o.Get("cwd"); c != nil && !goja.IsUndefined(c) && !goja.IsNull(c) {
		s.cwd = c.String()
	}
	for _, name := range []string{"uid", "gid"} {
		if v := o.Get(name); v != nil && !goja.IsUndefined(v) {
			id := uint32(v.ToInteger())
			if name == "uid" {
				s.uid = &id
			} else {
				s.gid = &id
			}
		}
	}
	if list, ok := o.Get("stdio").(*goja.Object); ok {
		n := int(list.Get("length").ToInteger())
		for i := 0; i < n; i++ {
			e := list.Get(strconv.Itoa(i)).ToObject(vm)
			spec := stdioSpec{kind: e.Get("type").String()}
			if spec.kind == "fd" {
				spec.fd = int(e.Get("fd").ToInteger())
			}
			s.stdio = append(s.stdio, spec)
		}
	}
	return s
}

func stringList(vm *goja.Runtime, v goja.Value) []string {
	o, ok := v.(*goja.Object)
	if !ok {
		return nil
	}
	n := int(o.Get("length").ToInteger())
	out := make([]string, n)
	for i := range out {
		// A hole reads as undefined, which node passes on as "undefined".
		if e := o.Get(strconv.Itoa(i)); e != nil {
			out[i] = e.String()
		} else {
			out[i] = "undefined"
		}
	}
	return out
}

// childFiles are the descriptors prepared for a child's stdio.
type childFiles struct {
	fds     []uintptr // what the child gets at each index; ^0 closes it
	toClose []int     // the parent's copies of the child ends
	parent  []int     // for "pipe" and "ipc": the parent's end, else -1
}

const closedFD = ^uintptr(0)

// prepare creates the socketpairs and /dev/null descriptors of spec.stdio.
func (s *spawnSpec) prepare() (*childFiles, error) {
	cf := &childFiles{fds: make([]uintptr, len(s.stdio)), parent: make([]int, len(s.stdio))}
	for i, st := range s.stdio {
		cf.parent[i] = -1
		switch st.kind {
		case "ignore":
			cf.fds[i] = closedFD
			if i < 3 {
				fd, err := unix.Open(os.DevNull, unix.O_RDWR|unix.O_CLOEXEC, 0)
				if err != nil {
					cf.release()
					return nil, err
				}
				cf.fds[i] = uintptr(fd)
				cf.toClose = append(cf.toClose, fd)
			}
		case "pipe", "ipc":
			pair, err := unix.Socketpair(unix.AF_UNIX, unix.SOCK_STREAM|unix.SOCK_CLOEXEC, 0)
			if err != nil {
				cf.release()
				return nil, err
			}
			cf.parent[i] = pair[0]
			cf.fds[i] = uintptr(pair[1])
			cf.toClose = append(cf.toClose, pair[1])
		case "fd":
			cf.fds[i] = uintptr(st.fd)
		default:
			cf.release()
			return nil, unix.EINVAL
		}
	}
	return cf, nil
}

// closeChildEnds closes the parent's copies of what the child received.
func (cf *childFiles) closeChildEnds() {
	for _, fd := range cf.toClose {
		unix.Close(fd)
	}
	cf.toClose = nil
}

// release closes every descriptor prepared, after a failure.
func (cf *childFiles) release() {
	cf.closeChildEnds()
	for i, fd := range cf.parent {
		if fd >= 0 {
			unix.Close(fd)
			cf.parent[i] = -1
		}
	}
}

// lookPath finds file the way execvp does, in the PATH of the child's
// environment: names with a slash are used as given (relative to the child's
// cwd); EACCES wins over ENOENT when a match is not executable.
func lookPath(file string, env []string) (string, error) {
	if file == "" {
		return "", unix.ENOENT
	}
	if strings.Contains(file, "/") {
		return file, nil
	}
	path := "/usr/bin:/bin"
	for _, kv := range env {
		if v, ok := strings.CutPrefix(kv, "PATH="); ok {
			path = v
		}
	}
	result := error(unix.ENOENT)
	for _, dir := range filepath.SplitList(path) {
		if dir == "" {
			dir = "."
		}
		p := filepath.Join(dir, file)
		st, err := os.Stat(p)
		if err != nil || st.IsDir() {
			if err == nil {
				result = unix.EACCES
			}
			continue
		}
		if unix.Access(p, unix.X_OK) != nil {
			result = unix.EACCES
			continue
		}
		return p, nil
	}
	return "", result
}

// start forks and execs the child with the descriptors cf prepared; the
// caller closes the child ends afterwards and decides what to do with the
// parent's ends on failure.
func (s *spawnSpec) start(cf *childFiles) (int, error) {
	path, err := lookPath(s.file, s.env)
	if err != nil {
		return 0, err
	}
	attr := &syscall.ProcAttr{Dir: s.cwd, Env: s.env, Files: cf.fds, Sys: &syscall.SysProcAttr{Setsid: s.detached}}
	if s.uid != nil || s.gid != nil {
		cred := &syscall.Credential{Uid: uint32(os.Getuid()), Gid: uint32(os.Getgid())}
		if s.uid != nil {
			cred.Uid = *s.uid
		}
		if s.gid != nil {
			cred.Gid = *s.gid
		}
		attr.Sys.Credential = cred
	}
	// libuv gives a child blocking stdio: a descriptor of the parent's that
	// becomes the child's fd 0-2 is made blocking (node's children, such as
	// grep reading another child's output, expect it; the mode belongs to
	// the open file, so the parent's copy changes too, as under node).
	for i, st := range s.stdio {
		if i < 3 && st.kind == "fd" {
			_ = unix.SetNonblock(st.fd, false)
		}
	}
	argv := s.args
	if len(argv) == 0 {
		argv = []string{s.file}
	}
	pid, err := syscall.ForkExec(path, argv, attr)
	if err != nil {
		var errno syscall.Errno
		if errors.As(err, &errno) {
			return 0, errno
		}
		return 0, fmt.Errorf("spawn %s: %w", s.file, err)
	}
	return pid, nil
}

// proc is the native half of a ChildProcess: a running child, reaped by the
// reaper, that keeps the loop alive until it exits unless unref'd.
type proc struct {
	rt     *runtime.Runtime
	pid    int
	seq    uint64
	handle *runtime.Handle
	onexit goja.Value
	ctx    runtime.AsyncContext // the async context it was spawned in, which onexit runs in
	done   bool
}

var procSeq atomic.Uint64

// exited reports the child's end to JavaScript: onexit(exitCode, signalCode).
func (p *proc) exited(ws unix.WaitStatus) {
	if p.done {
		return
	}
	p.done = true
	p.handle.Close()
	vm := p.rt.VM()
	code, sig := goja.Value(vm.ToValue(ws.ExitStatus())), goja.Value(goja.Null())
	if ws.Signaled() {
		code = vm.ToValue(0)
		sig = vm.ToValue(unix.SignalName(ws.Signal()))
	}
	p.rt.CallIn(p.ctx, p.onexit, goja.Undefined(), code, sig)
	p.rt.DestroyContext(p.ctx)
}

// object is the JavaScript face of the process handle.
func (p *proc) object(vm *goja.Runtime) *goja.Object {
	o := vm.NewObject()
	_ = o.Set("pid", p.pid)
	_ = o.Set("kill", func(call goja.FunctionCall) goja.Value {
		if p.done {
			return vm.ToValue(-int(unix.ESRCH))
		}
		if err := unix.Kill(p.pid, unix.Signal(call.Argument(0).ToInteger())); err != nil {
			return vm.ToValue(-int(runtime.ErrnoOf(err)))
		}
		return vm.ToValue(0)
	})
	_ = o.Set("ref", func(goja.FunctionCall) goja.Value {
		p.handle.Ref()
		return goja.Undefined()
	})
	_ = o.Set("unref", func(goja.FunctionCall) goja.Value {
		p.handle.Unref()
		return goja.Undefined()
	})
	_ = o.Set("hasRef", func(goja.FunctionCall) goja.Value { return vm.ToValue(p.handle.HasRef()) })
	return o
}

// spawn implements binding.spawn(options, onexit, owner): it returns
// {err, pid, process, stdio} where err is 0 or a negative errno and stdio
// holds the parent's end of each 'pipe' (a pipe object) and 'ipc' (a
// channel object), or null. process._getActiveHandles lists owner (the
// ChildProcess) for the process while it runs.
func (b *binding) spawn(call goja.FunctionCall) goja.Value {
	rt, vm := b.rt, b.rt.VM()
	spec := readSpawnSpec(vm, call.Argument(0).ToObject(vm))
	res := vm.NewObject()
	cf, err := spec.prepare()
	if err != nil {
		_ = res.Set("err", -int(runtime.ErrnoOf(err)))
		return res
	}
	pid, err := spec.start(cf)
	cf.closeChildEnds()
	errno := 0
	if err != nil {
		errno = int(runtime.ErrnoOf(err))
		if errno == 0 {
			errno = int(unix.EINVAL)
		}
		// As in node, stdio is still set up for these (the parent's ends
		// read EOF at once); other failures release everything.
		if errno != int(unix.ENOENT) && errno != int(unix.EACCES) && errno != int(unix.EAGAIN) {
			cf.release()
			_ = res.Set("err", -errno)
			return res
		}
	}
	_ = res.Set("err", -errno)
	stdio := make([]any, len(spec.stdio))
	for i, fd := range cf.parent {
		switch {
		case fd < 0:
			stdio[i] = nil
		case spec.stdio[i].kind == "ipc":
			ch, err := newChannel(rt, fd, true, spec.advanced)
			if err != nil {
				unix.Close(fd)
				panic(rt.NewSystemError(err, "spawn", runtime.SysErrorExtra{}))
			}
			stdio[i] = ch.object()
		default:
			stdio[i] = fd // lib/internal.js makes it a net.Socket
		}
	}
	_ = res.Set("stdio", stdio)
	if errno != 0 {
		return res
	}
	p := &proc{rt: rt, pid: pid, seq: procSeq.Add(1), handle: rt.NewHandle("ChildProcess"), onexit: call.Argument(1), ctx: rt.CaptureContext("PROCESSWRAP", nil)}
	p.handle.SetResource("ProcessWrap")
	owner := call.Argument(2)
	p.handle.SetOwner(func() goja.Value { return owner })
	p.handle.OnRuntimeClose(func() { untrack(p) })
	track(p)
	_ = res.Set("pid", pid)
	_ = res.Set("process", p.object(vm))
	return res
}
