// Package runtime is gonode's embeddable JavaScript runtime: a goja VM with
// Node.js semantics — an event loop with ref-counted handles, timers,
// process.nextTick and promise ordering, a CommonJS module loader, the
// process object, and Node-style uncaught-error reporting.
//
// # Embedding
//
// Create a Runtime with New, then Run a script (or RunSource some code); the
// call returns the process exit code once nothing ref'd remains, process.exit
// is called, or the context is cancelled. Import
// github.com/gonode/gonode/modules/all to make the Node core modules
// available.
//
// # Writing modules
//
// A core module is a ModuleLoader registered with RegisterCoreModule (or
// Options.Modules for one runtime). JavaScript sources are wrapped with
// JSModule, compiled once per process on first require.
//
// # Threads
//
// Only the loop goroutine may touch the VM or any goja.Value. Goroutines doing
// I/O hand their results back with Post; an operation that must keep the
// process alive while it runs holds a Handle (NewHandle) or uses Async.
// Deliver results to JavaScript with Call, which gives them macrotask
// semantics: exceptions become uncaught exceptions, and the nextTick queue and
// promise microtasks drain after each callback.
//
// The loop hands work to I/O goroutines and back many times per request or
// message. With several Ps, each hand-off wakes and parks another OS thread;
// the gonode command therefore sets GOMAXPROCS to 1 unless the environment
// sets it (about 2x IPC round trips and 1.5x HTTP requests per second here).
// A host program that runs one runtime and little else benefits likewise
// from runtime.GOMAXPROCS(1).
//
// # Polling before sleeping
//
// When an iteration leaves nothing to run, the loop polls the process's
// descriptors itself (internal/fdpoll's Poll), for up to 50µs, before it
// sleeps: a process answering a peer (an IPC round trip, a request on a
// kept-alive connection) usually has the peer's next message by then, and
// takes it without a sleep, a wake-up through two epoll instances and a hand
// over between goroutines; most tries read the descriptor that last had
// data directly, sparing the epoll_pwait (about 2x node's IPC round trips
// here, where 0.9x without polling). Polls that find nothing make the loop
// back off: after n misses in a row it sleeps 2^n-1 times without polling.
// The loop does not poll where the process can use only one CPU, as the
// peer could not run meanwhile.
//
// # Loop phases
//
// Each loop iteration follows libuv: due timers, pending callbacks, the
// functions posted since the last iteration (I/O completions), pending
// callbacks again, immediates, closing callbacks. From the loop goroutine,
// Pending queues work that libuv would complete in its pending phase (a
// shutdown or write finishing at once) and Closing queues uv_close-style
// callbacks (a handle's 'close'), so that their order relative to
// setImmediate and setTimeout matches Node's.
package runtime
