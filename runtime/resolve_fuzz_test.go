package runtime

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/dop251/goja"
)

// resolveTree lays out a small package tree under root (paths relative to
// root; "->" makes a symlink, a trailing "/" a directory). Every symlink and
// package.json "main" stays inside root, so a request whose lexical target
// is inside root must resolve inside root. "../outside.js" sits next to root
// for requests that legitimately climb out of it with "..".
var resolveTree = []string{
	"a/b/base/m.js", "a/b/base/data.json", "a/b/base/c.cjs", "a/b/base/noext",
	"a/b/base/dup", "a/b/base/dup.js", // the exact name wins over an extension
	"a/b/base/both.js", "a/b/base/both/index.js", // a file wins over a directory
	"a/b/base/dir/index.js", "a/b/base/dirjson/index.json", "a/b/base/emptydir/",
	"a/b/base/pkg/package.json={\"main\":\"lib/entry\"}", "a/b/base/pkg/lib/entry.js",
	"a/b/base/pkgdir/package.json={\"main\":\"sub\"}", "a/b/base/pkgdir/sub/index.js",
	"a/b/base/pkgbad/package.json={not json", "a/b/base/pkgbad/index.js",
	"a/b/base/pkgmissing/package.json={\"main\":\"nope.js\"}",
	"a/b/base/pkgup/package.json={\"main\":\"../m.js\"}",
	"a/b/base/pkgself/package.json={\"main\":\".\"}", "a/b/base/pkgself/index.js",
	"a/b/base/pkgempty/package.json={\"main\":\"\"}", "a/b/base/pkgempty/index.json",
	"a/b/base/pkgmaindir/package.json={\"main\":\"dir/\"}", "a/b/base/pkgmaindir/dir/index.json",
	"a/b/base/link.js->m.js", "a/b/base/dirlink->dir", "a/b/base/loop->loop",
	"a/b/base/dangling->nowhere", "a/b/base/uplink->../../../node_modules/top",
	"a/b/base/a b.js", "a/b/base/é.js", "a/b/base/node:x.js", "a/b/base/x\ny.js", "a/b/base/%2e.js",
	"a/b/base/node_modules/bare/index.js", "a/b/base/node_modules/bare2.js",
	"a/b/base/node_modules/@s/p/package.json={\"main\":\"./p.js\"}", "a/b/base/node_modules/@s/p/p.js",
	"a/b/base/node_modules/node:fs/index.js",
	"a/node_modules/up.js", "a/b/node_modules/",
	"node_modules/top/package.json={\"main\":\"main.js\"}", "node_modules/top/main.js",
}

// resolveDirs are the directories FuzzResolve resolves from (relative to
// root); dirSel picks one.
var resolveDirs = []string{"a/b/base", "a/b/base/dir", "a/b", "a", "", "a/b/base/node_modules/bare"}

func buildResolveTree(tb testing.TB) (root string) {
	tmp, err := filepath.EvalSymlinks(tb.TempDir())
	if err != nil {
		tb.Fatal(err)
	}
	root = filepath.Join(tmp, "root")
	write := func(p, content string) {
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			tb.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
			tb.Fatal(err)
		}
	}
	write(filepath.Join(tmp, "outside.js"), "module.exports = 'outside';\n")
	for _, e := range resolveTree {
		switch {
		case strings.Contains(e, "->"):
			name, target, _ := strings.Cut(e, "->")
			p := filepath.Join(root, name)
			if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
				tb.Fatal(err)
			}
			if err := os.Symlink(target, p); err != nil {
				tb.Fatal(err)
			}
		case strings.HasSuffix(e, "/"):
			if err := os.MkdirAll(filepath.Join(root, e), 0o755); err != nil {
				tb.Fatal(err)
			}
		case strings.Contains(e, "="):
			name, content, _ := strings.Cut(e, "=")
			write(filepath.Join(root, name), content)
		default:
			write(filepath.Join(root, e), "module.exports = "+fmt.Sprintf("%q", e)+";\n")
		}
	}
	return root
}

// nodeDirOnly reports whether node's Module._findPath treats request as
// naming a directory only: it ends in "/", or is "." or "..", or ends in
// "/." or "/..".
func nodeDirOnly(request string) bool {
	return strings.HasSuffix(request, "/") || request == "." || request == ".." ||
		strings.HasSuffix(request, "/.") || strings.HasSuffix(request, "/..")
}

// within reports whether p is dir or below it.
func within(p, dir string) bool {
	return p == dir || strings.HasPrefix(p, dir+"/")
}

// resolveOutcome is what one request gave: resolve's answer twice (it must
// be deterministic) and require.resolve's.
type resolveOutcome struct {
	file, again string
	ok, okAgain bool
	js          goja.Value
	jsErr       error
	panicked    any
}

// FuzzResolve resolves arbitrary requests ("..", "/", NUL bytes, long
// names, "node:" prefixes, trailing slashes...) from a directory of a small
// tree and checks that resolution never panics or hangs, is deterministic,
// and gives either nothing or an existing non-directory by its real (where
// its links can be walked), absolute, clean path (node treats every
// non-directory as a file). A relative or absolute request whose lexical
// target lies inside the tree resolves inside the tree: only ".." in the
// request may lead out of it, and then still only to an existing file. A
// request naming an existing file exactly resolves to that file.
// require.resolve agrees with resolve, or names a core module, or throws
// MODULE_NOT_FOUND.
func FuzzResolve(f *testing.F) {
	root := buildResolveTree(f)
	rt, err := New(Options{Env: []string{}})
	if err != nil {
		f.Fatal(err)
	}
	ms := rt.modules
	requires := make([]*goja.Object, len(resolveDirs))
	for i, d := range resolveDirs {
		dir := filepath.Join(root, d)
		requires[i] = ms.makeRequire(ms.newModule(filepath.Join(dir, "main.js"), nil), dir, false)
	}
	f.Fuzz(func(t *testing.T, request string, dirSel uint8) {
		sel := int(dirSel) % len(resolveDirs)
		dir := filepath.Join(root, resolveDirs[sel])
		jsResolve, _ := goja.AssertFunction(requires[sel].Get("resolve"))
		jsRequest := rt.vm.ToValue(request)

		done := make(chan resolveOutcome, 1)
		go func() {
			var out resolveOutcome
			defer func() {
				out.panicked = recover()
				done <- out
			}()
			out.file, out.ok = ms.resolve(dir, request)
			out.again, out.okAgain = ms.resolve(dir, request)
			out.js, out.jsErr = jsResolve(nil, jsRequest)
		}()
		var out resolveOutcome
		select {
		case out = <-done:
		case <-time.After(10 * time.Second):
			t.Fatalf("resolve(%q, %q) hung", dir, request)
		}
		if out.panicked != nil {
			t.Fatalf("resolve(%q, %q) panicked: %v", dir, request, out.panicked)
		}
		if out.ok != out.okAgain || out.file != out.again {
			t.Fatalf("resolve(%q, %q) not deterministic: %q %v, then %q %v", dir, request, out.file, out.ok, out.again, out.okAgain)
		}
		checkResolved(t, root, dir, request, out.file, out.ok)
		checkRequireResolve(t, ms, dir, jsRequest.String(), out)
	})
}

func checkResolved(t *testing.T, root, dir, request, file string, ok bool) {
	if ok {
		st, err := os.Stat(file)
		switch {
		case !filepath.IsAbs(file) || filepath.Clean(file) != file:
			t.Fatalf("resolve(%q): %q is not absolute and clean", request, file)
		case err != nil || st.IsDir():
			t.Fatalf("resolve(%q): %q is not an existing non-directory (%v)", request, file, err)
		}
		// (/proc/self/fd/N of an epoll or eventfd stats as a file, but its
		// link target cannot be walked; node's realpath throws there.)
		if real, err := filepath.EvalSymlinks(file); err == nil && real != file {
			t.Fatalf("resolve(%q): %q is not a real path (%q)", request, file, real)
		}
	} else if file != "" {
		t.Fatalf("resolve(%q): nothing found, yet file %q", request, file)
	}
	var target string
	switch {
	case filepath.IsAbs(request):
		target = filepath.Clean(request) // lexically, as node's path.resolve
	case strings.HasPrefix(request, "./") || strings.HasPrefix(request, "../") || request == "." || request == "..":
		target = filepath.Join(dir, request)
	default:
		return // bare: searched in node_modules folders up to / and NODE_PATH
	}
	if ok && within(target, root) && !within(file, root) {
		t.Fatalf("resolve(%q) from %q left the tree: %q", request, dir, file)
	}
	st, err := os.Stat(target)
	if strings.HasSuffix(request, "/") {
		if ok && (err != nil || !st.IsDir()) {
			t.Fatalf("resolve(%q) from %q: %q, but %q is not a directory", request, dir, file, target)
		}
		return
	}
	if nodeDirOnly(request) {
		// A directory-only request resolves through that directory (its
		// package.json main or index), or to nothing.
		if ok && (err != nil || !st.IsDir()) {
			t.Fatalf("resolve(%q) from %q: %q, but %q is not a directory", request, dir, file, target)
		}
		return
	}
	if err == nil && !st.IsDir() {
		if real, err := filepath.EvalSymlinks(target); err == nil && (!ok || file != real) {
			t.Fatalf("resolve(%q) from %q: %q %v; want the file itself, %q", request, dir, file, ok, real)
		}
	}
}

// checkRequireResolve checks require.resolve(request) from dir against
// resolve; request is the string as JavaScript sees it.
func checkRequireResolve(t *testing.T, ms *moduleSystem, dir, request string, out resolveOutcome) {
	if out.jsErr == nil {
		got, isStr := AsString(out.js)
		_, core := ms.coreName(request, false)
		if want, ok := ms.resolve(dir, request); !isStr || (got != want || !ok) && !(core && got == request) {
			t.Fatalf("require.resolve(%q) = %v; resolve gives %q %v (core: %v)", request, out.js, want, ok, core)
		}
		return
	}
	var ex *goja.Exception
	if !errors.As(out.jsErr, &ex) {
		t.Fatalf("require.resolve(%q): not a JS error: %v", request, out.jsErr)
	}
	o := ex.Value().ToObject(ms.rt.vm)
	if code := o.Get("code"); code == nil || code.String() != "MODULE_NOT_FOUND" ||
		!strings.HasPrefix(o.Get("message").String(), "Cannot find module '"+request+"'") {
		t.Fatalf("require.resolve(%q) threw %v (code %v)", request, o, o.Get("code"))
	}
	if _, ok := ms.resolve(dir, request); ok {
		t.Fatalf("require.resolve(%q) threw, yet resolve finds a file", request)
	}
}
