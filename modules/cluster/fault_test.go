package cluster_test

import (
	"net"
	"strings"
	"testing"
	"time"

	"golang.org/x/sys/unix"
)

// TestPrimaryKilledWhileWorkersServe: the primary of serve.js is killed
// with SIGKILL while its workers serve; every worker gets 'disconnect' and
// exits (node's worker exits on an unexpected disconnect), so no orphan
// keeps the port: it can be bound again. Both policies; gonode workers
// under a gonode primary and under a node primary.
func TestPrimaryKilledWhileWorkersServe(t *testing.T) {
	t.Parallel()
	for _, primaryBin := range []string{gonodeBin, nodeBin} {
		for _, policy := range policies {
			name := "gonode-primary-" + policy
			if primaryBin == nodeBin {
				name = "node-primary-" + policy
			}
			t.Run(name, func(t *testing.T) {
				t.Parallel()
				p := startPrimary(t, primaryBin, "serve.js", "NODE_CLUSTER_SCHED_POLICY="+policy, "WORKERS=2", "WORKER_EXEC="+gonodeBin)
				port := p.port()
				pids := workerPIDs(t, spread(t, port, 40))
				if len(pids) != 2 {
					t.Fatalf("answers from workers %v, want 2", pids)
				}
				pidfds := map[int]int{}
				for _, pid := range pids {
					fd, err := unix.PidfdOpen(pid, 0)
					if err != nil {
						t.Fatalf("pidfd_open %d: %v", pid, err)
					}
					defer unix.Close(fd)
					pidfds[pid] = fd
				}
				if err := p.cmd.Process.Kill(); err != nil {
					t.Fatal(err)
				}
				<-p.done
				for pid, fd := range pidfds {
					n, err := unix.Poll([]unix.PollFd{{Fd: int32(fd), Events: unix.POLLIN}}, int(deadline/time.Millisecond))
					if err != nil || n != 1 {
						t.Fatalf("worker %d still runs %v after the primary was killed (%v)\n%s", pid, deadline, err, p.transcript())
					}
				}
				ln, err := net.Listen("tcp", "127.0.0.1:"+port)
				if err != nil {
					t.Fatalf("port %s still taken after every process exited: %v", port, err)
				}
				ln.Close()
				if out := p.transcript(); strings.Contains(out, "Error") {
					t.Fatalf("errors:\n%s", out)
				}
			})
		}
	}
}
