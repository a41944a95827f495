// Package sigdfl gives signals their kernel default action (terminate, or
// dump core) as node leaves them, where Go's runtime would catch them: Go
// ignores some (SIGUSR2, SIGALRM, real-time signals) and turns others into
// a stack dump and exit status 2 (SIGQUIT, SIGABRT). A process given the
// default action for a signal ends by it, so its parent sees it killed by
// that signal.
//
// Default does it for a set of signals at start-up; Catch hands one back to
// Go's handler while something listens for it (os/signal.Notify needs the
// handler installed), and Release gives it the default action again. DieBy
// ends the process by any signal.
package sigdfl

import (
	"runtime"
	"sync"
	"unsafe"

	"golang.org/x/sys/unix"
)

// action is the kernel's struct sigaction, as rt_sigaction reads and
// writes it (handler, flags, restorer, mask on amd64; arm64's is no
// larger). All zero is SIG_DFL with no flags and an empty mask.
type action [4]uint64

func sigaction(sig unix.Signal, act, old *action) {
	_, _, _ = unix.RawSyscall6(unix.SYS_RT_SIGACTION, uintptr(sig),
		uintptr(unsafe.Pointer(act)), uintptr(unsafe.Pointer(old)), 8, 0, 0)
}

var (
	mu sync.Mutex
	// goActions holds Go's action for each signal Default reset.
	goActions = map[unix.Signal]*action{}
	// catches counts the Catch calls not yet Released, per signal.
	catches = map[unix.Signal]int{}
)

// Default gives each of sigs its default action, remembering Go's. Call it
// early, before anything listens for them.
func Default(sigs ...unix.Signal) {
	mu.Lock()
	defer mu.Unlock()
	for _, sig := range sigs {
		if _, done := goActions[sig]; done {
			continue
		}
		var old action
		sigaction(sig, &action{}, &old)
		goActions[sig] = &old
	}
}

// Catch gives sig back to Go's handler, if Default took it, until a
// matching Release; call it before signal.Notify(ch, sig).
func Catch(sig unix.Signal) {
	mu.Lock()
	defer mu.Unlock()
	act, ok := goActions[sig]
	if !ok {
		return
	}
	if catches[sig]++; catches[sig] == 1 {
		sigaction(sig, act, nil)
	}
}

// Release undoes one Catch: the last one gives sig its default action
// again. Call it after signal.Stop.
func Release(sig unix.Signal) {
	mu.Lock()
	defer mu.Unlock()
	if _, ok := goActions[sig]; !ok || catches[sig] == 0 {
		return
	}
	if catches[sig]--; catches[sig] == 0 {
		sigaction(sig, &action{}, nil)
	}
}

// DieBy raises sig in the calling thread with its default action and
// unblocked, bypassing Go's handler. For a signal whose default action ends
// the process, it does not return. For one whose default action is to
// ignore it or to stop/continue the process (SIGCHLD, SIGWINCH, SIGURG,
// SIGCONT, SIGSTOP, ...), it returns; the disposition stays SIG_DFL.
func DieBy(sig unix.Signal) {
	runtime.LockOSThread()
	defer runtime.UnlockOSThread()
	sigaction(sig, &action{}, nil)
	var set unix.Sigset_t
	set.Val[(sig-1)/64] |= 1 << ((uint(sig) - 1) % 64)
	_ = unix.PthreadSigmask(unix.SIG_UNBLOCK, &set, nil)
	_ = unix.Tgkill(unix.Getpid(), unix.Gettid(), sig)
}
