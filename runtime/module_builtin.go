package runtime

import (
	"path/filepath"
	"sort"
	"strings"

	"github.com/dop251/goja"
)

// The module module: builtinModules, isBuiltin and createRequire, the parts
// of node's Module that packages reach for.
func init() {
	RegisterCoreModule("module", func(rt *Runtime, module *goja.Object) error {
		ms := rt.modules
		vm := rt.vm
		exports := vm.NewObject()
		names := ms.builtinNames()
		list := make([]any, len(names))
		for i, n := range names {
			list[i] = n
		}
		_ = exports.Set("builtinModules", vm.NewArray(list...))
		_ = exports.Set("isBuiltin", NewFunction(vm, "isBuiltin", 1, func(call goja.FunctionCall) goja.Value {
			s, ok := AsString(call.Argument(0))
			if !ok {
				return vm.ToValue(false)
			}
			_, core := ms.coreName(s, false)
			return vm.ToValue(core)
		}))
		_ = exports.Set("createRequire", NewFunction(vm, "createRequire", 1, func(call goja.FunctionCall) goja.Value {
			file := ms.createRequirePath(call.Argument(0))
			return ms.newModule(file, nil).Get("require")
		}))
		return module.Set("exports", exports)
	})
}

// builtinNames lists the core modules user code can require, sorted.
func (ms *moduleSystem) builtinNames() []string {
	seen := map[string]bool{}
	registryMu.RLock()
	for name := range registry {
		seen[name] = true
	}
	registryMu.RUnlock()
	for name := range ms.rt.opts.Modules {
		seen[name] = true
	}
	var names []string
	for name := range seen {
		if !strings.HasPrefix(name, "internal/") {
			names = append(names, name)
		}
	}
	sort.Strings(names)
	return names
}

// createRequirePath is the file createRequire(filename) requires from: an
// absolute path or a file: URL (as a string or a URL object).
func (ms *moduleSystem) createRequirePath(v goja.Value) string {
	s, ok := AsString(v)
	if o, isObj := v.(*goja.Object); isObj && !ok {
		if href, isStr := AsString(o.Get("href")); isStr && strings.HasPrefix(href, "file:") {
			s, ok = href, true
		}
	}
	if ok {
		if p, isURL := strings.CutPrefix(s, "file://"); isURL {
			s = p
		}
		if filepath.IsAbs(s) {
			return s
		}
	}
	panic(ms.rt.NewNodeError("TypeError", "ERR_INVALID_ARG_VALUE",
		"The argument 'filename' must be a file URL object, file URL string, or absolute path string. Received "+inspectShort(ms.rt, v)))
}
