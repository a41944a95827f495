// Package oneproc runs the process on one OS thread at a time, as node runs
// its JavaScript and event loop, unless GOMAXPROCS says otherwise. Import it
// for its side effect first thing in a main package.
//
// The loop goroutine does nearly all the work and hands off to I/O
// goroutines many times per request or message; with more Ps, each hand-off
// wakes and parks another thread (about 10 context switches per IPC round
// trip instead of 4), which costs more than the parallelism gains. Blocking
// system calls still run on threads of their own.
//
// It does so in its init function, which runs before most package inits
// (this package imports only syscall and runtime): shrinking to one P flushes the
// other P's span cache into spans sets, and the later that happens, the more
// span classes it holds and the more fresh pages the flush touches (about 35
// page faults at the end of start-up, a few at its beginning).
package oneproc

import (
	"runtime"
	"syscall"
)

func init() {
	if !hasEnv("GOMAXPROCS") {
		runtime.GOMAXPROCS(1)
	}
}

// hasEnv reports whether the environment sets name (syscall's lookup, so
// that this package need not wait for os to be initialised).
func hasEnv(name string) bool {
	v, ok := syscall.Getenv(name)
	return ok && v != ""
}
