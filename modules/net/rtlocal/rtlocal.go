// Package rtlocal keeps one value per runtime, for native modules that must
// find their state without loading themselves: net and dgram ask whether an
// object given to child_process send() is theirs, and a runtime that never
// loaded them has none (so they need not load to answer).
package rtlocal

import (
	"sync"

	"github.com/gonode/gonode/runtime"
)

// Map holds a T per runtime. The zero Map is empty and ready to use.
type Map[T any] struct {
	m sync.Map // *runtime.Runtime → T
}

// Set stores v for rt until rt shuts down (loop goroutine).
func (m *Map[T]) Set(rt *runtime.Runtime, v T) {
	m.m.Store(rt, v)
	h := rt.NewHandle("rtlocal")
	h.Unref()
	h.OnRuntimeClose(func() { m.m.Delete(rt) })
}

// Get returns the value stored for rt, if any.
func (m *Map[T]) Get(rt *runtime.Runtime) (T, bool) {
	v, ok := m.m.Load(rt)
	if !ok {
		var zero T
		return zero, false
	}
	return v.(T), true
}
