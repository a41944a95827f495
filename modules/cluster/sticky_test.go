package cluster_test

import (
	"os"
	"path/filepath"
	"testing"
)

// TestSocketIOSticky runs js-examples/socketio-sticky under node and
// gonode: socket.io, @socket.io/sticky and @socket.io/cluster-adapter,
// unmodified from npm, on a primary and two workers. The primary's
// http.Server hands each connection (the socket, over IPC, with the bytes
// it read) to the worker holding the session; the clients long-poll, then
// upgrade to WebSocket, and a broadcast crosses the workers. Both runtimes
// print the same four lines and exit 0. The example's node_modules come
// from `npm ci` in its folder, which .ci/run does.
func TestSocketIOSticky(t *testing.T) {
	t.Parallel()
	prog, err := filepath.Abs("../../js-examples/socketio-sticky/main.js")
	if err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(filepath.Join(filepath.Dir(prog), "node_modules", "@socket.io", "sticky")); err != nil {
		t.Fatalf("@socket.io/sticky is not installed: run `npm ci` in js-examples/socketio-sticky (.ci/run does): %v", err)
	}
	want := "acknowledgements 6 all from the session's worker\n" +
		"workers serving sessions 2\n" +
		"transports websocket\n" +
		"broadcast reached 6 clients\n"
	for _, bin := range []string{nodeBin, gonodeBin} {
		if got, code := runToEnd(t, bin, prog); got != want || code != 0 {
			t.Fatalf("%s: exit %d, printed\n%s\nwant\n%s", filepath.Base(bin), code, got, want)
		}
	}
}
