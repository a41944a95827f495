package main

import (
	"fmt"
	"os"
	"path/filepath"
	"runtime/pprof"

	"github.com/dop251/goja"
)

// cpuProfile records the process's CPU profile for --cpu-prof. Node writes a
// V8 .cpuprofile; gonode writes two pprof files instead, one of the Go code
// (the engine and the native modules) and one of the JavaScript functions
// sampled by goja's profiler, both readable with `go tool pprof`.
type cpuProfile struct {
	goFile, jsFile *os.File
}

// startCPUProfile starts profiling into dir (the working directory when
// empty). name, from --cpu-prof-name, replaces the default base name
// gonode.<pid>.
func startCPUProfile(dir, name string) (*cpuProfile, error) {
	if name == "" {
		name = fmt.Sprintf("gonode.%d", os.Getpid())
	}
	// As node, the directory is made when missing.
	if dir != "" {
		if err := os.MkdirAll(dir, 0o777); err != nil {
			return nil, fmt.Errorf("--cpu-prof-dir: %w", err)
		}
	}
	base := filepath.Join(dir, name)
	goFile, err := os.Create(base + ".go.pprof")
	if err != nil {
		return nil, fmt.Errorf("--cpu-prof: %w", err)
	}
	jsFile, err := os.Create(base + ".js.pprof")
	if err != nil {
		goFile.Close()
		return nil, fmt.Errorf("--cpu-prof: %w", err)
	}
	if err := pprof.StartCPUProfile(goFile); err != nil {
		goFile.Close()
		jsFile.Close()
		return nil, fmt.Errorf("--cpu-prof: %w", err)
	}
	if err := goja.StartProfile(jsFile); err != nil {
		pprof.StopCPUProfile()
		goFile.Close()
		jsFile.Close()
		return nil, fmt.Errorf("--cpu-prof: %w", err)
	}
	return &cpuProfile{goFile: goFile, jsFile: jsFile}, nil
}

// stop flushes both profiles.
func (p *cpuProfile) stop() {
	goja.StopProfile()
	pprof.StopCPUProfile()
	p.goFile.Close()
	p.jsFile.Close()
}
