package cluster_test

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"net"
	"os"
	"regexp"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"
)

// fakeWorkerEnv makes the test binary a scripted cluster worker (see
// runFakeWorker) instead of running tests: the primary under test forks it.
const fakeWorkerEnv = "CLUSTER_FAKE_WORKER_TRANSCRIPT"

// workerChannel reads and writes the worker's end of the IPC channel,
// keeping the descriptors that arrive for the NODE_HANDLE lines.
type workerChannel struct {
	conn *net.UnixConn
	buf  []byte
	fds  []int
	seq  int
	log  []string // what the primary sent: lines, "+fd" when one came with it
}

func (c *workerChannel) send(format string, args ...any) {
	if _, err := c.conn.Write([]byte(fmt.Sprintf(format, args...) + "\n")); err != nil {
		panic(fmt.Errorf("send: %w", err))
	}
}

// cluster sends a NODE_CLUSTER message with the next seq.
func (c *workerChannel) cluster(fields string) {
	c.send(`{"cmd":"NODE_CLUSTER",%s"seq":%d}`, fields, c.seq)
	c.seq++
}

// next returns the primary's next message and its descriptor (or -1).
func (c *workerChannel) next() (map[string]any, int) {
	for {
		if i := bytes.IndexByte(c.buf, '\n'); i >= 0 {
			line := string(c.buf[:i])
			c.buf = c.buf[i+1:]
			var m map[string]any
			if err := json.Unmarshal([]byte(line), &m); err != nil {
				panic(fmt.Errorf("primary sent %q: %w", line, err))
			}
			fd := -1
			if m["cmd"] == "NODE_HANDLE" && len(c.fds) > 0 {
				fd, c.fds = c.fds[0], c.fds[1:]
				line += " +fd"
			}
			c.log = append(c.log, line)
			return m, fd
		}
		b := make([]byte, 65536)
		oob := make([]byte, syscall.CmsgSpace(64*4))
		_ = c.conn.SetReadDeadline(time.Now().Add(deadline))
		n, oobn, _, _, err := c.conn.ReadMsgUnix(b, oob)
		if err != nil {
			panic(fmt.Errorf("read: %w (so far %q)", err, c.log))
		}
		c.buf = append(c.buf, b[:n]...)
		msgs, err := syscall.ParseSocketControlMessage(oob[:oobn])
		if err != nil {
			panic(err)
		}
		for _, m := range msgs {
			fds, err := syscall.ParseUnixRights(&m)
			if err != nil {
				panic(err)
			}
			c.fds = append(c.fds, fds...)
		}
	}
}

// runFakeWorker is a cluster worker written against NODE-IPC.md §7: it
// asks for port 0, says it listens, serves one connection of its own
// ("hi"), sends a user message, and closes its server when the primary
// disconnects it. It writes what the primary sent to the transcript file.
func runFakeWorker(transcript string) int {
	c := &workerChannel{}
	defer func() {
		if r := recover(); r != nil {
			c.log = append(c.log, fmt.Sprint("FAILED: ", r))
		}
		_ = os.WriteFile(transcript, []byte(strings.Join(c.log, "\n")+"\n"), 0o644)
	}()
	fd, err := strconv.Atoi(os.Getenv("NODE_CHANNEL_FD"))
	if err != nil {
		panic(err)
	}
	f := os.NewFile(uintptr(fd), "channel")
	fc, err := net.FileConn(f)
	if err != nil {
		panic(err)
	}
	f.Close()
	c.conn = fc.(*net.UnixConn)

	c.cluster(`"act":"online",`)
	query := `"index":0,"data":null,"address":null,"port":%d,"addressType":4,"backlog":511,`
	c.cluster(`"act":"queryServer",` + fmt.Sprintf(query, 0))
	reply, sfd := c.next()
	if reply["cmd"] == "NODE_HANDLE" {
		reply = reply["msg"].(map[string]any)
	}
	var port int
	if sfd >= 0 {
		// Shared: acknowledge the handle, then listen on it.
		c.send(`{"cmd":"NODE_HANDLE_ACK"}`)
		sa, err := syscall.Getsockname(sfd)
		if err != nil {
			panic(err)
		}
		port = sa.(*syscall.SockaddrInet6).Port
		if err := syscall.Listen(sfd, 8); err != nil {
			panic(err)
		}
	} else {
		port = int(reply["sockname"].(map[string]any)["port"].(float64))
	}
	key := reply["key"].(string)
	c.cluster(`"act":"listening",` + fmt.Sprintf(query, port))

	client, err := net.Dial("tcp", fmt.Sprintf("127.0.0.1:%d", port))
	if err != nil {
		panic(err)
	}
	var cfd int
	if sfd >= 0 {
		if cfd, _, err = syscall.Accept(sfd); err != nil {
			panic(err)
		}
	} else {
		m, fd := c.next()
		if fd < 0 {
			panic(fmt.Errorf("newconn without a descriptor: %v", m))
		}
		c.send(`{"cmd":"NODE_HANDLE_ACK"}`)
		c.cluster(fmt.Sprintf(`"ack":%v,"accepted":true,`, m["msg"].(map[string]any)["seq"]))
		cfd = fd
	}
	if _, err := syscall.Write(cfd, []byte("hi")); err != nil {
		panic(err)
	}
	syscall.Close(cfd)
	_ = client.SetDeadline(time.Now().Add(deadline))
	got, err := io.ReadAll(client)
	client.Close()
	c.log = append(c.log, fmt.Sprintf("client read %q %v", got, err))

	c.send(`"served"`)
	if m, _ := c.next(); m["act"] != "disconnect" {
		panic(fmt.Errorf("want act disconnect, got %v", m))
	}
	if sfd >= 0 {
		syscall.Close(sfd)
	}
	c.cluster(fmt.Sprintf(`"act":"close","key":%q,`, key))
	c.conn.Close()
	return 0
}

// runWirePrimary runs testdata/wire-primary.js under bin with the fake
// worker and returns the primary's output and what the worker received.
func runWirePrimary(t *testing.T, bin, policy string) (string, string) {
	t.Helper()
	self, err := os.Executable()
	if err != nil {
		t.Fatal(err)
	}
	transcript := t.TempDir() + "/transcript"
	p := startPrimary(t, bin, "wire-primary.js", "NODE_CLUSTER_SCHED_POLICY="+policy,
		"WORKER_EXEC="+self, fakeWorkerEnv+"="+transcript)
	if code := p.exit(); code != 0 {
		t.Fatalf("%s primary exit code %d\n%s", bin, code, p.transcript())
	}
	p.mu.Lock()
	out := strings.Join(p.out, "\n")
	p.mu.Unlock()
	b, err := os.ReadFile(transcript)
	if err != nil {
		t.Fatalf("%s: no transcript: %v\n%s", bin, err, p.transcript())
	}
	ports := regexp.MustCompile(`"port":\d+`)
	return out, ports.ReplaceAllString(string(b), `"port":PORT`)
}

// TestPrimaryWire compares, byte for byte, what a gonode primary and a node
// primary send to the same scripted worker, and the events they emit.
func TestPrimaryWire(t *testing.T) {
	t.Parallel()
	for _, policy := range policies {
		t.Run(policy, func(t *testing.T) {
			t.Parallel()
			wantOut, want := runWirePrimary(t, nodeBin, policy)
			gotOut, got := runWirePrimary(t, gonodeBin, policy)
			if got != want || gotOut != wantOut {
				t.Fatalf("gonode primary:\n%s\n%s\nnode primary:\n%s\n%s", gotOut, got, wantOut, want)
			}
			if strings.Contains(got, "FAILED") {
				t.Fatalf("the scripted worker failed:\n%s", got)
			}
		})
	}
}
