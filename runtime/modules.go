package runtime

import (
	"encoding/json"
	"errors"
	"fmt"
	"maps"
	"net/url"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"sync"

	"github.com/dop251/goja"
	"github.com/gonode/gonode/internal/asyncgen"
	"github.com/gonode/gonode/internal/esm"
	"github.com/gonode/gonode/internal/forawait"
	"github.com/gonode/gonode/internal/nativefunc"
)

// moduleSystem is the CommonJS loader: require(), require.cache, the core
// module table and node_modules resolution.
type moduleSystem struct {
	rt      *Runtime
	cache   *goja.Object            // require.cache, keyed by file name
	core    map[string]goja.Value   // exports of core modules already loaded
	loading map[string]*goja.Object // core modules being loaded (for cycles)
	sources map[string]string       // source text by file name, for error reports
	// prologues are the lengths of the text esm adds to ES modules' first
	// lines, by file name (see esm.Module).
	prologues map[string]int
	lines     map[string]lineIndex    // where the lines of sources start, made on first use
	packages  map[string]*packageJSON // package.json files read, by directory (nil: none there)
	// uncompiled is the last file whose source did not compile.
	uncompiled string
	main       goja.Value
	wrapper    map[string]goja.Callable
	mc         *moduleClass // Module, once made
	// Module.prototype and Module._extensions, made before the class,
	// and the placeholders of theirs hooks assigned before it.
	proto, extensions *goja.Object
	assigned          map[string]bool
	// requireConds and importConds are the conditions a package's
	// "exports" and "imports" match for a require and for an ES module's
	// import: node's, and Options.Conditions.
	requireConds, importConds map[string]bool
	esm                       esmLoader
}

func newModuleSystem(rt *Runtime) *moduleSystem {
	return &moduleSystem{
		rt:           rt,
		cache:        rt.vm.NewObject(),
		core:         map[string]goja.Value{},
		loading:      map[string]*goja.Object{},
		packages:     map[string]*packageJSON{},
		sources:      map[string]string{},
		prologues:    map[string]int{},
		lines:        map[string]lineIndex{},
		main:         goja.Undefined(),
		requireConds: withConditions(requireConditions, rt.opts.Conditions),
		importConds:  withConditions(importConditions, rt.opts.Conditions),
		esm:          esmLoader{prepared: map[string]*esmProgram{}, linking: map[string]bool{}},
	}
}

// withConditions returns conds with extra added (conds itself when there
// are none).
func withConditions(conds map[string]bool, extra []string) map[string]bool {
	if len(extra) == 0 {
		return conds
	}
	all := maps.Clone(conds)
	for _, c := range extra {
		all[c] = true
	}
	return all
}

const wrapperHead = "(function (exports, require, module, __filename, __dirname) { "

const wrapperTail = "\n})"

// coreWrapperHead wraps the embedded core modules. Its extra parameters
// make process and undefined variables of the module's own scope: process
// is the process object itself, as node's internals keep it, whatever a
// program assigns to the global (an accessor, slower to read); undefined,
// never passed, because goja looks a global such as undefined up by name
// through every enclosing scope each time, which costs over a thousand
// instructions on hot paths.
const coreWrapperHead = "(function (exports, require, module, __filename, __dirname, process, undefined) { "

// Require returns the exports of a core module, loading it on first use.
func (rt *Runtime) Require(name string) (goja.Value, error) {
	var v goja.Value
	err := catch(func() { v = rt.modules.requireCore(strings.TrimPrefix(name, "node:"), true) })
	return v, err
}

// thrownValue is a JS value thrown by Go code (panic(value)), as an error.
type thrownValue struct{ val goja.Value }

func (t *thrownValue) Error() string { return t.val.String() }

// catch runs fn and turns a thrown JS value into an error.
func catch(fn func()) (err error) {
	defer func() {
		if r := recover(); r != nil {
			switch x := r.(type) {
			case *goja.Exception:
				err = x
			case goja.Value:
				err = &thrownValue{x}
			case error:
				err = x
			default:
				panic(r)
			}
		}
	}()
	fn()
	return nil
}

func (ms *moduleSystem) isCore(name string, fromCore bool) bool {
	if strings.HasPrefix(name, "internal/") && !fromCore {
		return false
	}
	if ms.rt.opts.Modules != nil {
		if _, ok := ms.rt.opts.Modules[name]; ok {
			return true
		}
	}
	_, ok := lookupCore(name)
	return ok
}

// requireCore loads a core module; it panics with a JS error on failure.
func (ms *moduleSystem) requireCore(name string, fromCore bool) goja.Value {
	if v, ok := ms.core[name]; ok {
		return v
	}
	if m, ok := ms.loading[name]; ok {
		return m.Get("exports")
	}
	load, ok := ms.rt.opts.Modules[name]
	if !ok {
		load, ok = lookupCore(name)
	}
	if !ok || (strings.HasPrefix(name, "internal/") && !fromCore) {
		panic(ms.notFound(name, nil))
	}
	vm := ms.rt.vm
	module := vm.NewObject()
	_ = module.Set("id", name)
	_ = module.Set("exports", vm.NewObject())
	_ = module.Set("loaded", false)
	ms.loading[name] = module
	err := load(ms.rt, module)
	delete(ms.loading, name)
	if err != nil {
		ms.rt.Rethrow(err)
	}
	_ = module.Set("loaded", true)
	exports := module.Get("exports")
	ms.core[name] = exports
	return exports
}

// JSModule returns a loader that runs embedded CommonJS source. The source is
// compiled once per process, on first use; it sees exports, require, module,
// __filename and __dirname, and its require reaches internal/ modules.
func JSModule(filename, source string) ModuleLoader {
	return jsModule(filename, &source)
}

// jsModule is JSModule for source read only when first compiled.
func jsModule(filename string, source *string) ModuleLoader {
	compile := sync.OnceValues(func() (*goja.Program, error) {
		return goja.CompileLazy(filename, coreWrapperHead+*source+wrapperTail, true)
	})
	return func(rt *Runtime, module *goja.Object) error {
		prg, err := compile()
		if err != nil {
			return err
		}
		fnVal, err := rt.vm.RunProgram(prg)
		if err != nil {
			return err
		}
		fn, _ := goja.AssertFunction(fnVal)
		req := rt.modules.makeRequire(module, "/", true)
		_, err = fn(module.Get("exports"), module.Get("exports"), req, module,
			rt.vm.ToValue(filename), rt.vm.ToValue(filepath.Dir(filename)), rt.process)
		return err
	}
}

// makeRequire builds the require function of a module whose file is in dir.
func (ms *moduleSystem) makeRequire(module *goja.Object, dir string, fromCore bool) *goja.Object {
	vm := ms.rt.vm
	// Named as node's for the programs that see them; anonymous in core
	// modules.
	named := func(name string, length int, fn func(goja.FunctionCall) goja.Value) *goja.Object {
		if fromCore {
			return nativefunc.New(vm, fn)
		}
		return nativefunc.Named(vm, name, length, fn)
	}
	req := named("require", 1, func(call goja.FunctionCall) goja.Value {
		id := call.Argument(0)
		s := ms.requestArg(id)
		if fromCore {
			return ms.require(module, dir, s, true)
		}
		if c := ms.hookedClass(); c != nil && replaced(c.proto, "require", c.require) {
			return ms.callFunction(module.Get("require"), module, id)
		}
		return ms.requireFrom(module, s)
	})
	resolve := named("resolve", 2, func(call goja.FunctionCall) goja.Value {
		s := call.Argument(0).String()
		if _, ok := ms.coreName(s, fromCore); ok {
			return vm.ToValue(s)
		}
		file, _ := ms.resolveOrThrow(dir, s, module)
		return vm.ToValue(file)
	})
	_ = resolve.Set("paths", named("paths", 1, func(call goja.FunctionCall) goja.Value {
		s := call.Argument(0).String()
		if _, ok := ms.coreName(s, fromCore); ok {
			return goja.Null()
		}
		return vm.ToValue(ms.lookupPaths(dir))
	}))
	_ = req.Set("resolve", resolve)
	_ = req.Set("cache", ms.cache)
	_ = req.Set("main", ms.main)
	if !fromCore {
		_ = req.Set("extensions", ms.extensionsObject()) // Module._extensions
	}
	return req
}

// coreName reports whether request names a core module, and which. A
// module registered under a name with the node: scheme (node:test) is
// found only by that name, as node's scheme-only modules are.
func (ms *moduleSystem) coreName(request string, fromCore bool) (string, bool) {
	if name, ok := strings.CutPrefix(request, "node:"); ok {
		if ms.isCore(request, fromCore) {
			return request, true
		}
		return name, ms.isCore(name, fromCore)
	}
	return request, ms.isCore(request, fromCore)
}

// require implements require(request) for a module whose file is in dir.
func (ms *moduleSystem) require(parent *goja.Object, dir, request string, fromCore bool) goja.Value {
	if name, ok := ms.coreName(request, fromCore); ok {
		return ms.requireCore(name, fromCore)
	}
	if strings.HasPrefix(request, "node:") {
		panic(ms.rt.NewNodeError("Error", "ERR_UNKNOWN_BUILTIN_MODULE", "No such built-in module: "+request))
	}
	file, pkgDir := ms.resolveOrThrow(dir, request, parent)
	return ms.loadEntry(file, pkgDir, parent)
}

// loadEntry loads file; when file is the entry that the "exports" of the
// package in pkgDir gives, it does not compile (goja lacks async
// generators, say) and the package's "main" names another file, it loads
// that instead: the entry packages keep for older engines.
func (ms *moduleSystem) loadEntry(file, pkgDir string, parent *goja.Object) (exports goja.Value) {
	if pkgDir == "" {
		return ms.load(file, parent)
	}
	ms.uncompiled = ""
	defer func() {
		if r := recover(); r != nil {
			main, ok := ms.mainFile(pkgDir)
			if ms.uncompiled != file || !ok || main == file {
				panic(r)
			}
			exports = ms.load(main, parent)
		}
	}()
	return ms.load(file, parent)
}

// resolveOrThrow resolves request for require and require.resolve (see
// resolveRequest), throwing node's error when it cannot.
func (ms *moduleSystem) resolveOrThrow(dir, request string, parent *goja.Object) (file, pkgDir string) {
	parentFile := "" // none for the main module and core modules
	if parent != nil {
		if f, ok := AsString(parent.Get("filename")); ok {
			parentFile = f
		}
	}
	conds := ms.requireConds
	if parentFile != "" && ms.isESModule(parentFile) {
		conds = ms.importConds // an ES module's imports
	}
	file, pkgDir, err := ms.resolveRequest(dir, request, conds)
	var refused *exportsError
	var undefinedImport *importsError
	var missing *missingTarget
	switch {
	case err == nil:
		return file, pkgDir
	case errors.As(err, &refused):
		panic(ms.rt.NewNodeError("Error", "ERR_PACKAGE_PATH_NOT_EXPORTED", refused.message))
	case errors.As(err, &undefinedImport):
		msg := undefinedImport.message
		if parentFile != "" {
			msg += " imported from " + parentFile
		}
		panic(ms.rt.NewNodeError("TypeError", "ERR_PACKAGE_IMPORT_NOT_DEFINED", msg))
	case errors.As(err, &missing):
		request = missing.file // node names the file "exports" led to
	}
	panic(ms.notFound(request, parent))
}

// notFound is Node's MODULE_NOT_FOUND error.
func (ms *moduleSystem) notFound(request string, parent *goja.Object) *goja.Object {
	var stack []string
	for m := parent; m != nil; {
		fv := m.Get("filename")
		if fv == nil {
			break
		}
		f, ok := AsString(fv)
		if !ok {
			break
		}
		stack = append(stack, f)
		p, _ := m.Get("parent").(*goja.Object)
		m = p
	}
	msg := "Cannot find module '" + request + "'"
	if len(stack) > 0 {
		msg += "\nRequire stack:\n- " + strings.Join(stack, "\n- ")
	}
	err := ms.rt.NewNodeError("Error", "", msg)
	_ = err.Set("code", "MODULE_NOT_FOUND")
	if stack == nil {
		stack = []string{}
	}
	_ = err.Set("requireStack", stack)
	return err
}

// errNotFound is a request that names no file: MODULE_NOT_FOUND.
var errNotFound = errors.New("module not found")

// missingTarget is a file a package's "exports" maps a request to that does
// not exist: MODULE_NOT_FOUND, naming the file.
type missingTarget struct{ file string }

func (m *missingTarget) Error() string { return "cannot find module " + m.file }

// resolve finds the file a request names, from a module in dir.
func (ms *moduleSystem) resolve(dir, request string) (string, bool) {
	f, _, err := ms.resolveRequest(dir, request, ms.requireConds)
	return f, err == nil
}

// resolveRequest finds the file a request names, from a module in dir, and
// when that is a package's entry by its "exports", the package's directory
// (see loadEntry); the error is errNotFound, a *missingTarget or an
// *exportsError when a package's "exports" refuses the request.
func (ms *moduleSystem) resolveRequest(dir, request string, conds map[string]bool) (file, pkgDir string, err error) {
	if strings.HasPrefix(request, "#") {
		// The "imports" of the package the requesting module is in.
		for d := dir; ; d = filepath.Dir(d) {
			if pkg := ms.packageJSON(d); pkg != nil {
				f, err := resolveImports(d, pkg.Imports, request, conds)
				if err != nil {
					return "", "", err
				}
				if !isFile(f) {
					return "", "", &missingTarget{f}
				}
				return realPath(f), "", nil
			}
			if filepath.Dir(d) == d {
				return "", "", errNotFound
			}
		}
	}
	// Node's Module._findPath: a request ending in "/", "/." or "/..", or
	// "." or "..", names a directory only (package.json main or index).
	dirOnly := strings.HasSuffix(request, "/") || request == "." || request == ".." ||
		strings.HasSuffix(request, "/.") || strings.HasSuffix(request, "/..")
	try := ms.resolvePath
	if dirOnly {
		try = ms.resolveDir
	}
	if strings.HasPrefix(request, "./") || strings.HasPrefix(request, "../") ||
		request == "." || request == ".." || filepath.IsAbs(request) {
		// Like Node's path.resolve: "/x/../y" names /y even if /x does not exist.
		p := filepath.Clean(request)
		if !filepath.IsAbs(p) {
			p = filepath.Join(dir, request)
		}
		if f, ok := try(p); ok {
			return f, "", nil
		}
		return "", "", errNotFound
	}
	name, subpath, bare := splitPackage(request)
	for _, base := range ms.lookupPaths(dir) {
		if bare {
			// A package with "exports" answers for all its paths.
			pkgDir := filepath.Join(base, name)
			if pkg := ms.packageJSON(pkgDir); pkg != nil && pkg.hasExports() {
				f, err := resolveExports(pkgDir, pkg.Exports, subpath, conds)
				if err != nil {
					return "", "", err
				}
				if !isFile(f) {
					return "", "", &missingTarget{f}
				}
				if subpath != "." {
					pkgDir = ""
				}
				return realPath(f), pkgDir, nil
			}
		}
		if f, ok := try(filepath.Join(base, request)); ok {
			return f, "", nil
		}
	}
	return "", "", errNotFound
}

// lookupPaths lists the node_modules folders from dir up to the root, then
// the configured module paths and NODE_PATH.
func (ms *moduleSystem) lookupPaths(dir string) []string {
	return append(ms.nodeModulePaths(dir), ms.configuredPaths()...)
}

// configuredPaths are the embedder's module paths, then NODE_PATH's.
func (ms *moduleSystem) configuredPaths() []string {
	paths := append([]string(nil), ms.rt.opts.ModulePaths...)
	if np := ms.rt.env.get("NODE_PATH"); np != "" {
		for _, p := range filepath.SplitList(np) {
			if p != "" {
				paths = append(paths, p)
			}
		}
	}
	return paths
}

func isFile(p string) bool {
	st, err := os.Stat(p)
	return err == nil && !st.IsDir()
}

// resolvePath tries p as a file, with extensions, then as a directory.
func (ms *moduleSystem) resolvePath(p string) (string, bool) {
	if isFile(p) {
		return realPath(p), true
	}
	for _, ext := range defaultExtensions {
		if isFile(p + ext) {
			return realPath(p + ext), true
		}
	}
	for _, ext := range ms.registeredExtensions() {
		if isFile(p + ext) {
			return realPath(p + ext), true
		}
	}
	return ms.resolveDir(p)
}

// defaultExtensions are tried, in order, on a request without its file's
// extension.
var defaultExtensions = []string{".js", ".json", ".cjs"}

// registeredExtensions are the extensions hooks added to
// Module._extensions (ts-node's .ts, say), tried after defaultExtensions as
// node tries every key there.
func (ms *moduleSystem) registeredExtensions() []string {
	if ms.extensions == nil {
		return nil
	}
	var exts []string
	for _, k := range ms.extensions.Keys() {
		if strings.HasPrefix(k, ".") && k != ".node" && !slices.Contains(defaultExtensions, k) {
			exts = append(exts, k)
		}
	}
	return exts
}

// isESModule reports whether file is an ES module: a .mjs file, or a .js
// file whose nearest package.json says "type": "module".
func (ms *moduleSystem) isESModule(file string) bool {
	switch filepath.Ext(file) {
	case ".mjs":
		return true
	case ".js":
		for dir := filepath.Dir(file); ; dir = filepath.Dir(dir) {
			if pkg := ms.packageJSON(dir); pkg != nil {
				return pkg.Type == "module"
			}
			if filepath.Dir(dir) == dir {
				return false
			}
		}
	}
	return false
}

// packageJSON returns what require needs of the package.json in dir, read
// once per runtime as node caches it; nil when there is none (or it does
// not parse).
func (ms *moduleSystem) packageJSON(dir string) *packageJSON {
	if pkg, ok := ms.packages[dir]; ok {
		return pkg
	}
	var pkg *packageJSON
	if data, err := os.ReadFile(filepath.Join(dir, "package.json")); err == nil {
		pkg = &packageJSON{}
		if json.Unmarshal(data, pkg) != nil {
			pkg = nil
		}
	}
	ms.packages[dir] = pkg
	return pkg
}

// mainFile is the file the "main" of the package in dir names, with
// node's extensions and index files.
func (ms *moduleSystem) mainFile(dir string) (string, bool) {
	pkg := ms.packageJSON(dir)
	if pkg == nil || pkg.Main == "" {
		return "", false
	}
	m := filepath.Join(dir, pkg.Main)
	if isFile(m) {
		return realPath(m), true
	}
	for _, ext := range []string{".js", ".json", "/index.js", "/index.json"} {
		if isFile(m + ext) {
			return realPath(m + ext), true
		}
	}
	return "", false
}

// resolveDir resolves a directory through package.json "main" or index.js.
func (ms *moduleSystem) resolveDir(p string) (string, bool) {
	if f, ok := ms.mainFile(p); ok {
		return f, true
	}
	for _, idx := range []string{"index.js", "index.json"} {
		if f := filepath.Join(p, idx); isFile(f) {
			return realPath(f), true
		}
	}
	return "", false
}

func realPath(p string) string {
	if r, err := filepath.EvalSymlinks(p); err == nil {
		return absPath(r)
	}
	return absPath(p)
}

// newModule creates a module object for file: a Module instance.
func (ms *moduleSystem) newModule(file string, parent *goja.Object) *goja.Object {
	m := ms.rt.vm.NewObject()
	_ = m.SetPrototype(ms.moduleProto())
	ms.initModule(m, file, filepath.Dir(file), ms.rt.vm.ToValue(file), parent)
	_ = m.Set("paths", ms.lookupPaths(filepath.Dir(file)))
	return m
}

// initModule gives m a module's own fields, in node's order, and parent
// m as a child. The parent is not enumerable (node keeps it behind a
// getter).
func (ms *moduleSystem) initModule(m *goja.Object, id, dir string, filename goja.Value, parent *goja.Object) {
	vm := ms.rt.vm
	_ = m.Set("id", id)
	_ = m.Set("path", dir)
	_ = m.Set("exports", vm.NewObject())
	_ = m.Set("filename", filename)
	_ = m.Set("loaded", false)
	_ = m.Set("children", vm.NewArray())
	var p goja.Value = goja.Null()
	if parent != nil {
		p = parent
		ms.addChild(parent, m)
	}
	_ = m.DefineDataProperty("parent", p, goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_FALSE)
}

// addChild appends m to parent.children.
func (ms *moduleSystem) addChild(parent, m *goja.Object) {
	if ch, ok := parent.Get("children").(*goja.Object); ok {
		push, _ := goja.AssertFunction(ch.Get("push"))
		_, _ = push(ch, m)
	}
}

// load runs (or returns the cached exports of) the module in file.
func (ms *moduleSystem) load(file string, parent *goja.Object) goja.Value {
	if cached, ok := ms.cache.Get(file).(*goja.Object); ok {
		return cached.Get("exports")
	}
	m := ms.newModule(file, parent)
	_ = ms.cache.Set(file, m)
	ok := false
	defer func() {
		if !ok {
			_ = ms.cache.Delete(file)
		}
	}()
	ms.execute(m, file)
	ok = true
	return m.Get("exports")
}

// execute compiles and runs file as module m: through Module._extensions
// if a hook replaced the handler (or module._compile), else here.
func (ms *moduleSystem) execute(m *goja.Object, file string) {
	if loaded := ms.rt.opts.ModuleLoaded; loaded != nil {
		loaded(file)
	}
	if ms.hooked(file) {
		ms.loadThroughExtensions(m, file)
		return
	}
	var src string
	if p, ok := ms.esm.prepared[file]; ok {
		src = p.src // read by the import that compiled it ahead (link)
	} else {
		src = ms.readSource(file)
	}
	if strings.HasSuffix(file, ".json") {
		ms.loadJSON(m, file, src)
		return
	}
	ms.compile(m, file, src)
}

// readSource reads a module's file, without a byte order mark.
func (ms *moduleSystem) readSource(file string) string {
	src, err := sourceText(file)
	if err != nil {
		panic(ms.rt.NewSystemError(err, "open", SysErrorExtra{Path: file}))
	}
	return src
}

// sourceText is the text of a module's file, without a byte order mark.
func sourceText(file string) (string, error) {
	data, err := os.ReadFile(file)
	if err != nil {
		return "", err
	}
	return strings.TrimPrefix(string(data), "\uFEFF"), nil
}

// loadJSON makes the parsed JSON text src module m's exports.
func (ms *moduleSystem) loadJSON(m *goja.Object, file, src string) {
	vm := ms.rt.vm
	parse, _ := goja.AssertFunction(vm.Get("JSON").ToObject(vm).Get("parse"))
	v, err := parse(goja.Undefined(), vm.ToValue(src))
	if err != nil {
		var ex *goja.Exception
		if errors.As(err, &ex) {
			if o, ok := ex.Value().(*goja.Object); ok {
				_ = o.Set("message", file+": "+o.Get("message").String())
			}
			panic(ex)
		}
		panic(vm.NewGoError(err))
	}
	_ = m.Set("exports", v)
	_ = m.Set("loaded", true)
}

// compile compiles src, the text of file, as module m and runs it
// (module._compile).
func (ms *moduleSystem) compile(m *goja.Object, file, src string) {
	ms.compileAs(m, file, src, ms.isESModule(file))
}

// compileAs is compile, of an ES module when esModule.
func (ms *moduleSystem) compileAs(m *goja.Object, file, src string, esModule bool) {
	imported := ms.esm.importing
	ms.esm.importing = false
	vm := ms.rt.vm
	src = withoutShebang(src)
	ms.sources[file] = src
	var prg *goja.Program
	var ep *esmProgram
	dynamicImports := false
	if esModule {
		// An ES module runs as the CommonJS text esm makes of it, whose
		// exports are its namespace object, as node's require gives it.
		var cerr *esmCompileError
		if ep, cerr = ms.compileESM(file, src); cerr != nil {
			ms.uncompiled = file
			if cerr.transform {
				panic(ms.syntaxError(fmt.Errorf("%s: Line 1:1 %v", file, cerr.err), src, false))
			}
			panic(ms.syntaxError(cerr.err, cerr.src, true))
		}
		prg = ep.prg
	} else {
		if fixed, ok := esm.DynamicImports(src); ok {
			src = fixed // import() in CommonJS: a promise of the same require
			dynamicImports = true
		}
		wrapped := wrapperHead + forGoja(src) + wrapperTail
		var err error
		if prg, err = goja.Compile(file, wrapped, false); err != nil {
			ms.uncompiled = file
			panic(ms.syntaxError(err, wrapped, true))
		}
	}
	fnVal, err := vm.RunProgram(prg)
	if err != nil {
		ms.rt.Rethrow(err)
	}
	fn, _ := goja.AssertFunction(fnVal)
	exports := m.Get("exports")
	req := ms.makeRequire(m, filepath.Dir(file), false)
	if esModule || dynamicImports {
		_ = req.DefineDataPropertySymbol(ms.rt.SymbolFor(esm.ImportKey), ms.importFunction(req), goja.FLAG_FALSE, goja.FLAG_FALSE, goja.FLAG_FALSE)
	}
	args := []goja.Value{exports, req, m, vm.ToValue(file), vm.ToValue(filepath.Dir(file))}
	if esModule {
		ms.runESM(m, file, ep, fn, args, imported || m == ms.main)
		return
	}
	if _, err := fn(exports, args...); err != nil {
		ms.rt.Rethrow(err)
	}
	_ = m.Set("loaded", true)
}

// withoutShebang comments out a module's #! line.
func withoutShebang(src string) string {
	if strings.HasPrefix(src, "#!") {
		return "//" + src[2:]
	}
	return src
}

// forGoja rewrites what goja cannot run in the text of a script or module
// (after import(), which esm rewrites): for-await loops, which it does not
// parse, and async generators, which it does not compile (see forawait and
// asyncgen); each line keeps its number. The async generators' awaits
// include those the for-await loops in them became.
func forGoja(src string) string {
	if fixed, ok := forawait.Rewrite(src); ok {
		src = fixed
	}
	if fixed, ok := asyncgen.Rewrite(src); ok {
		src = fixed
	}
	return src
}

// syntaxError turns a compile error of the source src into a JS
// SyntaxError with Node's message, and notes where it is for the
// uncaught-error report. wrapped says whether line 1 carries the CommonJS
// wrapper, whose width is taken off the column.
func (ms *moduleSystem) syntaxError(err error, src string, wrapped bool) (obj *goja.Object) {
	vm := ms.rt.vm
	var ce *goja.CompilerSyntaxError
	if !errors.As(err, &ce) {
		var ex *goja.Exception
		if errors.As(err, &ex) {
			if o, ok := ex.Value().(*goja.Object); ok {
				return o
			}
		}
		return vm.NewGoError(err)
	}
	report := goja.V8SyntaxError(ce, src)
	msg, file, line := report.Message, report.File, report.Line
	loc := location{file: file, line: line, col: report.Column, width: report.Width}
	if wrapped {
		if loc.line == 1 {
			loc.col -= len(wrapperHead) + ms.prologues[file]
		}
		user := src[len(wrapperHead) : len(src)-len(wrapperTail)]
		if userLines := strings.Count(user, "\n") + 1; line > userLines {
			// Past the user's text, in the wrapper's tail: the source ended
			// early, or a stray '}' closed the wrapper's function (then the
			// text parses with the tail's ')' alone).
			msg, loc = "Unexpected end of input", location{file: file, line: userLines, eof: true}
			if _, err := goja.Parse(file, wrapperHead+user+"\n)"); err == nil {
				if i := strings.LastIndexByte(user, '}'); i >= 0 {
					loc = location{file: file, line: strings.Count(user[:i], "\n") + 1, col: i - strings.LastIndexByte(user[:i], '\n')}
					msg = "Unexpected token '}'"
				}
			}
		}
	}
	if loc.line > 0 {
		defer func() {
			ms.rt.errorLocations[obj] = loc
			_ = obj.Set("stack", "SyntaxError: "+msg+"\n    at "+loc.file+":"+strconv.Itoa(loc.line))
		}()
	}
	ctor, _ := goja.AssertConstructor(vm.Get("SyntaxError"))
	obj, e := ctor(nil, vm.ToValue(msg))
	if e != nil {
		obj = vm.NewGoError(err)
	}
	return obj
}

// lineIndex is where each line of a source text starts.
type lineIndex struct {
	src    string
	starts []int
}

// sourceLine returns line n (1-based) of a loaded file, as the user wrote it.
// Every frame of every stack asks (see userColumn), so where the file's
// lines start is found once, on the first call for it.
func (ms *moduleSystem) sourceLine(file string, n int) string {
	src, ok := ms.sources[file]
	if !ok || n < 1 {
		return ""
	}
	idx := ms.lines[file]
	if idx.src != src || idx.starts == nil {
		idx = lineIndex{src: src, starts: []int{0}}
		for i := 0; i < len(src); i++ {
			if src[i] == '\n' {
				idx.starts = append(idx.starts, i+1)
			}
		}
		ms.lines[file] = idx
	}
	if n > len(idx.starts) {
		return ""
	}
	line := src[idx.starts[n-1]:]
	if i := strings.IndexByte(line, '\n'); i >= 0 {
		line = line[:i]
	}
	line = strings.TrimRight(line, "\r")
	if n == 1 {
		line = strings.TrimPrefix(line, "//")
	}
	return line
}

// PlaceCPUProfile places the functions of modules in a CPU profile (as
// goja.StopProfile returns it) where V8 places them: the columns on a
// module's first line do not count the CommonJS wrapper gonode compiles it
// in, and the wrapper's function, the module's own code, is at 0:0.
func PlaceCPUProfile(p *goja.CPUProfile) {
	for i := range p.Nodes {
		f := &p.Nodes[i].CallFrame
		if f.LineNumber != 0 {
			continue
		}
		switch {
		case strings.HasPrefix(f.URL, "file:"):
			f.ColumnNumber = max(f.ColumnNumber-len(wrapperHead), 0)
		case strings.HasPrefix(f.URL, "node:"):
			f.ColumnNumber = max(f.ColumnNumber-len(coreWrapperHead), 0)
		}
	}
}

// userColumn turns goja's column of a call in a loaded file into V8's: it
// does not count the CommonJS wrapper on the first line, and a call is
// placed at its callee's name (goja places it at the parenthesis).
func (ms *moduleSystem) userColumn(file string, line, col int) int {
	if _, ok := ms.sources[file]; !ok {
		return col
	}
	if head := len(wrapperHead) + ms.prologues[file]; line == 1 && col > head {
		col -= head
	}
	src := ms.sourceLine(file, line)
	i := col - 1
	if i <= 0 || i >= len(src) || src[i] != '(' {
		return col
	}
	j := i
	for j > 0 && (src[j-1] == ' ' || src[j-1] == '\t') {
		j--
	}
	k := j
	for k > 0 && isIdentByte(src[k-1]) {
		k--
	}
	if k == j {
		return col
	}
	return k + 1
}

func isIdentByte(c byte) bool {
	return c == '_' || c == '$' || c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= 0x80
}

// runMain loads the entry script as the main module.
func (ms *moduleSystem) runMain(script string) {
	rt := ms.rt
	p := absPath(script)
	rt.Call(nativefunc.New(rt.vm, func(goja.FunctionCall) goja.Value {
		file, ok := ms.resolvePath(p)
		if !ok {
			panic(ms.notFound(p, nil))
		}
		ms.loadMain(file)
		return goja.Undefined()
	}), goja.Undefined())
}

// loadMain runs file as the main module (require.main, process.mainModule)
// and returns its exports; a file loaded already is not run again.
func (ms *moduleSystem) loadMain(file string) goja.Value {
	if cached, ok := ms.cache.Get(file).(*goja.Object); ok {
		return cached.Get("exports")
	}
	m := ms.newModule(file, nil)
	_ = m.Set("id", ".")
	ms.main = m
	_ = ms.rt.process.Set("mainModule", m)
	_ = ms.cache.Set(file, m)
	ms.execute(m, file)
	return m.Get("exports")
}

// preload requires a module before the main script (node -r), or with
// imported imports it (node --import), which also takes a file: URL; gonode
// imports an ES module as it requires it, but for one that awaits at its
// top level, whose promise of having run it returns (nil otherwise).
func (ms *moduleSystem) preload(request string, imported bool) (running *goja.Object) {
	rt := ms.rt
	cwd, _ := os.Getwd()
	if !imported {
		rt.Call(rt.vm.ToValue(func() { ms.require(nil, cwd, request, false) }), goja.Undefined())
		return nil
	}
	if strings.HasPrefix(request, "file:") {
		if u, err := url.Parse(request); err == nil && u.Path != "" {
			request = u.Path
		}
	}
	rt.Call(rt.vm.ToValue(func() {
		ms.esm.importing = true
		defer func() { ms.esm.importing = false }()
		ms.require(nil, cwd, request, false)
		if file, _, err := ms.resolveRequest(cwd, request, ms.importConds); err == nil {
			if record, ok := ms.cache.Get(file).(*goja.Object); ok && isRunning(record) {
				running = record.Get(esm.EvaluationKey).ToObject(rt.vm)
			}
		}
	}), goja.Undefined())
	return running
}

// runEval runs source in the global scope with require and module defined,
// as node -e does; print writes the completion value (node -p).
func (ms *moduleSystem) runEval(name, source string, print bool) {
	rt := ms.rt
	vm := rt.vm
	cwd, _ := os.Getwd()
	if rt.opts.InputType == "module" {
		// node --input-type=module: the code is the ES module [eval1].
		file := filepath.Join(cwd, "[eval1]")
		m := ms.newModule(file, nil)
		_ = m.Set("id", file)
		rt.Call(vm.ToValue(func() {
			if print {
				panic(rt.NewNodeError("Error", "ERR_EVAL_ESM_CANNOT_PRINT", "--print cannot be used with ESM input"))
			}
			ms.compileAs(m, file, source, true)
		}), goja.Undefined())
		return
	}
	m := ms.newModule(filepath.Join(cwd, name), nil)
	_ = m.Set("id", name)
	_ = m.Set("filename", filepath.Join(cwd, name))
	g := vm.GlobalObject()
	_ = g.Set("require", ms.makeRequire(m, cwd, false))
	_ = g.Set("module", m)
	_ = g.Set("exports", m.Get("exports"))
	_ = g.Set("__filename", name)
	_ = g.Set("__dirname", ".")
	ms.defineBuiltinGlobals(g, source)
	ms.sources[name] = source
	rt.Call(vm.ToValue(func() goja.Value {
		v, err := vm.RunProgram(rt.CompileScript(name, source))
		if err != nil {
			ms.rt.Rethrow(err)
		}
		if print {
			rt.printValue(v)
		}
		return v
	}), goja.Undefined())
}

// defineBuiltinGlobals makes the core modules globals of g, each required
// on first use, as node -e and -p do: fs, path, util, ... (not the internal
// ones, not those whose name g already has, such as crypto and module).
// Only the names that source contains are defined: each costs start-up
// time, and source can name no other (short of building the name).
func (ms *moduleSystem) defineBuiltinGlobals(g *goja.Object, source string) {
	vm := ms.rt.vm
	hasOwn, _ := goja.AssertFunction(vm.Get("Object").ToObject(vm).Get("prototype").ToObject(vm).Get("hasOwnProperty"))
	for _, name := range ms.builtinNames() {
		if strings.HasPrefix(name, "_") || strings.Contains(name, "/") || !strings.Contains(source, name) {
			continue
		}
		if own, err := hasOwn(g, vm.ToValue(name)); err != nil || own.ToBoolean() {
			continue
		}
		ms.rt.defineLazyFlag(g, name, goja.FLAG_FALSE, func() goja.Value {
			exports, err := ms.rt.Require(name)
			if err != nil {
				ms.rt.Rethrow(err)
			}
			return exports
		})
	}
}

// printValue writes v as console.log would.
func (rt *Runtime) printValue(v goja.Value) {
	text, ok := rt.inspect(v)
	if !ok {
		text = v.String()
	}
	if s, isStr := AsString(v); isStr {
		text = s
	}
	_, _ = rt.opts.Stdout.Write([]byte(text + "\n"))
}
