package runtime

import (
	"errors"
	"fmt"
	"math"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"syscall"

	"github.com/dop251/goja"
	"golang.org/x/sys/unix"
)

// NewNodeError creates an error like Node's internal errors: an instance of
// the global constructor ctor ("Error", "TypeError", "RangeError", ...) with
// message and a code property, whose name shows the code as Node's do
// ("TypeError [ERR_X]: message" in stack traces). Its stack is in node's
// layout, without the frames of gonode's Go code.
func (rt *Runtime) NewNodeError(ctor, code, message string) *goja.Object {
	c, ok := goja.AssertConstructor(rt.vm.Get(ctor))
	if !ok {
		c, _ = goja.AssertConstructor(rt.vm.Get("Error"))
	}
	obj, err := c(nil, rt.vm.ToValue(message))
	if err != nil {
		obj = rt.vm.NewGoError(err)
	}
	header := ctor + ": " + message
	if code != "" {
		_ = obj.Set("code", code)
		header = ctor + " [" + code + "]: " + message
		// String(err) shows the code too, as node's errors' own toString.
		_ = obj.DefineDataProperty("toString", rt.nodeErrorToString(), goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_FALSE)
	}
	rt.setStack(obj, header, ctor+": "+message)
	return obj
}

// nodeErrorToString is the toString of NewNodeError's errors: node's
// `${this.name} [${code}]: ${this.message}`, made once per runtime.
func (rt *Runtime) nodeErrorToString() goja.Value {
	if rt.errToString == nil {
		rt.errToString = NewFunction(rt.vm, "toString", 0, func(call goja.FunctionCall) goja.Value {
			this := call.This.ToObject(rt.vm)
			return rt.vm.ToValue(this.Get("name").String() + " [" + this.Get("code").String() + "]: " + this.Get("message").String())
		})
	}
	return rt.errToString
}

// setStack gives obj, a new error whose stack starts with plain, the stack
// header instead.
func (rt *Runtime) setStack(obj *goja.Object, header, plain string) {
	s, ok := AsString(obj.Get("stack"))
	if !ok || !strings.HasPrefix(s, plain) {
		return
	}
	// Writable and configurable, not enumerable: as V8's own stack.
	_ = obj.DefineDataProperty("stack", rt.vm.ToValue(header+s[len(plain):]), goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_FALSE)
}

// SysErrorExtra carries the optional fields of a system error.
type SysErrorExtra struct {
	Path, Dest, Address string
	Port                int
	// FS asks for libuv's file-system layout ("EBADF: bad file descriptor,
	// close") also when there is no path, as for operations on descriptors.
	FS bool
}

// NewSystemError creates a Node-shaped system error from err (a
// syscall.Errno, or an error wrapping one). With a path (or FS) the message is
// the file-system form "<CODE>: <description>, <syscall> '<path>'"; otherwise the
// network form "<syscall> <CODE>: <description>[ <address>:<port>]". It has
// properties
// errno (negative, as in Node), code, syscall, and path, dest, address, port
// where given.
func (rt *Runtime) NewSystemError(err error, syscallName string, extra SysErrorExtra) *goja.Object {
	errno := ErrnoOf(err)
	code := ErrnoName(errno)
	desc := ErrnoDescription(errno)
	if errno == 0 {
		code, desc = "UNKNOWN", err.Error()
	}
	var msg string
	switch {
	case extra.Path != "" || extra.FS:
		// libuv's file-system layout: "ENOENT: no such file or directory, open 'x'".
		msg = code + ": " + desc + ", " + syscallName
		if extra.Path != "" {
			msg += " '" + extra.Path + "'"
		}
		if extra.Dest != "" {
			msg += " -> '" + extra.Dest + "'"
		}
	case extra.Address != "" && extra.Port > 0:
		msg = syscallName + " " + code + ": " + desc + " " + extra.Address + ":" + strconv.Itoa(extra.Port)
	case extra.Address != "":
		msg = syscallName + " " + code + ": " + desc + " " + extra.Address
	default:
		msg = syscallName + " " + code + ": " + desc
	}
	obj := rt.NewNodeError("Error", "", msg)
	_ = obj.Set("errno", -int(errno))
	_ = obj.Set("code", code)
	_ = obj.Set("syscall", syscallName)
	if extra.Path != "" {
		_ = obj.Set("path", extra.Path)
	}
	if extra.Dest != "" {
		_ = obj.Set("dest", extra.Dest)
	}
	if extra.Address != "" {
		_ = obj.Set("address", extra.Address)
	}
	if extra.Port > 0 {
		_ = obj.Set("port", extra.Port)
	}
	return obj
}

// ErrnoOf extracts the errno from err, or 0 if it carries none.
func ErrnoOf(err error) syscall.Errno {
	var errno syscall.Errno
	if errors.As(err, &errno) {
		return errno
	}
	return 0
}

// ErrnoName is the symbolic name of errno ("ENOENT").
func ErrnoName(errno syscall.Errno) string {
	if name := unix.ErrnoName(errno); name != "" {
		if errno == unix.EWOULDBLOCK {
			return "EAGAIN"
		}
		return name
	}
	return "UNKNOWN"
}

// errnoDescriptions are libuv's texts where they differ from the C library's.
var errnoDescriptions = map[syscall.Errno]string{
	unix.ENOENT:        "no such file or directory",
	unix.EADDRINUSE:    "address already in use",
	unix.ECONNREFUSED:  "connection refused",
	unix.ECONNRESET:    "connection reset by peer",
	unix.EPIPE:         "broken pipe",
	unix.ETIMEDOUT:     "connection timed out",
	unix.EACCES:        "permission denied",
	unix.EEXIST:        "file already exists",
	unix.ENOTDIR:       "not a directory",
	unix.EISDIR:        "illegal operation on a directory",
	unix.ENOTEMPTY:     "directory not empty",
	unix.EBADF:         "bad file descriptor",
	unix.EINVAL:        "invalid argument",
	unix.EMFILE:        "too many open files",
	unix.ESRCH:         "no such process",
	unix.EPERM:         "operation not permitted",
	unix.EAGAIN:        "resource temporarily unavailable",
	unix.EADDRNOTAVAIL: "address not available",
	unix.ENOTCONN:      "socket is not connected",
	unix.EXDEV:         "cross-device link not permitted",
	unix.ELOOP:         "too many symbolic links encountered",
	unix.ENAMETOOLONG:  "name too long",
}

// ErrnoDescription is libuv's description of errno.
func ErrnoDescription(errno syscall.Errno) string {
	if d, ok := errnoDescriptions[errno]; ok {
		return d
	}
	return errno.Error()
}

// describeReceived renders a value for ERR_INVALID_ARG_TYPE messages as
// Node does (" Received type number (1)", "Received undefined", ...).
func describeReceived(v goja.Value) string {
	switch {
	case v == nil || goja.IsUndefined(v):
		return "undefined"
	case goja.IsNull(v):
		return "null"
	}
	if sym, ok := v.(*goja.Symbol); ok {
		return "type symbol (" + symbolOrString(sym) + ")"
	}
	switch x := v.Export().(type) {
	case string:
		s := x
		if len(s) > 28 {
			s = s[:25] + "..."
		}
		return "type string ('" + s + "')"
	case bool:
		return fmt.Sprintf("type boolean (%v)", x)
	case int64, float64:
		return "type number (" + v.String() + ")"
	}
	if goja.IsBigInt(v) {
		return "type bigint (" + v.String() + "n)"
	}
	if o, ok := v.(*goja.Object); ok {
		if goja.IsCallable(o) {
			name := o.Get("name").String()
			if name == "" {
				return "function "
			}
			return "function " + name
		}
		if ctor, ok := o.Get("constructor").(*goja.Object); ok {
			if name := ctor.Get("name"); name != nil && name.String() != "" {
				return "an instance of " + name.String()
			}
		}
		return "an instance of Object"
	}
	return "type " + typeOf(v) + " (" + v.String() + ")"
}

func typeOf(v goja.Value) string {
	switch v.ExportType().Kind().String() {
	case "string":
		return "string"
	case "bool":
		return "boolean"
	}
	if _, ok := v.(*goja.Symbol); ok {
		return "symbol"
	}
	return "bigint"
}

// isErrorObject reports whether v is an Error instance.
func isErrorObject(vm *goja.Runtime, v goja.Value) bool {
	o, ok := v.(*goja.Object)
	if !ok {
		return false
	}
	errCtor := vm.Get("Error").(*goja.Object)
	return o.ClassName() == "Error" || vm.InstanceOf(o, errCtor)
}

// inspectShort renders v with util.inspect when available, or String().
func inspectShort(rt *Runtime, v goja.Value) string {
	if s, ok := rt.inspect(v); ok {
		return s
	}
	if v == nil {
		return "undefined"
	}
	if _, isSym := v.(*goja.Symbol); isSym {
		return symbolOrString(v)
	}
	if s, ok := AsString(v); ok {
		return quoteJS(s)
	}
	return v.String()
}

// symbolOrString is String(v): "Symbol(desc)" for a symbol.
func symbolOrString(v goja.Value) string {
	if sym, ok := v.(*goja.Symbol); ok {
		return "Symbol(" + sym.String() + ")"
	}
	return v.String()
}

// quoteJS quotes s as util.inspect does: single quotes, or double quotes or
// backticks when that avoids escaping.
func quoteJS(s string) string {
	q := byte('\'')
	if strings.IndexByte(s, '\'') >= 0 {
		if strings.IndexByte(s, '"') < 0 {
			q = '"'
		} else if !strings.Contains(s, "`") && !strings.Contains(s, "${") {
			q = '`'
		}
	}
	var b strings.Builder
	b.WriteByte(q)
	for _, r := range s {
		switch {
		case r == rune(q) || r == '\\':
			b.WriteByte('\\')
			b.WriteRune(r)
		case r == '\n':
			b.WriteString("\\n")
		case r == '\t':
			b.WriteString("\\t")
		case r == '\r':
			b.WriteString("\\r")
		case r < 0x20 || r == 0x7f:
			fmt.Fprintf(&b, "\\x%02X", r)
		default:
			b.WriteRune(r)
		}
	}
	b.WriteByte(q)
	return b.String()
}

// inspect formats v with the util module's inspect, if it is registered.
func (rt *Runtime) inspect(v goja.Value) (string, bool) {
	return rt.inspectWith(v, nil)
}

// inspectFatal formats an uncaught exception as node's fatal-exception
// printer does: custom inspect functions ignored, at least 5 levels deep,
// in colors on a terminal that has them.
func (rt *Runtime) inspectFatal(v goja.Value) (string, bool) {
	return rt.inspectWith(v, func(inspect *goja.Object) goja.Value {
		depth := 2.0
		if d, ok := inspect.Get("defaultOptions").(*goja.Object); ok {
			if n := d.Get("depth"); n != nil {
				depth = n.ToFloat()
			}
		}
		opts := rt.vm.NewObject()
		_ = opts.Set("customInspect", false)
		_ = opts.Set("depth", math.Max(depth, 5))
		if rt.stderrHasColors() {
			_ = opts.Set("colors", true)
		}
		return opts
	})
}

// stderrHasColors reports whether process.stderr is a terminal with colors
// (its hasColors()).
func (rt *Runtime) stderrHasColors() (colors bool) {
	_ = catch(func() {
		stderr, ok := rt.process.Get("stderr").(*goja.Object)
		if !ok || !stderr.Get("isTTY").ToBoolean() {
			return
		}
		if hasColors, ok := goja.AssertFunction(stderr.Get("hasColors")); ok {
			if v, err := hasColors(stderr); err == nil {
				colors = v.ToBoolean()
			}
		}
	})
	return colors
}

// inspectWith formats v with util.inspect and the options options makes
// (none when nil), if the util module is registered.
func (rt *Runtime) inspectWith(v goja.Value, options func(inspect *goja.Object) goja.Value) (string, bool) {
	if _, ok := lookupCore("util"); !ok {
		return "", false
	}
	util, err := rt.Require("util")
	if err != nil {
		return "", false
	}
	inspect, ok := util.ToObject(rt.vm).Get("inspect").(*goja.Object)
	if !ok {
		return "", false
	}
	f, ok := goja.AssertFunction(inspect)
	if !ok {
		return "", false
	}
	args := []goja.Value{v}
	if options != nil {
		args = append(args, options(inspect))
	}
	var out goja.Value
	func() {
		defer func() { _ = recover() }()
		out, err = f(goja.Undefined(), args...)
	}()
	if err != nil || out == nil {
		return "", false
	}
	return out.String(), true
}

// printUncaught writes an uncaught exception as Node does: where it was
// thrown, the source line with a caret, then the error inspected as node's
// fatal-exception printer inspects it. A thrown value that is not an Error
// gets node's other layout: a blank line before the location, none after,
// and for a primitive its plain text and a hint.
func (rt *Runtime) printUncaught(v goja.Value) {
	var b strings.Builder
	isError := isErrorObject(rt.vm, v)
	if loc := rt.throwLocation; loc.file != "" {
		if !isError {
			b.WriteString("\n")
		}
		fmt.Fprintf(&b, "%s:%d\n", rt.modules.scriptName(loc.file), loc.line)
		if src := rt.modules.sourceLine(loc.file, loc.line); src != "" {
			col := loc.col - 1
			if col < 0 || col > len(src) {
				col = 0
			}
			fmt.Fprintf(&b, "%s\n%s%s\n", src, strings.Repeat(" ", col), strings.Repeat("^", max(loc.width, 1)))
		} else if loc.eof {
			b.WriteString("\n\n")
		}
		if isError {
			b.WriteString("\n")
		}
	}
	rt.throwLocation = location{}
	obj, isObject := v.(*goja.Object)
	switch {
	case isObject:
		text, ok := rt.inspectFatal(obj)
		if !ok {
			text = obj.Get("stack").String()
		}
		b.WriteString(text + "\n")
	default:
		text := ""
		if _, isSym := v.(*goja.Symbol); !isSym {
			text = v.String()
		}
		fmt.Fprintf(&b, "%s\n(Use `%s --trace-uncaught ...` to show where the exception was thrown)\n",
			text, filepath.Base(rt.opts.Argv0))
	}
	b.WriteString("\nNode.js " + NodeVersion + "\n")
	_, _ = rt.opts.Stderr.Write([]byte(b.String()))
}

// location is a place in a source file.
type location struct {
	file      string
	line, col int
	// width is how many characters the caret line marks (V8 marks a
	// syntax error's whole token); 0 is one. eof marks the end of the
	// input: an empty source and caret line.
	width int
	eof   bool
}

// noteThrow remembers where ex was thrown, for printUncaught: its throw
// statement (V8's place), or, when that is in gonode's own code, the first
// frame of its stack in the program's.
func (rt *Runtime) noteThrow(ex *goja.Exception) {
	if o, ok := ex.Value().(*goja.Object); ok {
		if loc, ok := rt.errorLocations[o]; ok {
			rt.throwLocation = loc
			return
		}
	}
	frames := ex.Stack()
	if site, ok := ex.ThrowSite(); ok {
		frames = append([]goja.StackFrame{site}, frames...)
	}
	for _, f := range frames {
		p := f.Position()
		if p.Filename != "" && !strings.HasPrefix(p.Filename, "gonode:") && !strings.HasPrefix(p.Filename, "node:") {
			rt.throwLocation = location{file: p.Filename, line: p.Line, col: rt.modules.userColumn(p.Filename, p.Line, p.Column)}
			return
		}
	}
}

// noteErrorSite remembers, for printUncaught, where the Error v was made
// (its stack's first frame outside gonode): node's place for an unhandled
// rejection's report. Anything else leaves no place.
func (rt *Runtime) noteErrorSite(v goja.Value) {
	o, ok := v.(*goja.Object)
	if !ok || !isErrorObject(rt.vm, o) {
		return
	}
	if loc, ok := rt.errorLocations[o]; ok {
		rt.throwLocation = loc
		return
	}
	if loc, ok := errorSite(o); ok {
		rt.throwLocation = loc
	}
}

// pinErrorSite makes where the Error v was made the place printUncaught
// reports for it, wherever it is thrown: node's place for an error that
// ends an ES module's evaluation. A place pinned already stays.
func (rt *Runtime) pinErrorSite(v goja.Value) {
	o, ok := v.(*goja.Object)
	if !ok || !isErrorObject(rt.vm, o) {
		return
	}
	if _, ok := rt.errorLocations[o]; ok {
		return
	}
	if loc, ok := errorSite(o); ok {
		rt.errorLocations[o] = loc
	}
}

// errorSite is where the Error o was made: its stack's first frame outside
// gonode.
func errorSite(o *goja.Object) (location, bool) {
	stack, _ := AsString(o.Get("stack"))
	for _, l := range strings.Split(stack, "\n") {
		m := frameLocation().FindStringSubmatch(l)
		if m == nil || strings.HasPrefix(m[1], "gonode:") || strings.HasPrefix(m[1], "node:") {
			continue
		}
		line, _ := strconv.Atoi(m[2])
		col, _ := strconv.Atoi(m[3])
		return location{file: filePath(m[1]), line: line, col: col}, true
	}
	return location{}, false
}

// frameLocation matches a frame of a stack in node's layout, "    at fn
// (file:line:col)" or "    at file:line:col": file, line, column.
var frameLocation = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`^    at (?:.* \()?(.+):(\d+):(\d+)\)?$`)
})

// AsString returns v's value if v is a JS string primitive. (goja exports
// symbols as strings too; this does not.)
func AsString(v goja.Value) (string, bool) {
	if v == nil {
		return "", false
	}
	if _, isSym := v.(*goja.Symbol); isSym {
		return "", false
	}
	s, ok := v.Export().(string)
	return s, ok
}

// NumericSeparated is s, a decimal integer, with '_' between groups of
// three digits, as node writes large numbers (util.inspect's
// numericSeparator, ERR_OUT_OF_RANGE's received value).
func NumericSeparated(s string) string {
	start := 0
	if strings.HasPrefix(s, "-") {
		start = 1
	}
	i := len(s)
	result := ""
	for ; i >= start+4; i -= 3 {
		result = "_" + s[i-3:i] + result
	}
	if i == len(s) {
		return s
	}
	return s[:i] + result
}
