package goja

import (
	"errors"
	"io"
	"strconv"
	"sync"
	"sync/atomic"
	"time"

	"github.com/google/pprof/profile"
)

const profInterval = 10 * time.Millisecond
const profMaxStackDepth = 64

// profCheckEvery is how many instructions a profiled VM runs between two
// looks at the clock.
const profCheckEvery = 1000

type _globalProfiler struct {
	p profiler
	w io.Writer

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
	numFrames int
	frames    [profMaxStackDepth]StackFrame
}

// enter and leave bracket one of the VM's runs; time counts while the
// outermost one runs.
func (pt *profTracker) enter() {
	if pt.depth++; pt.depth == 1 {
		pt.mark = time.Now()
	}
}

func (pt *profTracker) leave() {
	if pt.depth--; pt.depth == 0 {
		pt.owed += time.Since(pt.mark)
	}
}

// tick counts the time run since the last tick and, for each whole
// interval of it, samples the stack of vm, which has just run the
// instruction at pc. It reports false once the profile has stopped.
func (pt *profTracker) tick(vm *vm, pc int) bool {
	now := time.Now()
	pt.owed += now.Sub(pt.mark)
	pt.mark = now
	if pt.owed < profInterval {
		return globalProfiler.p.buf.Load() == pt.buf
	}
	n := int64(pt.owed / profInterval)
	pt.owed -= time.Duration(n) * profInterval
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
	pt.buf.addSample(pt, n)
	return true
}

type profiler struct {
	mu  sync.Mutex // held while a sample is added and while the profile is made
	buf atomic.Pointer[profBuffer]
}

type profFunc struct {
	f    profile.Function
	locs map[int32]*profile.Location
}

type profSampleNode struct {
	loc      *profile.Location
	sample   *profile.Sample
	parent   *profSampleNode
	children map[*profile.Location]*profSampleNode
}

type profBuffer struct {
	funcs map[*Program]*profFunc
	root  profSampleNode
}

// addSample adds count samples of pt's stack.
func (pb *profBuffer) addSample(pt *profTracker, count int64) {
	sampleFrames := pt.frames[:pt.numFrames]
	n := &pb.root
	for j := len(sampleFrames) - 1; j >= 0; j-- {
		frame := sampleFrames[j]
		if frame.prg == nil {
			continue
		}
		var f *profFunc
		if f = pb.funcs[frame.prg]; f == nil {
			f = &profFunc{
				locs: make(map[int32]*profile.Location),
			}
			if pb.funcs == nil {
				pb.funcs = make(map[*Program]*profFunc)
			}
			pb.funcs[frame.prg] = f
		}
		var loc *profile.Location
		if loc = f.locs[int32(frame.pc)]; loc == nil {
			loc = &profile.Location{}
			f.locs[int32(frame.pc)] = loc
		}
		if nn := n.children[loc]; nn == nil {
			if n.children == nil {
				n.children = make(map[*profile.Location]*profSampleNode, 1)
			}
			nn = &profSampleNode{
				parent: n,
				loc:    loc,
			}
			n.children[loc] = nn
			n = nn
		} else {
			n = nn
		}
	}
	smpl := n.sample
	if smpl == nil {
		locs := make([]*profile.Location, 0, len(sampleFrames))
		for n1 := n; n1.loc != nil; n1 = n1.parent {
			locs = append(locs, n1.loc)
		}
		smpl = &profile.Sample{
			Location: locs,
			Value:    make([]int64, 2),
		}
		n.sample = smpl
	}
	smpl.Value[0] += count
	smpl.Value[1] += count * int64(profInterval)
}

func (pb *profBuffer) profile() *profile.Profile {
	pr := profile.Profile{}
	pr.SampleType = []*profile.ValueType{
		{Type: "samples", Unit: "count"},
		{Type: "cpu", Unit: "nanoseconds"},
	}
	pr.PeriodType = pr.SampleType[1]
	pr.Period = int64(profInterval)
	mapping := &profile.Mapping{
		ID:   1,
		File: "[ECMAScript code]",
	}
	pr.Mapping = make([]*profile.Mapping, 1, len(pb.funcs)+1)
	pr.Mapping[0] = mapping

	pr.Function = make([]*profile.Function, 0, len(pb.funcs))
	funcNames := make(map[string]struct{})
	var funcId, locId uint64
	for prg, f := range pb.funcs {
		fileName := prg.src.Name()
		funcId++
		f.f.ID = funcId
		f.f.Filename = fileName
		var funcName string
		if prg.funcName != "" {
			funcName = prg.funcName.String()
		} else {
			funcName = "<anonymous>"
		}
		// Make sure the function name is unique, otherwise the graph display merges them into one node, even
		// if they are in different mappings.
		if _, exists := funcNames[funcName]; exists {
			funcName += "." + strconv.FormatUint(f.f.ID, 10)
		} else {
			funcNames[funcName] = struct{}{}
		}
		f.f.Name = funcName
		pr.Function = append(pr.Function, &f.f)
		for pc, loc := range f.locs {
			locId++
			loc.ID = locId
			pos := prg.src.Position(prg.sourceOffset(int(pc)))
			loc.Line = []profile.Line{
				{
					Function: &f.f,
					Line:     int64(pos.Line),
				},
			}

			loc.Mapping = mapping
			pr.Location = append(pr.Location, loc)
		}
	}
	pb.addSamples(&pr, &pb.root)
	return &pr
}

func (pb *profBuffer) addSamples(p *profile.Profile, n *profSampleNode) {
	if n.sample != nil {
		p.Sample = append(p.Sample, n.sample)
	}
	for _, child := range n.children {
		pb.addSamples(p, child)
	}
}

func (p *profiler) start() error {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.buf.Load() != nil {
		return errors.New("profiler is already active")
	}
	p.buf.Store(new(profBuffer))
	return nil
}

func (p *profiler) stop() *profile.Profile {
	p.mu.Lock()
	defer p.mu.Unlock()
	if buf := p.buf.Swap(nil); buf != nil {
		return buf.profile()
	}
	return nil
}

/*
StartProfile enables execution time profiling for all Runtimes within the current process.
This works similar to pprof.StartCPUProfile and produces the same format which can be consumed by `go tool pprof`.
There are, however, a few notable differences. Firstly, it's not a CPU profile, rather "execution time" profile:
each VM counts the time it spends running (not the time it is idle between runs, as between the callbacks of an
event loop) and samples its own stack once for each period of it, looking at the clock every thousand instructions.
If an instruction happens to be a call to a blocking Go function, the waiting time is counted. Secondly, a stack
is sampled where the VM looked at the clock, which may be after the instruction that took the time.

If there are multiple functions with the same name, their names get a '.N' suffix, where N is a unique number,
because otherwise the graph view merges them together (even if they are in different mappings). This includes
"<anonymous>" functions.

The sampling period is set to 10ms.

It returns an error if profiling is already active.
*/
func StartProfile(w io.Writer) error {
	err := globalProfiler.p.start()
	if err != nil {
		return err
	}
	globalProfiler.w = w
	atomic.StoreInt32(&globalProfiler.enabled, 1)
	return nil
}

/*
StopProfile stops the current profile initiated by StartProfile, if any.
*/
func StopProfile() {
	atomic.StoreInt32(&globalProfiler.enabled, 0)
	pr := globalProfiler.p.stop()
	if pr != nil {
		_ = pr.Write(globalProfiler.w)
	}
	globalProfiler.w = nil
}
