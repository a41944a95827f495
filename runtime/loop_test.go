package runtime

import (
	"testing"
	"time"
)

// TestPollBeforeSleepBacksOff follows the loop's choice of polling before
// it sleeps: polls that find nothing make it sleep 2^n-1 times without
// polling, a posted completion ends polling at once and resets the
// back-off, and a timer due within the budget ends polling without
// counting as a miss.
func TestPollBeforeSleepBacksOff(t *testing.T) {
	useful := idlePollUseful
	idlePollUseful = true // the logic under test, whatever the CPU count here
	defer func() { idlePollUseful = useful }()
	rt, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	p := &rt.idlePoll
	for n, skips := range []int{1, 3, 7, 15} {
		start := time.Now()
		if rt.pollBeforeSleep(time.Time{}, false) {
			t.Fatal("polling found work where none was posted")
		}
		if took := time.Since(start); took < idlePollBudget {
			t.Fatalf("poll %d gave up after %v, before its budget of %v", n+1, took, idlePollBudget)
		}
		if p.misses != n+1 || p.skip != skips {
			t.Fatalf("after miss %d: misses %d, skip %d; want %d, %d", n+1, p.misses, p.skip, n+1, skips)
		}
		for i := 0; i < skips; i++ {
			if rt.pollBeforeSleep(time.Time{}, false) {
				t.Fatal("a sleep without polling found work")
			}
		}
		if p.skip != 0 || p.misses != n+1 {
			t.Fatalf("after %d sleeps without polling: skip %d, misses %d", skips, p.skip, p.misses)
		}
	}

	rt.Post(func() {})
	if !rt.pollBeforeSleep(time.Time{}, false) {
		t.Fatal("a posted completion was not seen")
	}
	if p.misses != 0 || p.skip != 0 {
		t.Fatalf("after a hit: misses %d, skip %d; want 0, 0", p.misses, p.skip)
	}
	select {
	case <-rt.queue.wakeup:
		t.Fatal("the post's wake-up token was left for the next sleep")
	default:
	}
	rt.runPosted()

	if rt.pollBeforeSleep(time.Now().Add(idlePollBudget/5), true) {
		t.Fatal("polling found work where none was posted")
	}
	if p.misses != 0 || p.skip != 0 {
		t.Fatalf("a poll cut short by a timer counted as a miss: misses %d, skip %d", p.misses, p.skip)
	}
}
