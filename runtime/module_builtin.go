package runtime

import (
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/dop251/goja"

	"github.com/gonode/gonode/internal/nativefunc"
)

// The module module is node's Module class: every user module object is an
// instance (module.constructor, new Module(), Module.wrap), with
// builtinModules, isBuiltin and createRequire, and the internals packages
// patch to hook loading (require-in-the-middle for APM and pm2, pirates and
// the source-transforming registers, require-from-string): require goes
// through Module.prototype.require, Module._load and Module._resolveFilename
// as in node, and loading a file through Module._extensions and
// module._compile, but only once one of them has been replaced: until then
// the loader stays in Go.
func init() {
	RegisterCoreModule("module", func(rt *Runtime, module *goja.Object) error {
		return module.Set("exports", rt.modules.class().ctor)
	})
}

// moduleClass is the Module constructor, its prototype, and the original
// functions the loader compares with what is installed now, to tell when a
// hook replaced one.
type moduleClass struct {
	ctor, proto, extensions         *goja.Object
	require, compile, resolve, load *goja.Object
	extJS, extJSON                  *goja.Object
}

// class returns the Module class, made on first use: require('module'), or
// a read of a placeholder (moduleProto, extensionsObject).
func (ms *moduleSystem) class() *moduleClass {
	if ms.mc != nil {
		return ms.mc
	}
	rt, vm := ms.rt, ms.rt.vm
	c := &moduleClass{}
	ms.mc = c
	ctor := vm.ToValue(func(call goja.ConstructorCall) *goja.Object {
		id := ""
		if s, ok := AsString(call.Argument(0)); ok {
			id = s
		}
		parent, _ := call.Argument(1).(*goja.Object)
		ms.initModule(call.This, id, filepath.Dir(id), goja.Null(), parent)
		return nil
	}).(*goja.Object)
	SetFunctionName(vm, ctor, "Module", 0)
	c.ctor = ctor
	c.proto = ms.moduleProto()
	_ = ctor.DefineDataProperty("prototype", c.proto, goja.FLAG_TRUE, goja.FLAG_FALSE, goja.FLAG_FALSE)
	ms.define(c.proto, "constructor", ctor, goja.FLAG_FALSE)

	method := func(name string, length int, fn func(this *goja.Object, call goja.FunctionCall) goja.Value) *goja.Object {
		f := NewFunction(vm, name, length, func(call goja.FunctionCall) goja.Value {
			this, ok := call.This.(*goja.Object)
			if !ok {
				panic(rt.NewNodeError("TypeError", "ERR_INVALID_THIS", "Value of \"this\" must be of type Module"))
			}
			return fn(this, call)
		})
		ms.define(c.proto, name, f, goja.FLAG_FALSE)
		return f
	}
	c.require = method("require", 1, func(this *goja.Object, call goja.FunctionCall) goja.Value {
		return ms.requireFrom(this, ms.requestArg(call.Argument(0)))
	})
	c.compile = method("_compile", 2, func(this *goja.Object, call goja.FunctionCall) goja.Value {
		ms.compile(this, call.Argument(1).String(), call.Argument(0).String())
		return goja.Undefined()
	})
	method("load", 1, func(this *goja.Object, call goja.FunctionCall) goja.Value {
		file := call.Argument(0).String()
		_ = this.Set("filename", file)
		_ = this.Set("paths", ms.nodeModulePaths(filepath.Dir(file)))
		ms.loadThroughExtensions(this, file)
		return goja.Undefined()
	})

	static := func(name string, length int, fn func(goja.FunctionCall) goja.Value) *goja.Object {
		f := NewFunction(vm, name, length, fn)
		_ = ctor.Set(name, f)
		return f
	}
	c.resolve = static("_resolveFilename", 2, func(call goja.FunctionCall) goja.Value {
		request := call.Argument(0).String()
		parent, _ := call.Argument(1).(*goja.Object)
		if _, core := ms.coreName(request, false); core {
			return vm.ToValue(request)
		}
		dir := ms.dirOf(parent)
		if opts, ok := call.Argument(3).(*goja.Object); ok {
			// options.paths: the first of these folders to resolve it.
			var paths []any
			if v := opts.Get("paths"); v != nil {
				paths, _ = v.Export().([]any)
			}
			for i, p := range paths {
				s, ok := p.(string)
				if !ok {
					continue
				}
				if i == 0 {
					dir = absPath(s)
				}
				if file, ok := ms.resolve(absPath(s), request); ok {
					return vm.ToValue(file)
				}
			}
		}
		file, _ := ms.resolveOrThrow(dir, request, parent)
		return vm.ToValue(file)
	})
	c.load = static("_load", 3, func(call goja.FunctionCall) goja.Value {
		request := ms.requestArg(call.Argument(0))
		parent, _ := call.Argument(1).(*goja.Object)
		if call.Argument(2).ToBoolean() {
			return ms.loadMain(ms.resolveFile(request, parent))
		}
		return ms.requireNative(parent, request)
	})
	static("_nodeModulePaths", 1, func(call goja.FunctionCall) goja.Value {
		return vm.ToValue(ms.nodeModulePaths(absPath(call.Argument(0).String())))
	})
	static("_initPaths", 0, func(goja.FunctionCall) goja.Value { return goja.Undefined() })
	static("syncBuiltinESMExports", 0, func(goja.FunctionCall) goja.Value { return goja.Undefined() })
	static("wrap", 1, func(call goja.FunctionCall) goja.Value {
		return vm.ToValue(wrapperHead + call.Argument(0).String() + "\n});")
	})
	static("runMain", 0, func(call goja.FunctionCall) goja.Value {
		main := call.Argument(0)
		if goja.IsUndefined(main) {
			main = rt.process.Get("argv").ToObject(vm).Get("1")
		}
		return ms.loadMain(ms.resolveFile(absPath(main.String()), nil))
	})
	static("isBuiltin", 1, func(call goja.FunctionCall) goja.Value {
		s, ok := AsString(call.Argument(0))
		if !ok {
			return vm.ToValue(false)
		}
		_, core := ms.coreName(s, false)
		return vm.ToValue(core)
	})
	static("createRequire", 1, func(call goja.FunctionCall) goja.Value {
		file := ms.createRequirePath(call.Argument(0))
		return ms.makeRequire(ms.newModule(file, nil), filepath.Dir(file), false)
	})

	c.extensions = ms.extensionsObject()
	c.extJS = NewFunction(vm, "", 2, func(call goja.FunctionCall) goja.Value {
		m := call.Argument(0).ToObject(vm)
		file := call.Argument(1).String()
		src := ms.readSource(file)
		if f := m.Get("_compile"); f != nil && !f.SameAs(c.compile) {
			ms.callFunction(f, m, vm.ToValue(src), vm.ToValue(file))
		} else {
			ms.compile(m, file, src)
		}
		return goja.Undefined()
	})
	c.extJSON = NewFunction(vm, "", 2, func(call goja.FunctionCall) goja.Value {
		file := call.Argument(1).String()
		ms.loadJSON(call.Argument(0).ToObject(vm), file, ms.readSource(file))
		return goja.Undefined()
	})
	ms.define(c.extensions, ".js", c.extJS, goja.FLAG_TRUE)
	ms.define(c.extensions, ".json", c.extJSON, goja.FLAG_TRUE)
	ms.define(c.extensions, ".node", NewFunction(vm, "", 2, func(call goja.FunctionCall) goja.Value {
		file := call.Argument(1).String()
		panic(rt.NewNodeError("Error", "ERR_DLOPEN_FAILED", file+": native addons cannot be loaded by gonode"))
	}), goja.FLAG_TRUE)

	// The lists are made on first read, after the class.
	rt.defineLazy(ctor, "builtinModules", func() goja.Value { return stringArray(vm, ms.builtinNames()) })
	rt.defineLazy(ctor, "globalPaths", func() goja.Value { return stringArray(vm, ms.globalPaths()) })
	_ = ctor.Set("_extensions", c.extensions)
	_ = ctor.Set("_cache", ms.cache)
	_ = ctor.Set("_pathCache", vm.NewObject())
	_ = ctor.Set("wrapper", vm.NewArray(wrapperHead, "\n});"))
	_ = ctor.Set("Module", ctor)
	return c
}

// moduleProto is Module.prototype, which every module object inherits
// from. Made with the first module, it holds placeholders that make the
// class when first read: most programs never look, and making it costs
// start-up time and memory (code touched once) in every process.
func (ms *moduleSystem) moduleProto() *goja.Object {
	if ms.proto == nil {
		ms.proto = ms.rt.vm.NewObject()
		ms.placeholders(ms.proto, goja.FLAG_FALSE, "constructor", "require", "_compile", "load")
	}
	return ms.proto
}

// extensionsObject is Module._extensions (require.extensions), with
// placeholders for the handlers as moduleProto has.
func (ms *moduleSystem) extensionsObject() *goja.Object {
	if ms.extensions == nil {
		ms.extensions = ms.rt.vm.NewObject()
		ms.placeholders(ms.extensions, goja.FLAG_TRUE, ".js", ".json", ".node")
	}
	return ms.extensions
}

// placeholders defines names on o as accessors that make the class when
// read (which replaces them), or take a value a hook assigns first.
func (ms *moduleSystem) placeholders(o *goja.Object, enumerable goja.Flag, names ...string) {
	vm := ms.rt.vm
	for _, name := range names {
		getter := nativefunc.New(vm, func(goja.FunctionCall) goja.Value {
			ms.class()
			return o.Get(name)
		})
		setter := nativefunc.New(vm, func(call goja.FunctionCall) goja.Value {
			if ms.assigned == nil {
				ms.assigned = map[string]bool{}
			}
			ms.assigned[name] = true
			_ = o.DefineDataProperty(name, call.Argument(0), goja.FLAG_TRUE, goja.FLAG_TRUE, enumerable)
			return goja.Undefined()
		})
		_ = o.DefineAccessorProperty(name, getter, setter, goja.FLAG_TRUE, enumerable)
	}
}

// define sets o[name] to v for the class, unless a hook assigned it
// before the class was made.
func (ms *moduleSystem) define(o *goja.Object, name string, v goja.Value, enumerable goja.Flag) {
	if ms.assigned[name] {
		return
	}
	_ = o.DefineDataProperty(name, v, goja.FLAG_TRUE, goja.FLAG_TRUE, enumerable)
}

// requestArg checks require's argument as node does.
func (ms *moduleSystem) requestArg(id goja.Value) string {
	s, ok := AsString(id)
	if !ok {
		panic(ms.rt.NewNodeError("TypeError", "ERR_INVALID_ARG_TYPE",
			`The "id" argument must be of type string. Received `+describeReceived(id)))
	}
	if s == "" {
		panic(ms.rt.NewNodeError("TypeError", "ERR_INVALID_ARG_VALUE",
			"The argument 'id' must be a non-empty string. Received ''"))
	}
	return s
}

// hookedClass is the class if it was made, or if a hook assigned a
// placeholder before (the class is made then); nil means nothing can have
// been replaced.
func (ms *moduleSystem) hookedClass() *moduleClass {
	if ms.mc == nil && len(ms.assigned) > 0 {
		ms.class()
	}
	return ms.mc
}

// replaced reports whether the function at obj[name] is not orig: a hook
// replaced it.
func replaced(obj *goja.Object, name string, orig *goja.Object) bool {
	v := obj.Get(name)
	return v == nil || !v.SameAs(orig)
}

// requireFrom is Module.prototype.require's work: Module._load, if a hook
// replaced it, or the loader.
func (ms *moduleSystem) requireFrom(m *goja.Object, request string) goja.Value {
	c := ms.hookedClass()
	if c == nil {
		return ms.require(m, ms.dirOf(m), request, false)
	}
	if replaced(c.ctor, "_load", c.load) {
		return ms.callFunction(c.ctor.Get("_load"), c.ctor, ms.rt.vm.ToValue(request), m, ms.rt.vm.ToValue(false))
	}
	return ms.requireNative(m, request)
}

// requireNative is what the original Module._load does for a request that
// is not the main module: a core module, or a file resolved (through
// Module._resolveFilename if a hook replaced it) and loaded.
func (ms *moduleSystem) requireNative(parent *goja.Object, request string) goja.Value {
	c := ms.hookedClass()
	if c == nil || !replaced(c.ctor, "_resolveFilename", c.resolve) {
		return ms.require(parent, ms.dirOf(parent), request, false)
	}
	if name, ok := ms.coreName(request, false); ok {
		return ms.requireCore(name, false)
	}
	return ms.load(ms.resolveFile(request, parent), parent)
}

// resolveFile resolves request from parent (nil: none) through
// Module._resolveFilename (the original or a hook's).
func (ms *moduleSystem) resolveFile(request string, parent *goja.Object) string {
	c := ms.class()
	var p goja.Value = goja.Null()
	if parent != nil {
		p = parent
	}
	v := ms.callFunction(c.ctor.Get("_resolveFilename"), c.ctor, ms.rt.vm.ToValue(request), p, ms.rt.vm.ToValue(false))
	return v.String()
}

// callFunction calls fn (which must be a function) with this and args.
func (ms *moduleSystem) callFunction(fn goja.Value, this goja.Value, args ...goja.Value) goja.Value {
	f, ok := goja.AssertFunction(fn)
	if !ok {
		panic(ms.rt.NewNodeError("TypeError", "ERR_INVALID_ARG_TYPE", "a Module hook is not a function"))
	}
	v, err := f(this, args...)
	if err != nil {
		ms.rt.Rethrow(err)
	}
	return v
}

// dirOf is the directory a module's requests resolve from: its file's, or
// the working directory for none.
func (ms *moduleSystem) dirOf(m *goja.Object) string {
	if m != nil {
		if f, ok := AsString(m.Get("filename")); ok && f != "" {
			return filepath.Dir(f)
		}
		if id, ok := AsString(m.Get("id")); ok && filepath.IsAbs(id) {
			return filepath.Dir(id)
		}
	}
	cwd, _ := os.Getwd()
	return cwd
}

// hooked reports whether loading file must go through Module._extensions:
// a hook replaced the handler for its extension, or module._compile.
func (ms *moduleSystem) hooked(file string) bool {
	c := ms.hookedClass()
	if c == nil {
		// A handler for another extension may have been added without
		// the class being made.
		ext := filepath.Ext(file)
		if ms.extensions == nil || ext == ".js" || ext == ".json" || ext == ".cjs" || ext == ".mjs" || ms.extensions.Get(ext) == nil {
			return false
		}
		c = ms.class()
	}
	orig := c.extJS
	if strings.HasSuffix(file, ".json") {
		orig = c.extJSON
	}
	return replaced(c.extensions, extensionOf(c.extensions, file), orig) || replaced(c.proto, "_compile", c.compile)
}

// extensionOf is the key of Module._extensions that loads file: the
// longest registered extension its name ends with, else ".js".
func extensionOf(extensions *goja.Object, file string) string {
	base := filepath.Base(file)
	for i := 1; i < len(base); i++ {
		if base[i] != '.' {
			continue
		}
		if ext := base[i:]; extensions.Get(ext) != nil {
			return ext
		}
	}
	return ".js"
}

// loadThroughExtensions loads file into m with the Module._extensions
// handler for its extension, as Module.prototype.load does.
func (ms *moduleSystem) loadThroughExtensions(m *goja.Object, file string) {
	c := ms.class()
	ms.callFunction(c.extensions.Get(extensionOf(c.extensions, file)), c.extensions, m, ms.rt.vm.ToValue(file))
	_ = m.Set("loaded", true)
}

// nodeModulePaths lists the node_modules folders from dir up to the root,
// as Module._nodeModulePaths does.
func (ms *moduleSystem) nodeModulePaths(dir string) []string {
	var paths []string
	for d := dir; ; d = filepath.Dir(d) {
		if filepath.Base(d) != "node_modules" {
			paths = append(paths, filepath.Join(d, "node_modules"))
		}
		if d == filepath.Dir(d) {
			break
		}
	}
	return paths
}

// globalPaths are the folders searched after node_modules: the configured
// module paths, NODE_PATH, ~/.node_modules and ~/.node_libraries.
func (ms *moduleSystem) globalPaths() []string {
	paths := ms.configuredPaths()
	if home := ms.rt.env.get("HOME"); home != "" {
		paths = append(paths, filepath.Join(home, ".node_modules"), filepath.Join(home, ".node_libraries"))
	}
	return paths
}

// stringArray makes a JavaScript array of strings.
func stringArray(vm *goja.Runtime, strs []string) *goja.Object {
	list := make([]any, len(strs))
	for i, s := range strs {
		list[i] = s
	}
	return vm.NewArray(list...)
}

// builtinNames lists the core modules user code can require, sorted; as
// node 20's, the list leaves out the scheme-only ones.
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
		if !strings.HasPrefix(name, "internal/") && !strings.HasPrefix(name, "node:") {
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
