package main

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"runtime/pprof"
	"strings"
	"time"

	"github.com/dop251/goja"
	"github.com/gonode/gonode/runtime"
	"golang.org/x/sys/unix"
)

// cpuProfile records the process's CPU profile for --cpu-prof: the
// JavaScript functions sampled by goja's profiler, written as node writes
// them, a V8 .cpuprofile for Chrome's DevTools; and, with --go-cpu-prof,
// the Go code (the engine and the native modules) in a pprof file beside
// it, for `go tool pprof`.
type cpuProfile struct {
	path   string   // of the .cpuprofile
	start  int64    // CLOCK_MONOTONIC at the start, in µs, as V8's profiles count
	goFile *os.File // nil without --go-cpu-prof
}

// defaultProfileInterval is node's --cpu-prof-interval when not given.
const defaultProfileInterval = 1000 * time.Microsecond

// startCPUProfile starts profiling for inv: into inv.cpuProfDir (the
// working directory when empty), under the name inv.cpuProfNam or node's
// default, CPU.<date>.<time>.<pid>.0.001.cpuprofile.
func startCPUProfile(inv *invocation) (*cpuProfile, error) {
	name := inv.cpuProfNam
	if name == "" {
		now := time.Now()
		name = fmt.Sprintf("CPU.%s.%d.0.001.cpuprofile", now.Format("20060102.150405"), os.Getpid())
	}
	// As node, the directory is made when missing.
	if inv.cpuProfDir != "" {
		if err := os.MkdirAll(inv.cpuProfDir, 0o777); err != nil {
			return nil, fmt.Errorf("--cpu-prof-dir: %w", err)
		}
	}
	p := &cpuProfile{path: filepath.Join(inv.cpuProfDir, name)}
	if inv.goCPUProf {
		f, err := os.Create(strings.TrimSuffix(p.path, ".cpuprofile") + ".go.pprof")
		if err != nil {
			return nil, fmt.Errorf("--go-cpu-prof: %w", err)
		}
		if err := pprof.StartCPUProfile(f); err != nil {
			f.Close()
			return nil, fmt.Errorf("--go-cpu-prof: %w", err)
		}
		p.goFile = f
	}
	interval := defaultProfileInterval
	if inv.cpuProfInterval > 0 {
		interval = time.Duration(inv.cpuProfInterval) * time.Microsecond
	}
	p.start = monotonicMicros()
	if err := goja.StartProfile(interval); err != nil {
		p.stopGo()
		return nil, fmt.Errorf("--cpu-prof: %w", err)
	}
	return p, nil
}

// stop writes the profiles. As node, a profile that cannot be written is
// reported and the exit code stays the program's.
func (p *cpuProfile) stop() {
	prof := goja.StopProfile()
	p.stopGo()
	runtime.PlaceCPUProfile(prof)
	prof.StartTime += p.start
	prof.EndTime += p.start
	data, err := json.Marshal(prof)
	if err == nil {
		err = os.WriteFile(p.path, data, 0o666)
	}
	if err != nil {
		fmt.Fprintf(os.Stderr, "%s: --cpu-prof: %v\n", os.Args[0], err)
	}
}

func (p *cpuProfile) stopGo() {
	if p.goFile != nil {
		pprof.StopCPUProfile()
		p.goFile.Close()
	}
}

// monotonicMicros reads CLOCK_MONOTONIC, the clock of V8's profiles, in µs.
func monotonicMicros() int64 {
	var ts unix.Timespec
	if err := unix.ClockGettime(unix.CLOCK_MONOTONIC, &ts); err != nil {
		return 0
	}
	return ts.Nano() / 1e3
}
