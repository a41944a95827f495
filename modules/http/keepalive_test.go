package http_test

import (
	"os/exec"
	"testing"
)

// TestKeepAliveIdle runs testdata/keepalive.js under node and gonode: an
// idle kept-alive connection times out as in node (a second after
// keepAliveTimeout, not when a request comes within that, through the server's
// 'timeout' listener when there is one).
func TestKeepAliveIdle(t *testing.T) {
	t.Parallel()
	run := func(bin string) string {
		cmd := exec.Command(bin, "keepalive.js")
		cmd.Dir = "testdata"
		out, err := cmd.CombinedOutput()
		if err != nil {
			t.Fatalf("%s keepalive.js: %v\n%s", bin, err, out)
		}
		return string(out)
	}
	want := run(requireNode(t))
	if got := run(gonodeBin); got != want {
		t.Errorf("gonode printed\n%s\nnode printed\n%s", got, want)
	}
}
