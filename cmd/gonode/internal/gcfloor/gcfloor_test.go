package gcfloor

import (
	"os"
	"runtime"
	"runtime/metrics"
	"testing"
	"time"
)

// TestBallast checks that the ballast appears once the process has
// collected and raises the heap goal above twice its size, or, when GOGC is
// set, that it never appears.
func TestBallast(t *testing.T) {
	if os.Getenv("GOGC") != "" {
		// Once a finalizer set now has run, the ballast's would have too.
		ran := make(chan struct{})
		runtime.SetFinalizer(new(sentinel), func(*sentinel) { close(ran) })
		waitFor(t, func() bool {
			select {
			case <-ran:
				return true
			default:
				return false
			}
		})
		if made.Load() {
			t.Fatal("ballast made although GOGC is set")
		}
		return
	}
	// Before the ballast, GOGC is startGCPercent (made is stored before
	// GOGC changes back).
	if before := made.Load(); !before {
		if gogc := gcPercent(); !made.Load() && gogc != startGCPercent {
			t.Fatalf("GOGC %d before the ballast, want %d", gogc, startGCPercent)
		}
	}
	waitFor(t, made.Load)
	waitFor(t, func() bool { return gcPercent() == 100 })
	runtime.GC()
	s := []metrics.Sample{{Name: "/gc/heap/goal:bytes"}}
	metrics.Read(s)
	if goal := s[0].Value.Uint64(); goal < 2*Size {
		t.Fatalf("heap goal %d bytes, want at least %d", goal, 2*Size)
	}
}

// gcPercent is the collector's GOGC.
func gcPercent() uint64 {
	s := []metrics.Sample{{Name: "/gc/gogc:percent"}}
	metrics.Read(s)
	return s[0].Value.Uint64()
}

// waitFor collects garbage until done reports true, for up to 10 seconds.
func waitFor(t *testing.T, done func() bool) {
	t.Helper()
	deadline := time.Now().Add(10 * time.Second)
	for !done() {
		if time.Now().After(deadline) {
			t.Fatal("finalizers did not run after collections")
		}
		runtime.GC()
		runtime.Gosched()
	}
}
