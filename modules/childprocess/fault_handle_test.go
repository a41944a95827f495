package childprocess_test

import (
	"encoding/json"
	"fmt"
	"math/rand"
	"path/filepath"
	"testing"
	"time"
)

// TestFaultKillDuringHandleTransfer: a child is sent sockets (connections
// the parent accepted) and the parent's server, alternately, and is killed
// with SIGKILL right after the K-th send, while that handle is not
// acknowledged and later ones wait in the queue; K is random, eight rounds
// in one parent. After each round the parent holds exactly the
// descriptors it held before (the unacknowledged socket and the queued
// ones are closed, not left to the garbage collector), and afterwards a
// new child still gets a socket and answers on it. gonode and node
// children.
func TestFaultKillDuringHandleTransfer(t *testing.T) {
	t.Parallel()
	seed := time.Now().UnixNano()
	t.Logf("seed %d", seed)
	rng := rand.New(rand.NewSource(seed))
	for _, child := range []string{gonodeBin, nodeBin} {
		points := ""
		for i := range 8 {
			if i > 0 {
				points += ","
			}
			points += fmt.Sprint(1 + rng.Intn(12))
		}
		t.Run(filepath.Base(child), func(t *testing.T) {
			t.Parallel()
			var r struct {
				Rounds []struct {
					KillAt int
					Events []string
					FDs    int
				}
				Answer                             string
				FDsBefore, FDsAfterKills, FDsAtEnd int
			}
			// GOGC=off: a descriptor closed only by a finalizer stays open.
			res := run(t, faultDeadline, testdata, []string{"GOGC=off"}, gonodeBin, "fault-killhandle.js", child, points)
			if res.code != 0 {
				t.Fatalf("exit %d\n%s\n%s", res.code, res.stdout, res.stderr)
			}
			if err := json.Unmarshal([]byte(res.stdout), &r); err != nil {
				t.Fatalf("%q: %v", res.stdout, err)
			}
			for _, round := range r.Rounds {
				// A send racing the kill may fail with EPIPE or ECONNRESET
				// (reported as 'error', in node too); the exit must follow.
				var events []string
				for _, e := range round.Events {
					if e != "error EPIPE" && e != "error ECONNRESET" {
						events = append(events, e)
					}
				}
				if fmt.Sprint(events) != "[exit null SIGKILL]" || round.FDs != r.FDsBefore {
					t.Errorf("kill after send %d: events %v, %d descriptors (%d before)", round.KillAt, round.Events, round.FDs, r.FDsBefore)
				}
			}
			if r.Answer != "child last" || r.FDsAfterKills != r.FDsBefore || r.FDsAtEnd != r.FDsBefore {
				t.Fatalf("kill points %s: %+v", points, r)
			}
		})
	}
}
