// Package sigdfl ends the process by a signal the way a process without a
// handler for it ends: with the kernel's default action (terminate, or dump
// core), so that its parent sees it killed by that signal. Go's runtime
// catches many signals that node leaves at their default action: it ignores
// some (SIGUSR2, SIGALRM, real-time signals) and turns others into a stack
// dump and exit status 2 (SIGQUIT, SIGABRT, SIGSEGV sent with kill, ...).
package sigdfl

import (
	"runtime"
	"unsafe"

	"golang.org/x/sys/unix"
)

// DieBy raises sig in the calling thread with its disposition set back to
// SIG_DFL and unblocked, bypassing Go's handler. For a signal whose default
// action ends the process, it does not return. For one whose default action
// is to ignore it or to stop/continue the process (SIGCHLD, SIGWINCH,
// SIGURG, SIGCONT, SIGSTOP, ...), it returns; the disposition stays SIG_DFL.
func DieBy(sig unix.Signal) {
	runtime.LockOSThread()
	defer runtime.UnlockOSThread()
	// The kernel's struct sigaction all zero: SIG_DFL, no flags, empty mask.
	var act [4]uint64
	_, _, _ = unix.RawSyscall6(unix.SYS_RT_SIGACTION, uintptr(sig), uintptr(unsafe.Pointer(&act)), 0, 8, 0, 0)
	var set unix.Sigset_t
	set.Val[(sig-1)/64] |= 1 << ((uint(sig) - 1) % 64)
	_ = unix.PthreadSigmask(unix.SIG_UNBLOCK, &set, nil)
	_ = unix.Tgkill(unix.Getpid(), unix.Gettid(), sig)
}
