package http_test

import (
	"strings"
	"testing"

	"github.com/gonode/gonode/internal/testbin"
)

// TestNPMClients runs js-examples/http-clients under gonode and node:
// axios, got, node-fetch and superagent, unmodified from npm, make
// requests of an http server (GET, POST with JSON, a streamed body, a
// refused connection) and of an https server (a POST with its CA given,
// and a refusal without), and both runtimes print the same 24 results. The
// example's node_modules come from `npm ci` in its folder, which .ci/run
// does.
func TestNPMClients(t *testing.T) {
	dir := npmExample(t, "http-clients", "axios")
	got, want := testbin.Output(t, dir, gonodeBin, "main.js"), testbin.Output(t, dir, "node", "main.js")
	if got != want {
		t.Fatalf("gonode printed\n%s\nnode printed\n%s", got, want)
	}
	if lines := strings.Count(got, "\n"); lines != 24 || strings.Count(got, `"part 1\npart 2\npart 3\nend\n"`) != 4 ||
		strings.Count(got, `"url":"/tls"`) != 4 || strings.Count(got, `untrusted ["UNABLE_TO_VERIFY_LEAF_SIGNATURE"]`) != 4 {
		t.Fatalf("want 24 results: 4 of them the streamed body, 4 answers over https and 4 refusals of its certificate; got:\n%s", got)
	}
}
