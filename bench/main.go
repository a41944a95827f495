// Command bench runs gonode and node side by side on the scenarios in
// bench/scenarios and prints medians and gonode/node ratios.
//
//	go run ./bench [-runs 5] [-only fork] [-gonode path]
//
// The HTTP scenarios load their server with wrk; the harness installs it
// (Debian's package) when it is missing.
//
// Each scenario is one JavaScript file that runs unchanged under both
// runtimes. It reports figures by printing lines of the form
//
//	BENCH <metric> <value> <unit> <better: higher|lower>
//
// and the harness adds the process's wall-clock time (wall) and CPU time
// (cpu). Runs are interleaved (gonode, node, gonode, node, ...) so that both
// see the same machine conditions. NODE_EXTRA_CA_CERTS is removed from both
// runtimes' environment.
package main

import (
	"bufio"
	"bytes"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"syscall"
	"time"

	"github.com/gonode/gonode/internal/testbin"
)

// sample is one metric reported by one run.
type sample struct {
	metric, unit, better string
	value                float64
}

func main() {
	runs := flag.Int("runs", 5, "runs per runtime and scenario")
	only := flag.String("only", "", "run only scenarios whose name contains this")
	gonode := flag.String("gonode", "", "gonode binary (built from ./cmd/gonode when empty)")
	node := flag.String("node", "node", "node binary")
	flag.Parse()

	if *gonode == "" {
		dir, err := os.MkdirTemp("", "gonode-bench")
		if err != nil {
			fatal(err)
		}
		defer os.RemoveAll(dir)
		if *gonode, err = testbin.Build(dir); err != nil {
			fatal(err)
		}
	}
	scenarios, err := filepath.Glob("bench/scenarios/*.js")
	if err != nil || len(scenarios) == 0 {
		fatal(fmt.Errorf("no scenarios in bench/scenarios (run from the repository root): %v", err))
	}
	if err := ensureWrk(scenarios, *only); err != nil {
		fatal(err)
	}
	runtimes := []string{*gonode, *node}
	fmt.Printf("%-28s %-22s %12s %12s %8s\n", "scenario", "metric", "gonode", "node", "ratio")
	for _, sc := range scenarios {
		name := strings.TrimSuffix(filepath.Base(sc), ".js")
		if *only != "" && !strings.Contains(name, *only) {
			continue
		}
		results := [2]map[string][]sample{{}, {}}
		for r := 0; r < *runs; r++ {
			for i, bin := range runtimes {
				samples, err := runOnce(bin, sc)
				if err != nil {
					fatal(fmt.Errorf("%s under %s: %w", name, bin, err))
				}
				for _, s := range samples {
					results[i][s.metric] = append(results[i][s.metric], s)
				}
			}
		}
		report(name, results)
	}
}

// runOnce runs one scenario once and returns what it reported plus its wall
// and CPU time.
func runOnce(bin, script string) ([]sample, error) {
	cmd := exec.Command(bin, script)
	cmd.Env = cleanEnv()
	var out, errb bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errb
	start := time.Now()
	if err := cmd.Run(); err != nil {
		return nil, fmt.Errorf("%w\n%s%s", err, out.String(), errb.String())
	}
	wall := time.Since(start)
	samples := []sample{{"wall", "ms", "lower", float64(wall.Microseconds()) / 1000}}
	if ru, ok := cmd.ProcessState.SysUsage().(*syscall.Rusage); ok {
		cpu := time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
		samples = append(samples, sample{"cpu", "ms", "lower", float64(cpu.Microseconds()) / 1000})
	}
	sc := bufio.NewScanner(&out)
	for sc.Scan() {
		f := strings.Fields(sc.Text())
		if len(f) != 5 || f[0] != "BENCH" {
			continue
		}
		v, err := strconv.ParseFloat(f[2], 64)
		if err != nil {
			return nil, fmt.Errorf("bad BENCH line %q", sc.Text())
		}
		samples = append(samples, sample{f[1], f[3], f[4], v})
	}
	return samples, nil
}

func report(name string, results [2]map[string][]sample) {
	var metrics []string
	for m := range results[0] {
		metrics = append(metrics, m)
	}
	sort.Strings(metrics)
	for _, m := range metrics {
		g, n := median(results[0][m]), median(results[1][m])
		unit := results[0][m][0].unit
		ratio := "-"
		if n != 0 {
			ratio = fmt.Sprintf("%.2fx", g/n)
		}
		fmt.Printf("%-28s %-22s %12s %12s %8s  (%s better)\n", name, m,
			fmt.Sprintf("%.2f %s", g, unit), fmt.Sprintf("%.2f %s", n, unit), ratio, results[0][m][0].better)
	}
}

func median(s []sample) float64 {
	if len(s) == 0 {
		return 0
	}
	v := make([]float64, len(s))
	for i, x := range s {
		v[i] = x.value
	}
	sort.Float64s(v)
	if len(v)%2 == 1 {
		return v[len(v)/2]
	}
	return (v[len(v)/2-1] + v[len(v)/2]) / 2
}

func cleanEnv() []string {
	var env []string
	for _, kv := range os.Environ() {
		if !strings.HasPrefix(kv, "NODE_EXTRA_CA_CERTS=") {
			env = append(env, kv)
		}
	}
	return env
}

// ensureWrk makes sure wrk, the load generator of the HTTP scenarios, is on
// PATH when one of the selected scenarios uses it: it installs Debian's
// package if wrk is missing (as root, with apt-get), and fails rather than
// let those scenarios report nothing.
func ensureWrk(scenarios []string, only string) error {
	needed := false
	for _, sc := range scenarios {
		name := strings.TrimSuffix(filepath.Base(sc), ".js")
		if only != "" && !strings.Contains(name, only) {
			continue
		}
		src, err := os.ReadFile(sc)
		if err != nil {
			return err
		}
		needed = needed || bytes.Contains(src, []byte("lib/wrk.js"))
	}
	if !needed {
		return nil
	}
	if _, err := exec.LookPath("wrk"); err == nil {
		return nil
	}
	fmt.Fprintln(os.Stderr, "bench: installing wrk (apt-get install wrk)")
	install := func() error {
		cmd := exec.Command("apt-get", "install", "-y", "-q", "wrk")
		cmd.Env = append(os.Environ(), "DEBIAN_FRONTEND=noninteractive")
		out, err := cmd.CombinedOutput()
		if err != nil {
			return fmt.Errorf("apt-get install wrk: %w\n%s", err, out)
		}
		return nil
	}
	if err := install(); err != nil {
		// The package lists may be missing on a fresh machine.
		if out, uerr := exec.Command("apt-get", "update", "-q").CombinedOutput(); uerr != nil {
			return fmt.Errorf("wrk is needed by the HTTP scenarios and could not be installed: %v; apt-get update: %w\n%s", err, uerr, out)
		}
		if err := install(); err != nil {
			return fmt.Errorf("wrk is needed by the HTTP scenarios and could not be installed: %w", err)
		}
	}
	_, err := exec.LookPath("wrk")
	return err
}

func fatal(err error) {
	fmt.Fprintln(os.Stderr, "bench:", err)
	os.Exit(1)
}
