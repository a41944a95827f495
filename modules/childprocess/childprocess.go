// Package childprocess implements node's 'child_process' core module —
// spawn, exec, execFile, fork and their synchronous forms — and the IPC
// channel between a parent and a forked child, wire-compatible with node
// (JSON lines, or with serialization: 'advanced' length-prefixed V8
// serialization, over a socketpair; handles as SCM_RIGHTS descriptors; see
// NODE-IPC.md).
//
// The JavaScript API lives in lib/*.js; this package gives it native
// operations (process start and reaping, stdio pipes, the channel) through
// the internal module 'internal/child_process_wrap'.
//
// In a child started with NODE_CHANNEL_FD set, a startup hook opens the
// channel before user code runs and defines process.send and friends.
// Programs that embed the runtime call MaybeRunChild at the top of main so
// that fork() can re-execute them as a child.
//
// Other modules make their objects passable as send()'s sendHandle with
// RegisterHandleTypes.
package childprocess

import (
	_ "embed"

	"github.com/dop251/goja"
	"github.com/gonode/gonode/internal/fdpoll"
	"github.com/gonode/gonode/modules/buffer"
	"github.com/gonode/gonode/modules/stream"
	"github.com/gonode/gonode/modules/v8"
	"github.com/gonode/gonode/runtime"
)

var (
	//go:embed lib/internal.js
	internalSource string
	//go:embed lib/exec.js
	execSource string
	//go:embed lib/ipc.js
	ipcSource string
	//go:embed lib/ipc_io.js
	ipcIOSource string
	//go:embed lib/ipc_handles.js
	ipcHandlesSource string
)

// Modules are the child_process package's core modules and its start-up
// hooks (the IPC channel of a forked child, and fdpoll, opened with the
// process as libuv opens its epoll descriptor: see fdpoll.Start);
// modules/all registers them. stdio pipes are streams, and errors come from
// buffer's internal/errors.
var Modules = runtime.ModuleSet{
	Needs: []*runtime.ModuleSet{&buffer.Modules, &stream.Modules, &v8.Modules},
	Core: []runtime.Module{
		{Name: "child_process", Load: loadPublic},
		{Name: "internal/child_process", Source: &internalSource},
		{Name: "internal/child_process/exec", Source: &execSource},
		{Name: "internal/child_process/ipc", Source: &ipcSource},
		{Name: "internal/child_process/ipc_io", Source: &ipcIOSource},
		{Name: "internal/child_process/ipc_handles", Source: &ipcHandlesSource},
		{Name: "internal/child_process_wrap", Load: func(rt *runtime.Runtime, module *goja.Object) error {
			return module.Set("exports", newBinding(rt).object())
		}},
	},
	Hooks: []func(*runtime.Runtime) error{startChild, startPoller},
}

// startPoller opens fdpoll, which channels and sockets wait on.
func startPoller(*runtime.Runtime) error {
	_ = fdpoll.Start()
	return nil
}

// binding holds the native operations lib/*.js uses.
type binding struct {
	rt *runtime.Runtime
}

func newBinding(rt *runtime.Runtime) *binding { return &binding{rt: rt} }

func (b *binding) object() *goja.Object {
	vm := b.rt.VM()
	o := vm.NewObject()
	_ = o.Set("spawn", b.spawn)
	_ = o.Set("spawnSync", b.spawnSync)
	_ = o.Set("execPath", b.rt.ExecPath())
	_ = o.Set("forkMarker", forkMarker)
	_ = o.Set("forkProcs", forkProcs())
	_ = o.Set("procsMarker", procsMarker)
	_ = o.Set("ipcSymbols", ipcLibOf(b.rt).symbols())
	return o
}
