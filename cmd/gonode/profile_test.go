package main

import (
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// v8Profile is a .cpuprofile as V8 writes it.
type v8Profile struct {
	Nodes []struct {
		ID        int `json:"id"`
		CallFrame struct {
			FunctionName string `json:"functionName"`
			ScriptID     string `json:"scriptId"`
			URL          string `json:"url"`
			LineNumber   int    `json:"lineNumber"`
			ColumnNumber int    `json:"columnNumber"`
		} `json:"callFrame"`
		HitCount      int   `json:"hitCount"`
		Children      []int `json:"children"`
		PositionTicks []struct {
			Line  int `json:"line"`
			Ticks int `json:"ticks"`
		} `json:"positionTicks"`
	} `json:"nodes"`
	StartTime  int64   `json:"startTime"`
	EndTime    int64   `json:"endTime"`
	Samples    []int   `json:"samples"`
	TimeDeltas []int64 `json:"timeDeltas"`
}

// readV8Profile reads a .cpuprofile and checks what DevTools relies on: a
// tree rooted at (root) whose nodes come before their children, samples of
// its nodes with a time delta each, hit counts that are the samples' counts
// (but for pseudo-functions) and line ticks that add up to them, and samples spread over the
// profile's time. It returns the hits per function name.
func readV8Profile(t *testing.T, path string) (*v8Profile, map[string]int) {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var p v8Profile
	if err := json.Unmarshal(data, &p); err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	var keys map[string]json.RawMessage
	if err := json.Unmarshal(data, &keys); err != nil || len(keys) != 5 {
		t.Fatalf("%s has keys %v, want V8's five", path, keys)
	}
	if len(p.Nodes) == 0 || p.Nodes[0].CallFrame.FunctionName != "(root)" || p.Nodes[0].ID != 1 {
		t.Fatalf("%s: the first node is not (root) with ID 1", path)
	}
	index := map[int]int{}
	for i, n := range p.Nodes {
		if _, dup := index[n.ID]; dup {
			t.Fatalf("%s: node ID %d twice", path, n.ID)
		}
		index[n.ID] = i
	}
	for i, n := range p.Nodes {
		for _, c := range n.Children {
			if j, ok := index[c]; !ok || j <= i {
				t.Fatalf("%s: node %d has child %d, not a later node", path, n.ID, c)
			}
		}
	}
	if len(p.Samples) != len(p.TimeDeltas) || p.EndTime < p.StartTime {
		t.Fatalf("%s: %d samples, %d deltas, times %d..%d", path, len(p.Samples), len(p.TimeDeltas), p.StartTime, p.EndTime)
	}
	counts := map[int]int{}
	var sum int64
	for i, id := range p.Samples {
		if _, ok := index[id]; !ok {
			t.Fatalf("%s: sample of unknown node %d", path, id)
		}
		if p.TimeDeltas[i] < 0 {
			t.Fatalf("%s: time delta %d", path, p.TimeDeltas[i])
		}
		counts[id]++
		sum += p.TimeDeltas[i]
	}
	if sum > p.EndTime-p.StartTime {
		t.Fatalf("%s: samples span %d µs of a %d µs profile", path, sum, p.EndTime-p.StartTime)
	}
	hits := map[string]int{}
	for _, n := range p.Nodes {
		// V8 leaves samples of its pseudo-functions, (program) and the
		// like, out of their hit counts now and then.
		if n.HitCount != counts[n.ID] && !strings.HasPrefix(n.CallFrame.FunctionName, "(") {
			t.Fatalf("%s: node %d (%s) has hitCount %d and %d samples", path, n.ID, n.CallFrame.FunctionName, n.HitCount, counts[n.ID])
		}
		ticks := 0
		for _, pt := range n.PositionTicks {
			ticks += pt.Ticks
		}
		if len(n.PositionTicks) > 0 && ticks != n.HitCount {
			t.Fatalf("%s: node %d has %d line ticks and %d hits", path, n.ID, ticks, n.HitCount)
		}
		hits[n.CallFrame.FunctionName] += counts[n.ID]
	}
	return &p, hits
}

// TestCPUProf checks --cpu-prof against node's: the profile of a script
// that spins names the function with its place in the file as V8 gives
// it, with a sample per millisecond; the exit code is the program's, and a
// missing directory is made.
func TestCPUProf(t *testing.T) {
	dir := t.TempDir()
	script := filepath.Join(dir, "spin.js")
	src := "function spin(){let x=0;for(let i=0;i<3e5;i++)x+=i%7;return x}\n" +
		"const end=Date.now()+300;\nwhile(Date.now()<end)spin();process.exitCode=3\n"
	if err := os.WriteFile(script, []byte(src), 0o666); err != nil {
		t.Fatal(err)
	}
	type place struct{ line, col int }
	run := func(bin string) (*v8Profile, map[string]int, place) {
		out := filepath.Join(dir, filepath.Base(bin), "profiles")
		r := runProgram(t, dir, "", bin, "--cpu-prof", "--cpu-prof-dir", out, "--cpu-prof-name", "p.cpuprofile", script)
		if r.code != 3 {
			t.Fatalf("%s: got %+v", bin, r)
		}
		p, hits := readV8Profile(t, filepath.Join(out, "p.cpuprofile"))
		for _, n := range p.Nodes {
			if f := n.CallFrame; f.FunctionName == "spin" {
				if f.URL != "file://"+script {
					t.Fatalf("%s: spin's url is %q", bin, f.URL)
				}
				return p, hits, place{f.LineNumber, f.ColumnNumber}
			}
		}
		t.Fatalf("%s: the profile does not name spin: %v", bin, hits)
		return nil, nil, place{}
	}
	p, hits, at := run(gonodeBin)
	_, _, nodeAt := run("node")
	if at != nodeAt {
		t.Errorf("spin is at %v, node says %v", at, nodeAt)
	}
	// Three tenths of a second of spinning, sampled every millisecond.
	if hits["spin"] < 150 || len(p.Samples) > 1000 {
		t.Errorf("spin has %d of %d samples", hits["spin"], len(p.Samples))
	}
}

// TestCPUProfEventLoop checks the profile of a program that runs in many
// short callbacks of its event loop, and of one that waits: the callbacks
// are sampled by the time they run (upstream goja's profiler missed most),
// and the wait as (idle). The default file name is node's.
func TestCPUProfEventLoop(t *testing.T) {
	dir := t.TempDir()
	src := "function work(){let x=0;for(let i=0;i<200;i++)x+=i%7;return x}" +
		"const end=Date.now()+300;function cb(){work();if(Date.now()<end)setImmediate(cb);else setTimeout(()=>{},300)}setImmediate(cb)"
	r := runProgram(t, ".", "", gonodeBin, "--cpu-prof", "--cpu-prof-dir", dir, "--cpu-prof-interval", "2000", "-e", src)
	if r.code != 0 {
		t.Fatalf("got %+v", r)
	}
	entries, err := os.ReadDir(dir)
	if err != nil || len(entries) != 1 {
		t.Fatalf("profile directory holds %v (%v)", entries, err)
	}
	if name := entries[0].Name(); !regexp.MustCompile(`^CPU\.\d{8}\.\d{6}\.\d+\.0\.001\.cpuprofile$`).MatchString(name) {
		t.Fatalf("profile named %s", name)
	}
	p, hits := readV8Profile(t, filepath.Join(dir, entries[0].Name()))
	// 300 ms of callbacks and 300 of waiting, one sample per 2 ms.
	if hits["work"] < 60 || hits["(idle)"] < 100 || len(p.Samples) > 400 {
		t.Errorf("%d samples: %v", len(p.Samples), hits)
	}
}

// TestGoCPUProf checks that --go-cpu-prof writes the Go code's profile
// beside the JavaScript's, for go tool pprof, and that the --cpu-prof
// options ask for --cpu-prof, as node's do.
func TestGoCPUProf(t *testing.T) {
	dir := t.TempDir()
	r := runProgram(t, ".", "", gonodeBin, "--cpu-prof", "--go-cpu-prof", "--cpu-prof-dir", dir, "--cpu-prof-name", "p.cpuprofile",
		"-e", "const end=Date.now()+100;while(Date.now()<end)JSON.stringify({a:[1,2,3]})")
	if r.code != 0 {
		t.Fatalf("got %+v", r)
	}
	readV8Profile(t, filepath.Join(dir, "p.cpuprofile"))
	out, err := exec.Command("go", "tool", "pprof", "-top", filepath.Join(dir, "p.go.pprof")).CombinedOutput()
	if err != nil || !strings.Contains(string(out), "goja") {
		t.Fatalf("Go profile does not show goja (%v):\n%s", err, out)
	}
	for _, args := range [][]string{{"--cpu-prof-name", "x"}, {"--cpu-prof-interval=500"}, {"--go-cpu-prof"}} {
		r := runProgram(t, ".", "", gonodeBin, append(args, "-e", "0")...)
		flag, _, _ := strings.Cut(args[0], "=")
		if r.code != 9 || !strings.Contains(r.stderr, flag+" must be used with --cpu-prof") {
			t.Errorf("%v: got %+v", args, r)
		}
	}
}
