package cluster_test

import (
	"context"
	"testing"
	"time"

	"github.com/gonode/gonode/modules/cluster/soaktest"
)

// TestSoak is the CI version of the soak (go run ./bench/soak): for 30 s a
// round-robin cluster of 2 gonode workers serves HTTP to a Go client over 8
// keep-alive connections while a worker is killed with SIGKILL every 3 s
// and re-forked. No request fails apart from those on a killed worker's
// connections, every kill is reported as a SIGKILL exit, the primary's
// descriptor count comes back to its value before the load and its RSS
// stays bounded, and SIGTERM then stops the cluster cleanly.
func TestSoak(t *testing.T) {
	t.Parallel()
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	rep, err := soaktest.Run(ctx, soaktest.Options{Gonode: gonodeBin, Duration: 30 * time.Second})
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("soak figures:\n%s", rep)
	if err := rep.Check(); err != nil {
		t.Fatalf("%v\n%s", err, rep)
	}
}
