package http_test

import (
	"encoding/json"
	"net"
	nethttp "net/http"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"
)

// TestExpressCluster runs js-examples/express: a cluster primary and two
// workers, each running an express app from npm (express's own code,
// unmodified, with its dependencies: depd, body-parser, router, ...).
// 200 requests are answered by both workers; a route parameter, a query, a
// JSON body and the 404 handler answer as express does; SIGTERM lets the
// primary disconnect the workers and exit 0. The example's node_modules
// come from `npm ci` in its folder, which .ci/run does.
func TestExpressCluster(t *testing.T) {
	npmExample(t, "express", "express")
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	port := strconv.Itoa(ln.Addr().(*net.TCPAddr).Port)
	ln.Close()
	t.Setenv("PORT", port)
	t.Setenv("WORKERS", "2")
	e := startExample(t, "express", "server.js")
	base := "http://127.0.0.1:" + port

	waitListening(t, e, base+"/")
	workers := map[string]int{}
	for i := 0; i < 200; i++ {
		status, body, err := get(base + "/")
		if err != nil || status != 200 || !strings.HasPrefix(body, "Hello from worker ") {
			t.Fatalf("request %d: %d %q %v", i, status, body, err)
		}
		workers[strings.TrimSpace(body)]++
	}
	if len(workers) != 2 {
		t.Fatalf("want replies from 2 workers, got %v", workers)
	}

	status, body, err := get(base + "/users/42?x=1&y=two")
	var user struct {
		ID     string            `json:"id"`
		Query  map[string]string `json:"query"`
		Worker int               `json:"worker"`
	}
	if err != nil || status != 200 || json.Unmarshal([]byte(body), &user) != nil ||
		user.ID != "42" || user.Query["x"] != "1" || user.Query["y"] != "two" || (user.Worker != 1 && user.Worker != 2) {
		t.Fatalf("GET /users/42: %d %q %v", status, body, err)
	}

	resp, err := nethttp.Post(base+"/echo", "application/json", strings.NewReader(`{"a":[1,"b"],"c":{"d":null}}`))
	if err != nil {
		t.Fatal(err)
	}
	var echo map[string]any
	err = json.NewDecoder(resp.Body).Decode(&echo)
	resp.Body.Close()
	if err != nil || resp.StatusCode != 201 || resp.Header.Get("Content-Type") != "application/json; charset=utf-8" {
		t.Fatalf("POST /echo: %d %v %v", resp.StatusCode, resp.Header, err)
	}
	if got, _ := json.Marshal(echo); string(got) != `{"got":{"a":[1,"b"],"c":{"d":null}}}` {
		t.Fatalf("POST /echo: %s", got)
	}

	if status, body, err := get(base + "/nope"); err != nil || status != 404 || body != `{"error":"no route for GET /nope"}` {
		t.Fatalf("GET /nope: %d %q %v", status, body, err)
	}

	// Only the primary: it disconnects the workers, which then exit.
	if err := e.cmd.Process.Signal(syscall.SIGTERM); err != nil {
		t.Fatal(err)
	}
	select {
	case <-e.done:
	case <-time.After(30 * time.Second):
		t.Fatalf("primary did not exit after SIGTERM; stderr:\n%s", e.stderr)
	}
	if e.err != nil {
		t.Fatalf("primary: %v; stderr:\n%s", e.err, e.stderr)
	}
}
