package runtime

import (
	"strconv"
	"strings"

	"github.com/dop251/goja"
)

// callSite is one frame of V8's structured stack trace, the array that
// Error.prepareStackTrace(error, callSites) receives: what goja knows of a
// frame, read through the methods of V8's CallSite.
type callSite struct {
	fn        string // the function's name; "" when anonymous
	file      string
	line, col int
	// moduleTop marks a module's top-level code, which V8 reports as a
	// method of module.exports: "Object.<anonymous>".
	moduleTop bool
	// construct marks a function called as a constructor: "new Foo".
	construct bool
}

// userSites describes the frames node would show: all but gonode's glue
// (see isGlueFrame). goja's frames do not say what `this` was, so a frame
// is a plain function call or a constructor's, except an anonymous frame
// right below which gonode's module loader runs: a module's top level.
func (rt *Runtime) userSites(frames []goja.StackFrame) []callSite {
	var sites []callSite
	for i := range frames {
		f := &frames[i]
		if isGlueFrame(f) {
			continue
		}
		pos := f.Position()
		file := f.SrcName()
		cs := callSite{file: rt.modules.scriptName(file), line: pos.Line, col: rt.modules.userColumn(file, pos.Line, pos.Column)}
		if name := f.FuncName(); name != "<anonymous>" {
			cs.fn = name
		}
		moduleTop := cs.fn == "" && i+1 < len(frames) && isGlueFrame(&frames[i+1])
		if moduleTop && cs.file != file && i > 0 && isImportHelper(&frames[i-1]) {
			// An ES module's top level running one of its imports: node
			// runs them before the module, from its loader.
			continue
		}
		// (An ES module's top level is no method: V8 shows its place alone.)
		cs.moduleTop = moduleTop && cs.file == file
		cs.construct = f.IsConstructor()
		sites = append(sites, cs)
	}
	return sites
}

// isGlueFrame reports whether f is a frame of gonode's own JavaScript or a
// Go function, which node's stacks do not show, the import helpers
// included.
func isGlueFrame(f *goja.StackFrame) bool {
	src := f.SrcName()
	return src == "<native>" || strings.HasPrefix(src, "gonode:") || isImportHelper(f)
}

// String is V8's CallSite.prototype.toString: how the frame reads in a
// stack.
func (cs *callSite) String() string {
	loc := cs.file + ":" + strconv.Itoa(cs.line) + ":" + strconv.Itoa(cs.col)
	switch {
	case cs.moduleTop:
		return "Object.<anonymous> (" + loc + ")"
	case cs.construct:
		name := cs.fn
		if name == "" {
			name = "<anonymous>"
		}
		return "new " + name + " (" + loc + ")"
	case cs.fn != "":
		return cs.fn + " (" + loc + ")"
	}
	return loc
}

// callSiteMethods are CallSite.prototype's methods, in V8's order (as
// Object.getOwnPropertyNames lists them).
var callSiteMethods = []struct {
	name string
	fn   func(vm *goja.Runtime, cs *callSite) goja.Value
}{
	{"getColumnNumber", func(vm *goja.Runtime, cs *callSite) goja.Value { return vm.ToValue(cs.col) }},
	{"getEnclosingColumnNumber", func(vm *goja.Runtime, cs *callSite) goja.Value { return vm.ToValue(cs.col) }},
	{"getEnclosingLineNumber", func(vm *goja.Runtime, cs *callSite) goja.Value { return vm.ToValue(cs.line) }},
	{"getEvalOrigin", func(*goja.Runtime, *callSite) goja.Value { return goja.Undefined() }},
	{"getFileName", func(vm *goja.Runtime, cs *callSite) goja.Value { return vm.ToValue(cs.file) }},
	{"getFunction", func(*goja.Runtime, *callSite) goja.Value { return goja.Undefined() }},
	{"getFunctionName", func(vm *goja.Runtime, cs *callSite) goja.Value {
		if cs.fn == "" {
			return goja.Null()
		}
		return vm.ToValue(cs.fn)
	}},
	{"getLineNumber", func(vm *goja.Runtime, cs *callSite) goja.Value { return vm.ToValue(cs.line) }},
	{"getMethodName", func(*goja.Runtime, *callSite) goja.Value { return goja.Null() }},
	{"getPosition", func(vm *goja.Runtime, cs *callSite) goja.Value { return vm.ToValue(0) }},
	{"getPromiseIndex", func(*goja.Runtime, *callSite) goja.Value { return goja.Null() }},
	{"getScriptNameOrSourceURL", func(vm *goja.Runtime, cs *callSite) goja.Value { return vm.ToValue(cs.file) }},
	{"getScriptHash", func(vm *goja.Runtime, cs *callSite) goja.Value { return vm.ToValue("") }},
	{"getThis", func(*goja.Runtime, *callSite) goja.Value { return goja.Undefined() }},
	{"getTypeName", func(vm *goja.Runtime, cs *callSite) goja.Value {
		if cs.moduleTop {
			return vm.ToValue("Object")
		}
		return goja.Null()
	}},
	{"isAsync", func(vm *goja.Runtime, cs *callSite) goja.Value { return vm.ToValue(false) }},
	{"isConstructor", func(vm *goja.Runtime, cs *callSite) goja.Value { return vm.ToValue(cs.construct) }},
	{"isEval", func(vm *goja.Runtime, cs *callSite) goja.Value { return vm.ToValue(false) }},
	{"isNative", func(vm *goja.Runtime, cs *callSite) goja.Value { return vm.ToValue(false) }},
	{"isPromiseAll", func(vm *goja.Runtime, cs *callSite) goja.Value { return vm.ToValue(false) }},
	{"isToplevel", func(vm *goja.Runtime, cs *callSite) goja.Value { return vm.ToValue(!cs.moduleTop) }},
	{"toString", func(vm *goja.Runtime, cs *callSite) goja.Value { return vm.ToValue(cs.String()) }},
}

// callSiteClass is CallSite.prototype and the hidden slot where each
// CallSite object keeps its frame, made on first use.
type callSiteClass struct {
	proto *goja.Object
	frame *goja.Symbol
}

// callSites returns V8's structured stack trace of sites: an array of
// CallSite objects.
func (rt *Runtime) callSites(sites []callSite) goja.Value {
	class := rt.callSiteClass()
	objs := make([]any, len(sites))
	for i := range sites {
		o := rt.vm.CreateObject(class.proto)
		_ = o.DefineDataPropertySymbol(class.frame, rt.HostRef(&sites[i]), goja.FLAG_FALSE, goja.FLAG_FALSE, goja.FLAG_FALSE)
		objs[i] = o
	}
	return rt.vm.NewArray(objs...)
}

func (rt *Runtime) callSiteClass() *callSiteClass {
	if rt.callSite != nil {
		return rt.callSite
	}
	vm := rt.vm
	class := &callSiteClass{proto: vm.NewObject(), frame: goja.NewSymbol("frame")}
	ctor := NewFunction(vm, "CallSite", 0, func(goja.FunctionCall) goja.Value {
		panic(vm.NewTypeError("Illegal constructor"))
	})
	_ = ctor.DefineDataProperty("prototype", class.proto, goja.FLAG_FALSE, goja.FLAG_FALSE, goja.FLAG_FALSE)
	_ = class.proto.DefineDataProperty("constructor", ctor, goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_FALSE)
	for _, m := range callSiteMethods {
		name, method := m.name, m.fn
		fn := NewFunction(vm, name, 0, func(call goja.FunctionCall) goja.Value {
			this, ok := call.This.(*goja.Object)
			var cs *callSite
			if ok {
				cs, _ = HostOf(this.GetSymbol(class.frame)).(*callSite)
			}
			if cs == nil {
				panic(vm.NewTypeError("CallSite method " + name + " expects CallSite as receiver"))
			}
			return method(vm, cs)
		})
		_ = class.proto.DefineDataProperty(name, fn, goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_FALSE)
	}
	rt.callSite = class
	return class
}
