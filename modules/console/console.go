// Package console implements node's 'console' module and the global console
// (runtime installs it from require('console')): log/info/debug/dirxml to
// stdout, warn/error/trace to stderr, dir, table, time*, count*, group* and
// assert, formatted exactly as node does, and the Console class.
//
// Until process.stdout/process.stderr are first touched, the global console
// writes each line with a single Write to the runtime's Stdout()/Stderr();
// afterwards it writes through those streams, as node does.
package console

import (
	_ "embed"
	"io"
	"os"
	"strconv"
	"strings"
	"sync"

	"github.com/dop251/goja"
	"github.com/gonode/gonode/modules/buffer"
	"github.com/gonode/gonode/modules/util"
	"github.com/gonode/gonode/runtime"
	"golang.org/x/sys/unix"
)

var (
	//go:embed console.js
	consoleSource string
	//go:embed table.js
	tableSource string
)

// Modules are the console package's core modules; modules/all registers them.
var Modules = runtime.ModuleSet{
	Needs: []*runtime.ModuleSet{&buffer.Modules, &util.Modules},
	Core: []runtime.Module{
		{Name: "internal/console_binding", Load: loadBinding},
		{Name: "console", Source: &consoleSource},
		{Name: "internal/console/table", Source: &tableSource},
	}}

// loadBinding gives console.js its natives.
func loadBinding(rt *runtime.Runtime, module *goja.Object) error {
	vm := rt.VM()
	b := module.Get("exports").(*goja.Object)
	// writeStdio(fd, text) writes text to the runtime's stdout (1) or
	// stderr (2) unless process.stdout/stderr exist; it reports whether
	// it wrote.
	if err := b.Set("writeStdio", func(call goja.FunctionCall) goja.Value {
		name, w := "stdout", rt.Stdout()
		if call.Argument(0).ToInteger() == 2 {
			name, w = "stderr", rt.Stderr()
		}
		if !util.OwnAccessor(vm, rt.Process(), name) {
			return vm.ToValue(false)
		}
		// node's console makes process.stderr with process.stdout.
		if name == "stdout" {
			rt.ListStdio(1)
		}
		rt.ListStdio(2)
		_, _ = w.Write([]byte(call.Argument(1).String())) // console swallows write errors
		return vm.ToValue(true)
	}); err != nil {
		return err
	}
	isTTY := [2]func() bool{
		sync.OnceValue(func() bool { return isTerminal(rt.Stdout()) }),
		sync.OnceValue(func() bool { return isTerminal(rt.Stderr()) }),
	}
	if err := b.Set("isStdioTTY", func(call goja.FunctionCall) goja.Value {
		fd := call.Argument(0).ToInteger()
		return vm.ToValue(isTTY[min(max(fd-1, 0), 1)]())
	}); err != nil {
		return err
	}
	// bindMethods(target, proto, keys) gives target the methods proto has
	// under keys (all of them functions), bound to target and named by
	// their keys, as the global console's are: under a string key
	// enumerable, under a symbol not (console.js assigns the former and
	// defines the latter hidden). In JavaScript, copying the descriptors,
	// this was a tenth of a hello world's start-up.
	if err := b.Set("bindMethods", func(call goja.FunctionCall) goja.Value {
		target, proto := call.Argument(0).ToObject(vm), call.Argument(1).ToObject(vm)
		keys := call.Argument(2).ToObject(vm)
		n := int(keys.Get("length").ToInteger())
		for i := range n {
			key := keys.Get(strconv.Itoa(i))
			sym, isSym := key.(*goja.Symbol)
			var fn *goja.Object
			if isSym {
				fn, _ = proto.GetSymbol(sym).(*goja.Object)
			} else {
				fn, _ = proto.Get(key.String()).(*goja.Object)
			}
			if !goja.IsCallable(fn) {
				panic(vm.NewTypeError("bindMethods: %s is not a function", key))
			}
			bound := vm.BindFunction(fn, target, key)
			if isSym {
				_ = target.DefineDataPropertySymbol(sym, bound, goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_FALSE)
			} else {
				_ = target.DefineDataProperty(key.String(), bound, goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_TRUE)
			}
		}
		return goja.Undefined()
	}); err != nil {
		return err
	}
	// stackFrames turns a captured stack into node's frame lines for
	// console.trace, without the header line and console's own frames.
	return b.Set("stackFrames", func(stack string) string {
		lines := strings.Split(stack, "\n")
		var b strings.Builder
		for _, l := range lines[1:] {
			if strings.Contains(l, "(node:console:") || strings.HasPrefix(strings.TrimSpace(l), "at node:console:") {
				continue
			}
			b.WriteString("\n")
			b.WriteString(l)
		}
		return b.String()
	})
}

// isTerminal reports whether w is a terminal.
func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	if !ok {
		return false
	}
	_, err := unix.IoctlGetTermios(int(f.Fd()), unix.TCGETS)
	return err == nil
}
