package net_test

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math/rand"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/gonode/gonode/modules/net/nettest"
	"golang.org/x/sys/unix"
)

var (
	gonodeBin string
	nodeBin   string
	repoRoot  string
	// testDir is a temporary folder removed when the tests end.
	testDir string
)

func TestMain(m *testing.M) {
	os.Exit(testMain(m))
}

func testMain(m *testing.M) int {
	dir, err := os.MkdirTemp("", "net-test-")
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 1
	}
	defer os.RemoveAll(dir)
	testDir = dir
	if gonodeBin, err = nettest.Build(dir); err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 1
	}
	if nodeBin, err = exec.LookPath("node"); err != nil {
		fmt.Fprintln(os.Stderr, "node is required as the reference peer:", err)
		return 1
	}
	if repoRoot, err = filepath.Abs("../.."); err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 1
	}
	return m.Run()
}

const deadline = nettest.Deadline

// script writes source to main.js in a temporary folder and runs it under
// gonode.
func script(t *testing.T, source string, args ...string) *nettest.Proc {
	t.Helper()
	return nettest.Script(t, gonodeBin, map[string]string{"main.js": source}, append([]string{"main.js"}, args...)...)
}

func dial(t *testing.T, network, addr string) net.Conn {
	t.Helper()
	c, err := net.DialTimeout(network, addr, deadline)
	if err != nil {
		t.Fatal(err)
	}
	_ = c.SetDeadline(time.Now().Add(deadline))
	return c
}

// TestEchoWithGoClient: a gonode echo server answers a Go client byte for
// byte over many round trips of random sizes.
func TestEchoWithGoClient(t *testing.T) {
	t.Parallel()
	p := script(t, `
const net = require('net');
const server = net.createServer((s) => {
  s.on('data', (d) => s.write(d));
  s.on('end', () => s.end());
  s.on('close', () => server.close(() => console.log('closed')));
});
server.listen(0, '127.0.0.1', () => console.log(server.address().port));
`)
	c := dial(t, "tcp", "127.0.0.1:"+p.Line())
	rng := rand.New(rand.NewSource(1))
	for i := 0; i < 300; i++ {
		msg := make([]byte, 1+rng.Intn(100_000))
		rng.Read(msg)
		if _, err := c.Write(msg); err != nil {
			t.Fatal(err)
		}
		got := make([]byte, len(msg))
		if _, err := io.ReadFull(c, got); err != nil {
			t.Fatalf("round trip %d: %v", i, err)
		}
		if !bytes.Equal(got, msg) {
			t.Fatalf("round trip %d: echo differs", i)
		}
	}
	_ = c.(*net.TCPConn).CloseWrite()
	if rest, err := io.ReadAll(c); err != nil || len(rest) != 0 {
		t.Fatalf("after FIN: %q, %v", rest, err)
	}
	c.Close()
	p.ExpectExit(0, "closed")
}

// TestEchoInProcess: client and server in one gonode process, many small
// round trips, each side counting bytes.
func TestEchoInProcess(t *testing.T) {
	t.Parallel()
	p := script(t, `
const net = require('net');
const N = 2000;
const server = net.createServer((s) => s.pipe(s));
server.listen(0, '127.0.0.1', () => {
  const c = net.connect(server.address().port, '127.0.0.1');
  c.setNoDelay(true);
  let n = 0;
  c.on('data', (d) => {
    if (String(d) !== 'ping' + n) throw new Error('bad echo ' + d);
    if (++n === N) c.end();
    else c.write('ping' + n);
  });
  c.write('ping0');
  c.on('close', () => {
    console.log(n, c.bytesRead === c.bytesWritten);
    server.close();
  });
});
`)
	p.ExpectExit(0, "2000 true")
}

// TestBackpressure: the server pauses; the client's writes return false and
// pile up in the socket's write queue once the kernel buffers are full (real
// TCP backpressure), and 'drain' follows only after the server resumes.
func TestBackpressure(t *testing.T) {
	t.Parallel()
	p := script(t, `
const net = require('net');
let serverSocket;
let resumed = false;
const server = net.createServer((s) => {
  serverSocket = s;
  s.pause();
  start();
});
let client;
server.listen(0, '127.0.0.1', () => {
  client = net.connect(server.address().port, '127.0.0.1');
  client.on('connect', start);
});
let ready = 0;
function start() {
  if (++ready < 2) return;
  const chunk = Buffer.alloc(256 * 1024, 'x');
  let written = 0;
  let falses = 0;
  function pump() {
    // Write until write() says stop; once the kernel is full the bytes wait
    // in the handle's queue and 'drain' does not come until the peer reads.
    let ok = true;
    while (ok) {
      ok = client.write(chunk);
      written += chunk.length;
    }
    falses++;
    if (client._handle.writeQueueSize > 0 && !resumed) {
      console.log('queued in handle', client.writableNeedDrain, client.bufferSize > 0);
      resumed = true;
      let got = 0;
      serverSocket.on('data', (d) => { got += d.length; });
      serverSocket.on('end', () => {
        console.log('server got all', got === written);
        server.close();
      });
      client.once('drain', () => {
        console.log('drain after resume');
        client.end();
      });
      serverSocket.resume();
      return;
    }
    if (written > 512 * 1024 * 1024) {
      console.log('no backpressure after', written);
      process.exit(1);
    }
    client.once('drain', pump);
  }
  pump();
}
`)
	p.ExpectExit(0, "queued in handle true true", "drain after resume", "server got all true")
}

// TestListenEADDRINUSE: a port taken by a Go listener; an unhandled 'error'
// is uncaught (exit 1, Node's message on stderr); a handled one has Node's
// properties.
func TestListenEADDRINUSE(t *testing.T) {
	t.Parallel()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	port := strconv.Itoa(ln.Addr().(*net.TCPAddr).Port)

	p := script(t, `require('net').createServer().listen(+process.argv[2], '127.0.0.1');`, port)
	p.ExpectExit(1)
	stderr := p.Stderr()
	for _, want := range []string{
		"Error: listen EADDRINUSE: address already in use 127.0.0.1:" + port,
		"code: 'EADDRINUSE'", "errno: -98", "syscall: 'listen'", "address: '127.0.0.1'", "port: " + port,
	} {
		if !strings.Contains(stderr, want) {
			t.Errorf("stderr lacks %q:\n%s", want, stderr)
		}
	}

	p = script(t, `
const s = require('net').createServer();
s.on('error', (e) => console.log(JSON.stringify([e.message, e.code, e.errno, e.syscall, e.address, e.port, s.listening])));
s.listen(+process.argv[2], '127.0.0.1');
`, port)
	want, _ := json.Marshal([]any{"listen EADDRINUSE: address already in use 127.0.0.1:" + port, "EADDRINUSE", -98, "listen", "127.0.0.1", ln.Addr().(*net.TCPAddr).Port, false})
	p.ExpectExit(0, string(want))
}

// TestConnectECONNREFUSED: a port nothing listens on.
func TestConnectECONNREFUSED(t *testing.T) {
	t.Parallel()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	port := ln.Addr().(*net.TCPAddr).Port
	ln.Close()
	p := script(t, `
const c = require('net').connect(+process.argv[2], '127.0.0.1');
c.on('error', (e) => console.log(JSON.stringify([e.message, e.code, e.errno, e.syscall, e.address, e.port])));
c.on('close', (hadError) => console.log('close', hadError));
`, strconv.Itoa(port))
	want, _ := json.Marshal([]any{fmt.Sprintf("connect ECONNREFUSED 127.0.0.1:%d", port), "ECONNREFUSED", -111, "connect", "127.0.0.1", port})
	p.ExpectExit(0, string(want), "close true")
}

// TestReusePort: with reusePort (SO_REUSEPORT) two servers listen on one
// port and the kernel spreads connections over both; without it the second
// gets EADDRINUSE.
func TestReusePort(t *testing.T) {
	t.Parallel()
	p := script(t, `
const net = require('net');
const a = net.createServer((s) => s.end('a'));
a.listen({ port: 0, host: '127.0.0.1', reusePort: true }, () => {
  const port = a.address().port;
  const b = net.createServer((s) => s.end('b'));
  b.listen({ port, host: '127.0.0.1', reusePort: true }, () => {
    console.log('both listening', b.address().port === port);
    net.createServer().listen({ port, host: '127.0.0.1' }).on('error', (e) => {
      console.log('without reusePort:', e.code);
      const seen = new Set();
      let n = 0;
      (function next() {
        const c = net.connect(port, '127.0.0.1');
        let d = '';
        c.on('data', (x) => { d += x; });
        c.on('close', () => {
          seen.add(d);
          if (seen.size < 2 && ++n < 1000) return next();
          console.log([...seen].sort().join());
          a.close();
          b.close();
        });
      })();
    });
  });
});
`)
	p.ExpectExit(0, "both listening true", "without reusePort: EADDRINUSE", "a,b")
}

// TestHalfOpenWithGoPeer: with allowHalfOpen the client's end() sends FIN
// while it keeps reading; the Go peer sees EOF first, then answers.
func TestHalfOpenWithGoPeer(t *testing.T) {
	t.Parallel()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	peer := make(chan string, 1)
	go func() {
		c, err := ln.Accept()
		if err != nil {
			peer <- err.Error()
			return
		}
		defer c.Close()
		_ = c.SetDeadline(time.Now().Add(deadline))
		req, err := io.ReadAll(c) // until the client's FIN
		if err != nil {
			peer <- err.Error()
			return
		}
		_, _ = c.Write([]byte("response to " + string(req)))
		peer <- "ok"
	}()
	p := script(t, `
const c = require('net').connect({ port: +process.argv[2], host: '127.0.0.1', allowHalfOpen: true });
let got = '';
c.on('data', (d) => { got += d; });
c.on('finish', () => console.log('finish', c.readyState));
c.on('end', () => console.log('end', JSON.stringify(got), c.readyState));
c.on('close', () => console.log('close'));
c.end('request');
`, strconv.Itoa(ln.Addr().(*net.TCPAddr).Port))
	p.ExpectExit(0, "finish readOnly", `end "response to request" closed`, "close")
	if r := <-peer; r != "ok" {
		t.Fatal(r)
	}
}

// TestUnixSocketWithGoClient: a gonode server on a Unix socket path, a Go
// client; the socket file goes away when the server closes.
func TestUnixSocketWithGoClient(t *testing.T) {
	t.Parallel()
	path := filepath.Join(t.TempDir(), "s.sock")
	p := script(t, `
const net = require('net');
const server = net.createServer((s) => {
  s.on('data', (d) => s.end('pong ' + d));
  s.on('close', () => server.close(() => console.log('closed', require('fs').existsSync(process.argv[2]))));
});
server.listen(process.argv[2], () => console.log('listening', server.address() === process.argv[2]));
`, path)
	if l := p.Line(); l != "listening true" {
		t.Fatal(l)
	}
	c := dial(t, "unix", path)
	if _, err := c.Write([]byte("ping")); err != nil {
		t.Fatal(err)
	}
	got, err := io.ReadAll(c)
	if err != nil || string(got) != "pong ping" {
		t.Fatalf("got %q, %v", got, err)
	}
	c.Close()
	p.ExpectExit(0, "closed false")
}

// lockPort1337 serializes the tests (of any package) that run the seed's
// handle-passing examples, which listen on the fixed port 1337.
func lockPort1337(t *testing.T) {
	t.Helper()
	f, err := os.OpenFile(filepath.Join(os.TempDir(), "gonode-port-1337.lock"), os.O_CREATE|os.O_RDWR, 0o666)
	if err != nil {
		t.Fatal(err)
	}
	if err := unix.Flock(int(f.Fd()), unix.LOCK_EX); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		_ = unix.Flock(int(f.Fd()), unix.LOCK_UN)
		f.Close()
	})
}

// collect connects to 127.0.0.1:1337 until done says the replies seen so
// far are enough (and at least min connections were made). Refused
// connections (the example is still starting) are retried.
func collect(t *testing.T, p *nettest.Proc, min int, done func(map[string]int) bool) map[string]int {
	t.Helper()
	seen := map[string]int{}
	end := time.Now().Add(deadline)
	for n := 0; n < min || !done(seen); {
		if time.Now().After(end) {
			t.Fatalf("after %d connections: %v; stderr:\n%s", n, seen, p.Stderr())
		}
		select {
		case <-p.Done():
			t.Fatalf("example exited (code %d); stderr:\n%s", p.Code(), p.Stderr())
		default:
		}
		c, err := net.DialTimeout("tcp", "127.0.0.1:1337", time.Second)
		if err != nil {
			if !errors.Is(err, syscall.ECONNREFUSED) {
				t.Fatal(err)
			}
			// Not listening yet: poll again shortly (the example prints
			// nothing that could tell us when it is ready).
			<-time.After(5 * time.Millisecond)
			continue
		}
		_ = c.SetDeadline(time.Now().Add(deadline))
		reply, err := io.ReadAll(c)
		c.Close()
		if err != nil {
			t.Fatal(err)
		}
		seen[string(reply)]++
		n++
	}
	return seen
}

// TestSeedHandleParentChild runs the seed's first handle-passing example
// unmodified: the parent sends its listening server to a child and both
// accept on it.
func TestSeedHandleParentChild(t *testing.T) {
	t.Parallel()
	lockPort1337(t)
	p := nettest.Start(t, filepath.Join(repoRoot, "js-examples", "handle-parent-child"), gonodeBin, "parent.js")
	seen := collect(t, p, 50, func(s map[string]int) bool {
		return s["handled by parent"] > 0 && s["handled by child"] > 0
	})
	for reply := range seen {
		if reply != "handled by parent" && reply != "handled by child" {
			t.Fatalf("unexpected reply %q", reply)
		}
	}
	t.Logf("replies: %v", seen)
}

// TestSeedHandleTwoChildren runs the seed's second example: the parent and
// two children accept on one server; replies name both children's pids.
func TestSeedHandleTwoChildren(t *testing.T) {
	t.Parallel()
	lockPort1337(t)
	p := nettest.Start(t, filepath.Join(repoRoot, "js-examples", "handle-two-children"), gonodeBin, "parent.js")
	pids := func(s map[string]int) map[string]bool {
		out := map[string]bool{}
		for reply := range s {
			if pid, ok := strings.CutPrefix(reply, "handled by child: "); ok {
				out[pid] = true
			}
		}
		return out
	}
	seen := collect(t, p, 50, func(s map[string]int) bool {
		return s["handled by parent"] > 0 && len(pids(s)) == 2
	})
	for pid := range pids(seen) {
		n, err := strconv.Atoi(pid)
		if err != nil || n == p.Cmd.Process.Pid {
			t.Fatalf("bad child pid %q", pid)
		}
	}
	t.Logf("replies: %v", seen)
}

// TestSeedHandleChildrenHTTP runs the seed's third example: the parent
// hands the server to two children and closes its copy; the children feed
// the connections to http servers (server.emit('connection', socket)).
func TestSeedHandleChildrenHTTP(t *testing.T) {
	t.Parallel()
	lockPort1337(t)
	p := nettest.Start(t, filepath.Join(repoRoot, "js-examples", "handle-children-http"), gonodeBin, "parent.js")
	pids := map[string]int{}
	client := &http.Client{Transport: &http.Transport{DisableKeepAlives: true}, Timeout: deadline}
	end := time.Now().Add(deadline)
	for n := 0; n < 50 || len(pids) < 2; {
		if time.Now().After(end) {
			t.Fatalf("after %d requests: %v; stderr:\n%s", n, pids, p.Stderr())
		}
		resp, err := client.Get("http://127.0.0.1:1337/")
		if err != nil {
			if errors.Is(err, syscall.ECONNREFUSED) {
				// Not listening yet (the example prints nothing).
				<-time.After(5 * time.Millisecond)
				continue
			}
			t.Fatal(err)
		}
		body, err := io.ReadAll(resp.Body)
		resp.Body.Close()
		if err != nil || resp.StatusCode != 200 || resp.Header.Get("Content-Type") != "text/plain" {
			t.Fatalf("response %d %q %v", resp.StatusCode, body, err)
		}
		pid, ok := strings.CutPrefix(string(body), "handled by child ")
		if !ok {
			t.Fatalf("unexpected body %q", body)
		}
		pids[pid]++
		n++
	}
	t.Logf("replies per child pid: %v", pids)
}

// TestSocketListsAcrossProcesses: a server sends each connection to a
// child; getConnections() adds the child's count (NODE_SOCKET_GET_COUNT)
// and close() waits for the child's sockets to close (NOTIFY_CLOSE /
// ALL_CLOSED), between gonode processes and with node on either side.
func TestSocketListsAcrossProcesses(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	parent := `
const net = require('net');
const child = require('child_process').fork('./child.js', { execPath: process.argv[2], execArgv: [] });
const log = [];
const got = [];
let sent = 0;
const server = net.createServer((s) => {
  // Count a socket as moved once its send has been written (sends behind
  // an unacknowledged handle wait in the channel's queue).
  child.send('socket', s, () => {
    if (++sent < 3) return;
    server.getConnections((err, n) => {
      log.push('connections ' + err + ' ' + n + ' local ' + server._connections);
      server.close(() => {
        log.push('server closed');
        finish();
      });
      child.send('end them');
    });
  });
});
server.listen(0, '127.0.0.1', () => {
  for (let i = 0; i < 3; i++) {
    const c = net.connect(server.address().port, '127.0.0.1');
    c.on('data', (d) => { got.push(String(d)); });
    c.on('end', () => c.end());
    c.on('close', finish);
  }
});
// Print once the server and the three clients have closed.
let pending = 4;
function finish() {
  if (--pending > 0) return;
  console.log(log.join('\n'));
  console.log(got.join());
  child.disconnect();
}
`
	child := `
const sockets = [];
process.on('message', (m, s) => {
  if (m === 'socket') {
    sockets.push(s);
    s.write('from child');
  } else {
    for (const s of sockets) s.end();
  }
});
`
	for name, src := range map[string]string{"parent.js": parent, "child.js": child} {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(src), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	for _, c := range []struct{ name, parent, child string }{
		{"gonode", gonodeBin, gonodeBin},
		{"gonode parent, node child", gonodeBin, nodeBin},
		{"node parent, gonode child", nodeBin, gonodeBin},
	} {
		t.Run(c.name, func(t *testing.T) {
			p := nettest.Start(t, dir, c.parent, "parent.js", c.child)
			p.ExpectExit(0, "connections null 3 local 0", "server closed", "from child,from child,from child")
		})
	}
}

// TestNonSocketHandle: a NODE_HANDLE carrying a regular file's descriptor
// is acknowledged, then refused with ERR_INVALID_FD_TYPE (an uncaught
// exception the child can handle) instead of aborting as node does.
func TestNonSocketHandle(t *testing.T) {
	t.Parallel()
	fds, err := unix.Socketpair(unix.AF_UNIX, unix.SOCK_STREAM|unix.SOCK_CLOEXEC, 0)
	if err != nil {
		t.Fatal(err)
	}
	parentEnd := os.NewFile(uintptr(fds[0]), "parent")
	childEnd := os.NewFile(uintptr(fds[1]), "child")
	conn, err := net.FileConn(parentEnd)
	parentEnd.Close()
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	uc := conn.(*net.UnixConn)

	dir := t.TempDir()
	src := `
process.on('uncaughtException', (e) => {
  console.log('uncaught', e.code, e.message);
  process.exit(0);
});
process.on('message', (m, h) => console.log('message', m, typeof h));
`
	if err := os.WriteFile(filepath.Join(dir, "main.js"), []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), deadline)
	defer cancel()
	cmd := exec.CommandContext(ctx, gonodeBin, "main.js")
	cmd.Dir = dir
	cmd.ExtraFiles = []*os.File{childEnd}
	cmd.Env = append(os.Environ(), "NODE_CHANNEL_FD=3")
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	childEnd.Close()

	file, err := os.Open(filepath.Join(repoRoot, "go.mod"))
	if err != nil {
		t.Fatal(err)
	}
	defer file.Close()
	rc, _ := file.SyscallConn()
	var rights []byte
	_ = rc.Control(func(fd uintptr) { rights = unix.UnixRights(int(fd)) })
	frame := []byte(`{"cmd":"NODE_HANDLE","type":"net.Server","msg":"server"}` + "\n")
	if _, _, err := uc.WriteMsgUnix(frame, rights, nil); err != nil {
		t.Fatal(err)
	}
	_ = uc.SetReadDeadline(time.Now().Add(deadline))
	ack, err := bufio.NewReader(uc).ReadString('\n')
	if err != nil || ack != `{"cmd":"NODE_HANDLE_ACK"}`+"\n" {
		t.Fatalf("reply %q, %v", ack, err)
	}
	if err := cmd.Wait(); err != nil {
		t.Fatalf("%v; stderr:\n%s", err, stderr.String())
	}
	if got := stdout.String(); got != "uncaught ERR_INVALID_FD_TYPE Unsupported fd type: FILE\n" {
		t.Fatalf("stdout %q; stderr:\n%s", got, stderr.String())
	}
}

// TestInteropWithNode: a listening server passed between gonode and node,
// both ways; both processes accept.
func TestInteropWithNode(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	parent := `
const net = require('net');
const child = require('child_process').fork('./child.js', { execPath: process.argv[2], execArgv: [] });
const server = net.createServer((s) => s.end('parent'));
server.listen(0, '127.0.0.1', () => {
  child.send('server', server);
  child.once('message', () => {
    const seen = new Set();
    let n = 0;
    (function next() {
      const c = net.connect(server.address().port, '127.0.0.1');
      let d = '';
      c.on('data', (x) => { d += x; });
      c.on('close', () => {
        seen.add(d);
        if (seen.size < 2 && ++n < 2000) return next();
        console.log([...seen].sort().join());
        child.kill();
        server.close();
      });
    })();
  });
});
`
	child := `
process.on('message', (m, server) => {
  server.on('connection', (s) => s.end('child'));
  process.send('ready');
});
`
	for name, src := range map[string]string{"parent.js": parent, "child.js": child} {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(src), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	t.Run("gonode parent, node child", func(t *testing.T) {
		p := nettest.Start(t, dir, gonodeBin, "parent.js", nodeBin)
		p.ExpectExit(0, "child,parent")
	})
	t.Run("node parent, gonode child", func(t *testing.T) {
		p := nettest.Start(t, dir, nodeBin, "parent.js", gonodeBin)
		p.ExpectExit(0, "child,parent")
	})
}
