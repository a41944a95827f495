package lazy

import (
	"sync"
	"testing"
)

// TestGetMakesOnce checks that concurrent first uses make the value once
// and all see it.
func TestGetMakesOnce(t *testing.T) {
	var v Value[*int]
	var made int
	var wg sync.WaitGroup
	got := make([]*int, 8)
	for i := range got {
		wg.Add(1)
		go func() {
			defer wg.Done()
			got[i] = v.Get(func() *int { made++; n := 42; return &n })
		}()
	}
	wg.Wait()
	if made != 1 {
		t.Fatalf("made %d times, want 1", made)
	}
	for i, p := range got {
		if p != got[0] || *p != 42 {
			t.Fatalf("call %d got %v, want the first call's %v", i, p, got[0])
		}
	}
}
