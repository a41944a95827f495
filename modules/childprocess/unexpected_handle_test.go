package childprocess_test

import "testing"

// TestUnexpectedHandle: a handle sent to a child with no 'message' listener
// waits, like the message, for a listener; it does not keep the child alive
// meanwhile (node's child would serve it forever), and it is delivered live
// when a listener comes late.
func TestUnexpectedHandle(t *testing.T) {
	t.Parallel()
	for mode, want := range map[string]string{
		"never": "exit 0 null\n",
		"late":  "child got server true\nserved by child\nexit 0 null\n",
	} {
		t.Run(mode, func(t *testing.T) {
			t.Parallel()
			res := run(t, faultDeadline, testdata, nil, gonodeBin, "unexpected-handle.js", gonodeBin, mode)
			if res.code != 0 || res.stdout != want {
				t.Fatalf("exit %d, stdout %q, want %q\n%s", res.code, res.stdout, want, res.stderr)
			}
		})
	}
}
