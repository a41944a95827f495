package childprocess_test

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"math/rand"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/gonode/gonode/internal/testbin"

	"golang.org/x/sys/unix"
)

// Fault tests (issue 8): peers that die, stall or misbehave in the middle of
// the IPC protocol.

// faultDeadline bounds every wait of the fault tests.
const faultDeadline = 20 * time.Second

// TestFaultKillAtRandomPoints: a child streaming messages of random sizes
// is killed with SIGKILL after a random number of them (so mostly in the
// middle of a frame). The parent gets every message before the kill, in
// order, drops the partial tail silently, and sees 'disconnect' and 'exit'
// with signalCode 'SIGKILL'; nothing hangs. Children: gonode and node.
func TestFaultKillAtRandomPoints(t *testing.T) {
	t.Parallel()
	seed := time.Now().UnixNano()
	rng := rand.New(rand.NewSource(seed))
	t.Logf("seed %d", seed)
	for _, child := range []string{gonodeBin, nodeBin} {
		for range 3 {
			killAt := 1 + rng.Intn(1500)
			t.Run(fmt.Sprintf("%s-%d", filepath.Base(child), killAt), func(t *testing.T) {
				t.Parallel()
				var r struct {
					Got        int
					OutOfOrder *string
					Killed     bool
					Events     []string
					Close      []any
					SignalCode string
				}
				runJSON(t, faultDeadline, gonodeBin, []string{"fault-killstream.js", child, fmt.Sprint(killAt)}, &r)
				if r.Got < killAt || r.OutOfOrder != nil || !r.Killed || r.SignalCode != "SIGKILL" ||
					fmt.Sprint(r.Events) != "[disconnect exit null SIGKILL]" || fmt.Sprint(r.Close) != "[<nil> SIGKILL]" {
					t.Fatalf("kill after %d messages: %+v", killAt, r)
				}
			})
		}
	}
}

// TestFaultHalfMessageFromChild: a child writes a message and half of
// another, then stops. The gonode parent delivers the message, keeps
// running (a timer fires), and when the child goes away sees
// 'disconnect', exit 0 and 'close' without an error — as node does.
func TestFaultHalfMessageFromChild(t *testing.T) {
	t.Parallel()
	want := `["message {\"a\":1}","timer","disconnect","exit 0 null","close 0 null"]`
	for _, bin := range []string{gonodeBin, nodeBin} {
		r := run(t, faultDeadline, testdata, nil, bin, "fault-halfmessage.js")
		if strings.TrimSpace(r.stdout) != want || r.code != 0 || r.stderr != "" {
			t.Fatalf("%s: exit %d\nstdout: %s\nwant:   %s\nstderr: %s", filepath.Base(bin), r.code, r.stdout, want, r.stderr)
		}
	}
}

// rawChild is a process started with a socketpair as its IPC channel at fd
// 3, whose other end the test drives byte by byte.
type rawChild struct {
	t     *testing.T
	cmd   *exec.Cmd
	conn  *net.UnixConn
	stdin io.WriteCloser
	lines chan string
	done  chan struct{}
	err   testbin.LockedBuffer
}

func startRawChild(t *testing.T, bin string, args ...string) *rawChild {
	t.Helper()
	return startRawChildEnv(t, nil, bin, args...)
}

// startRawChildEnv is startRawChild with env added to the child's
// environment.
func startRawChildEnv(t *testing.T, env []string, bin string, args ...string) *rawChild {
	t.Helper()
	fds, err := syscall.Socketpair(syscall.AF_UNIX, syscall.SOCK_STREAM|syscall.SOCK_CLOEXEC, 0)
	if err != nil {
		t.Fatal(err)
	}
	childEnd := os.NewFile(uintptr(fds[1]), "ipc-child")
	parentEnd := os.NewFile(uintptr(fds[0]), "ipc-parent")
	fc, err := net.FileConn(parentEnd)
	parentEnd.Close()
	if err != nil {
		t.Fatal(err)
	}
	c := &rawChild{t: t, conn: fc.(*net.UnixConn), lines: make(chan string, 1024), done: make(chan struct{})}
	c.cmd = exec.Command(bin, args...)
	c.cmd.Dir = testdata
	c.cmd.Env = append(append(os.Environ(), env...), "NODE_CHANNEL_FD=3")
	c.cmd.ExtraFiles = []*os.File{childEnd}
	c.cmd.Stderr = &c.err
	if c.stdin, err = c.cmd.StdinPipe(); err != nil {
		t.Fatal(err)
	}
	stdout, err := c.cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := c.cmd.Start(); err != nil {
		t.Fatal(err)
	}
	childEnd.Close()
	go func() {
		sc := bufio.NewScanner(stdout)
		for sc.Scan() {
			c.lines <- sc.Text()
		}
		close(c.lines)
		_ = c.cmd.Wait()
		close(c.done)
	}()
	t.Cleanup(func() {
		_ = c.cmd.Process.Kill()
		<-c.done
		c.conn.Close()
	})
	c.expect("ready")
	return c
}

func (c *rawChild) stderr() string { return c.err.String() }

// expect requires the next stdout line to be want.
func (c *rawChild) expect(want string) {
	c.t.Helper()
	select {
	case line, ok := <-c.lines:
		if !ok {
			c.t.Fatalf("child ended before %q; stderr:\n%s", want, c.stderr())
		}
		if line != want {
			c.t.Fatalf("child printed %q, want %q; stderr:\n%s", line, want, c.stderr())
		}
	case <-time.After(faultDeadline):
		c.t.Fatalf("no %q from the child; stderr:\n%s", want, c.stderr())
	}
}

// exit ends the child's stdin and requires a clean exit with no stderr.
func (c *rawChild) exit() {
	c.t.Helper()
	c.stdin.Close()
	select {
	case <-c.done:
	case <-time.After(faultDeadline):
		c.t.Fatalf("child did not exit; stderr:\n%s", c.stderr())
	}
	if code := c.cmd.ProcessState.ExitCode(); code != 0 || c.stderr() != "" {
		c.t.Fatalf("child exit code %d, stderr:\n%s", code, c.stderr())
	}
}

// readFrame reads one newline-terminated frame from the channel.
func readFrame(t *testing.T, r *bufio.Reader) string {
	t.Helper()
	line, err := r.ReadString('\n')
	if err != nil {
		t.Fatalf("reading the channel: %v (got %q)", err, line)
	}
	return strings.TrimSuffix(line, "\n")
}

// TestFaultHalfMessageFromParent: a parent (the test) writes a message and
// half of another to a child, then stops. The child delivers the message
// and answers it, then, when the parent goes away, emits 'disconnect'
// without an error. Children: gonode and node.
func TestFaultHalfMessageFromParent(t *testing.T) {
	t.Parallel()
	for _, bin := range []string{gonodeBin, nodeBin} {
		t.Run(filepath.Base(bin), func(t *testing.T) {
			t.Parallel()
			c := startRawChild(t, bin, "fault-rawchild.js")
			_ = c.conn.SetDeadline(time.Now().Add(faultDeadline))
			if _, err := c.conn.Write([]byte(`{"a":1}` + "\n" + `{"half":"xxxx`)); err != nil {
				t.Fatal(err)
			}
			c.expect(`message {"a":1}`)
			if got := readFrame(t, bufio.NewReader(c.conn)); got != `"got {\"a\":1}"` {
				t.Fatalf("answer %q", got)
			}
			c.conn.Close()
			c.expect("disconnect")
			c.exit()
		})
	}
}

// TestFaultPeerGoneMidTurn: the parent (the test) closes its end of the
// channel while the child is in the middle of a turn that sends a message
// and then more: some that swallow errors (as the internal messages of the
// handle protocol do) and some that do not. Each of the latter reports
// EPIPE as 'error', the others nothing; then the child sees 'disconnect'
// and exits. gonode writes the later sends together after the turn; the
// outcome must be node's, whose writes each fail at once.
func TestFaultPeerGoneMidTurn(t *testing.T) {
	t.Parallel()
	for _, bin := range []string{gonodeBin, nodeBin} {
		for _, tc := range []struct{ swallowed, reported int }{{2, 0}, {1, 2}} {
			t.Run(fmt.Sprintf("%s-%d-%d", filepath.Base(bin), tc.swallowed, tc.reported), func(t *testing.T) {
				t.Parallel()
				c := startRawChild(t, bin, "fault-peergone.js")
				_ = c.conn.SetDeadline(time.Now().Add(faultDeadline))
				msg := fmt.Sprintf(`{"swallowed":%d,"reported":%d}`+"\n", tc.swallowed, tc.reported)
				if _, err := c.conn.Write([]byte(msg)); err != nil {
					t.Fatal(err)
				}
				if got := readFrame(t, bufio.NewReader(c.conn)); got != `"first"` {
					t.Fatalf("first frame %q", got)
				}
				c.conn.Close()
				if _, err := c.stdin.Write([]byte("\n")); err != nil {
					t.Fatal(err)
				}
				for range tc.reported {
					c.expect("error EPIPE")
				}
				c.expect("disconnect")
				c.exit()
			})
		}
	}
}

// TestFaultDescriptorWithoutMessage: a parent (the test) sends a
// descriptor (a pipe's write end) with a plain message, or with the first
// half of a NODE_HANDLE frame that never completes, then goes away. The
// child emits 'disconnect' and closes the descriptor while it keeps
// running: the test's read end of the pipe sees EOF.
func TestFaultDescriptorWithoutMessage(t *testing.T) {
	t.Parallel()
	cases := map[string]string{
		"plain-message":   `"plain"` + "\n",
		"partial-handle":  `{"cmd":"NODE_HANDLE","type":"net.Native","msg":"never"`,
		"complete-before": `{"b":2}` + "\n" + `{"cmd":"NODE_HA`,
	}
	for name, data := range cases {
		t.Run(name, func(t *testing.T) {
			t.Parallel()
			c := startRawChild(t, gonodeBin, "fault-rawchild.js")
			r, w, err := os.Pipe()
			if err != nil {
				t.Fatal(err)
			}
			defer r.Close()
			_ = c.conn.SetDeadline(time.Now().Add(faultDeadline))
			if _, _, err := c.conn.WriteMsgUnix([]byte(data), syscall.UnixRights(int(w.Fd())), nil); err != nil {
				t.Fatal(err)
			}
			w.Close()
			// A complete message is answered: read the answer before going
			// away, or the child's send() fails with EPIPE.
			if msg, _, complete := strings.Cut(data, "\n"); complete {
				c.expect("message " + msg)
				if got := readFrame(t, bufio.NewReader(c.conn)); !strings.HasPrefix(got, `"got `) {
					t.Fatalf("answer %q", got)
				}
			}
			c.conn.Close()
			c.expect("disconnect")
			eof := make(chan error, 1)
			go func() {
				_, err := r.Read(make([]byte, 1))
				eof <- err
			}()
			select {
			case err := <-eof:
				if err != io.EOF {
					t.Fatalf("pipe read: %v, want EOF", err)
				}
			case <-time.After(faultDeadline):
				t.Fatalf("the child still holds the descriptor after 'disconnect'")
			}
			c.exit()
		})
	}
}

// TestFaultFullSocketBuffer: a child sends 32 MiB in 4 KiB messages to a
// parent (the test) that does not read at first. send() reports
// backpressure (returns false) once the kernel buffer and node's 128 KiB
// write queue are full; the child, waiting for the send callback as node
// programs do, stalls with bounded memory. When the parent reads, every
// message arrives, in order, and the child's peak RSS grew by less than
// half of what it sent.
func TestFaultFullSocketBuffer(t *testing.T) {
	t.Parallel()
	const total, size = 8192, 4096
	// GOGC set turns the CLI's ballast off (cmd/gonode/internal/gcfloor):
	// with it, garbage alone may grow the heap by about 16 MB before a
	// collection, and the RSS bound below is about what the channel buffers.
	c := startRawChildEnv(t, []string{"GOGC=100"}, gonodeBin, "fault-backpressure.js", fmt.Sprint(total), fmt.Sprint(size))
	var full int
	select {
	case line := <-c.lines:
		if _, err := fmt.Sscanf(line, "full %d", &full); err != nil {
			t.Fatalf("child printed %q, want full N; stderr:\n%s", line, c.stderr())
		}
	case <-time.After(faultDeadline):
		t.Fatalf("send() never returned false; stderr:\n%s", c.stderr())
	}
	if full*size > 16<<20 {
		t.Fatalf("send() first returned false after %d messages (%d bytes)", full, full*size)
	}
	_ = c.conn.SetDeadline(time.Now().Add(faultDeadline))
	br := bufio.NewReaderSize(c.conn, 1<<16)
	for i := 0; i < total; i++ {
		frame := readFrame(t, br)
		head := fmt.Sprintf(`{"i":%d,"pad":"`, i)
		if !strings.HasPrefix(frame, head) || len(frame) != len(head)+size+2 {
			t.Fatalf("message %d: got %.40q... (%d bytes)", i, frame, len(frame))
		}
	}
	select {
	case line := <-c.lines:
		var r struct{ Falses, Growth int }
		if err := json.Unmarshal([]byte(strings.TrimPrefix(line, "done ")), &r); err != nil {
			t.Fatalf("child printed %q: %v", line, err)
		}
		if r.Falses == 0 || r.Growth > total*size/2 {
			t.Fatalf("send() returned false %d times; peak RSS grew by %d bytes while sending %d", r.Falses, r.Growth, total*size)
		}
		t.Logf("send() returned false %d times; peak RSS +%.1f MiB for %d MiB sent", r.Falses, float64(r.Growth)/(1<<20), total*size>>20)
	case <-time.After(faultDeadline):
		t.Fatalf("child did not finish; stderr:\n%s", c.stderr())
	}
	if _, err := br.ReadByte(); err != io.EOF {
		t.Fatalf("after the last message: %v, want EOF (the child disconnects)", err)
	}
	c.exit()
}

// TestFaultParentKilledWhileChildrenServe: a parent passes its server to
// two children, which serve connections on it; the parent is killed with
// SIGKILL. Each child gets 'disconnect', closes its copy and exits, so no
// orphan keeps the port: it can be bound again. Parent and children in
// every gonode/node combination with gonode on one side.
func TestFaultParentKilledWhileChildrenServe(t *testing.T) {
	t.Parallel()
	pairs := [][2]string{{gonodeBin, gonodeBin}, {gonodeBin, nodeBin}, {nodeBin, gonodeBin}}
	for _, p := range pairs {
		t.Run(filepath.Base(p[0])+"-parent-"+filepath.Base(p[1])+"-children", func(t *testing.T) {
			t.Parallel()
			cmd := exec.Command(p[0], "fault-parentkill.js", p[1])
			cmd.Dir = testdata
			cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true}
			var stderr testbin.LockedBuffer
			cmd.Stderr = &stderr
			stdout, err := cmd.StdoutPipe()
			if err != nil {
				t.Fatal(err)
			}
			if err := cmd.Start(); err != nil {
				t.Fatal(err)
			}
			// The group (the children included) goes at the end whatever
			// happened.
			t.Cleanup(func() { _ = syscall.Kill(-cmd.Process.Pid, syscall.SIGKILL) })
			lines := make(chan string, 8)
			go func() {
				sc := bufio.NewScanner(stdout)
				for sc.Scan() {
					lines <- sc.Text()
				}
				close(lines)
			}()
			next := func() string {
				select {
				case l, ok := <-lines:
					if ok {
						return l
					}
				case <-time.After(faultDeadline):
				}
				t.Fatalf("parent output ended early; stderr:\n%s", stderr.String())
				return ""
			}
			var port string
			if _, err := fmt.Sscanf(next(), "port %s", &port); err != nil {
				t.Fatal(err)
			}
			pidfds := map[int]int{}
			for range 2 {
				var pid int
				if _, err := fmt.Sscanf(next(), "child %d", &pid); err != nil {
					t.Fatal(err)
				}
				fd, err := unix.PidfdOpen(pid, 0)
				if err != nil {
					t.Fatalf("pidfd_open %d: %v", pid, err)
				}
				defer unix.Close(fd)
				pidfds[pid] = fd
			}
			// Both children serve (connections go to any of the three).
			served := map[string]bool{}
			for i := 0; len(served) < 3 && i < 2000; i++ {
				served[dialRead(t, port)] = true
			}
			for pid := range pidfds {
				if !served[fmt.Sprint(pid)] {
					t.Fatalf("child %d never answered: %v", pid, served)
				}
			}
			if err := cmd.Process.Kill(); err != nil {
				t.Fatal(err)
			}
			_ = cmd.Wait()
			for pid, fd := range pidfds {
				n, err := unix.Poll([]unix.PollFd{{Fd: int32(fd), Events: unix.POLLIN}}, int(faultDeadline/time.Millisecond))
				if err != nil || n != 1 {
					t.Fatalf("child %d still runs %v after its parent was killed (%v)", pid, faultDeadline, err)
				}
			}
			ln, err := net.Listen("tcp", "127.0.0.1:"+port)
			if err != nil {
				t.Fatalf("port %s still taken after every process exited: %v", port, err)
			}
			ln.Close()
		})
	}
}

// dialRead connects to port and returns everything the server sends.
func dialRead(t *testing.T, port string) string {
	t.Helper()
	c, err := net.DialTimeout("tcp", "127.0.0.1:"+port, faultDeadline)
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	_ = c.SetDeadline(time.Now().Add(faultDeadline))
	b, err := io.ReadAll(c)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}
