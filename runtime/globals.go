package runtime

import (
	_ "embed"
	"io"
	"os"
	"strings"

	"github.com/dop251/goja"
	"github.com/gonode/gonode/internal/nativefunc"
	"golang.org/x/sys/unix"
)

var (
	//go:embed lib/stdio.js
	stdioSource string
	//go:embed lib/event_target.js
	eventTargetSource string
	//go:embed lib/domexception.js
	domExceptionSource string
)

func init() {
	RegisterCoreModule("internal/stdio", JSModule("node:internal/stdio", stdioSource))
	RegisterCoreModule("internal/event_target", JSModule("node:internal/event_target", eventTargetSource))
	RegisterCoreModule("internal/domexception", JSModule("node:internal/domexception", domExceptionSource))
	RegisterCoreModule("process", func(rt *Runtime, module *goja.Object) error {
		return module.Set("exports", rt.process)
	})
}

// lazyKind is how a lazy global is defined, as node defines it.
type lazyKind int

const (
	lazyData         lazyKind = iota // a data property made on first access
	lazyAccessor                     // an accessor, replaced by a data property on first read
	lazyKeptAccessor                 // an accessor that stays one
)

// defineLazyKind defines the global name, whose value make computes on
// first access, as kind says.
func (rt *Runtime) defineLazyKind(kind lazyKind, name string, enumerable bool, make func() goja.Value) {
	g := rt.vm.GlobalObject()
	switch kind {
	case lazyData:
		rt.defineLazyGlobal(name, enumerable, make)
	case lazyAccessor:
		rt.defineLazyFlag(g, name, goja.ToFlag(enumerable), make)
	case lazyKeptAccessor:
		rt.defineLazyAccessor(g, name, goja.ToFlag(enumerable), make)
	}
}

// installGlobals defines the globals beside process and the timers. Those
// backed by modules are created on first access.
func (rt *Runtime) installGlobals() {
	g := rt.vm.GlobalObject()
	_ = g.Set("global", g)
	// An accessor (its functions named get and set), as node's: assigning
	// the global replaces what it reads.
	process := goja.Value(rt.process)
	getProcess := nativefunc.Named(rt.vm, "get", 0, func(goja.FunctionCall) goja.Value { return process })
	setProcess := nativefunc.Named(rt.vm, "set", 1, func(c goja.FunctionCall) goja.Value {
		process = c.Argument(0)
		return goja.Undefined()
	})
	_ = g.DefineAccessorProperty("process", getProcess, setProcess, goja.FLAG_TRUE, goja.FLAG_FALSE)
	// Lazy as node's: a data property made on first access, an accessor
	// replaced by one then, or an accessor kept (see lazyKind). As in node,
	// only atob and btoa of these are enumerable.
	lazyAs := func(kind lazyKind, name, module, export string) {
		enumerable := name == "atob" || name == "btoa"
		make := func() goja.Value {
			exports, err := rt.Require(module)
			if err != nil {
				rt.Rethrow(err)
			}
			if export == "" {
				return exports
			}
			return exports.ToObject(rt.vm).Get(export)
		}
		rt.defineLazyKind(kind, name, enumerable, make)
	}
	lazyAs(lazyData, "console", "console", "")
	lazyAs(lazyKeptAccessor, "Buffer", "buffer", "Buffer")
	lazyAs(lazyAccessor, "atob", "buffer", "atob")
	lazyAs(lazyAccessor, "btoa", "buffer", "btoa")
	lazyAs(lazyData, "URL", "url", "URL")
	lazyAs(lazyData, "URLSearchParams", "url", "URLSearchParams")
	lazyAs(lazyAccessor, "TextEncoder", "util", "TextEncoder")
	lazyAs(lazyAccessor, "TextDecoder", "util", "TextDecoder")
	for _, name := range []string{"Event", "EventTarget", "CustomEvent"} {
		lazyAs(lazyData, name, "internal/event_target", name)
	}
	for _, name := range []string{"AbortController", "AbortSignal"} {
		lazyAs(lazyAccessor, name, "internal/event_target", name)
	}
	lazyAs(lazyAccessor, "DOMException", "internal/domexception", "DOMException")
	rt.installWeakRefs()
	if rt.HasFlag("--expose-gc") {
		rt.installGC()
	}
	registryMu.RLock()
	globals := lazyGlobals
	registryMu.RUnlock()
	for _, lg := range globals {
		make := func() goja.Value { return lg.value(rt) }
		enumerable := lg.flags&GlobalEnumerable != 0
		if lg.flags&GlobalGetterOnly == 0 {
			kind := lazyAccessor
			switch {
			case lg.flags&GlobalData != 0:
				kind = lazyData
			case lg.flags&GlobalKeptAccessor != 0:
				kind = lazyKeptAccessor
			}
			rt.defineLazyKind(kind, lg.name, enumerable, make)
			continue
		}
		var made goja.Value
		// Named as node names such a getter ("get crypto").
		getter := NewFunction(rt.vm, "get "+lg.name, 0, func(goja.FunctionCall) goja.Value {
			if made == nil {
				made = lg.value(rt)
			}
			return made
		})
		_ = g.DefineAccessorProperty(lg.name, getter, nil, goja.FLAG_TRUE, goja.ToFlag(enumerable))
	}
}

// ModuleGlobal is a RegisterGlobal value: the export path (names joined
// by dots, "" for the module itself) of the core module named module.
func ModuleGlobal(module, path string) func(rt *Runtime) goja.Value {
	return func(rt *Runtime) goja.Value {
		v, err := rt.Require(module)
		if err != nil {
			rt.Rethrow(err)
		}
		for _, name := range strings.Split(path, ".") {
			if name != "" {
				v = v.ToObject(rt.vm).Get(name)
			}
		}
		return v
	}
}

// stdio builds process.stdin (fd 0), process.stdout (1) or process.stderr (2).
func (rt *Runtime) stdio(fd int) goja.Value {
	rt.ListStdio(fd)
	vm := rt.vm
	lib, err := rt.Require("internal/stdio")
	if err != nil {
		rt.Rethrow(err)
	}
	binding := rt.stdioBinding()
	kind := "writable"
	if fd == 0 {
		kind = "readable"
	}
	f, _ := goja.AssertFunction(lib.ToObject(vm).Get(kind))
	v, err := f(goja.Undefined(), vm.ToValue(fd), binding)
	if err != nil {
		rt.Rethrow(err)
	}
	return v
}

// stdioBinding gives lib/stdio.js its native operations.
func (rt *Runtime) stdioBinding() *goja.Object {
	vm := rt.vm
	b := vm.NewObject()
	writer := func(fd int) io.Writer {
		if fd == 2 {
			return rt.opts.Stderr
		}
		return rt.opts.Stdout
	}
	// write(fd, chunk) takes a FunctionCall, as every hot native should:
	// goja calls other signatures through reflection.
	_ = b.Set("write", func(call goja.FunctionCall) goja.Value {
		fd, chunk := call.Argument(0).ToInteger(), call.Argument(1)
		var data []byte
		if s, ok := AsString(chunk); ok {
			data = []byte(s)
		} else if o, ok := chunk.(*goja.Object); ok {
			data = bytesOf(vm, o)
		}
		if _, err := writer(int(fd)).Write(data); err != nil {
			panic(rt.NewSystemError(err, "write", SysErrorExtra{}))
		}
		return goja.Undefined()
	})
	_ = b.Set("isTTY", func(fd int) bool { return isTerminal(rt.stdFile(fd)) })
	// streamType(fd) is the stream's _type, as node names it: 'tty', 'fs'
	// (a file or character device, which node writes synchronously) or
	// 'pipe' (also a socket, and a stream that is not a file at all).
	_ = b.Set("streamType", func(fd int) string {
		f := rt.stdFile(fd)
		switch stdioResource(f) {
		case "TTYWrap":
			return "tty"
		case "":
			if f != nil {
				return "fs"
			}
		}
		return "pipe"
	})
	_ = b.Set("windowSize", func(fd int) []int {
		if f := rt.stdFile(fd); f != nil {
			if ws, err := unix.IoctlGetWinsize(int(f.Fd()), unix.TIOCGWINSZ); err == nil {
				return []int{int(ws.Col), int(ws.Row)}
			}
		}
		return []int{80, 24}
	})
	var reader *stdinReader
	_ = b.Set("readStart", func(onData goja.Value) {
		if reader == nil {
			reader = newStdinReader(rt, rt.opts.Stdin)
		}
		reader.start(onData)
	})
	_ = b.Set("readStop", func() {
		if reader != nil {
			reader.stop()
		}
	})
	return b
}

// stdFile returns the *os.File behind a standard stream, if there is one.
func (rt *Runtime) stdFile(fd int) *os.File {
	var v any
	switch fd {
	case 0:
		v = rt.opts.Stdin
	case 1:
		v = rt.opts.Stdout
	case 2:
		v = rt.opts.Stderr
	}
	f, _ := v.(*os.File)
	return f
}

func isTerminal(f *os.File) bool {
	if f == nil {
		return false
	}
	_, err := unix.IoctlGetTermios(int(f.Fd()), unix.TCGETS)
	return err == nil
}

// BytesOf returns the bytes of a Buffer, typed array, DataView or ArrayBuffer
// (a copy-free view where goja allows).
func BytesOf(vm *goja.Runtime, o *goja.Object) []byte { return bytesOf(vm, o) }

func bytesOf(vm *goja.Runtime, o *goja.Object) []byte {
	if emptyView(o) {
		return nil
	}
	switch x := o.Export().(type) {
	case []byte:
		return x
	case goja.ArrayBuffer:
		return x.Bytes()
	}
	buf, ok := o.Get("buffer").(*goja.Object)
	if !ok {
		return nil
	}
	ab, ok := buf.Export().(goja.ArrayBuffer)
	if !ok {
		return nil
	}
	off := o.Get("byteOffset").ToInteger()
	n := o.Get("byteLength").ToInteger()
	return ab.Bytes()[off : off+n]
}

// emptyView reports whether o is an ArrayBuffer view of no bytes. goja
// exports such a view at the end of its buffer as a slice pointing one
// past the buffer's allocation, which Go's collector (and checkptr) reject:
// Export must not be called on it.
func emptyView(o *goja.Object) bool {
	n := o.Get("byteLength")
	return n != nil && !goja.IsUndefined(n) && n.ToInteger() == 0 && o.Get("buffer") != nil
}

// EmptyView is emptyView for the modules that export views themselves.
func EmptyView(o *goja.Object) bool { return emptyView(o) }

// ViewBytes returns the bytes of v, a Buffer, typed array, DataView or
// ArrayBuffer (as BytesOf), and reports whether v is one: an empty view
// gives nil and true.
func ViewBytes(vm *goja.Runtime, v goja.Value) ([]byte, bool) {
	o, ok := v.(*goja.Object)
	if !ok || o == nil {
		return nil, false
	}
	if p := bytesOf(vm, o); p != nil || emptyView(o) {
		return p, true
	}
	return nil, false
}

// stdinReader reads the runtime's stdin on a goroutine, one read per token,
// while JS wants data; stopping withholds the next token (backpressure).
type stdinReader struct {
	rt     *Runtime
	tokens chan struct{}
	handle *Handle
	onData goja.Value
	busy   bool // a read is in flight
	eof    bool
}

func newStdinReader(rt *Runtime, r io.Reader) *stdinReader {
	s := &stdinReader{rt: rt, tokens: make(chan struct{}, 1)}
	go func() {
		for range s.tokens {
			buf := make([]byte, 65536)
			n, err := r.Read(buf)
			chunk := buf[:n]
			rt.Post(func() { s.deliver(chunk, err != nil) })
			if err != nil {
				return
			}
		}
	}()
	return s
}

// deliver runs on the loop with the result of one read.
func (s *stdinReader) deliver(chunk []byte, eof bool) {
	s.busy = false
	if len(chunk) > 0 {
		ab := s.rt.vm.NewArrayBuffer(chunk)
		s.rt.Call(s.onData, goja.Undefined(), s.rt.newBuffer(s.rt.vm.ToValue(ab)))
	}
	if eof {
		s.eof = true
		s.stop()
		s.rt.Call(s.onData, goja.Undefined(), goja.Null())
		return
	}
	s.next()
}

func (s *stdinReader) next() {
	if s.handle != nil && !s.busy && !s.eof {
		s.busy = true
		s.tokens <- struct{}{}
	}
}

func (s *stdinReader) start(onData goja.Value) {
	s.onData = onData
	if s.handle == nil && !s.eof {
		s.handle = s.rt.NewHandle("stdin")
	}
	s.next()
}

// ListStdio lists stdin (fd 0), stdout (1) or stderr (2) among the active
// resources from now on, as node does once it has made the stream: when
// process.stdin/stdout/stderr is first read, or console first writes.
// Terminals are listed as 'TTYWrap', pipes and sockets as 'PipeWrap';
// node writes files synchronously, and lists nothing for them. A listed
// stream does not keep the loop alive by itself. Loop goroutine only.
func (rt *Runtime) ListStdio(fd int) {
	if fd < 0 || fd > 2 || rt.stdioListed[fd] {
		return
	}
	rt.stdioListed[fd] = true
	if resource := stdioResource(rt.stdFile(fd)); resource != "" {
		h := rt.NewHandle("stdio")
		h.Unref()
		h.SetResource(resource)
		h.SetUserRef(true)
		name := [...]string{"stdin", "stdout", "stderr"}[fd]
		h.SetOwner(func() goja.Value { return rt.Process().Get(name) })
	}
}

// stdioResource is how node lists a stdio stream on f.
func stdioResource(f *os.File) string {
	if f == nil {
		return ""
	}
	if isTerminal(f) {
		return "TTYWrap"
	}
	if st, err := f.Stat(); err == nil && st.Mode()&(os.ModeNamedPipe|os.ModeSocket) != 0 {
		return "PipeWrap"
	}
	return ""
}

func (s *stdinReader) stop() {
	if s.handle != nil {
		s.handle.Close()
		s.handle = nil
	}
}

// newBuffer wraps an ArrayBuffer as a Node Buffer.
func (rt *Runtime) newBuffer(ab goja.Value) goja.Value {
	buffer, err := rt.Require("buffer")
	if err != nil {
		rt.Rethrow(err)
	}
	from, _ := goja.AssertFunction(buffer.ToObject(rt.vm).Get("Buffer").ToObject(rt.vm).Get("from"))
	v, err := from(goja.Undefined(), ab)
	if err != nil {
		rt.Rethrow(err)
	}
	return v
}
