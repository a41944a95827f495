// Package gcfloor raises the smallest heap goal of the gonode CLI's
// garbage collector once the process has shown that it collects garbage.
// JavaScript allocates steadily, and with Go's 4 MB minimum goal a server
// with a small live heap collects every few milliseconds (12% of its CPU in
// a stream-heavy loop). A pointer-free ballast counts as live heap, so it
// raises the goal to about twice its size; its pages are never written, so
// it costs no resident memory itself, only the garbage the larger goal lets
// pile up between collections. The ballast is made after the first
// collection, so that short scripts and idle children, which never collect,
// neither pay for it nor grow. Until then GOGC is 400 (startGCPercent),
// whose 16 MB minimum goal is the same floor: a program loading node's
// modules allocates 10–20 MB compiling them, mostly the syntax trees it
// drops, and with the 4 MB goal it collected three times doing so (a fifth
// of the start-up of a script requiring http). Setting GOGC turns both off,
// for those who tune the collector themselves.
package gcfloor

import (
	"runtime"
	"runtime/debug"
	"sync/atomic"
	"syscall"
)

// Size is the ballast's size.
const Size = 8 << 20

// startGCPercent is GOGC until the ballast is made.
const startGCPercent = 400

var (
	// ballast keeps the allocation alive for the life of the process.
	ballast []byte
	// made reports that the ballast exists.
	made atomic.Bool
)

func init() {
	if v, ok := syscall.Getenv("GOGC"); ok && v != "" {
		return
	}
	// The finalizer of an unreachable object runs after the first
	// collection, on the finalizer goroutine.
	debug.SetGCPercent(startGCPercent)
	runtime.SetFinalizer(new(sentinel), func(*sentinel) {
		ballast = make([]byte, Size)
		made.Store(true)
		debug.SetGCPercent(100)
	})
}

// sentinel is a type the finalizer can be set on: it holds a pointer, so
// it is not batched with other small objects in one tiny block (whose
// finalizers may never run).
type sentinel struct{ _ *int }
