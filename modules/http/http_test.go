package http_test

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"net"
	nethttp "net/http"
	"net/http/httptrace"
	"net/http/httputil"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/gonode/gonode/internal/testbin"
)

// gonodeBin is the gonode binary built once for these tests.
var gonodeBin string

func TestMain(m *testing.M) {
	os.Exit(testbin.Main(m, &gonodeBin))
}

// server is testdata/server.js running under gonode or node.
type server struct {
	name   string
	addr   string
	stderr *testbin.LockedBuffer
}

// startServer runs testdata/server.js under bin and waits for its port. The
// server stops when the test ends (its stdin closes).
func startServer(t *testing.T, bin string) *server {
	t.Helper()
	cmd := exec.Command(bin, "server.js")
	cmd.Dir = "testdata"
	cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true}
	stdin, err := cmd.StdinPipe()
	if err != nil {
		t.Fatal(err)
	}
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	s := &server{name: filepath.Base(bin), stderr: &testbin.LockedBuffer{}}
	cmd.Stderr = s.stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	exited := make(chan error, 1)
	ports := make(chan string, 1)
	go func() {
		sc := bufio.NewScanner(stdout)
		for sc.Scan() {
			if p, ok := strings.CutPrefix(sc.Text(), "PORT "); ok {
				ports <- p
			}
		}
		exited <- cmd.Wait()
	}()
	t.Cleanup(func() {
		stdin.Close()
		select {
		case <-exited:
		case <-time.After(10 * time.Second):
			_ = syscall.Kill(-cmd.Process.Pid, syscall.SIGKILL)
			<-exited
			t.Errorf("%s server did not stop when its stdin closed; stderr:\n%s", s.name, s.stderr)
		}
	})
	select {
	case p := <-ports:
		s.addr = "127.0.0.1:" + p
	case err := <-exited:
		t.Fatalf("%s server exited before listening: %v\n%s", s.name, err, s.stderr)
	case <-time.After(20 * time.Second):
		t.Fatalf("%s server did not listen; stderr:\n%s", s.name, s.stderr)
	}
	return s
}

// exchange is one connection's conversation: each step sends bytes, then
// optionally reads until a marker appears; at the end everything up to the
// server's close is read.
type step struct {
	send  string
	until string
}

// converse runs steps on a new connection and returns all the server sent.
func converse(t *testing.T, addr string, steps []step) string {
	t.Helper()
	c, err := net.Dial("tcp", addr)
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	if err := c.SetDeadline(time.Now().Add(20 * time.Second)); err != nil {
		t.Fatal(err)
	}
	var got bytes.Buffer
	buf := make([]byte, 64<<10)
	for _, st := range steps {
		if _, err := io.WriteString(c, st.send); err != nil {
			t.Fatal(err)
		}
		for st.until != "" && !strings.Contains(got.String(), st.until) {
			n, err := c.Read(buf)
			got.Write(buf[:n])
			if err != nil {
				t.Fatalf("waiting for %q: %v (got %q)", st.until, err, got.String())
			}
		}
	}
	if _, err := io.Copy(&got, c); err != nil && !isReset(err) {
		t.Fatalf("reading to close: %v", err)
	}
	return got.String()
}

func isReset(err error) bool {
	return err != nil && strings.Contains(err.Error(), "connection reset")
}

var dateRe = regexp.MustCompile(`(?m)^Date: [^\r]*\r$`)

// normalize hides what legitimately differs between two runs: the date.
func normalize(s string) string {
	return dateRe.ReplaceAllString(s, "Date: <date>\r")
}

const closeHdr = "Host: test\r\nConnection: close\r\n\r\n"

// scenarios are conversations whose raw bytes must be the same under node
// and gonode.
var scenarios = []struct {
	name  string
	steps []step
}{
	{"hello", []step{{send: "GET /hello HTTP/1.1\r\n" + closeHdr}}},
	{"sized", []step{{send: "GET /sized HTTP/1.1\r\n" + closeHdr}}},
	{"headers", []step{{send: "GET /headers?q=1 HTTP/1.1\r\nX-Dup: a\r\nx-dup: b\r\nCookie: c1\r\ncookie: c2\r\n" +
		"Set-Cookie: s1\r\nset-cookie: s2\r\nUser-Agent: first\r\nUser-Agent: second\r\n" + closeHdr}}},
	{"status-lines", []step{{send: "GET /status HTTP/1.1\r\nHost: t\r\n\r\nGET /no-content HTTP/1.1\r\nHost: t\r\n\r\n" +
		"GET /missing HTTP/1.1\r\n" + closeHdr}}},
	{"chunked", []step{{send: "GET /chunked HTTP/1.1\r\n" + closeHdr}}},
	{"trailers", []step{{send: "GET /trailers HTTP/1.1\r\n" + closeHdr}}},
	{"keep-alive-reuse", []step{
		{send: "GET /hello HTTP/1.1\r\nHost: t\r\n\r\n", until: "0\r\n\r\n"},
		{send: "GET /sized HTTP/1.1\r\nHost: t\r\n\r\n", until: "known length"},
		{send: "GET /hello HTTP/1.1\r\n" + closeHdr},
	}},
	{"pipelined", []step{{send: "GET /chunked HTTP/1.1\r\nHost: t\r\n\r\nPOST /echo HTTP/1.1\r\nHost: t\r\n" +
		"Content-Length: 5\r\n\r\nhelloGET /sized HTTP/1.1\r\n" + closeHdr}}},
	{"head", []step{{send: "HEAD /hello HTTP/1.1\r\nHost: t\r\n\r\nHEAD /sized HTTP/1.1\r\n" + closeHdr}}},
	{"http-1.0", []step{{send: "GET /hello HTTP/1.0\r\n\r\n"}}},
	{"http-1.0-keep-alive", []step{{send: "GET /sized HTTP/1.0\r\nConnection: keep-alive\r\n\r\n", until: "known length"},
		{send: "GET /hello HTTP/1.0\r\n\r\n"}}},
	{"continue", []step{
		{send: "POST /echo HTTP/1.1\r\nHost: t\r\nExpect: 100-continue\r\nContent-Length: 7\r\nConnection: close\r\n\r\n",
			until: "100 Continue\r\n\r\n"},
		{send: "payload"},
	}},
	{"chunked-request", []step{{send: "POST /echo HTTP/1.1\r\nTransfer-Encoding: chunked\r\n" + closeHdr +
		"5\r\nhello\r\n7;ext=1\r\n, world\r\n0\r\nX-Trailer: t\r\n\r\n"}}},
	{"missing-host", []step{{send: "GET /hello HTTP/1.1\r\n\r\n"}}},
	{"bad-method", []step{{send: "FETCH / HTTP/1.1\r\n" + closeHdr}}},
	{"bad-header", []step{{send: "GET / HTTP/1.1\r\nBad Header: x\r\n" + closeHdr}}},
	{"bad-version", []step{{send: "GET / HTTP/3.1\r\n" + closeHdr}}},
	{"bare-lf", []step{{send: "GET / HTTP/1.1\nHost: t\n\n"}}},
	{"bad-length", []step{{send: "POST /echo HTTP/1.1\r\nContent-Length: 2x\r\n" + closeHdr}}},
	{"length-and-chunked", []step{{send: "POST /echo HTTP/1.1\r\nContent-Length: 3\r\nTransfer-Encoding: chunked\r\n" +
		closeHdr + "3\r\nabc\r\n0\r\n\r\n"}}},
	{"bad-chunk", []step{{send: "POST /upload HTTP/1.1\r\nTransfer-Encoding: chunked\r\n" + closeHdr + "xyz\r\n"}}},
	{"head-too-large", []step{{send: "GET / HTTP/1.1\r\nX-Big: " + strings.Repeat("b", 20000) + "\r\n" + closeHdr}}},
	{"header-shapes", []step{{send: "GET /header-shapes HTTP/1.1\r\nHost: x\r\n\r\n"}}},
	{"garbage", []step{{send: "\x16\x03\x01\x02\x00\x01\x00\x01\xfc\x03\x03 not http at all\r\n\r\n"}}},
	{"alive-after-errors", []step{{send: "GET /hello HTTP/1.1\r\n" + closeHdr}}},
}

// TestDifferentialRaw sends the same bytes to the same server script under
// node and gonode and requires the same bytes back, Date aside: status
// lines, header order and case, framing, keep-alive, pipelining, 100
// Continue, and node's answers to malformed requests.
func TestDifferentialRaw(t *testing.T) {
	nodeBin := requireNode(t)
	gn := startServer(t, gonodeBin)
	nd := startServer(t, nodeBin)
	for _, sc := range scenarios {
		want := normalize(converse(t, nd.addr, sc.steps))
		got := normalize(converse(t, gn.addr, sc.steps))
		if got != want {
			t.Errorf("%s: gonode answered\n%q\nnode answered\n%q", sc.name, got, want)
		}
	}
	if t.Failed() {
		t.Logf("gonode stderr:\n%s", gn.stderr)
	}
}

func requireNode(t *testing.T) string {
	t.Helper()
	p, err := exec.LookPath("node")
	if err != nil {
		t.Fatal("node is required for the differential tests:", err)
	}
	return p
}

// TestHelloWorld serves the seed's hello world to Go's HTTP client and
// checks that the client reuses the kept-alive connection.
func TestHelloWorld(t *testing.T) {
	s := startServer(t, gonodeBin)
	client := &nethttp.Client{Timeout: 20 * time.Second}
	defer client.CloseIdleConnections()
	var reused []bool
	for i := 0; i < 3; i++ {
		req, err := nethttp.NewRequest("GET", "http://"+s.addr+"/hello", nil)
		if err != nil {
			t.Fatal(err)
		}
		trace := &httptrace.ClientTrace{GotConn: func(info httptrace.GotConnInfo) { reused = append(reused, info.Reused) }}
		req = req.WithContext(httptrace.WithClientTrace(req.Context(), trace))
		resp, err := client.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		body, err := io.ReadAll(resp.Body)
		resp.Body.Close()
		if err != nil {
			t.Fatal(err)
		}
		if resp.StatusCode != 200 || string(body) != "Hello World!" ||
			resp.Header.Get("Content-Type") != "text/plain" || resp.Header.Get("Keep-Alive") != "timeout=5" {
			t.Fatalf("response %d %q %v", resp.StatusCode, body, resp.Header)
		}
	}
	if fmt.Sprint(reused) != "[false true true]" {
		t.Errorf("connection reuse: %v, want [false true true]", reused)
	}
}

// splitMessage splits a raw response at the end of its head.
func splitMessage(raw string) (head, body string) {
	head, body, _ = strings.Cut(raw, "\r\n\r\n")
	return head, body
}

// unchunk decodes a chunked body.
func unchunk(t *testing.T, body string) string {
	t.Helper()
	b, err := io.ReadAll(httputil.NewChunkedReader(strings.NewReader(body)))
	if err != nil {
		t.Fatalf("chunked body: %v", err)
	}
	return string(b)
}

// pattern is the byte sequence testdata/server.js uses for bulk data.
func pattern(offset, n int) []byte {
	b := make([]byte, n)
	for i := range b {
		b[i] = byte((offset + i) % 251)
	}
	return b
}

const tenMB = 10 << 20

// TestUploadDownload uploads 10 MB with Go's client and downloads 10 MB
// (chunked, and with Content-Length), comparing the raw downloads with
// node's byte for byte.
func TestUploadDownload(t *testing.T) {
	nodeBin := requireNode(t)
	gn := startServer(t, gonodeBin)
	nd := startServer(t, nodeBin)
	client := &nethttp.Client{Timeout: 60 * time.Second}
	defer client.CloseIdleConnections()

	for _, s := range []*server{gn, nd} {
		resp, err := client.Post("http://"+s.addr+"/upload", "application/octet-stream", bytes.NewReader(pattern(0, tenMB)))
		if err != nil {
			t.Fatalf("%s upload: %v", s.name, err)
		}
		var got struct {
			Size     int  `json:"size"`
			Bad      int  `json:"bad"`
			Complete bool `json:"complete"`
		}
		err = json.NewDecoder(resp.Body).Decode(&got)
		resp.Body.Close()
		if err != nil || got.Size != tenMB || got.Bad != -1 || !got.Complete {
			t.Errorf("%s upload: %+v %v", s.name, got, err)
		}
	}

	for _, path := range []string{"/download", "/download-sized"} {
		req := "GET " + path + " HTTP/1.1\r\n" + closeHdr
		wantHead, wantBody := splitMessage(converse(t, nd.addr, []step{{send: req}}))
		gotHead, gotBody := splitMessage(converse(t, gn.addr, []step{{send: req}}))
		if normalize(gotHead) != normalize(wantHead) || gotBody != wantBody {
			t.Errorf("%s: differs from node: head %q vs %q, body %d vs %d bytes",
				path, gotHead, wantHead, len(gotBody), len(wantBody))
		}
		body := gotBody
		if path == "/download" {
			body = unchunk(t, gotBody)
		}
		if !bytes.Equal([]byte(body), pattern(0, tenMB)) {
			t.Errorf("%s: body of %d bytes is not the pattern", path, len(body))
		}
	}
}
