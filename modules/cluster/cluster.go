// Package cluster implements node's 'cluster' core module for gonode: a
// primary process forks workers (child_process.fork with NODE_UNIQUE_ID set)
// and shares its listening sockets with them, wire-compatible with node
// (NODE_CLUSTER messages over the IPC channel; see NODE-IPC.md §7), so a
// gonode primary can drive node workers and a node primary gonode workers.
//
// The module is JavaScript (lib/*.js) on top of child_process and net:
//
//   - primary.js: fork, the workers table, settings, events, and the answers
//     to workers' requests (queryServer, listening, close, ...);
//   - round_robin.js: SCHED_RR, where the primary listens and hands each
//     accepted connection to the next free worker (act 'newconn');
//   - shared.js: SCHED_NONE (and UDP), where the primary binds and sends the
//     socket itself, and workers listen and accept on it;
//   - child.js: the worker side: listen() through the primary
//     (cluster._getServer, called by net and dgram), the round-robin
//     stand-in handle, and disconnect;
//   - utils.js: the NODE_CLUSTER envelope with its seq/ack callbacks;
//   - worker.js: the Worker class both sides share.
//
// In a process started with NODE_UNIQUE_ID set, a startup hook sets the
// worker up before user code runs: it announces 'online' to the primary and
// removes NODE_UNIQUE_ID from process.env, as node does.
package cluster

import (
	_ "embed"
	"slices"

	"github.com/dop251/goja"
	"github.com/gonode/gonode/modules/buffer"
	"github.com/gonode/gonode/modules/childprocess"
	"github.com/gonode/gonode/modules/dgram"
	"github.com/gonode/gonode/modules/http"
	"github.com/gonode/gonode/modules/net"
	"github.com/gonode/gonode/modules/path"
	"github.com/gonode/gonode/runtime"
)

var (
	//go:embed lib/primary.js
	primarySource string
	//go:embed lib/child.js
	childSource string
	//go:embed lib/worker.js
	workerSource string
	//go:embed lib/utils.js
	utilsSource string
	//go:embed lib/round_robin.js
	roundRobinSource string
	//go:embed lib/shared.js
	sharedSource string
)

// uniqueIDVar names the worker id a primary gives each worker it forks.
const uniqueIDVar = "NODE_UNIQUE_ID"

// Modules are the cluster package's core modules and the worker's start-up
// hook; modules/all registers them. The hook needs the IPC channel, which
// child_process's hook opens, so child_process's set comes first.
var Modules = runtime.ModuleSet{
	Needs: []*runtime.ModuleSet{&buffer.Modules, &childprocess.Modules, &dgram.Modules, &http.Modules, &net.Modules, &path.Modules},
	Core: []runtime.Module{
		{Name: "internal/cluster/primary", Source: &primarySource},
		{Name: "internal/cluster/child", Source: &childSource},
		{Name: "internal/cluster/worker", Source: &workerSource},
		{Name: "internal/cluster/utils", Source: &utilsSource},
		{Name: "internal/cluster/round_robin_handle", Source: &roundRobinSource},
		{Name: "internal/cluster/shared_handle", Source: &sharedSource},
		{Name: "cluster", Load: load},
	},
	Hooks: []func(*runtime.Runtime) error{startWorker},
}

// load gives require('cluster') the worker side when NODE_UNIQUE_ID is an
// own property of process.env at the first require, else the primary side,
// as node decides.
func load(rt *runtime.Runtime, module *goja.Object) error {
	name := "internal/cluster/primary"
	if env := processEnv(rt); env != nil && hasOwnKey(env, uniqueIDVar) {
		name = "internal/cluster/child"
	}
	exports, err := rt.Require(name)
	if err != nil {
		return err
	}
	return module.Set("exports", exports)
}

// startWorker is the startup hook: with NODE_UNIQUE_ID set and a script to
// run, it sets the cluster worker up (NODE-IPC.md §1.2 step 4) and deletes
// the variable so that the worker's own children do not inherit it.
func startWorker(rt *runtime.Runtime) error {
	if rt.IsWorker() {
		return nil
	}
	env := processEnv(rt)
	if env == nil {
		return nil
	}
	id := env.Get(uniqueIDVar)
	if id == nil || !id.ToBoolean() || !hasScript(rt) {
		return nil
	}
	exports, err := rt.Require("cluster")
	if err != nil {
		return err
	}
	setup, ok := goja.AssertFunction(exports.ToObject(rt.VM()).Get("_setupWorker"))
	if !ok {
		return nil
	}
	if _, err := setup(exports); err != nil {
		return err
	}
	_ = env.Delete(uniqueIDVar)
	return nil
}

func processEnv(rt *runtime.Runtime) *goja.Object {
	env, _ := rt.Process().Get("env").(*goja.Object)
	return env
}

func hasOwnKey(o *goja.Object, key string) bool {
	return slices.Contains(o.GetOwnPropertyNames(), key)
}

// hasScript reports whether process.argv[1] is set: node sets a worker up
// only when it runs a script.
func hasScript(rt *runtime.Runtime) bool {
	argv, _ := rt.Process().Get("argv").(*goja.Object)
	if argv == nil {
		return false
	}
	v := argv.Get("1")
	return v != nil && v.ToBoolean()
}
