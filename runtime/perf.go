package runtime

import "time"

// Milestone names a moment in the runtime's life, as node's performance
// milestones (performance.nodeTiming) do.
type Milestone int

const (
	// MilestoneNodeStart is when New began.
	MilestoneNodeStart Milestone = iota
	// MilestoneV8Start is when the JavaScript VM had been created.
	MilestoneV8Start
	// MilestoneEnvironment is when the globals and process were installed.
	MilestoneEnvironment
	// MilestoneBootstrapComplete is just before the main script ran.
	MilestoneBootstrapComplete
	// MilestoneLoopStart is when the event loop began, after the main script.
	MilestoneLoopStart
	// MilestoneLoopExit is when the event loop ran out of work.
	MilestoneLoopExit
	numMilestones
)

// TimeOrigin is the moment performance.now() counts from: when the process
// (the runtime package) started. It carries Go's monotonic clock reading.
func TimeOrigin() time.Time { return processStart }

// Milestone returns when m was reached, or the zero time if it has not been.
func (rt *Runtime) Milestone(m Milestone) time.Time {
	if m < 0 || m >= numMilestones {
		return time.Time{}
	}
	return rt.milestones[m]
}

// IdleTime is how long the event loop has spent waiting for work (polling
// or asleep), as libuv's uv_metrics_idle_time counts it.
func (rt *Runtime) IdleTime() time.Duration { return rt.idle }

// LoopCount is how many iterations the event loop has begun.
func (rt *Runtime) LoopCount() int64 { return rt.loops }
