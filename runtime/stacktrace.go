package runtime

import (
	"bytes"
	"strings"

	"github.com/dop251/goja"
)

// installCaptureStackTrace defines V8's Error.captureStackTrace, which much
// of npm calls, unless goja has one.
func (rt *Runtime) installCaptureStackTrace() {
	errorCtor := rt.vm.Get("Error").ToObject(rt.vm)
	if _, ok := goja.AssertFunction(errorCtor.Get("captureStackTrace")); ok {
		return
	}
	fn := rt.vm.ToValue(rt.captureStackTrace).(*goja.Object)
	SetFunctionName(rt.vm, fn, "captureStackTrace", 2)
	_ = errorCtor.DefineDataProperty("captureStackTrace", fn, goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_FALSE)
	if v := errorCtor.Get("stackTraceLimit"); v == nil || goja.IsUndefined(v) {
		_ = errorCtor.Set("stackTraceLimit", 10)
	}
}

// captureStackTrace is Error.captureStackTrace(obj[, constructorOpt]): it
// gives obj a 'stack' of its toString() header and the current frames. With
// a function, the frames start below that function's topmost frame, and
// there are none if it is not on the stack. goja's frames carry names, not
// functions, so the frame is found by the function's name; an anonymous
// function cuts nothing.
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
	if fn, ok := call.Argument(1).(*goja.Object); ok && isFunction(fn) {
		if name := fn.Get("name"); name != nil {
			if n, ok := AsString(name); ok && n != "" {
				frames = framesBelow(frames, n)
			}
		}
	}
	// goja's own layout: a line per frame, each ending in a newline.
	var b bytes.Buffer
	b.WriteString(rt.errorHeader(obj))
	for i := range frames {
		b.WriteString("\n\tat ")
		frames[i].Write(&b)
	}
	if len(frames) > 0 {
		b.WriteByte('\n')
	}
	if err := obj.DefineDataProperty("stack", vm.ToValue(b.String()), goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_FALSE); err != nil {
		panic(err)
	}
	return goja.Undefined()
}

// framesBelow drops the topmost frame of the function called name and every
// frame above it; it leaves nothing when no frame has that name.
func framesBelow(frames []goja.StackFrame, name string) []goja.StackFrame {
	for i := range frames {
		if f := frames[i].FuncName(); f == name || strings.HasSuffix(f, "."+name) {
			return frames[i+1:]
		}
	}
	return nil
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
