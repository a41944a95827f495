package runtime

import (
	"slices"
	"sort"

	"github.com/dop251/goja"
)

// process.binding(name), node's deprecated door to its internal bindings.
// gonode's modules are not built on node's bindings, so it gives the ones
// that public APIs can fill as node fills them (util, uv, constants and
// natives); any other name node allows throws ERR_GONODE_UNSUPPORTED, and a
// name node does not know throws node's "No such module".

// bindingAllowList are the names node 20's process.binding accepts.
var bindingAllowList = []string{
	"async_wrap", "buffer", "cares_wrap", "config", "constants", "contextify", "crypto", "fs",
	"fs_event_wrap", "http_parser", "icu", "inspector", "js_stream", "natives", "os", "pipe_wrap",
	"process_wrap", "signal_wrap", "spawn_sync", "stream_wrap", "tcp_wrap", "tls_wrap", "tty_wrap",
	"udp_wrap", "url", "util", "uv", "v8", "zlib",
}

// bindingRuntimeDeprecated are the names whose first use warns (DEP0111)
// even without --pending-deprecation.
var bindingRuntimeDeprecated = []string{"async_wrap", "crypto", "http_parser", "signal_wrap", "url", "v8", "zlib"}

// utilBindingNames are the util.types checks process.binding('util') has.
var utilBindingNames = []string{
	"isExternal", "isDate", "isNativeError", "isRegExp", "isAsyncFunction", "isPromise", "isMap",
	"isSet", "isMapIterator", "isSetIterator", "isArrayBuffer", "isDataView", "isAnyArrayBuffer",
	"isArrayBufferView", "isTypedArray", "isUint8Array",
}

// processBinding implements process.binding.
func (rt *Runtime) processBinding(call goja.FunctionCall) goja.Value {
	name := call.Argument(0).String()
	if !slices.Contains(bindingAllowList, name) {
		panic(rt.NewNodeError("Error", "", "No such module: "+name))
	}
	if rt.pendingDeprecation() {
		rt.deprecateOnce("process.binding", "process.binding() is deprecated. Please use public APIs instead.", "DEP0111")
	} else if slices.Contains(bindingRuntimeDeprecated, name) {
		rt.deprecateOnce("process.binding:"+name, "Access to process.binding('"+name+"') is deprecated.", "DEP0111")
	}
	switch name {
	case "util":
		return rt.utilBinding()
	case "uv":
		return rt.uvBinding()
	case "constants":
		return rt.constantsBinding()
	case "natives":
		return rt.nativesBinding()
	}
	panic(rt.NewNodeError("Error", "ERR_GONODE_UNSUPPORTED", "process.binding('"+name+"') is not supported by gonode"))
}

// deprecateOnce emits a DeprecationWarning the first time key is seen.
func (rt *Runtime) deprecateOnce(key, msg, code string) {
	if rt.deprecationsWarned[key] {
		return
	}
	if rt.deprecationsWarned == nil {
		rt.deprecationsWarned = map[string]bool{}
	}
	rt.deprecationsWarned[key] = true
	rt.Warn(rt.vm.ToValue(msg), rt.vm.ToValue("DeprecationWarning"), rt.vm.ToValue(code))
}

func (rt *Runtime) utilBinding() goja.Value {
	types := rt.exportsOf("util").Get("types").ToObject(rt.vm)
	o := rt.vm.NewObject()
	for _, n := range utilBindingNames {
		_ = o.Set(n, types.Get(n))
	}
	return o
}

// uvBinding is libuv's error table: UV_<name> for each errno, errname and
// getErrorMap, from util's system error map.
func (rt *Runtime) uvBinding() goja.Value {
	errMap := rt.callMethod(rt.exportsOf("util"), "getSystemErrorMap").ToObject(rt.vm)
	o := rt.vm.NewObject()
	_ = o.Set("errname", NewFunction(rt.vm, "errname", 1, func(c goja.FunctionCall) goja.Value {
		if rt.pendingDeprecation() {
			rt.deprecateOnce("uv.errname", "Directly calling process.binding('uv').errname(<val>) is being deprecated. "+
				"Please make sure to use util.getSystemErrorName() instead.", "DEP0119")
		}
		if entry, ok := rt.callMethod(errMap, "get", c.Argument(0)).(*goja.Object); ok {
			return entry.Get("0")
		}
		return rt.vm.ToValue("Unknown system error " + c.Argument(0).String())
	}))
	rt.mapEach(errMap, func(errno, entry goja.Value) {
		_ = o.Set("UV_"+entry.ToObject(rt.vm).Get("0").String(), errno)
	})
	_ = o.Set("getErrorMap", NewFunction(rt.vm, "getErrorMap", 0, func(goja.FunctionCall) goja.Value { return errMap }))
	return o
}

// mapEach calls fn for each entry of a JavaScript Map, in order.
func (rt *Runtime) mapEach(m *goja.Object, fn func(key, value goja.Value)) {
	each := NewFunction(rt.vm, "", 2, func(c goja.FunctionCall) goja.Value {
		fn(c.Argument(1), c.Argument(0))
		return goja.Undefined()
	})
	rt.callMethod(m, "forEach", each)
}

// constantsBinding is node's constants binding: the constants of os, fs,
// crypto and zlib (node's trace-event constants are not there: gonode has
// no trace events).
func (rt *Runtime) constantsBinding() goja.Value {
	o := rt.vm.NewObject()
	for _, name := range []string{"os", "fs", "crypto", "zlib"} {
		_ = o.Set(name, rt.exportsOf(name).Get("constants"))
	}
	return o
}

// nativesBinding maps each core module's name to its JavaScript source;
// the source of a module made in Go is empty.
func (rt *Runtime) nativesBinding() goja.Value {
	registryMu.RLock()
	names := make([]string, 0, len(registry))
	sources := map[string]string{}
	for name, c := range registry {
		names = append(names, name)
		if c.source != nil {
			sources[name] = *c.source
		}
	}
	registryMu.RUnlock()
	sort.Strings(names)
	o := rt.vm.NewObject()
	for _, name := range names {
		_ = o.Set(name, sources[name])
	}
	return o
}
