package main

import (
	"os"
	"os/signal"
	"syscall"

	"golang.org/x/sys/unix"

	"github.com/gonode/gonode/internal/sigdfl"
)

// nodeDefaultSignals are the signals whose default action ends a node
// process (terminate, or dump core) but that Go's runtime would catch and
// ignore, or turn into a stack dump and exit status 2. Left out: SIGHUP,
// SIGINT and SIGTERM (Go's default already ends the process by them),
// SIGPIPE (node ignores it), SIGUSR1 (node starts its inspector), SIGPROF
// (Go's profiler owns it), and SIGSEGV, SIGBUS, SIGFPE and SIGILL, which Go
// needs to turn faults into panics (sent with kill, they still end the
// process with Go's stack dump).
var nodeDefaultSignals = func() []syscall.Signal {
	sigs := []syscall.Signal{
		unix.SIGQUIT, unix.SIGTRAP, unix.SIGABRT, unix.SIGUSR2, unix.SIGALRM,
		unix.SIGSTKFLT, unix.SIGXCPU, unix.SIGXFSZ, unix.SIGVTALRM, unix.SIGIO,
		unix.SIGPWR, unix.SIGSYS,
	}
	// The real-time signals glibc leaves to programs.
	for sig := 34; sig <= 64; sig++ {
		sigs = append(sigs, syscall.Signal(sig))
	}
	return sigs
}()

// handleSignalsAsNode gives the process node's default actions for
// nodeDefaultSignals; a process.on listener takes one over while it listens
// (the runtime asks sigdfl.Catch). SIGPIPE is caught and dropped, as node
// ignores it: a write to a closed stdout or stderr then fails with EPIPE,
// where Go would end the process by SIGPIPE. Caught, not ignored, so that
// children start with its default action (an ignored signal stays ignored
// across exec).
func handleSignalsAsNode() {
	sigdfl.Default(nodeDefaultSignals...)
	signal.Notify(make(chan os.Signal, 1), unix.SIGPIPE)
}
