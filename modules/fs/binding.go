package fs

import (
	"fmt"
	"os"
	"strconv"
	"unicode/utf8"

	"github.com/dop251/goja"
	"github.com/gonode/gonode/internal/lazy"
	"github.com/gonode/gonode/runtime"
	"golang.org/x/sys/unix"
)

// binding is internal/fs/binding: the native half of the fs module. Every
// operation takes its arguments already validated by lib/fs.js, and a last
// argument req: undefined runs the operation synchronously (returning its
// result or throwing a Node system error), a function runs it on a worker
// goroutine and calls req(err, result) from the loop.
type binding struct {
	rt       *runtime.Runtime
	vm       *goja.Runtime
	protos   statsProtos
	notifier notifier // fs.watch's inotify instance
}

// workers bounds the file-system calls in flight, as libuv's thread pool
// does: a blocked system call holds an OS thread, and thousands of
// concurrent ones would exhaust them.
func workers() chan struct{} {
	return workerSlots.Get(func() chan struct{} { return make(chan struct{}, poolSize()) })
}

var workerSlots lazy.Value[chan struct{}]

func poolSize() int {
	if n, err := strconv.Atoi(os.Getenv("UV_THREADPOOL_SIZE")); err == nil && n > 0 {
		return min(n, 1024)
	}
	return 4
}

// run performs op synchronously or asynchronously according to req; toJS
// converts its result on the loop (nil: the callback gets only the error).
func run[T any](b *binding, req goja.Value, op func() (T, error), toJS func(T) goja.Value) goja.Value {
	return runWith(b, b.rt.AsyncRequest, req, op, toJS)
}

// runWrite is run for a write, which the process lets finish should it end
// while the write runs (runtime.AsyncRequestFinished), as node's worker
// threads finish a write they have begun.
func runWrite(b *binding, req goja.Value, op func() (int, error)) goja.Value {
	return runWith(b, b.rt.AsyncRequestFinished, req, op, b.number)
}

// runWith is run with async as the way to run op off the loop.
func runWith[T any](b *binding, async func(string, func() func()), req goja.Value, op func() (T, error), toJS func(T) goja.Value) goja.Value {
	if !goja.IsCallable(req) {
		v, err := op()
		if err != nil {
			panic(b.jsError(err))
		}
		if toJS == nil {
			return goja.Undefined()
		}
		return toJS(v)
	}
	async("FSReqCallback", func() func() {
		workers() <- struct{}{}
		v, err := op()
		<-workers()
		return func() {
			switch {
			case err != nil:
				b.rt.Call(req, goja.Undefined(), b.jsError(err))
			case toJS == nil:
				b.rt.Call(req, goja.Undefined(), goja.Null())
			default:
				b.rt.Call(req, goja.Undefined(), goja.Null(), toJS(v))
			}
		}
	})
	return goja.Undefined()
}

// void adapts an operation without a result to run.
func void(op func() error) func() (struct{}, error) {
	return func() (struct{}, error) { return struct{}{}, op() }
}

// jsError converts an operation's failure into the JavaScript error Node
// reports for it.
func (b *binding) jsError(err error) *goja.Object {
	switch e := err.(type) {
	case *opError:
		return b.rt.NewSystemError(e.err, e.syscall, runtime.SysErrorExtra{Path: e.path, Dest: e.dest, FS: true})
	case *fileTooLargeError:
		return b.rt.NewNodeError("RangeError", "ERR_FS_FILE_TOO_LARGE",
			fmt.Sprintf("File size (%d) is greater than 2 GiB", e.size))
	}
	return b.rt.NewNodeError("Error", "", err.Error())
}

// Argument helpers. lib/fs.js has validated types; these only convert.

func (b *binding) path(v goja.Value) string {
	if s, ok := v.Export().(string); ok {
		return s
	}
	if o, ok := v.(*goja.Object); ok {
		return string(runtime.BytesOf(b.vm, o))
	}
	return v.String()
}

func integer(v goja.Value) int64 { return v.ToInteger() }

// position is a read or write offset: -1 (or null) means the file position.
func position(v goja.Value) int64 {
	if goja.IsNull(v) || goja.IsUndefined(v) {
		return -1
	}
	return v.ToInteger()
}

// bytes returns the bytes of a Buffer or typed array argument.
func (b *binding) bytes(v goja.Value) []byte {
	o, ok := v.(*goja.Object)
	if !ok {
		panic(b.rt.NewNodeError("TypeError", "ERR_INVALID_ARG_TYPE", "expected an ArrayBufferView"))
	}
	return runtime.BytesOf(b.vm, o)
}

// window is buf[offset:offset+length], checked against buf's bounds.
func (b *binding) window(v goja.Value, offset, length int64) []byte {
	buf := b.bytes(v)
	if offset < 0 || length < 0 || offset+length > int64(len(buf)) {
		panic(b.rt.NewNodeError("RangeError", "ERR_OUT_OF_RANGE", "offset and length are outside the buffer"))
	}
	return buf[offset : offset+length]
}

// bufferList returns the bytes of each view in an array of views.
func (b *binding) bufferList(v goja.Value) [][]byte {
	arr := v.ToObject(b.vm)
	n := int(arr.Get("length").ToInteger())
	out := make([][]byte, n)
	for i := range out {
		out[i] = b.bytes(arr.Get(strconv.Itoa(i)))
	}
	return out
}

// data is file content given as a string (UTF-8) or an ArrayBufferView.
func (b *binding) data(v goja.Value) []byte {
	if s, ok := v.Export().(string); ok {
		return []byte(s)
	}
	return b.bytes(v)
}

func (b *binding) number(n int) goja.Value { return b.vm.ToValue(n) }
func (b *binding) str(s string) goja.Value { return b.vm.ToValue(s) }
func (b *binding) optStr(s string) goja.Value {
	if s == "" {
		return goja.Undefined()
	}
	return b.vm.ToValue(s)
}

// name converts a file name: a string when it is valid UTF-8, otherwise an
// ArrayBuffer of its bytes for lib/fs.js to decode in the encoding asked for.
func (b *binding) name(s string) goja.Value {
	if utf8.ValidString(s) {
		return b.vm.ToValue(s)
	}
	return b.vm.ToValue(b.vm.NewArrayBuffer([]byte(s)))
}

// stats converts a stat result to a Stats (or BigIntStats) object.
func (b *binding) stats(big bool) func(*statResult) goja.Value {
	return func(r *statResult) goja.Value { return b.newStats(r, big) }
}

// fileData converts file content: a string when the caller asked for UTF-8
// and the bytes are valid UTF-8 (Go then decodes exactly as Node does),
// otherwise an ArrayBuffer for lib/fs.js to wrap or decode.
func (b *binding) fileData(utf bool) func([]byte) goja.Value {
	return func(data []byte) goja.Value {
		if utf && utf8.Valid(data) {
			return b.vm.ToValue(string(data))
		}
		return b.vm.ToValue(b.vm.NewArrayBuffer(data))
	}
}

// dirents converts readdir results: an array of names, or with types
// [names, types, parent folders].
func (b *binding) dirents(withTypes, recursive bool) func([]dirEntry) goja.Value {
	return func(entries []dirEntry) goja.Value {
		names := make([]any, len(entries))
		for i, e := range entries {
			name := e.name
			if recursive && !withTypes && e.dir != "" {
				name = e.dir + "/" + e.name
			}
			names[i] = b.name(name)
		}
		if !withTypes {
			return b.vm.NewArray(names...)
		}
		types := make([]any, len(entries))
		dirs := make([]any, len(entries))
		for i, e := range entries {
			types[i] = e.typ
			dirs[i] = e.dir
		}
		return b.vm.NewArray(b.vm.NewArray(names...), b.vm.NewArray(types...), b.vm.NewArray(dirs...))
	}
}

// load builds the binding object.
func (b *binding) load(module *goja.Object) error {
	o := b.vm.NewObject()
	arg := func(c goja.FunctionCall, i int) goja.Value { return c.Argument(i) }
	set := func(name string, fn func(c goja.FunctionCall) goja.Value) { _ = o.Set(name, fn) }
	intOf := func(c goja.FunctionCall, i int) int { return int(integer(c.Argument(i))) }

	set("open", func(c goja.FunctionCall) goja.Value {
		path, flags, mode := b.path(arg(c, 0)), intOf(c, 1), uint32(integer(arg(c, 2)))
		return run(b, arg(c, 3), func() (int, error) { return openFD(path, flags, mode) }, b.number)
	})
	set("close", func(c goja.FunctionCall) goja.Value {
		fd := intOf(c, 0)
		return run(b, arg(c, 1), void(func() error { return closeFD(fd) }), nil)
	})
	set("read", func(c goja.FunctionCall) goja.Value {
		fd, buf, pos := intOf(c, 0), b.window(arg(c, 1), integer(arg(c, 2)), integer(arg(c, 3))), position(arg(c, 4))
		return run(b, arg(c, 5), func() (int, error) { return readFD(fd, buf, pos) }, b.number)
	})
	set("write", func(c goja.FunctionCall) goja.Value {
		fd, buf, pos := intOf(c, 0), b.window(arg(c, 1), integer(arg(c, 2)), integer(arg(c, 3))), position(arg(c, 4))
		return runWrite(b, arg(c, 5), func() (int, error) { return writeFD(fd, buf, pos) })
	})
	set("writeString", func(c goja.FunctionCall) goja.Value {
		fd, data, pos := intOf(c, 0), []byte(arg(c, 1).String()), position(arg(c, 2))
		return runWrite(b, arg(c, 3), func() (int, error) { return writeFD(fd, data, pos) })
	})
	set("readv", func(c goja.FunctionCall) goja.Value {
		fd, bufs, pos := intOf(c, 0), b.bufferList(arg(c, 1)), position(arg(c, 2))
		return run(b, arg(c, 3), func() (int, error) { return readvFD(fd, bufs, pos) }, b.number)
	})
	set("writev", func(c goja.FunctionCall) goja.Value {
		fd, bufs, pos := intOf(c, 0), b.bufferList(arg(c, 1)), position(arg(c, 2))
		return runWrite(b, arg(c, 3), func() (int, error) { return writevFD(fd, bufs, pos) })
	})
	// readFile(pathOrFd, flags, utf8, req)
	set("readFile", func(c goja.FunctionCall) goja.Value {
		path, fd := "", 0
		if _, isNum := arg(c, 0).Export().(int64); isNum {
			fd = intOf(c, 0)
		} else {
			path = b.path(arg(c, 0))
		}
		flags := intOf(c, 1)
		return run(b, arg(c, 3), func() ([]byte, error) { return readFile(path, fd, flags) }, b.fileData(arg(c, 2).ToBoolean()))
	})
	// writeFile(pathOrFd, data, flags, mode, flush, req)
	set("writeFile", func(c goja.FunctionCall) goja.Value {
		path, fd := "", 0
		if _, isNum := arg(c, 0).Export().(int64); isNum {
			fd = intOf(c, 0)
		} else {
			path = b.path(arg(c, 0))
		}
		data, flags, mode, flush := b.data(arg(c, 1)), intOf(c, 2), uint32(integer(arg(c, 3))), arg(c, 4).ToBoolean()
		return run(b, arg(c, 5), void(func() error { return writeFile(path, fd, data, flags, mode, flush) }), nil)
	})
	// stat(path, bigint, throwIfNoEntry, req); lstat likewise; fstat(fd, bigint, req)
	statOp := func(statFn func(string) (*statResult, error)) func(c goja.FunctionCall) goja.Value {
		return func(c goja.FunctionCall) goja.Value {
			path, mayThrow := b.path(arg(c, 0)), arg(c, 2).ToBoolean()
			return run(b, arg(c, 3), func() (*statResult, error) {
				r, err := statFn(path)
				if !mayThrow && err != nil {
					if runtime.ErrnoOf(err) == unix.ENOENT {
						return nil, nil
					}
				}
				return r, err
			}, b.stats(arg(c, 1).ToBoolean()))
		}
	}
	set("stat", statOp(statPath))
	set("lstat", statOp(lstatPath))
	set("fstat", func(c goja.FunctionCall) goja.Value {
		fd := intOf(c, 0)
		return run(b, arg(c, 2), func() (*statResult, error) { return statFD(fd) }, b.stats(arg(c, 1).ToBoolean()))
	})
	// readdir(path, withTypes, recursive, req)
	set("readdir", func(c goja.FunctionCall) goja.Value {
		path, withTypes, recursive := b.path(arg(c, 0)), arg(c, 1).ToBoolean(), arg(c, 2).ToBoolean()
		return run(b, arg(c, 3), func() ([]dirEntry, error) { return readDir(path, recursive) }, b.dirents(withTypes, recursive))
	})
	// opendir(path, req): Node names the path in the error of the
	// asynchronous form only.
	set("opendir", func(c goja.FunctionCall) goja.Value {
		path, req := b.path(arg(c, 0)), arg(c, 1)
		async := goja.IsCallable(req)
		return run(b, req, func() ([]dirEntry, error) {
			entries, err := readDir(path, false)
			if err != nil {
				errPath := ""
				if async {
					errPath = path
				}
				return nil, fail(runtime.ErrnoOf(err), "opendir", errPath)
			}
			return entries, nil
		}, b.dirents(true, false))
	})
	// mkdir(path, mode, recursive, req)
	set("mkdir", func(c goja.FunctionCall) goja.Value {
		path, mode, recursive := b.path(arg(c, 0)), uint32(integer(arg(c, 1))), arg(c, 2).ToBoolean()
		var first func(string) goja.Value // the callback gets the first directory made only with recursive
		if recursive {
			first = b.optStr
		}
		return run(b, arg(c, 3), func() (string, error) { return mkdir(path, mode, recursive) }, first)
	})
	set("mkdtemp", func(c goja.FunctionCall) goja.Value {
		prefix := b.path(arg(c, 0))
		return run(b, arg(c, 1), func() (string, error) { return mkdtemp(prefix) }, b.str)
	})
	pathOp := func(name string, op func(string) error) {
		set(name, func(c goja.FunctionCall) goja.Value {
			path := b.path(arg(c, 0))
			return run(b, arg(c, 1), void(func() error { return fail(op(path), name, path) }), nil)
		})
	}
	pathOp("rmdir", unix.Rmdir)
	pathOp("unlink", unix.Unlink)
	set("rm", func(c goja.FunctionCall) goja.Value {
		path := b.path(arg(c, 0))
		return run(b, arg(c, 1), void(func() error { return rm(path) }), nil)
	})
	twoPathOp := func(name string, op func(string, string) error) {
		set(name, func(c goja.FunctionCall) goja.Value {
			from, to := b.path(arg(c, 0)), b.path(arg(c, 1))
			return run(b, arg(c, 2), void(func() error { return fail2(op(from, to), name, from, to) }), nil)
		})
	}
	twoPathOp("rename", unix.Rename)
	twoPathOp("link", unix.Link)
	twoPathOp("symlink", unix.Symlink)
	set("copyFile", func(c goja.FunctionCall) goja.Value {
		from, to, mode := b.path(arg(c, 0)), b.path(arg(c, 1)), intOf(c, 2)
		return run(b, arg(c, 3), void(func() error { return copyFile(from, to, mode) }), nil)
	})
	set("readlink", func(c goja.FunctionCall) goja.Value {
		path := b.path(arg(c, 0))
		return run(b, arg(c, 1), func() (string, error) { return readlink(path) }, b.str)
	})
	// realpath(path, native, req)
	set("realpath", func(c goja.FunctionCall) goja.Value {
		path, native := b.path(arg(c, 0)), arg(c, 1).ToBoolean()
		return run(b, arg(c, 2), func() (string, error) { return realpath(path, native) }, b.str)
	})
	set("chmod", func(c goja.FunctionCall) goja.Value {
		path, mode := b.path(arg(c, 0)), uint32(integer(arg(c, 1)))
		return run(b, arg(c, 2), void(func() error { return fail(unix.Chmod(path, mode), "chmod", path) }), nil)
	})
	set("fchmod", func(c goja.FunctionCall) goja.Value {
		fd, mode := intOf(c, 0), uint32(integer(arg(c, 1)))
		return run(b, arg(c, 2), void(func() error { return fail(unix.Fchmod(fd, mode), "fchmod", "") }), nil)
	})
	ownerOp := func(name string, op func(string, int, int) error) {
		set(name, func(c goja.FunctionCall) goja.Value {
			path, uid, gid := b.path(arg(c, 0)), intOf(c, 1), intOf(c, 2)
			return run(b, arg(c, 3), void(func() error { return fail(op(path, uid, gid), name, path) }), nil)
		})
	}
	ownerOp("chown", unix.Chown)
	ownerOp("lchown", unix.Lchown)
	set("fchown", func(c goja.FunctionCall) goja.Value {
		fd, uid, gid := intOf(c, 0), intOf(c, 1), intOf(c, 2)
		return run(b, arg(c, 3), void(func() error { return fail(unix.Fchown(fd, uid, gid), "fchown", "") }), nil)
	})
	set("truncate", func(c goja.FunctionCall) goja.Value {
		path, size := b.path(arg(c, 0)), integer(arg(c, 1))
		return run(b, arg(c, 2), void(func() error { return truncate(path, size) }), nil)
	})
	set("ftruncate", func(c goja.FunctionCall) goja.Value {
		fd, size := intOf(c, 0), integer(arg(c, 1))
		return run(b, arg(c, 2), void(func() error { return ftruncate(fd, size) }), nil)
	})
	// utimes(path, atime, mtime, follow, req): times in seconds
	set("utimes", func(c goja.FunctionCall) goja.Value {
		path, atime, mtime, follow := b.path(arg(c, 0)), arg(c, 1).ToFloat(), arg(c, 2).ToFloat(), arg(c, 3).ToBoolean()
		return run(b, arg(c, 4), void(func() error { return utimes(path, atime, mtime, follow) }), nil)
	})
	set("futimes", func(c goja.FunctionCall) goja.Value {
		fd, atime, mtime := intOf(c, 0), arg(c, 1).ToFloat(), arg(c, 2).ToFloat()
		return run(b, arg(c, 3), void(func() error { return futimes(fd, atime, mtime) }), nil)
	})
	set("access", func(c goja.FunctionCall) goja.Value {
		path, mode := b.path(arg(c, 0)), uint32(integer(arg(c, 1)))
		return run(b, arg(c, 2), void(func() error { return access(path, mode) }), nil)
	})
	set("exists", func(c goja.FunctionCall) goja.Value {
		return b.vm.ToValue(access(b.path(arg(c, 0)), 0) == nil)
	})
	fdOp := func(name string, op func(int) error) {
		set(name, func(c goja.FunctionCall) goja.Value {
			fd := intOf(c, 0)
			return run(b, arg(c, 1), void(func() error { return op(fd) }), nil)
		})
	}
	fdOp("fsync", fsyncFD)
	fdOp("fdatasync", fdatasyncFD)
	// setStatsPrototypes(Stats.prototype, BigIntStats.prototype), called
	// once by internal/fs/utils.
	set("setStatsPrototypes", func(c goja.FunctionCall) goja.Value {
		b.protos.stats, _ = arg(c, 0).(*goja.Object)
		b.protos.bigStats, _ = arg(c, 1).(*goja.Object)
		return goja.Undefined()
	})
	set("statfs", func(c goja.FunctionCall) goja.Value {
		path := b.path(arg(c, 0))
		return run(b, arg(c, 1), func() ([]int64, error) { return statfs(path) }, func(v []int64) goja.Value {
			return b.vm.ToValue(v)
		})
	})
	// watch(path, persistent, recursive, raw, onchange, owner) starts an
	// fs.watch watcher and returns its handle, or the (negative) errno it
	// failed with; onchange(eventType, filename) gets the name as a
	// string, or with raw as an ArrayBuffer of its bytes.
	// process._getActiveHandles lists owner for it.
	set("watch", func(c goja.FunctionCall) goja.Value {
		return b.watch(b.path(arg(c, 0)), arg(c, 1).ToBoolean(), arg(c, 2).ToBoolean(), arg(c, 3).ToBoolean(), arg(c, 4), arg(c, 5))
	})
	return module.Set("exports", o)
}

// watch implements the binding's watch.
func (b *binding) watch(path string, persistent, recursive, raw bool, onchange, owner goja.Value) goja.Value {
	w, err := b.notifier.startWatch(path, recursive, func(event, name string) {
		nameValue := b.vm.ToValue(name)
		if raw {
			nameValue = b.vm.ToValue(b.vm.NewArrayBuffer([]byte(name)))
		}
		b.rt.Call(onchange, goja.Undefined(), b.vm.ToValue(event), nameValue)
	})
	if err != nil {
		return b.vm.ToValue(-int(runtime.ErrnoOf(err)))
	}
	w.handle.SetOwner(func() goja.Value { return owner })
	if !persistent {
		w.handle.Unref()
	}
	h := b.vm.NewObject()
	_ = h.Set("close", func() { w.close() })
	_ = h.Set("ref", func() { w.handle.Ref() })
	_ = h.Set("unref", func() { w.handle.Unref() })
	_ = h.Set("hasRef", func() bool { return w.handle.HasRef() })
	return h
}
