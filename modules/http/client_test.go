package http_test

import (
	"bytes"
	"context"
	"fmt"
	"io"
	nethttp "net/http"
	"net/http/httptest"
	"os/exec"
	"strings"
	"testing"
	"time"
)

// goServer is an HTTP server in Go for the client tests: an implementation
// independent of both node and gonode.
func goServer(t *testing.T) *httptest.Server {
	t.Helper()
	mux := nethttp.NewServeMux()
	mux.HandleFunc("/plain", func(w nethttp.ResponseWriter, r *nethttp.Request) {
		w.Header().Set("Content-Type", "text/plain")
		w.Header().Set("X-Multi", "a")
		w.Header().Add("X-Multi", "b")
		w.Header().Add("Set-Cookie", "c1=1")
		w.Header().Add("Set-Cookie", "c2=2")
		fmt.Fprint(w, "plain body")
	})
	mux.HandleFunc("/chunked", func(w nethttp.ResponseWriter, r *nethttp.Request) {
		for _, part := range []string{"one,", "two,", "three"} {
			io.WriteString(w, part)
			w.(nethttp.Flusher).Flush()
		}
	})
	mux.HandleFunc("/trailers", func(w nethttp.ResponseWriter, r *nethttp.Request) {
		w.Header().Set("Trailer", "X-Sum")
		io.WriteString(w, "with trailer")
		w.(nethttp.Flusher).Flush()
		w.Header().Set("X-Sum", "99")
	})
	mux.HandleFunc("/status", func(w nethttp.ResponseWriter, r *nethttp.Request) {
		w.WriteHeader(418)
	})
	mux.HandleFunc("/echo", func(w nethttp.ResponseWriter, r *nethttp.Request) {
		b, _ := io.ReadAll(r.Body)
		fmt.Fprintf(w, "%s %s %q", r.Method, r.Header.Get("Content-Type"), b)
	})
	mux.HandleFunc("/big", func(w nethttp.ResponseWriter, r *nethttp.Request) {
		w.Write(bytes.Repeat([]byte("0123456789"), 100000))
	})
	mux.HandleFunc("/slow", func(w nethttp.ResponseWriter, r *nethttp.Request) {
		io.WriteString(w, "slow "+r.URL.RawQuery)
	})
	mux.HandleFunc("/hangup", func(w nethttp.ResponseWriter, r *nethttp.Request) {
		conn, _, err := w.(nethttp.Hijacker).Hijack()
		if err == nil {
			conn.Close()
		}
	})
	s := httptest.NewServer(mux)
	t.Cleanup(s.Close)
	return s
}

// TestClientAgainstGoServer runs testdata/client.js against Go's server
// under node and gonode: what the client sees must be the same.
func TestClientAgainstGoServer(t *testing.T) {
	nodeBin := requireNode(t)
	s := goServer(t)
	run := func(bin string) string {
		ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
		defer cancel()
		cmd := exec.CommandContext(ctx, bin, "client.js", s.URL)
		cmd.Dir = "testdata"
		var out, errb bytes.Buffer
		cmd.Stdout, cmd.Stderr = &out, &errb
		if err := cmd.Run(); err != nil {
			t.Fatalf("%s: %v\n%s%s", bin, err, out.String(), errb.String())
		}
		return out.String()
	}
	want := run(nodeBin)
	got := run(gonodeBin)
	if got != want {
		t.Errorf("gonode's client saw\n%s\nnode's saw\n%s", got, want)
	}
	if !strings.Contains(got, "/plain 200") {
		t.Errorf("unexpected output:\n%s", got)
	}
}

// TestClientSocketReuse sends 400 requests one after another on one
// kept-alive socket (testdata/reuse.js): each must be answered (a socket
// reused in the turn its last response ended was sometimes read by the old
// response's parser, and the new request hung).
func TestClientSocketReuse(t *testing.T) {
	s := goServer(t)
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	cmd := exec.CommandContext(ctx, gonodeBin, "reuse.js", s.URL)
	cmd.Dir = "testdata"
	out, err := cmd.CombinedOutput()
	if err != nil || strings.TrimSpace(string(out)) != "done 400" {
		t.Fatalf("%v: %s", err, out)
	}
}

// TestClientChunkedSplits reads one chunked response cut into two and three
// writes at many places, on a kept-alive socket (testdata/chunked_splits.js),
// under node and gonode.
func TestClientChunkedSplits(t *testing.T) {
	nodeBin := requireNode(t)
	for _, bin := range []string{nodeBin, gonodeBin} {
		ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
		cmd := exec.CommandContext(ctx, bin, "chunked_splits.js")
		cmd.Dir = "testdata"
		out, err := cmd.CombinedOutput()
		cancel()
		if err != nil || !strings.HasPrefix(string(out), "ok ") {
			t.Errorf("%s: %v\n%s", bin, err, out)
		}
	}
}
