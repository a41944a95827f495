package v8

import (
	"math"
	goruntime "runtime"
	"runtime/debug"
	"strconv"

	"github.com/dop251/goja"
	"github.com/gonode/gonode/runtime"
	"golang.org/x/sys/unix"
)

// youngGeneration is what V8 adds to the old generation's limit for its
// young generation, on a 64-bit machine (node 20: 48 MiB).
const youngGeneration = 48 << 20

// heapSizeLimit is V8's heap_size_limit as node would have it: the old
// generation's limit (--max-old-space-size, or V8's default of a quarter
// of the machine's memory, at most 4 GiB) plus the young generation; a Go
// memory limit (GOMEMLIMIT) below that is the limit.
func heapSizeLimit(rt *runtime.Runtime) uint64 {
	old := uint64(4 << 30)
	var info unix.Sysinfo_t
	if unix.Sysinfo(&info) == nil {
		old = min(old, uint64(info.Totalram)*uint64(info.Unit)/4)
	}
	if v, ok := rt.OptionValue("--max-old-space-size"); ok {
		if mb, err := strconv.ParseUint(v, 10, 32); err == nil && mb > 0 {
			old = mb << 20
		}
	}
	limit := old + youngGeneration
	if l := debug.SetMemoryLimit(-1); l != math.MaxInt64 && uint64(l) < limit {
		limit = uint64(l)
	}
	return limit
}

// heapStatistics is v8.getHeapStatistics() for Go's heap: V8's fields,
// from the Go runtime's memory statistics (no executable heap, one
// context, no handles).
func heapStatistics(rt *runtime.Runtime) goja.Value {
	var ms goruntime.MemStats
	goruntime.ReadMemStats(&ms)
	limit := heapSizeLimit(rt)
	other := ms.Sys - ms.HeapSys // the runtime's memory outside the heap
	available := uint64(0)
	if limit > ms.HeapAlloc {
		available = limit - ms.HeapAlloc
	}
	vm := rt.VM()
	o := vm.NewObject()
	for _, f := range []struct {
		name  string
		value uint64
	}{
		{"total_heap_size", ms.HeapSys},
		{"total_heap_size_executable", 0},
		{"total_physical_size", ms.HeapSys - ms.HeapReleased},
		{"total_available_size", available},
		{"used_heap_size", ms.HeapAlloc},
		{"heap_size_limit", limit},
		{"malloced_memory", other},
		{"peak_malloced_memory", other},
		{"does_zap_garbage", 0},
		{"number_of_native_contexts", 1},
		{"number_of_detached_contexts", 0},
		{"total_global_handles_size", 0},
		{"used_global_handles_size", 0},
		{"external_memory", 0},
	} {
		_ = o.Set(f.name, f.value)
	}
	return o
}

// heapSpaceNames are V8's heap spaces in node 20, in its order.
var heapSpaceNames = []string{"read_only_space", "new_space", "old_space", "code_space", "shared_space",
	"new_large_object_space", "large_object_space", "code_large_object_space", "shared_large_object_space"}

// heapSpaceStatistics is v8.getHeapSpaceStatistics(): Go's one heap is
// old_space; the other spaces are empty.
func heapSpaceStatistics(rt *runtime.Runtime) goja.Value {
	var ms goruntime.MemStats
	goruntime.ReadMemStats(&ms)
	vm := rt.VM()
	spaces := make([]any, len(heapSpaceNames))
	for i, name := range heapSpaceNames {
		var size, used, physical uint64
		if name == "old_space" {
			size, used, physical = ms.HeapSys, ms.HeapAlloc, ms.HeapSys-ms.HeapReleased
		}
		o := vm.NewObject()
		_ = o.Set("space_name", name)
		_ = o.Set("space_size", size)
		_ = o.Set("space_used_size", used)
		_ = o.Set("space_available_size", size-used)
		_ = o.Set("physical_space_size", physical)
		spaces[i] = o
	}
	return vm.NewArray(spaces...)
}

// heapCodeStatistics is v8.getHeapCodeStatistics(): goja keeps no machine
// code, and its compiled programs are not counted.
func heapCodeStatistics(rt *runtime.Runtime) goja.Value {
	o := rt.VM().NewObject()
	for _, name := range []string{"code_and_metadata_size", "bytecode_and_metadata_size", "external_script_source_size", "cpu_profiler_metadata_size"} {
		_ = o.Set(name, 0)
	}
	return o
}
