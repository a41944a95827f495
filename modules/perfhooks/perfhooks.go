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
	_ "github.com/gonode/gonode/modules/buffer" // internal/errors
	_ "github.com/gonode/gonode/modules/util"   // util.inspect
	_ "github.com/gonode/gonode/modules/v8"     // structuredClone of details
	"github.com/gonode/gonode/runtime"
)

//go:embed perf_hooks.js
var source string

func init() {
	runtime.RegisterCoreModule("internal/perf", loadBinding)
	runtime.RegisterCoreModule("perf_hooks", runtime.JSModule("node:perf_hooks", source))
	// The globals node 20 has; only performance is enumerable.
	for _, name := range []string{"performance", "Performance", "PerformanceEntry", "PerformanceMark",
		"PerformanceMeasure", "PerformanceObserver", "PerformanceObserverEntryList", "PerformanceResourceTiming"} {
		flags := runtime.GlobalFlag(0)
		if name == "performance" {
			flags = runtime.GlobalEnumerable
		}
		runtime.RegisterGlobal(name, flags, runtime.ModuleGlobal("perf_hooks", name))
	}
}

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
