package childprocess_test

import (
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"testing"

	"golang.org/x/sys/unix"
)

// Security tests (issue 8): what crosses a process boundary.

// TestSecurityGrandchildInheritsNothing: a forked child holding the IPC
// channel, a server passed to it, a file, a server of its own and a
// connection spawns a shell, which lists its own descriptors: 0, 1 and 2,
// and nothing but what this test process itself would pass down without
// close-on-exec (descriptors it inherited from its own parent, which the
// runtimes leave alone); everything the runtimes open is close-on-exec. The shell's environment has
// no NODE_CHANNEL_FD, NODE_CHANNEL_SERIALIZATION_MODE or NODE_UNIQUE_ID,
// and the child's process.env has no NODE_CHANNEL_FD. Parents and children
// in every gonode/node combination (the go test runner passes only 0, 1
// and 2 down).
func TestSecurityGrandchildInheritsNothing(t *testing.T) {
	t.Parallel()
	pairs := [][2]string{{gonodeBin, gonodeBin}, {gonodeBin, nodeBin}, {nodeBin, gonodeBin}}
	for _, p := range pairs {
		t.Run(filepath.Base(p[0])+"-parent-"+filepath.Base(p[1])+"-child", func(t *testing.T) {
			t.Parallel()
			var r struct {
				FDs       []int
				NodeEnv   []string
				ChannelFD bool
			}
			runJSON(t, faultDeadline, p[0], []string{"security-grandchild.js", p[1]}, &r)
			for _, kv := range r.NodeEnv {
				for _, name := range []string{"NODE_CHANNEL_FD=", "NODE_CHANNEL_SERIALIZATION_MODE=", "NODE_UNIQUE_ID="} {
					if strings.HasPrefix(kv, name) {
						t.Errorf("the grandchild inherits %s", kv)
					}
				}
			}
			allowed := map[int]bool{}
			for _, fd := range inheritable(t) {
				allowed[fd] = true
			}
			for _, fd := range r.FDs {
				if !allowed[fd] {
					t.Errorf("the grandchild holds descriptor %d (all: %v)", fd, r.FDs)
				}
			}
			if len(r.FDs) < 3 || r.FDs[0] != 0 || r.FDs[1] != 1 || r.FDs[2] != 2 || r.ChannelFD {
				t.Fatalf("grandchild descriptors %v; NODE_CHANNEL_FD in the child's env: %v", r.FDs, r.ChannelFD)
			}
		})
	}
}

// TestSecurityOnlyShellInterprets: spawn, spawnSync, execFile and
// execFileSync pass an argument full of shell syntax through untouched, a
// command line given to spawn without `shell` is a file name (ENOENT);
// only exec, execSync and the shell option run it through /bin/sh. The
// same as node, line for line.
func TestSecurityOnlyShellInterprets(t *testing.T) {
	t.Parallel()
	want := run(t, faultDeadline, testdata, nil, nodeBin, "security-shell.js")
	got := run(t, faultDeadline, testdata, nil, gonodeBin, "security-shell.js")
	if got.stdout != want.stdout || got.code != 0 || want.code != 0 {
		t.Fatalf("gonode (exit %d):\n%s\nnode (exit %d):\n%s\nstderr:\n%s", got.code, got.stdout, want.code, want.stdout, got.stderr)
	}
	lines := strings.Split(strings.TrimSpace(got.stdout), "\n")
	literal := "a;echo INJECTED $((1+1))"
	for _, l := range lines {
		name, result, _ := strings.Cut(l, ": ")
		shell := name == "execSync" || name == "exec" || name == "spawnSync shell"
		switch {
		case shell && result != "a | INJECTED 2":
			t.Errorf("%s did not run the shell: %q", name, result)
		case !shell && name != "spawnSync of a command line" && result != literal:
			t.Errorf("%s interpreted its argument: %q", name, result)
		case name == "spawnSync of a command line" && result != "ENOENT":
			t.Errorf("spawn of a command line: %q", result)
		}
	}
	if len(lines) != 7 {
		t.Fatalf("want 7 lines:\n%s", got.stdout)
	}
}

// inheritable lists 0, 1, 2 and the descriptors of this process that a
// child would inherit (not close-on-exec), in order.
func inheritable(t *testing.T) []int {
	t.Helper()
	ents, err := os.ReadDir("/proc/self/fd")
	if err != nil {
		t.Fatal(err)
	}
	fds := []int{0, 1, 2}
	for _, e := range ents {
		fd, err := strconv.Atoi(e.Name())
		if err != nil || fd <= 2 {
			continue
		}
		flags, err := unix.FcntlInt(uintptr(fd), unix.F_GETFD, 0)
		if err == nil && flags&unix.FD_CLOEXEC == 0 {
			fds = append(fds, fd)
		}
	}
	sort.Ints(fds)
	return fds
}
