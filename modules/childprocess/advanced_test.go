package childprocess_test

import (
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// TestAdvancedInterop runs testdata/advanced.js ('advanced' serialization:
// Maps, Sets, Dates, Buffers, typed arrays, BigInts, cycles, errors, both
// ways, then a socket handle each way) with gonode and node in both roles;
// every pairing must print what node↔node prints.
func TestAdvancedInterop(t *testing.T) {
	want := run(t, 30*time.Second, testdata, nil, nodeBin, "advanced.js", nodeBin)
	if want.code != 0 || !strings.Contains(want.stdout, "child client got: written by the parent") {
		t.Fatalf("node↔node reference failed: %+v", want)
	}
	for _, pair := range [][2]string{{gonodeBin, nodeBin}, {nodeBin, gonodeBin}, {gonodeBin, gonodeBin}} {
		t.Run(filepath.Base(pair[0])+"→"+filepath.Base(pair[1]), func(t *testing.T) {
			got := run(t, 30*time.Second, testdata, nil, pair[0], "advanced.js", pair[1])
			if got.stdout != want.stdout || got.code != want.code {
				t.Errorf("differs from node↔node\n--- want (exit %d):\n%s\n--- got (exit %d):\n%s\n--- stderr:\n%s",
					want.code, want.stdout, got.code, got.stdout, got.stderr)
			}
		})
	}
}

// TestAdvancedCluster runs testdata/diff/cluster-advanced.js (a cluster with
// serialization: 'advanced') with a node primary and gonode workers, and the
// reverse, under both scheduling policies; each must print what node alone
// prints.
func TestAdvancedCluster(t *testing.T) {
	prog, err := filepath.Abs("../../testdata/diff/cluster-advanced.js")
	if err != nil {
		t.Fatal(err)
	}
	withExecPath := filepath.Join(testdata, "with-exec-path.js")
	for _, policy := range []string{"rr", "none"} {
		env := []string{"CLUSTER_ADV_POLICY=" + policy, "NODE_CLUSTER_SCHED_POLICY=" + policy}
		want := run(t, 30*time.Second, testdata, env, nodeBin, withExecPath, nodeBin, prog)
		if want.code != 0 || !strings.Contains(want.stdout, "response worker 1") {
			t.Fatalf("node reference failed: %+v", want)
		}
		for _, pair := range [][2]string{{nodeBin, gonodeBin}, {gonodeBin, nodeBin}} {
			t.Run(policy+"/"+filepath.Base(pair[0])+"-primary-"+filepath.Base(pair[1])+"-worker", func(t *testing.T) {
				got := run(t, 30*time.Second, testdata, env, pair[0], withExecPath, pair[1], prog)
				if got.stdout != want.stdout || got.code != want.code {
					t.Errorf("differs from node\n--- want (exit %d):\n%s\n--- got (exit %d):\n%s\n--- stderr:\n%s",
						want.code, want.stdout, got.code, got.stdout, got.stderr)
				}
			})
		}
	}
}
