// Package path implements node's 'path' core module in Go: the POSIX
// flavour (path itself and path.posix) and the Windows one (path.win32).
package path

import (
	"strconv"

	"github.com/dop251/goja"
	"github.com/gonode/gonode/internal/nativefunc"
	"github.com/gonode/gonode/modules/buffer" // internal/errors
	"github.com/gonode/gonode/runtime"
)

// Modules are the path package's core modules; modules/all registers them.
var Modules = runtime.ModuleSet{
	Needs: []*runtime.ModuleSet{&buffer.Modules},
	Core: []runtime.Module{
		{Name: "path", Load: load},
		{Name: "path/posix", Source: &posixSource},
		{Name: "path/win32", Source: &win32Source},
	}}

// posixSource is path/posix: path.posix, which is path itself here.
var posixSource = "'use strict';\nmodule.exports = require('path').posix;\n"

// win32Source is path/win32: path.win32, the Windows flavour that node
// serves on every platform.
var win32Source = "'use strict';\nmodule.exports = require('path').win32;\n"

type pathModule struct {
	rt *runtime.Runtime
	vm *goja.Runtime
}

// str returns v as a Go string or throws node's ERR_INVALID_ARG_TYPE.
func (m *pathModule) str(v goja.Value, name string) string {
	s, ok := v.(goja.String)
	if !ok {
		panic(buffer.NodeError(m.rt, "ERR_INVALID_ARG_TYPE", name, "string", v))
	}
	return s.String()
}

func (m *pathModule) cwd() string {
	cwd, ok := goja.AssertFunction(m.rt.Process().Get("cwd"))
	if !ok {
		return "/"
	}
	v, err := cwd(m.rt.Process())
	if err != nil {
		panic(err)
	}
	return v.String()
}

// getenv is process.env[key] when it is truthy, else "" (node's win32.resolve
// reads the per-drive working directories there, at each call).
func (m *pathModule) getenv(key string) string {
	env, ok := m.rt.Process().Get("env").(*goja.Object)
	if !ok {
		return ""
	}
	if v := env.Get(key); v != nil && v.ToBoolean() {
		return v.String()
	}
	return ""
}

// flavour is one of node's two path implementations (path.posix and
// path.win32) as Go functions; exports builds the JS object of either.
type flavour struct {
	sep, delimiter string
	// resolve reads its n arguments from part, which throws for one that is
	// not a string.
	resolve    func(n int, part func(int) string) string
	normalize  func(string) string
	isAbsolute func(string) bool
	join       func([]string) string
	relative   func(from, to string) string
	// namespaced is toNamespacedPath for a non-empty string; nil keeps it.
	namespaced func(string) string
	dirname    func(string) string
	basename   func(p, suffix string) string
	extname    func(string) string
	parse      func(string) Parsed
}

// posixFlavour is path.posix.
func (m *pathModule) posixFlavour() *flavour {
	return &flavour{
		sep:        "/",
		delimiter:  ":",
		resolve:    func(n int, part func(int) string) string { return resolvePosix(n, part, m.cwd) },
		normalize:  Normalize,
		isAbsolute: IsAbsolute,
		join:       Join,
		relative: func(from, to string) string {
			if from == to {
				return ""
			}
			return Relative(Resolve([]string{from}, m.cwd), Resolve([]string{to}, m.cwd))
		},
		dirname:  Dirname,
		basename: Basename,
		extname:  Extname,
		parse:    Parse,
	}
}

// win32Flavour is path.win32: it resolves against process.cwd() and the
// per-drive working directories in process.env ('=C:'), as node does.
func (m *pathModule) win32Flavour() *flavour {
	return &flavour{
		sep:        `\`,
		delimiter:  ";",
		resolve:    func(n int, part func(int) string) string { return resolveWin32(n, part, m.cwd, m.getenv) },
		normalize:  Win32Normalize,
		isAbsolute: Win32IsAbsolute,
		join:       Win32Join,
		relative:   func(from, to string) string { return Win32Relative(from, to, m.cwd, m.getenv) },
		namespaced: func(p string) string { return Win32ToNamespacedPath(p, m.cwd, m.getenv) },
		dirname:    Win32Dirname,
		basename:   Win32Basename,
		extname:    Win32Extname,
		parse:      Win32Parse,
	}
}

// format is node's _format bound to a flavour's separator: validation and
// JS truthiness of the pathObject's fields, then formatPath.
func (m *pathModule) format(sep string) func(goja.FunctionCall) goja.Value {
	return func(call goja.FunctionCall) goja.Value {
		v := call.Argument(0)
		obj, ok := v.(*goja.Object)
		if isFn := goja.IsCallable(v); !ok || isFn || obj.ClassName() == "Array" {
			panic(buffer.NodeError(m.rt, "ERR_INVALID_ARG_TYPE", "pathObject", "object", v))
		}
		get := func(name string) goja.Value {
			if v := obj.Get(name); v != nil {
				return v
			}
			return goja.Undefined()
		}
		dir := get("dir")
		if !dir.ToBoolean() {
			dir = get("root")
		}
		base := ""
		if b := get("base"); b.ToBoolean() {
			base = b.String()
		} else {
			if name := get("name"); name.ToBoolean() {
				base = name.String()
			}
			if ext := get("ext"); ext.ToBoolean() {
				base += dotExt(ext.String())
			}
		}
		if !dir.ToBoolean() {
			return m.vm.ToValue(base)
		}
		return m.vm.ToValue(formatPath(sep, dir.String(), base, dir.StrictEquals(get("root"))))
	}
}

func (m *pathModule) parse(parse func(string) Parsed) func(goja.FunctionCall) goja.Value {
	return func(call goja.FunctionCall) goja.Value {
		p := parse(m.str(call.Argument(0), "path"))
		o := m.vm.NewObject()
		_ = o.Set("root", p.Root)
		_ = o.Set("dir", p.Dir)
		_ = o.Set("base", p.Base)
		_ = o.Set("ext", p.Ext)
		_ = o.Set("name", p.Name)
		return o
	}
}

// exports builds the JS object of a flavour, with node's function names,
// lengths and argument validation.
func (m *pathModule) exports(fl *flavour) *goja.Object {
	vm := m.vm
	str := func(s string) goja.Value { return vm.ToValue(s) }
	one := func(f func(string) string) func(goja.FunctionCall) goja.Value {
		return func(call goja.FunctionCall) goja.Value { return str(f(m.str(call.Argument(0), "path"))) }
	}
	exports := vm.NewObject()
	set := func(name string, length int, fn func(goja.FunctionCall) goja.Value) *goja.Object {
		f := nativefunc.Named(vm, name, length, fn)
		_ = exports.Set(name, f)
		return f
	}
	set("resolve", 0, func(call goja.FunctionCall) goja.Value {
		return str(fl.resolve(len(call.Arguments), func(i int) string {
			return m.str(call.Arguments[i], "paths["+strconv.Itoa(i)+"]")
		}))
	})
	set("normalize", 1, one(fl.normalize))
	set("isAbsolute", 1, func(call goja.FunctionCall) goja.Value {
		return vm.ToValue(fl.isAbsolute(m.str(call.Argument(0), "path")))
	})
	set("join", 0, func(call goja.FunctionCall) goja.Value {
		parts := make([]string, len(call.Arguments))
		for i, a := range call.Arguments {
			parts[i] = m.str(a, "path")
		}
		return str(fl.join(parts))
	})
	set("relative", 2, func(call goja.FunctionCall) goja.Value {
		from := m.str(call.Argument(0), "from")
		return str(fl.relative(from, m.str(call.Argument(1), "to")))
	})
	toNamespaced := set("toNamespacedPath", 1, func(call goja.FunctionCall) goja.Value {
		v := call.Argument(0)
		if s, ok := v.(goja.String); ok && fl.namespaced != nil && s.Length() > 0 {
			return str(fl.namespaced(s.String()))
		}
		return v
	})
	set("dirname", 1, one(fl.dirname))
	set("basename", 2, func(call goja.FunctionCall) goja.Value {
		suffix := ""
		if s := call.Argument(1); !goja.IsUndefined(s) {
			suffix = m.str(s, "suffix")
		}
		return str(fl.basename(m.str(call.Argument(0), "path"), suffix))
	})
	set("extname", 1, one(fl.extname))
	set("format", 1, m.format(fl.sep)).DefineDataProperty("name", str("bound _format"), goja.FLAG_FALSE, goja.FLAG_FALSE, goja.FLAG_TRUE)
	set("parse", 1, m.parse(fl.parse))
	_ = exports.Set("sep", fl.sep)
	_ = exports.Set("delimiter", fl.delimiter)
	_ = exports.Set("win32", goja.Null())
	_ = exports.Set("posix", goja.Null())
	_ = exports.Set("_makeLong", toNamespaced)
	return exports
}

func load(rt *runtime.Runtime, module *goja.Object) error {
	m := &pathModule{rt: rt, vm: rt.VM()}
	posix, win32 := m.exports(m.posixFlavour()), m.exports(m.win32Flavour())
	for _, o := range []*goja.Object{posix, win32} {
		_ = o.Set("win32", win32)
		_ = o.Set("posix", posix)
	}
	return module.Set("exports", posix)
}
