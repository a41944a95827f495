package main

import (
	"os"
	"os/signal"
	"syscall"

	"golang.org/x/sys/unix"

	"github.com/gonode/gonode/internal/sigdfl"
	"github.com/gonode/gonode/runtime"
)

// nodeDefaultSignals are the signals whose default action ends a node
// process (terminate, or dump core) but that Go's runtime would catch and
// ignore, or turn into a stack dump and exit status 2. SIGHUP, SIGINT and
// SIGTERM are left out (Go's default already ends the process by them), as
// are SIGPIPE (node ignores it), SIGUSR1 (node starts its inspector) and
// SIGPROF (Go's profiler owns it).
var nodeDefaultSignals = func() []os.Signal {
	sigs := []os.Signal{
		unix.SIGQUIT, unix.SIGILL, unix.SIGTRAP, unix.SIGABRT, unix.SIGBUS,
		unix.SIGFPE, unix.SIGSEGV, unix.SIGUSR2, unix.SIGALRM, unix.SIGSTKFLT,
		unix.SIGXCPU, unix.SIGXFSZ, unix.SIGVTALRM, unix.SIGIO, unix.SIGPWR,
		unix.SIGSYS,
	}
	// The real-time signals glibc leaves to programs.
	for sig := 34; sig <= 64; sig++ {
		sigs = append(sigs, syscall.Signal(sig))
	}
	return sigs
}()

// handleSignalsAsNode gives the process node's default actions for
// nodeDefaultSignals: one that arrives while no process.on listener wants
// it ends the process by that signal. (Faults in the Go code itself still
// panic; only signals sent to the process are delivered here.)
func handleSignalsAsNode() {
	ch := make(chan os.Signal, 8)
	signal.Notify(ch, nodeDefaultSignals...)
	go func() {
		for s := range ch {
			if sig := s.(syscall.Signal); !runtime.SignalHandled(sig) {
				sigdfl.DieBy(sig)
			}
		}
	}()
}
