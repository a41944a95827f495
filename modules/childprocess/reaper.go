package childprocess

import (
	"os"
	"os/signal"
	"sort"
	"sync"
	"syscall"

	"github.com/gonode/gonode/runtime"
	"golang.org/x/sys/unix"
)

// The reaper collects exited children the way libuv does: on SIGCHLD it asks
// each runtime's loop to wait4(WNOHANG) on the children that runtime spawned.
// Reaping on the loop goroutine means a pid cannot be reused between the
// child's death and the JavaScript 'exit': kill() never hits a stranger. It
// waits only on its own pids, so other users of os/exec are unaffected.
var reaper struct {
	mu       sync.Mutex
	started  bool
	runtimes map[*runtime.Runtime]*children // made on first use
}

// children are the live children of one runtime.
type children struct {
	rt        *runtime.Runtime
	procs     map[int]*proc
	scheduled bool // a scan is posted to the loop and has not run yet
}

// track registers a freshly spawned child and checks at once whether it has
// already exited (a SIGCHLD before registration would otherwise be missed).
func track(p *proc) {
	reaper.mu.Lock()
	if !reaper.started {
		reaper.started = true
		ch := make(chan os.Signal, 1)
		signal.Notify(ch, syscall.SIGCHLD)
		go func() {
			for range ch {
				reaper.mu.Lock()
				for _, c := range reaper.runtimes {
					c.scheduleLocked()
				}
				reaper.mu.Unlock()
			}
		}()
	}
	if reaper.runtimes == nil {
		reaper.runtimes = map[*runtime.Runtime]*children{}
	}
	c := reaper.runtimes[p.rt]
	if c == nil {
		c = &children{rt: p.rt, procs: map[int]*proc{}}
		reaper.runtimes[p.rt] = c
	}
	c.procs[p.pid] = p
	c.scheduleLocked()
	reaper.mu.Unlock()
}

// untrack forgets a child whose runtime is shutting down and reaps it in the
// background once it exits, so that an embedding program gets no zombie.
func untrack(p *proc) {
	reaper.mu.Lock()
	if c := reaper.runtimes[p.rt]; c != nil {
		delete(c.procs, p.pid)
		if len(c.procs) == 0 {
			delete(reaper.runtimes, p.rt)
		}
	}
	reaper.mu.Unlock()
	go func() {
		var ws unix.WaitStatus
		for {
			_, err := unix.Wait4(p.pid, &ws, 0, nil)
			if err != unix.EINTR {
				return
			}
		}
	}()
}

func (c *children) scheduleLocked() {
	if c.scheduled || len(c.procs) == 0 {
		return
	}
	c.scheduled = true
	c.rt.Post(c.scan)
}

// scan runs on the loop: it reaps every exited child of the runtime and
// reports each exit.
func (c *children) scan() {
	reaper.mu.Lock()
	c.scheduled = false
	var done []*proc
	var statuses []unix.WaitStatus
	for pid, p := range c.procs {
		var ws unix.WaitStatus
		got, err := unix.Wait4(pid, &ws, unix.WNOHANG, nil)
		if got == pid || (err != nil && err != unix.EINTR) {
			// ECHILD means someone else reaped it: report it as exited.
			delete(c.procs, pid)
			done = append(done, p)
			statuses = append(statuses, ws)
		}
	}
	if len(c.procs) == 0 {
		delete(reaper.runtimes, c.rt)
	}
	reaper.mu.Unlock()
	// Report in spawn order, as libuv walks its process list.
	order := make([]int, len(done))
	for i := range order {
		order[i] = i
	}
	sort.Slice(order, func(a, b int) bool { return done[order[a]].seq < done[order[b]].seq })
	for _, i := range order {
		done[i].exited(statuses[i])
	}
}
