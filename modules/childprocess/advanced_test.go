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
