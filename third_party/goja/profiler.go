package goja

import (
	"errors"
	"net/url"
	"path/filepath"
	"slices"
	"strconv"
	"sync"
	"sync/atomic"
	"time"
)

const profMaxStackDepth = 64

// profCheckEvery is how many instructions a profiled VM runs between two
// looks at the clock.
const profCheckEvery = 1000

type _globalProfiler struct {
	p       profiler
	enabled int32
}

var globalProfiler _globalProfiler

// profTracker is a VM's part in a profile (gonode: see GONODE.md). The VM
// samples itself, by the time it has spent running: upstream's profiler
// goroutine asked a VM for a sample every interval, which missed a program
// driven by an event loop (its many short runs each registered a tracker
// and dropped it, losing the request; and on one OS thread the profiler
// goroutine ran mostly while the VM was idle). Only the VM's goroutine
// uses a tracker.
type profTracker struct {
	buf       *profBuffer // the profile it samples for
	depth     int         // runs in progress, nested ones included
	countdown int         // instructions until the next look at the clock
	mark      time.Time   // when running time was last counted
	owed      time.Duration
	left      time.Time     // when the last outermost run ended
	idle      time.Duration // of the time since left, what the host reported idle
	// gapOwed is the time between runs not yet sampled, for (program) and
	// for (idle).
	gapOwed   [2]time.Duration
	numFrames int
	frames    [profMaxStackDepth]StackFrame
}

// enter and leave bracket one of the VM's runs; time counts while the
// outermost one runs. The time between two runs is sampled on entering
// the second: as (idle) for what the host reported idle (ProfileIdle), as
// (program) for the rest.
func (pt *profTracker) enter() {
	if pt.depth++; pt.depth == 1 {
		pt.mark = time.Now()
		if !pt.left.IsZero() {
			pt.sampleGap(pt.mark)
		}
	}
}

func (pt *profTracker) leave() {
	if pt.depth--; pt.depth == 0 {
		pt.left = time.Now()
		pt.owed += pt.left.Sub(pt.mark)
		pt.idle = 0
	}
}

// sampleGap samples the time between the last run and now.
func (pt *profTracker) sampleGap(now time.Time) {
	p := &globalProfiler.p
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.buf.Load() != pt.buf {
		return
	}
	b := pt.buf
	gap := now.Sub(pt.left)
	idle := min(pt.idle, gap)
	pt.gapOwed[0] += gap - idle
	pt.gapOwed[1] += idle
	t := pt.left
	for i, node := range [...]*profNode{&b.program, &b.idle} {
		for ; pt.gapOwed[i] >= b.interval; pt.gapOwed[i] -= b.interval {
			if t = t.Add(b.interval); t.After(now) {
				t = now
			}
			b.add(node, t)
		}
	}
}

// tick counts the time run since the last tick and, for each whole
// interval of it, samples the stack of vm, which has just run the
// instruction at pc. It reports false once the profile has stopped.
func (pt *profTracker) tick(vm *vm, pc int) bool {
	now := time.Now()
	pt.owed += now.Sub(pt.mark)
	pt.mark = now
	interval := pt.buf.interval
	if pt.owed < interval {
		return globalProfiler.p.buf.Load() == pt.buf
	}
	n := int(pt.owed / interval)
	pt.owed -= time.Duration(n) * interval
	pt.numFrames = len(vm.r.CaptureCallStack(len(pt.frames), pt.frames[:0]))
	if pt.numFrames > 0 {
		pt.frames[0].pc = pc
	}
	p := &globalProfiler.p
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.buf.Load() != pt.buf {
		return false
	}
	pt.buf.addStack(pt.frames[:pt.numFrames], now, n)
	return true
}

type profiler struct {
	mu  sync.Mutex // held while samples are added and while the profile is made
	buf atomic.Pointer[profBuffer]
}

// profNode is a node of the call tree: a function (prg) called by its
// parent's, or one of the pseudo-functions (root), (program) and (idle).
type profNode struct {
	prg      *Program
	name     string // of a pseudo-function
	children []*profNode
	hits     int
	lines    []CPUProfileTick // where its own samples were taken
	id       int
}

// child returns the node for prg called from n, adding it when new.
func (n *profNode) child(prg *Program) *profNode {
	for _, c := range n.children {
		if c.prg == prg {
			return c
		}
	}
	c := &profNode{prg: prg}
	n.children = append(n.children, c)
	return c
}

type profSample struct {
	node *profNode
	at   time.Time
}

type profBuffer struct {
	interval            time.Duration
	start               time.Time
	root, program, idle profNode
	samples             []profSample
}

// addStack adds n samples, taken at now, of the stack frames (innermost
// first). Frames of native functions are left out, as V8 leaves out its
// builtins.
func (b *profBuffer) addStack(frames []StackFrame, now time.Time, n int) {
	node := &b.root
	line := 0
	for i := len(frames) - 1; i >= 0; i-- {
		f := frames[i]
		if f.prg == nil {
			continue
		}
		node = node.child(f.prg)
		line = f.prg.src.Position(f.prg.sourceOffset(f.pc)).Line
	}
	if node == &b.root {
		node = &b.program
	} else {
		node.tick(line, n)
	}
	for k := n - 1; k >= 0; k-- {
		b.add(node, now.Add(-time.Duration(k)*b.interval))
	}
}

// tick counts count samples of n taken at line.
func (n *profNode) tick(line, count int) {
	for i := range n.lines {
		if n.lines[i].Line == line {
			n.lines[i].Ticks += count
			return
		}
	}
	n.lines = append(n.lines, CPUProfileTick{Line: line, Ticks: count})
}

// add records a sample of node taken at t.
func (b *profBuffer) add(node *profNode, t time.Time) {
	node.hits++
	b.samples = append(b.samples, profSample{node: node, at: t})
}

func (p *profiler) start(interval time.Duration) error {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.buf.Load() != nil {
		return errors.New("profiler is already active")
	}
	b := &profBuffer{interval: interval, start: time.Now()}
	b.root.name, b.program.name, b.idle.name = "(root)", "(program)", "(idle)"
	p.buf.Store(b)
	return nil
}

func (p *profiler) stop() *CPUProfile {
	p.mu.Lock()
	defer p.mu.Unlock()
	if b := p.buf.Swap(nil); b != nil {
		return b.profile(time.Now())
	}
	return nil
}

// CPUProfile is a CPU profile in V8's format, the one of the .cpuprofile
// files node's --cpu-prof writes and Chrome's DevTools reads: the call tree
// of the sampled JavaScript functions, with the samples in time order.
// Encoded with encoding/json, it is such a file.
type CPUProfile struct {
	// Nodes is the call tree, its root first, each node before its
	// children.
	Nodes []CPUProfileNode `json:"nodes"`
	// StartTime and EndTime are when the profile started and stopped, in
	// microseconds. StartTime is 0: callers put the profile on a clock of
	// theirs by adding its reading at the start to both (and to nothing
	// else, as the samples' times are deltas).
	StartTime int64 `json:"startTime"`
	EndTime   int64 `json:"endTime"`
	// Samples are the IDs of the nodes sampled, in time order, and
	// TimeDeltas the microseconds from the previous sample (the first: from
	// StartTime) to each.
	Samples    []int   `json:"samples"`
	TimeDeltas []int64 `json:"timeDeltas"`
}

// CPUProfileNode is a function in the call tree, called by its parent: the
// pseudo-functions (root), (program) for the time between the VM's runs that
// the host did not report idle, and (idle) for the time it did.
type CPUProfileNode struct {
	ID        int             `json:"id"`
	CallFrame CPUProfileFrame `json:"callFrame"`
	HitCount  int             `json:"hitCount"` // its own samples
	Children  []int           `json:"children,omitempty"`
	// PositionTicks are where its own samples were taken.
	PositionTicks []CPUProfileTick `json:"positionTicks,omitempty"`
}

// CPUProfileFrame names a function: where its parameter list starts, lines
// and columns counted from 0, or -1 for a pseudo-function. URL is a file: URL
// for a script named by an absolute path, and otherwise the script's name.
type CPUProfileFrame struct {
	FunctionName string `json:"functionName"`
	ScriptID     string `json:"scriptId"`
	URL          string `json:"url"`
	LineNumber   int    `json:"lineNumber"`
	ColumnNumber int    `json:"columnNumber"`
}

// CPUProfileTick is a number of samples taken on a line (counted from 1).
type CPUProfileTick struct {
	Line  int `json:"line"`
	Ticks int `json:"ticks"`
}

func (b *profBuffer) profile(end time.Time) *CPUProfile {
	pr := &CPUProfile{EndTime: end.Sub(b.start).Microseconds()}
	scripts := make(map[string]string) // script name → ID
	b.root.children = append([]*profNode{&b.program, &b.idle}, b.root.children...)
	var walk func(n *profNode) int
	walk = func(n *profNode) int {
		i := len(pr.Nodes)
		pr.Nodes = append(pr.Nodes, CPUProfileNode{ID: i + 1, CallFrame: n.callFrame(scripts), HitCount: n.hits})
		n.id = i + 1
		slices.SortFunc(n.lines, func(a, b CPUProfileTick) int { return a.Line - b.Line })
		pr.Nodes[i].PositionTicks = n.lines
		for _, c := range n.children {
			if c == &b.idle && c.hits == 0 {
				continue
			}
			id := walk(c)
			pr.Nodes[i].Children = append(pr.Nodes[i].Children, id)
		}
		return i + 1
	}
	walk(&b.root)
	// Samples come in time order from each VM, and from several VMs
	// (worker threads) interleaved by the lock.
	slices.SortStableFunc(b.samples, func(x, y profSample) int { return x.at.Compare(y.at) })
	pr.Samples = make([]int, len(b.samples))
	pr.TimeDeltas = make([]int64, len(b.samples))
	last := int64(0)
	for i, s := range b.samples {
		at := max(s.at.Sub(b.start).Microseconds(), 0)
		pr.Samples[i] = s.node.id
		pr.TimeDeltas[i] = at - last
		last = at
	}
	return pr
}

// callFrame describes n, numbering scripts by their names as it meets them.
func (n *profNode) callFrame(scripts map[string]string) CPUProfileFrame {
	if n.prg == nil {
		return CPUProfileFrame{FunctionName: n.name, ScriptID: "0", LineNumber: -1, ColumnNumber: -1}
	}
	name := n.prg.src.Name()
	id, ok := scripts[name]
	if !ok {
		id = strconv.Itoa(len(scripts) + 1)
		scripts[name] = id
	}
	u := name
	if filepath.IsAbs(name) {
		u = (&url.URL{Scheme: "file", Path: name}).String()
	}
	pos := n.prg.src.Position(n.prg.start)
	return CPUProfileFrame{
		FunctionName: n.prg.funcName.String(),
		ScriptID:     id,
		URL:          u,
		LineNumber:   pos.Line - 1,
		ColumnNumber: pos.Column - 1,
	}
}

/*
StartProfile (gonode: see GONODE.md) starts sampling the JavaScript stacks
of all Runtimes in the process, once per interval of the time each spends
running: a VM looks at the clock every thousand instructions and samples
its stack there, which may be after the instruction that took the time (a
call to a blocking Go function counts its wait). The time between a VM's
runs is sampled as (idle) where its host reported it idle (ProfileIdle),
and as (program) otherwise.

It returns an error if profiling is already active.
*/
func StartProfile(interval time.Duration) error {
	if interval <= 0 {
		return errors.New("profiler interval must be positive")
	}
	if err := globalProfiler.p.start(interval); err != nil {
		return err
	}
	atomic.StoreInt32(&globalProfiler.enabled, 1)
	return nil
}

// StopProfile stops the profile StartProfile started and returns it; nil
// when none was active.
func StopProfile() *CPUProfile {
	atomic.StoreInt32(&globalProfiler.enabled, 0)
	return globalProfiler.p.stop()
}

// ProfileIdle (gonode) tells the profile, if one is being taken, that the
// host waited d for work, with nothing to run, since the VM last ran. The
// profile samples that time as (idle).
func (r *Runtime) ProfileIdle(d time.Duration) {
	if pt := r.vm.profTracker; pt != nil && pt.depth == 0 {
		pt.idle += d
	}
}
