package runtime

import (
	"errors"
	"net/url"
	"path/filepath"
	"strings"

	"github.com/dop251/goja"

	"github.com/gonode/gonode/internal/esm"
	"github.com/gonode/gonode/internal/nativefunc"
)

// esmWrapperHead wraps an ES module's text (as esm.Transform makes it): its
// parameters, as wide as wrapperHead's, are not the names the module's own
// code sees (in node it sees no require, module, exports, __filename or
// __dirname). esmAsyncWrapperHead, as wide again, wraps the text of a
// module that runs asynchronously.
const (
	esmWrapperHead      = "(function (" + esm.WrapperParams + ") { "
	esmAsyncWrapperHead = "(async function(" + esm.AsyncWrapperParams + "){ "
)

// esmLoader is what the module system keeps to run ES modules that await
// at their top level: such a module runs in an async function, and so does
// every module that imports one, whose imports then wait for the modules
// they import to have run. Whether a module's imports do is known before
// it runs by compiling them first (link); the programs are kept for when
// they are loaded.
type esmLoader struct {
	prepared map[string]*esmProgram // compiled by link, not run yet
	linking  map[string]bool        // modules being linked (their imports, for cycles)
	// importing is set while an import loads a module: the next module
	// compiled may run asynchronously (require refuses to).
	importing bool
	mainRun   *goja.Object // the promise of the main module's having run, when it awaits
}

// esmProgram is an ES module compiled: async when it runs in an async
// function; prologue is esm.Module's. src is the file's text when link
// read it (for the module's load, which does not read it again).
type esmProgram struct {
	prg      *goja.Program
	async    bool
	prologue int
	src      string
}

// esmCompileError is an ES module's text that did not compile; transform
// marks an error of esm.Transform's, reported at line 1.
type esmCompileError struct {
	err       error
	src       string // the text compiled
	transform bool
}

// compileESM compiles the ES module in file whose text is src (its
// imports' modules first, see link), or returns why it cannot.
func (ms *moduleSystem) compileESM(file, src string) (*esmProgram, *esmCompileError) {
	if p, ok := ms.esm.prepared[file]; ok {
		delete(ms.esm.prepared, file)
		return p, nil
	}
	mod, err := esm.Transform(src, false)
	if err != nil {
		return nil, &esmCompileError{err: err, src: src, transform: true}
	}
	ms.prologues[file] = mod.Prologue
	if !ms.link(file, mod.Imports) {
		wrapped := esmWrapperHead + forGoja(mod.Text) + wrapperTail
		prg, err := goja.Compile(file, wrapped, false)
		if err == nil {
			return &esmProgram{prg: prg, prologue: mod.Prologue}, nil
		}
		// Only an await at the top level makes a module that does not
		// compile as a function compile as an async one.
		if !strings.Contains(src, "await") {
			return nil, &esmCompileError{err: err, src: wrapped}
		}
		if p, _ := ms.compileAsyncESM(file, src); p != nil {
			return p, nil
		}
		return nil, &esmCompileError{err: err, src: wrapped}
	}
	return ms.compileAsyncESM(file, src)
}

// compileAsyncESM compiles the ES module in file to run in an async
// function.
func (ms *moduleSystem) compileAsyncESM(file, src string) (*esmProgram, *esmCompileError) {
	mod, err := esm.Transform(src, true)
	if err != nil {
		return nil, &esmCompileError{err: err, src: src, transform: true}
	}
	wrapped := esmAsyncWrapperHead + forGoja(mod.Text) + wrapperTail
	prg, err := goja.Compile(file, wrapped, false)
	if err != nil {
		return nil, &esmCompileError{err: err, src: wrapped}
	}
	return &esmProgram{prg: prg, async: true, prologue: mod.Prologue}, nil
}

// link compiles the ES modules that the module in file imports (imports
// are its specifiers), those not loaded yet, and reports whether any of
// them runs asynchronously, or still is running so. A module that cannot
// be resolved or compiled here is left for its import to report; one
// being linked already imports file (a cycle), and does not wait for it.
func (ms *moduleSystem) link(file string, imports []string) bool {
	if len(imports) == 0 {
		return false
	}
	ms.esm.linking[file] = true
	defer delete(ms.esm.linking, file)
	dir := filepath.Dir(file)
	async := false
	for _, spec := range imports {
		if _, ok := ms.coreName(spec, false); ok {
			continue
		}
		dep, _, err := ms.resolveRequest(dir, spec, ms.importConds)
		if err != nil || ms.esm.linking[dep] {
			continue
		}
		if record, ok := ms.cache.Get(dep).(*goja.Object); ok {
			async = async || isRunning(record)
			continue
		}
		if !ms.isESModule(dep) || ms.hooked(dep) {
			continue
		}
		p, ok := ms.esm.prepared[dep]
		if !ok {
			src, err := sourceText(dep)
			if err != nil {
				continue
			}
			var cerr *esmCompileError
			if p, cerr = ms.compileESM(dep, withoutShebang(src)); cerr != nil {
				continue
			}
			p.src = src
			ms.esm.prepared[dep] = p
		}
		async = async || p.async
	}
	return async
}

// isRunning reports whether the ES module whose record is record runs
// asynchronously and has not finished.
func isRunning(record *goja.Object) bool {
	v := record.Get(esm.EvaluationKey)
	if v == nil {
		return false
	}
	p, ok := v.Export().(*goja.Promise)
	return ok && p.State() == goja.PromiseStatePending
}

// runESM runs an ES module's compiled function fn as module m of file: one
// that runs asynchronously is recorded as running (see esm.EvaluationKey),
// and only an import (or the main module) may run it. m is marked loaded
// once the module has run.
func (ms *moduleSystem) runESM(m *goja.Object, file string, p *esmProgram, fn goja.Callable, args []goja.Value, imported bool) {
	vm := ms.rt.vm
	if p.async && !imported {
		parent := ""
		if pm, ok := m.Get("parent").(*goja.Object); ok {
			parent, _ = AsString(pm.Get("filename"))
		}
		panic(ms.rt.NewNodeError("Error", "ERR_REQUIRE_ASYNC_MODULE",
			"require() cannot be used on an ESM graph with top-level await. Use import() instead. To see where the top-level await comes from, use --experimental-print-required-tla.\n  From "+parent+" \n  Requiring "+file+" "))
	}
	ret, err := fn(goja.Undefined(), args...)
	if err != nil {
		var ex *goja.Exception
		if errors.As(err, &ex) {
			ms.rt.pinErrorSite(ex.Value())
		}
		ms.rt.Rethrow(err)
	}
	if !p.async {
		_ = m.Set("loaded", true)
		return
	}
	_ = m.DefineDataProperty(esm.EvaluationKey, ret, goja.FLAG_FALSE, goja.FLAG_FALSE, goja.FLAG_FALSE)
	onFulfilled := func(goja.FunctionCall) goja.Value {
		_ = m.Set("loaded", true)
		return goja.Undefined()
	}
	// A failure reaches those who import the module; the main module's is
	// an uncaught exception, from a promise as node reports it.
	onRejected := func(goja.FunctionCall) goja.Value { return goja.Undefined() }
	if m == ms.main {
		ms.esm.mainRun = ret.ToObject(vm)
		onRejected = func(call goja.FunctionCall) goja.Value {
			reason := call.Argument(0)
			ms.rt.noteErrorSite(reason)
			ms.rt.uncaught(reason, "unhandledRejection")
			return goja.Undefined()
		}
	}
	then, _ := goja.AssertFunction(ret.ToObject(vm).Get("then"))
	_, _ = then(ret, nativefunc.New(vm, onFulfilled), nativefunc.New(vm, onRejected))
}

// mainAwaiting reports whether the main module still awaits at its top
// level (the event loop has nothing left that could settle it: node exits
// with code 13).
func (ms *moduleSystem) mainAwaiting() bool {
	return ms.esm.mainRun != nil && isRunning(ms.main.(*goja.Object))
}

// importFunction is the function an importing module's require carries
// under esm.ImportKey: require for an import, which may run a module that
// awaits at its top level.
func (ms *moduleSystem) importFunction(req *goja.Object) *goja.Object {
	vm := ms.rt.vm
	load, _ := goja.AssertFunction(req)
	// (Named as the rewrite's helpers are, so that stacks leave it out.)
	return NewFunction(vm, importerName, 1, func(call goja.FunctionCall) goja.Value {
		ms.esm.importing = true
		defer func() { ms.esm.importing = false }()
		v, err := load(goja.Undefined(), call.Argument(0))
		if err != nil {
			ms.rt.Rethrow(err)
		}
		return v
	})
}

// importerName names the function that loads a module for an import.
const importerName = "$gonode_import"

// isImportHelper reports whether f runs an import: one of the functions
// the ES module rewrite appends to a module ($gonode_esmImport and the
// like), or the one that loads the module (importerName).
func isImportHelper(f *goja.StackFrame) bool {
	return strings.HasPrefix(f.FuncName(), "$gonode_")
}

// scriptName is how stacks and error reports name the module in file: an
// ES module by its file: URL, as node names it; anything else by its name.
func (ms *moduleSystem) scriptName(file string) string {
	if !filepath.IsAbs(file) || !ms.isESModule(file) {
		return file
	}
	return (&url.URL{Scheme: "file", Path: file}).String()
}

// filePath is the file a script name (see scriptName) names.
func filePath(name string) string {
	if strings.HasPrefix(name, "file:") {
		if u, err := url.Parse(name); err == nil && u.Path != "" {
			return u.Path
		}
	}
	return name
}
