// Package perfhooks implements node's 'perf_hooks' core module and the
// performance global: the high-resolution clock (performance.now,
// timeOrigin), user timing (mark, measure and the entry buffers),
// PerformanceObserver, nodeTiming, eventLoopUtilization, timerify, and
// the Histogram API (createHistogram, monitorEventLoopDelay). The Go
// binding internal/perf reads the monotonic clock and the runtime's
// milestones and loop idle time; perf_hooks.js does the rest.
package perfhooks

import (
	_ "embed"
	"time"

	"github.com/dop251/goja"
	"github.com/gonode/gonode/modules/buffer"
	"github.com/gonode/gonode/modules/util"
	"github.com/gonode/gonode/modules/v8"
	"github.com/gonode/gonode/runtime"
)

var (
	//go:embed perf_hooks.js
	source string
	//go:embed observe.js
	observeSource string
)

// Modules are the perf_hooks package's core modules and the globals node 20
// has for it (only performance is enumerable); modules/all registers them.
var Modules = runtime.ModuleSet{
	Needs: []*runtime.ModuleSet{&buffer.Modules, &util.Modules, &v8.Modules},
	Core: []runtime.Module{
		{Name: "internal/perf", Load: loadBinding},
		{Name: "internal/perf/observe", Source: &observeSource},
		{Name: "perf_hooks", Source: &source},
	},
	Globals: []runtime.Global{
		{Name: "performance", Flags: runtime.GlobalEnumerable | runtime.GlobalKeptAccessor, Module: "perf_hooks", Path: "performance"},
		{Name: "Performance", Module: "perf_hooks", Path: "Performance"},
		{Name: "PerformanceEntry", Module: "perf_hooks", Path: "PerformanceEntry"},
		{Name: "PerformanceMark", Module: "perf_hooks", Path: "PerformanceMark"},
		{Name: "PerformanceMeasure", Module: "perf_hooks", Path: "PerformanceMeasure"},
		{Name: "PerformanceObserver", Module: "perf_hooks", Path: "PerformanceObserver"},
		{Name: "PerformanceObserverEntryList", Module: "perf_hooks", Path: "PerformanceObserverEntryList"},
		{Name: "PerformanceResourceTiming", Module: "perf_hooks", Path: "PerformanceResourceTiming"},
	},
}

// Observers counts a runtime's PerformanceObservers by the entry types
// they observe.
type Observers struct {
	counts map[string]int
}

type observersKey struct{}

// ObserversOf returns rt's Observers (loop goroutine).
func ObserversOf(rt *runtime.Runtime) *Observers {
	return rt.Local(observersKey{}, func() any {
		return &Observers{counts: map[string]int{}}
	}).(*Observers)
}

// Has reports whether an observer observes entries of entryType: other
// modules skip making entries nobody would get.
func (o *Observers) Has(entryType string) bool { return o.counts[entryType] > 0 }

// ms is d in milliseconds with its fraction.
func ms(d time.Duration) float64 { return float64(d) / float64(time.Millisecond) }

func loadBinding(rt *runtime.Runtime, module *goja.Object) error {
	vm := rt.VM()
	origin := runtime.TimeOrigin()
	o := vm.NewObject()
	set := func(name string, fn func(goja.FunctionCall) goja.Value) error {
		return o.Set(name, fn)
	}
	// now() is milliseconds since the time origin, on the monotonic clock.
	if err := set("now", func(goja.FunctionCall) goja.Value {
		return vm.ToValue(ms(time.Since(origin)))
	}); err != nil {
		return err
	}
	// nowNs() is the same in nanoseconds, for the histograms.
	if err := set("nowNs", func(goja.FunctionCall) goja.Value {
		return vm.ToValue(int64(time.Since(origin)))
	}); err != nil {
		return err
	}
	// milestone(i) is when runtime.Milestone(i) was reached, in ms since
	// the origin, or -1 if it has not been.
	if err := set("milestone", func(call goja.FunctionCall) goja.Value {
		t := rt.Milestone(runtime.Milestone(call.Argument(0).ToInteger()))
		if t.IsZero() {
			return vm.ToValue(-1)
		}
		return vm.ToValue(ms(t.Sub(origin)))
	}); err != nil {
		return err
	}
	if err := set("idleTime", func(goja.FunctionCall) goja.Value {
		return vm.ToValue(ms(rt.IdleTime()))
	}); err != nil {
		return err
	}
	// countType(type, delta) adds delta to the observers of type;
	// hasObserver(type) tells whether there are any (see Observers).
	observers := ObserversOf(rt)
	if err := set("countType", func(call goja.FunctionCall) goja.Value {
		observers.counts[call.Argument(0).String()] += int(call.Argument(1).ToInteger())
		return goja.Undefined()
	}); err != nil {
		return err
	}
	if err := set("hasObserver", func(call goja.FunctionCall) goja.Value {
		return vm.ToValue(observers.Has(call.Argument(0).String()))
	}); err != nil {
		return err
	}
	if err := set("loopCount", func(goja.FunctionCall) goja.Value {
		return vm.ToValue(rt.LoopCount())
	}); err != nil {
		return err
	}
	// timeOrigin is the origin as a Unix time in ms, with its fraction.
	if err := o.Set("timeOrigin", float64(origin.UnixMicro())/1e3); err != nil {
		return err
	}
	m := vm.NewObject()
	for name, v := range map[string]runtime.Milestone{
		"nodeStart": runtime.MilestoneNodeStart, "v8Start": runtime.MilestoneV8Start,
		"environment": runtime.MilestoneEnvironment, "bootstrapComplete": runtime.MilestoneBootstrapComplete,
		"loopStart": runtime.MilestoneLoopStart, "loopExit": runtime.MilestoneLoopExit,
	} {
		if err := m.Set(name, int(v)); err != nil {
			return err
		}
	}
	if err := o.Set("milestones", m); err != nil {
		return err
	}
	return module.Set("exports", o)
}
