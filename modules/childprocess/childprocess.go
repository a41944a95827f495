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
// RegisterHandleType.
package childprocess

import (
	_ "embed"

	"github.com/dop251/goja"
	"github.com/gonode/gonode/internal/fdpoll"
	_ "github.com/gonode/gonode/modules/buffer" // Buffer, internal/errors
	_ "github.com/gonode/gonode/modules/stream" // stdio pipes as streams
	"github.com/gonode/gonode/runtime"
)

var (
	//go:embed lib/child_process.js
	childProcessSource string
	//go:embed lib/internal.js
	internalSource string
	//go:embed lib/exec.js
	execSource string
	//go:embed lib/ipc.js
	ipcSource string
	//go:embed lib/ipc_handles.js
	ipcHandlesSource string
)

func init() {
	runtime.RegisterCoreModule("child_process", runtime.JSModule("node:child_process", childProcessSource))
	runtime.RegisterCoreModule("internal/child_process", runtime.JSModule("node:internal/child_process", internalSource))
	runtime.RegisterCoreModule("internal/child_process/exec", runtime.JSModule("node:internal/child_process/exec", execSource))
	runtime.RegisterCoreModule("internal/child_process/ipc", runtime.JSModule("node:internal/child_process/ipc", ipcSource))
	runtime.RegisterCoreModule("internal/child_process/ipc_handles", runtime.JSModule("node:internal/child_process/ipc_handles", ipcHandlesSource))
	runtime.RegisterCoreModule("internal/child_process_wrap", func(rt *runtime.Runtime, module *goja.Object) error {
		return module.Set("exports", newBinding(rt).object())
	})
	runtime.RegisterStartupHook(startChild)
	// Channels and sockets wait on fdpoll; open it with the process, as
	// libuv opens its epoll descriptor (see fdpoll.Start).
	runtime.RegisterStartupHook(func(*runtime.Runtime) error {
		_ = fdpoll.Start()
		return nil
	})
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
	return o
}
