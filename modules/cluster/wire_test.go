package cluster_test

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"syscall"
	"testing"
	"time"
)

// scriptedPrimary plays the primary's side of NODE-IPC.md §7 over a
// socketpair, byte for byte, to a worker (node or gonode).
type scriptedPrimary struct {
	t     *testing.T
	conn  *net.UnixConn
	r     *bufio.Reader
	seq   int
	lines []string // what the worker sent, in order
}

// next reads the worker's next message.
func (p *scriptedPrimary) next() map[string]any {
	p.t.Helper()
	_ = p.conn.SetReadDeadline(time.Now().Add(deadline))
	line, err := p.r.ReadString('\n')
	if err != nil {
		p.t.Fatalf("read from worker: %v (so far %q)", err, p.lines)
	}
	p.lines = append(p.lines, strings.TrimSuffix(line, "\n"))
	var m map[string]any
	if err := json.Unmarshal([]byte(line), &m); err != nil {
		// A plain user message: keep it as {"user": value}.
		var v any
		if err := json.Unmarshal([]byte(line), &v); err != nil {
			p.t.Fatalf("worker sent invalid JSON %q", line)
		}
		return map[string]any{"user": v}
	}
	return m
}

// expectAct reads the next message and requires its act.
func (p *scriptedPrimary) expectAct(act string) map[string]any {
	p.t.Helper()
	m := p.next()
	if m["cmd"] != "NODE_CLUSTER" || m["act"] != act {
		p.t.Fatalf("want act %q, got %v", act, m)
	}
	return m
}

// listening reads act 'listening' and the user message the listen
// callback sends, in either order (the transcripts compare the order).
func (p *scriptedPrimary) listening() {
	p.t.Helper()
	a, b := p.next(), p.next()
	if a["act"] != "listening" && b["act"] != "listening" {
		p.t.Fatalf("want act 'listening' among %v and %v", a, b)
	}
}

// send writes one message, with a descriptor if fd >= 0.
func (p *scriptedPrimary) send(msg string, fd int) {
	p.t.Helper()
	var oob []byte
	if fd >= 0 {
		oob = syscall.UnixRights(fd)
	}
	if _, _, err := p.conn.WriteMsgUnix([]byte(msg+"\n"), oob, nil); err != nil {
		p.t.Fatalf("write to worker: %v", err)
	}
}

// reply answers a cluster request with extra fields, and a handle.
func (p *scriptedPrimary) reply(req map[string]any, fields string, fd int) {
	p.t.Helper()
	body := fmt.Sprintf(`{"cmd":"NODE_CLUSTER",%s"ack":%v,"seq":%d}`, fields, req["seq"], p.seq)
	p.seq++
	if fd >= 0 {
		body = fmt.Sprintf(`{"cmd":"NODE_HANDLE","type":"net.Native","msg":%s}`, body)
	}
	p.send(body, fd)
}

// newconn passes the worker one connection accepted on ln for key, as the
// round-robin primary does, checks its answer, and returns what the client
// end then reads.
func (p *scriptedPrimary) newconn(ln net.Listener, key string, accept bool) string {
	p.t.Helper()
	client, err := net.Dial("tcp", ln.Addr().String())
	if err != nil {
		p.t.Fatal(err)
	}
	conn, err := ln.Accept()
	if err != nil {
		p.t.Fatal(err)
	}
	f, err := conn.(*net.TCPConn).File()
	conn.Close()
	if err != nil {
		p.t.Fatal(err)
	}
	p.send(fmt.Sprintf(`{"cmd":"NODE_HANDLE","type":"net.Native","msg":{"cmd":"NODE_CLUSTER","act":"newconn","key":%q,"seq":%d}}`, key, p.seq), int(f.Fd()))
	p.seq++
	f.Close()
	if m := p.next(); m["cmd"] != "NODE_HANDLE_ACK" {
		p.t.Fatalf("want NODE_HANDLE_ACK, got %v", m)
	}
	if m := p.next(); m["accepted"] != accept {
		p.t.Fatalf("want accepted %v, got %v", accept, m)
	}
	return greeting(p.t, client)
}

// key is the primary's key of a queryServer request.
func key(req map[string]any) string {
	str := func(v any) string {
		switch v := v.(type) {
		case nil:
			return "null"
		case float64:
			return fmt.Sprint(v)
		case string:
			return v
		}
		return fmt.Sprint(v)
	}
	fd := "undefined"
	if v, ok := req["fd"]; ok {
		fd = str(v)
	}
	return fmt.Sprintf("%s:%s:%s:%s:%s", str(req["address"]), str(req["port"]), str(req["addressType"]), fd, str(req["index"]))
}

// greeting reads what the server says on c, then closes c.
func greeting(t *testing.T, c net.Conn) string {
	t.Helper()
	defer c.Close()
	_ = c.SetDeadline(time.Now().Add(deadline))
	b, err := io.ReadAll(c)
	if err != nil {
		t.Fatalf("read greeting: %v", err)
	}
	return string(b)
}

// runWireWorker drives testdata/wire-worker.js under bin and returns what
// the worker sent.
func runWireWorker(t *testing.T, bin string) []string {
	fds, err := syscall.Socketpair(syscall.AF_UNIX, syscall.SOCK_STREAM|syscall.SOCK_CLOEXEC, 0)
	if err != nil {
		t.Fatal(err)
	}
	parent, child := os.NewFile(uintptr(fds[0]), "primary"), os.NewFile(uintptr(fds[1]), "worker")
	fc, err := net.FileConn(parent)
	parent.Close()
	if err != nil {
		t.Fatal(err)
	}
	conn := fc.(*net.UnixConn)
	defer conn.Close()
	cmd := exec.Command(bin, filepath.Join(testdata, "wire-worker.js"))
	cmd.Env = baseEnv("NODE_CHANNEL_FD=3", "NODE_UNIQUE_ID=7")
	cmd.ExtraFiles = []*os.File{child}
	var stderr strings.Builder
	cmd.Stderr = &stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	child.Close()
	exited := make(chan error, 1)
	go func() { exited <- cmd.Wait() }()
	defer func() {
		_ = cmd.Process.Kill()
		<-exited
		if t.Failed() {
			t.Logf("%s stderr:\n%s", bin, stderr.String())
		}
	}()
	p := &scriptedPrimary{t: t, conn: conn, r: bufio.NewReader(conn)}

	p.expectAct("online")

	// Round robin: the primary listens and passes connections.
	q := p.expectAct("queryServer")
	rrKey := key(q)
	p.reply(q, fmt.Sprintf(`"errno":null,"key":%q,"data":null,"sockname":{"address":"::","family":"IPv6","port":40000},`, rrKey), -1)
	p.listening() // and the user's {rr: address}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	if g := p.newconn(ln, rrKey, true); g != "rr 7" {
		t.Fatalf("round-robin connection got %q", g)
	}
	// A connection for a server the worker does not have: refused, and the
	// worker closes its copy.
	if g := p.newconn(ln, "nowhere:0:4:undefined:0", false); g != "" {
		t.Fatalf("refused connection got %q", g)
	}

	// A listen the primary cannot serve.
	p.send(`"refused"`, -1)
	q = p.expectAct("queryServer")
	p.reply(q, fmt.Sprintf(`"errno":-98,"key":%q,"data":null,`, key(q)), -1)
	p.next() // the user's error report

	// Shared: the primary binds and sends the socket.
	p.send(`"shared"`, -1)
	q = p.expectAct("queryServer")
	sharedKey := key(q)
	sfd, err := syscall.Socket(syscall.AF_INET, syscall.SOCK_STREAM|syscall.SOCK_CLOEXEC, 0)
	if err != nil {
		t.Fatal(err)
	}
	if err := syscall.Bind(sfd, &syscall.SockaddrInet4{Addr: [4]byte{127, 0, 0, 1}}); err != nil {
		t.Fatal(err)
	}
	sa, err := syscall.Getsockname(sfd)
	if err != nil {
		t.Fatal(err)
	}
	port := sa.(*syscall.SockaddrInet4).Port
	p.reply(q, fmt.Sprintf(`"errno":0,"key":%q,"data":null,`, sharedKey), sfd)
	syscall.Close(sfd)
	if m := p.next(); m["cmd"] != "NODE_HANDLE_ACK" {
		t.Fatalf("want NODE_HANDLE_ACK, got %v", m)
	}
	p.listening() // and the user's {shared: 'number'}
	c2, err := net.Dial("tcp", fmt.Sprintf("127.0.0.1:%d", port))
	if err != nil {
		t.Fatal(err)
	}
	defer c2.Close()
	if g := greeting(t, c2); g != "shared 7" {
		t.Fatalf("shared server greeted %q", g)
	}

	// Worker-side disconnect: every server closes, then exitedAfterDisconnect.
	p.send(`"bye"`, -1)
	p.expectAct("close")
	p.expectAct("close")
	e := p.expectAct("exitedAfterDisconnect")
	p.reply(e, "", -1)
	_ = conn.SetReadDeadline(time.Now().Add(deadline))
	if rest, err := io.ReadAll(p.r); err != nil || len(rest) != 0 {
		t.Fatalf("after the ack: %q, %v (want EOF)", rest, err)
	}
	select {
	case err := <-exited:
		exited <- err
		if err != nil {
			t.Fatalf("worker exit: %v", err)
		}
	case <-time.After(deadline):
		t.Fatal("worker did not exit after disconnecting")
	}
	re := regexp.MustCompile(fmt.Sprintf(`\b%d\b`, port))
	for i, l := range p.lines {
		p.lines[i] = re.ReplaceAllString(l, "PORT")
	}
	return p.lines
}

// TestWorkerWire compares, message by message, what a gonode worker and a
// node worker send to a scripted primary.
func TestWorkerWire(t *testing.T) {
	t.Parallel()
	want := runWireWorker(t, nodeBin)
	got := runWireWorker(t, gonodeBin)
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Fatalf("gonode worker:\n%s\nnode worker:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}
