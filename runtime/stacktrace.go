package runtime

import (
	"strconv"
	"strings"

	"github.com/dop251/goja"
	"github.com/gonode/gonode/internal/nativefunc"
)

// installCaptureStackTrace defines V8's Error.captureStackTrace, which much
// of npm calls, unless goja has one.
func (rt *Runtime) installCaptureStackTrace() {
	errorCtor := rt.vm.Get("Error").ToObject(rt.vm)
	if goja.IsCallable(errorCtor.Get("captureStackTrace")) {
		return
	}
	fn := nativefunc.Named(rt.vm, "captureStackTrace", 2, rt.captureStackTrace)
	_ = errorCtor.DefineDataProperty("captureStackTrace", fn, goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_FALSE)
	rt.defaultPrepare = nativefunc.Named(rt.vm, "ErrorPrepareStackTrace", 2, rt.prepareStackTrace)
	_ = errorCtor.DefineDataProperty("prepareStackTrace", rt.defaultPrepare, goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_FALSE)
	rt.vm.SetErrorStackFormatter(rt.errorStack)
	if v := errorCtor.Get("stackTraceLimit"); v == nil || goja.IsUndefined(v) {
		_ = errorCtor.Set("stackTraceLimit", 10)
	}
}

// captureStackTrace is Error.captureStackTrace(obj[, constructorOpt]): it
// gives obj a 'stack' of its toString() header and the current frames, in
// node's layout. With a function, the frames start below that function's
// topmost frame, and there are none if it is not on the stack. goja's
// frames carry names, not functions, so the frame is found by the
// function's name; a class constructor's frames are anonymous in goja, so
// for a function not found by name the anonymous frames on top (the
// constructors running) are dropped.
func (rt *Runtime) captureStackTrace(call goja.FunctionCall) goja.Value {
	vm := rt.vm
	obj, ok := call.Argument(0).(*goja.Object)
	if !ok {
		panic(vm.NewTypeError("invalid_argument"))
	}
	frames := vm.CaptureCallStack(0, nil)
	if len(frames) > 0 && frames[0].SrcName() == "<native>" {
		frames = frames[1:] // captureStackTrace itself
	}
	if fn, ok := call.Argument(1).(*goja.Object); ok && goja.IsCallable(fn) {
		name, _ := AsString(fn.Get("name"))
		frames = framesBelow(frames, name)
	}
	// V8 makes the text on first read, behind what looks like a data
	// property; goja cannot have both, so it is made now (a name set
	// afterwards does not show in it).
	stack := rt.errorStack(obj, frames)
	if err := obj.DefineDataProperty("stack", stack, goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_FALSE); err != nil {
		panic(err)
	}
	return goja.Undefined()
}

// errorStack is the stack property V8 gives obj, an error made (or
// captured) where frames were the call stack: Error.prepareStackTrace's
// answer for their call sites if it is set, else obj's header and the
// frames node would show, in node's layout; undefined when
// Error.stackTraceLimit is not a number, as V8 records no trace then. It
// is every Error's stack (goja's SetErrorStackFormatter) and
// Error.captureStackTrace's.
func (rt *Runtime) errorStack(obj *goja.Object, frames []goja.StackFrame) goja.Value {
	vm := rt.vm
	errorCtor := vm.Get("Error").ToObject(vm)
	limit, ok := stackTraceLimit(errorCtor.Get("stackTraceLimit"))
	if !ok {
		return goja.Undefined()
	}
	sites := rt.userSites(frames)
	sites = sites[:min(len(sites), limit)]
	if p := errorCtor.Get("prepareStackTrace"); p != rt.defaultPrepare {
		if prepare, ok := goja.AssertFunction(p); ok {
			stack, err := prepare(errorCtor, obj, rt.callSites(sites))
			if err != nil {
				panic(err)
			}
			return stack
		}
	}
	var b strings.Builder
	b.WriteString(rt.errorHeader(obj))
	for i := range sites {
		b.WriteString("\n    at ")
		b.WriteString(sites[i].String())
	}
	return vm.ToValue(b.String())
}

// prepareStackTrace is node's default Error.prepareStackTrace(error,
// trace): the error's header and a line for each call site, in node's
// layout, for a program's own prepareStackTrace to fall back on. (A stack
// made while it is the one set does not call it.)
func (rt *Runtime) prepareStackTrace(call goja.FunctionCall) goja.Value {
	var b strings.Builder
	if obj, ok := call.Argument(0).(*goja.Object); ok {
		b.WriteString(rt.errorHeader(obj))
	} else {
		b.WriteString(rt.errorHeader(rt.vm.NewObject()))
	}
	if trace, ok := call.Argument(1).(*goja.Object); ok {
		n := trace.Get("length").ToInteger()
		for i := int64(0); i < n; i++ {
			b.WriteString("\n    at ")
			b.WriteString(trace.Get(strconv.FormatInt(i, 10)).String())
		}
	}
	return rt.vm.ToValue(b.String())
}

// stackTraceLimit reads Error.stackTraceLimit as V8 does: how many frames
// a trace keeps, and false when it is not a number (no trace at all).
func stackTraceLimit(v goja.Value) (int, bool) {
	switch n := v.Export().(type) {
	case int64:
		return int(max(n, 0)), true
	case float64:
		if n != n {
			return 0, true
		}
		return int(max(min(n, 1<<20), 0)), true
	}
	return 0, false
}

// framesBelow drops the topmost frame of the function called name and every
// frame above it. When no frame has that name, it drops the anonymous
// frames on top if any (a class constructor's), else everything.
func framesBelow(frames []goja.StackFrame, name string) []goja.StackFrame {
	if name != "" {
		for i := range frames {
			if f := frames[i].FuncName(); f == name || strings.HasSuffix(f, "."+name) {
				return frames[i+1:]
			}
		}
	}
	i := 0
	for i < len(frames) && frames[i].FuncName() == "<anonymous>" && frames[i].SrcName() != "<native>" {
		i++
	}
	if i == 0 {
		return nil
	}
	return frames[i:]
}

// errorHeader is Error.prototype.toString.call(obj), or "Error" when that
// throws.
func (rt *Runtime) errorHeader(obj *goja.Object) string {
	proto := rt.vm.Get("Error").ToObject(rt.vm).Get("prototype").ToObject(rt.vm)
	toString, ok := goja.AssertFunction(proto.Get("toString"))
	if !ok {
		return "Error"
	}
	s, err := toString(obj)
	if err != nil {
		return "Error"
	}
	return s.String()
}
