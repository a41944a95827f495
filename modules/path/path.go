// Package path implements node's 'path' core module (the POSIX flavour,
// which is also path.posix) in Go.
package path

import (
	"strconv"

	"github.com/dop251/goja"
	"github.com/gonode/gonode/modules/buffer" // internal/errors
	"github.com/gonode/gonode/runtime"
)

// Modules are the path package's core modules; modules/all registers them.
var Modules = runtime.ModuleSet{
	Needs: []*runtime.ModuleSet{&buffer.Modules},
	Core: []runtime.Module{
		{Name: "path", Load: load},
		{Name: "path/posix", Source: &posixSource},
	}}

// posixSource is path/posix: path.posix, which is path itself here.
var posixSource = "'use strict';\nmodule.exports = require('path').posix;\n"

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

func (m *pathModule) format(call goja.FunctionCall) goja.Value {
	v := call.Argument(0)
	obj, ok := v.(*goja.Object)
	if _, isFn := goja.AssertFunction(v); !ok || isFn || obj.ClassName() == "Array" {
		panic(buffer.NodeError(m.rt, "ERR_INVALID_ARG_TYPE", "pathObject", "object", v))
	}
	get := func(name string) goja.Value {
		if v := obj.Get(name); v != nil {
			return v
		}
		return goja.Undefined()
	}
	root := get("root")
	dir := get("dir")
	if !dir.ToBoolean() {
		dir = root
	}
	base := get("base").String()
	if !get("base").ToBoolean() {
		base = ""
		if name := get("name"); name.ToBoolean() {
			base = name.String()
		}
		if ext := get("ext"); ext.ToBoolean() {
			e := ext.String()
			if e[0] != '.' {
				base += "."
			}
			base += e
		}
	}
	if !dir.ToBoolean() {
		return m.vm.ToValue(base)
	}
	if dir.StrictEquals(root) {
		return m.vm.ToValue(dir.String() + base)
	}
	return m.vm.ToValue(dir.String() + "/" + base)
}

func (m *pathModule) parse(call goja.FunctionCall) goja.Value {
	p := Parse(m.str(call.Argument(0), "path"))
	o := m.vm.NewObject()
	_ = o.Set("root", p.Root)
	_ = o.Set("dir", p.Dir)
	_ = o.Set("base", p.Base)
	_ = o.Set("ext", p.Ext)
	_ = o.Set("name", p.Name)
	return o
}

func load(rt *runtime.Runtime, module *goja.Object) error {
	m := &pathModule{rt: rt, vm: rt.VM()}
	vm := m.vm
	str := func(s string) goja.Value { return vm.ToValue(s) }
	one := func(f func(string) string) func(goja.FunctionCall) goja.Value {
		return func(call goja.FunctionCall) goja.Value { return str(f(m.str(call.Argument(0), "path"))) }
	}
	exports := vm.NewObject()
	set := func(name string, length int, fn func(goja.FunctionCall) goja.Value) {
		f := vm.ToValue(fn).ToObject(vm)
		runtime.SetFunctionName(vm, f, name, length)
		_ = exports.Set(name, f)
	}
	set("resolve", 0, func(call goja.FunctionCall) goja.Value {
		parts := make([]string, len(call.Arguments))
		for i := len(parts) - 1; i >= 0; i-- {
			parts[i] = m.str(call.Arguments[i], "paths["+strconv.Itoa(i)+"]")
		}
		return str(Resolve(parts, m.cwd))
	})
	set("normalize", 1, one(Normalize))
	set("isAbsolute", 1, func(call goja.FunctionCall) goja.Value {
		p := m.str(call.Argument(0), "path")
		return vm.ToValue(p != "" && p[0] == '/')
	})
	set("join", 0, func(call goja.FunctionCall) goja.Value {
		parts := make([]string, len(call.Arguments))
		for i, a := range call.Arguments {
			parts[i] = m.str(a, "path")
		}
		return str(Join(parts))
	})
	set("relative", 2, func(call goja.FunctionCall) goja.Value {
		from := m.str(call.Argument(0), "from")
		to := m.str(call.Argument(1), "to")
		if from == to {
			return str("")
		}
		return str(Relative(Resolve([]string{from}, m.cwd), Resolve([]string{to}, m.cwd)))
	})
	toNamespaced := func(call goja.FunctionCall) goja.Value { return call.Argument(0) }
	set("toNamespacedPath", 1, toNamespaced)
	set("dirname", 1, one(Dirname))
	set("basename", 2, func(call goja.FunctionCall) goja.Value {
		suffix := ""
		if s := call.Argument(1); !goja.IsUndefined(s) {
			suffix = m.str(s, "suffix")
		}
		return str(Basename(m.str(call.Argument(0), "path"), suffix))
	})
	set("extname", 1, one(Extname))
	set("format", 1, m.format)
	set("parse", 1, m.parse)
	_ = exports.Set("sep", "/")
	_ = exports.Set("delimiter", ":")
	_ = exports.Set("win32", goja.Null())
	_ = exports.Set("posix", exports)
	set("_makeLong", 1, toNamespaced)
	return module.Set("exports", exports)
}
