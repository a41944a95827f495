package path

import (
	"bytes"
	"context"
	"testing"

	"github.com/gonode/gonode/runtime"
)

// The expected values in this file are node's (v20): each table row was
// produced by running the same path.win32 call under node, with process.cwd()
// returning win32Cwd and the environment holding win32Env (node reads the
// per-drive working directories from variables named "=D:").

const win32Cwd = `C:\Users\me`

var win32Env = map[string]string{"=D:": `D:\work\d`, "=E:": `C:\other`}

func win32Getenv(key string) string { return win32Env[key] }

func win32Wd() string { return win32Cwd }

func TestWin32Normalize(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"", "."},
		{".", "."},
		{"/", "\\"},
		{"\\", "\\"},
		{"a", "a"},
		{"C:", "C:."},
		{"c:", "c:."},
		{"C:\\", "C:\\"},
		{"C:/", "C:\\"},
		{"C:\\\\", "C:\\"},
		{"C:.", "C:."},
		{"C:..", "C:.."},
		{"C:..\\..\\x", "C:..\\..\\x"},
		{"C:\\..\\..\\x", "C:\\x"},
		{"C:\\a\\b\\..\\c\\.\\d\\", "C:\\a\\c\\d\\"},
		{"C:/a//b///c/", "C:\\a\\b\\c\\"},
		{"c:a/b/../../..", "c:.."},
		{"./fixtures///b/../b/c.js", "fixtures\\b\\c.js"},
		{"/foo/../../../bar", "\\bar"},
		{"..\\..\\x\\", "..\\..\\x\\"},
		{"a//b//../b", "a\\b"},
		{"a//b//.", "a\\b"},
		{"//server/share/dir/file.ext", "\\\\server\\share\\dir\\file.ext"},
		{"\\\\server\\share", "\\\\server\\share\\"},
		{"\\\\server\\share\\", "\\\\server\\share\\"},
		{"\\\\server\\share\\..\\..\\x", "\\\\server\\share\\x"},
		{"//server", "\\server"},
		{"//server/", "\\server\\"},
		{"///server/share", "\\server\\share"},
		{"\\\\?\\C:\\a\\..\\b", "\\\\?\\C:\\b"},
		{"\\\\.\\PIPE\\x\\..", "\\\\.\\PIPE"},
		{"\\\\?\\UNC\\srv\\share", "\\\\?\\UNC\\srv\\share"},
		{"\\\\.", "\\"},
		{"bar\\foo..\\..\\", "bar\\"},
		{"bar\\foo..\\..\\baz", "bar\\baz"},
		{"..\\...\\foo\\..", "..\\..."},
		{"file:stream", "file:stream"},
		{"a:b", "a:b"},
		{"a\\..\\C:x", ".\\C:x"},
		{"x:\\y:", "x:\\y:"},
		{"foo:\\bar", ".\\foo:\\bar"},
		{"C:foo:bar", "C:foo:bar"},
		{"CON", "CON"},
		{"CON1", ".\\CON1"},
		{"con:", ".\\con:."},
		{"CON:foo", ".\\CON:foo"},
		{"COM1:x", ".\\COM1:x"},
		{"LPT¹:", ".\\LPT¹:."},
		{"nul.txt", "nul.txt"},
		{"CON😀", "CON😀"},
		{"é", "é"},
		{"dir\\é\\..\\ü", "dir\\ü"},
	} {
		if got := Win32Normalize(c.in); got != c.want {
			t.Errorf("Win32Normalize(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

func TestWin32IsAbsolute(t *testing.T) {
	for _, c := range []struct {
		in   string
		want bool
	}{
		{"", false},
		{"/", true},
		{"\\", true},
		{"//", true},
		{"//server", true},
		{"\\\\server\\share", true},
		{"C", false},
		{"C:", false},
		{"C:\\", true},
		{"c:/", true},
		{"C:foo", false},
		{"C:\\foo", true},
		{"dir\\x", false},
		{"1:\\x", false},
		{"\\\\?\\C:", true},
		{"é:\\", false},
	} {
		if got := Win32IsAbsolute(c.in); got != c.want {
			t.Errorf("Win32IsAbsolute(%q) = %v, want %v", c.in, got, c.want)
		}
	}
}

func TestWin32Join(t *testing.T) {
	for _, c := range []struct {
		in   []string
		want string
	}{
		{nil, "."},
		{[]string{""}, "."},
		{[]string{"", ""}, "."},
		{[]string{".", "x/b", "..", "/b/c.js"}, "x\\b\\c.js"},
		{[]string{"a", "b", "C:\\c"}, ".\\a\\b\\C:\\c"},
		{[]string{"C:", "a"}, "C:\\a"},
		{[]string{"//server", "share"}, "\\\\server\\share\\"},
		{[]string{"\\\\server", "share", "x"}, "\\\\server\\share\\x"},
		{[]string{"//", "server", "share"}, "\\server\\share"},
		{[]string{"///x", "y"}, "\\x\\y"},
		{[]string{"/", "//foo"}, "\\foo"},
		{[]string{"", "//foo", "bar"}, "\\\\foo\\bar\\"},
		{[]string{"//a"}, "\\a"},
		{[]string{"\\\\?\\", "C:", "x"}, "\\\\?\\C:\\x"},
		{[]string{"a\\", "\\b"}, "a\\b"},
		{[]string{"a", "..", ".."}, ".."},
		{[]string{"x", "C:y"}, "x\\C:y"},
		{[]string{"a:", "b"}, "a:\\b"},
	} {
		if got := Win32Join(c.in); got != c.want {
			t.Errorf("Win32Join(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

func TestWin32Resolve(t *testing.T) {
	for _, c := range []struct {
		in   []string
		want string
	}{
		{nil, "C:\\Users\\me"},
		{[]string{""}, "C:\\Users\\me"},
		{[]string{"x"}, "C:\\Users\\me\\x"},
		{[]string{"..", "..", ".."}, "C:\\"},
		{[]string{"c:/blah\\blah", "d:/games", "c:../a"}, "c:\\blah\\a"},
		{[]string{"c:/ignore", "d:\\a/b\\c/d", "\\e.exe"}, "d:\\e.exe"},
		{[]string{"d:/ignore", "d:some/dir//"}, "d:\\ignore\\some\\dir"},
		{[]string{"//server/share", "..", "relative\\"}, "\\\\server\\share\\relative"},
		{[]string{"c:/", "//"}, "c:\\"},
		{[]string{"c:/", "//server//share"}, "\\\\server\\share\\"},
		{[]string{"c:/", "///some//dir"}, "c:\\some\\dir"},
		{[]string{"\\\\.\\PHYSICALDRIVE0"}, "\\\\.\\PHYSICALDRIVE0"},
		{[]string{"\\\\?\\C:\\a", "..\\b"}, "\\\\?\\C:\\b"},
		{[]string{"C:\\x", "D:y"}, "D:\\work\\d\\y"},
		{[]string{"D:"}, "D:\\work\\d"},
		{[]string{"d:x"}, "d:\\x"},
		{[]string{"E:x"}, "E:\\x"},
		{[]string{"F:x"}, "F:\\x"},
		{[]string{"c:x"}, "c:\\Users\\me\\x"},
		{[]string{"\\foo", "bar"}, "C:\\foo\\bar"},
		{[]string{"C:\\a", "\\b"}, "C:\\b"},
		{[]string{"A:", "B:\\x", "a:y"}, "a:\\y"},
		{[]string{"\\\\srv\\sh", "C:x"}, "C:\\Users\\me\\x"},
	} {
		if got := Win32Resolve(c.in, win32Wd, win32Getenv); got != c.want {
			t.Errorf("Win32Resolve(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

// TestWin32ResolvePosixCwd resolves against a POSIX working directory, as
// path.win32 does on Linux: node reads it as a rooted path without a drive,
// also for a drive-relative path without its "=C:" variable.
func TestWin32ResolvePosixCwd(t *testing.T) {
	for _, c := range []struct {
		in   []string
		want string
	}{
		{[]string{"x"}, "\\home\\u\\x"},
		{[]string{"C:x"}, "C:\\home\\u\\x"},
		{[]string{"D:x"}, "D:\\home\\u\\x"},
		{[]string{"E:..\\y"}, "E:\\home\\y"},
		{[]string{"\\a", "b"}, "\\a\\b"},
		{[]string{"..", "..", ".."}, "\\"},
		{nil, "\\home\\u"},
	} {
		if got := Win32Resolve(c.in, func() string { return "/home/u" }, nil); got != c.want {
			t.Errorf("Win32Resolve(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

// TestWin32ResolveLazy checks that resolve reads its arguments from the last
// and stops at an absolute path with a device, and calls cwd only when needed.
func TestWin32ResolveLazy(t *testing.T) {
	parts := []string{"bad", `\x`, "C:y", `D:\z`}
	var read []int
	part := func(i int) string { read = append(read, i); return parts[i] }
	noCwd := func() string { t.Fatal("cwd called"); return "" }
	if got := resolveWin32(len(parts), part, noCwd, nil); got != `D:\z` || len(read) != 1 {
		t.Errorf("got %q after reading %v", got, read)
	}
	read = nil
	if got := resolveWin32(3, part, noCwd, nil); got != `C:\x\y` || len(read) != 2 {
		t.Errorf("got %q after reading %v", got, read)
	}
}

func TestWin32Relative(t *testing.T) {
	for _, c := range []struct{ from, to, want string }{
		{"c:/blah\\blah", "d:/games", "d:\\games"},
		{"c:/aaaa/bbbb", "c:/aaaa", ".."},
		{"c:/aaaa/bbbb", "c:/cccc", "..\\..\\cccc"},
		{"c:/aaaa/bbbb", "c:/aaaa/bbbb", ""},
		{"c:/aaaa/", "c:/aaaa/cccc", "cccc"},
		{"c:/", "c:\\aaaa\\bbbb", "aaaa\\bbbb"},
		{"c:/aaaa/bbbb", "d:\\", "d:\\"},
		{"c:/AaAa/bbbb", "c:/aaaa/bbbb", ""},
		{"c:/aaaaa/", "c:/aaaa/cccc", "..\\aaaa\\cccc"},
		{"C:\\foo\\bar\\baz\\quux", "C:\\", "..\\..\\..\\.."},
		{"C:\\foo\\test", "C:\\foo\\test\\bar\\package.json", "bar\\package.json"},
		{"C:\\foo\\bar\\baz-quux", "C:\\foo\\bar\\baz", "..\\baz"},
		{"\\\\foo\\bar", "\\\\foo\\bar\\baz", "baz"},
		{"\\\\foo\\bar\\baz", "\\\\foo\\bar", ".."},
		{"\\\\foo\\baz-quux", "\\\\foo\\baz", "..\\baz"},
		{"C:\\baz", "\\\\foo\\bar\\baz", "\\\\foo\\bar\\baz"},
		{"C:\\İ\\a", "C:\\i̇\\b", "..\\b"},
		{"C:\\İ", "C:\\x\\y", "..\\x\\y"},
		{"C:\\ΑΣ\\x", "c:\\ας\\y", "..\\y"},
		{"", "", ""},
		{"x", "y", "..\\y"},
		{"..", "C:\\", ".."},
		{"D:a", "D:\\work", "..\\.."},
	} {
		if got := Win32Relative(c.from, c.to, win32Wd, win32Getenv); got != c.want {
			t.Errorf("Win32Relative(%q, %q) = %q, want %q", c.from, c.to, got, c.want)
		}
	}
}

func TestWin32ToNamespacedPath(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"", ""},
		{"C:\\foo", "\\\\?\\C:\\foo"},
		{"C:/foo/../bar", "\\\\?\\C:\\bar"},
		{"c:", "\\\\?\\c:\\Users\\me"},
		{"\\\\server\\share\\x", "\\\\?\\UNC\\server\\share\\x"},
		{"//server/share", "\\\\?\\UNC\\server\\share\\"},
		{"\\\\?\\C:\\x", "\\\\?\\C:\\x"},
		{"\\\\.\\pipe\\x", "\\\\.\\pipe\\x"},
		{"rel\\x", "\\\\?\\C:\\Users\\me\\rel\\x"},
		{"\\", "\\\\?\\C:\\"},
		{"D:y", "\\\\?\\D:\\work\\d\\y"},
	} {
		if got := Win32ToNamespacedPath(c.in, win32Wd, win32Getenv); got != c.want {
			t.Errorf("Win32ToNamespacedPath(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

func TestWin32Dirname(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"", "."},
		{".", "."},
		{"/", "/"},
		{"\\", "\\"},
		{"a", "."},
		{"c:", "c:"},
		{"c:\\", "c:\\"},
		{"c:foo", "c:"},
		{"c:\\foo", "c:\\"},
		{"c:\\foo\\", "c:\\"},
		{"c:/foo/bar", "c:/foo"},
		{"C:\\foo\\bar\\baz", "C:\\foo\\bar"},
		{"dir\\\\file\\\\", "dir\\"},
		{"\\foo", "\\"},
		{"//server", "/"},
		{"\\\\server\\", "\\"},
		{"\\\\server\\share", "\\\\server\\share"},
		{"\\\\server\\share\\", "\\\\server\\share\\"},
		{"\\\\server\\share\\dir\\file", "\\\\server\\share\\dir"},
		{"\\\\?\\C:\\x", "\\\\?\\C:\\"},
		{"///a/b", "///a"},
		{"a/b\\c/", "a/b"},
	} {
		if got := Win32Dirname(c.in); got != c.want {
			t.Errorf("Win32Dirname(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

func TestWin32Basename(t *testing.T) {
	for _, c := range []struct{ in, suffix, want string }{
		{"", "", ""},
		{"/", "", ""},
		{"\\dir\\basename.ext", "", "basename.ext"},
		{"basename.ext\\\\", "", "basename.ext"},
		{"aaa\\bbb", "\\bbb", "bbb"},
		{"aaa\\bbb", "a\\bbb", "bbb"},
		{"aaa\\bbb", "bbb", "bbb"},
		{"aaa\\bbb\\\\\\\\", "bbb", "bbb"},
		{"aaa\\bbb", "bb", "b"},
		{"\\aaa\\", "aaa", "aaa"},
		{"C:", "C:", ""},
		{"C:", "", ""},
		{"C:.", "", "."},
		{"C:\\", "", ""},
		{"C:foo.ext", ".ext", "foo"},
		{"C:foo.EXT", ".ext", "foo.EXT"},
		{"file:stream", "", "file:stream"},
		{"\\\\server\\share\\x.js", ".js", "x"},
		{"a/b\\c.d/", ".d", "c"},
		{"x\\a.txt", "xx\\a.txt", "a.txt"},
		{"é.txt", "xé.txt", "é.txt"},
		{"a😀", "😀", "a"},
	} {
		if got := Win32Basename(c.in, c.suffix); got != c.want {
			t.Errorf("Win32Basename(%q, %q) = %q, want %q", c.in, c.suffix, got, c.want)
		}
	}
}

func TestWin32Extname(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"", ""},
		{".", ""},
		{"..", ""},
		{"...", "."},
		{"a.", "."},
		{"file.ext", ".ext"},
		{"file.ext\\\\", ".ext"},
		{"\\.file", ""},
		{".file.ext", ".ext"},
		{"file.tar.gz", ".gz"},
		{"C:.ext", ""},
		{"C:..", ""},
		{"C:\\..", ""},
		{"C:\\dir.d\\file", ""},
		{"file.ext/", ".ext"},
		{"..\\.x", ""},
	} {
		if got := Win32Extname(c.in); got != c.want {
			t.Errorf("Win32Extname(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

func TestWin32Parse(t *testing.T) {
	for _, c := range []struct {
		in   string
		want Parsed
	}{
		{"", Parsed{"", "", "", "", ""}},
		{"/", Parsed{"/", "/", "", "", ""}},
		{"\\", Parsed{"\\", "\\", "", "", ""}},
		{"x", Parsed{"", "", "x", "", "x"}},
		{"C:", Parsed{"C:", "C:", "", "", ""}},
		{"C:\\", Parsed{"C:\\", "C:\\", "", "", ""}},
		{"C:/", Parsed{"C:/", "C:/", "", "", ""}},
		{"C:abc", Parsed{"C:", "C:", "abc", "", "abc"}},
		{"C:\\abc", Parsed{"C:\\", "C:\\", "abc", "", "abc"}},
		{"C:\\abc\\def.txt", Parsed{"C:\\", "C:\\abc", "def.txt", ".txt", "def"}},
		{"C:\\p\\\\index", Parsed{"C:\\", "C:\\p\\", "index", "", "index"}},
		{"\\\\server\\share\\file_path", Parsed{"\\\\server\\share\\", "\\\\server\\share\\", "file_path", "", "file_path"}},
		{"\\\\server two\\shared folder\\file path.zip", Parsed{"\\\\server two\\shared folder\\", "\\\\server two\\shared folder\\", "file path.zip", ".zip", "file path"}},
		{"\\\\teamserver\\share\\", Parsed{"\\\\teamserver\\share\\", "\\\\teamserver\\share\\", "", "", ""}},
		{"\\\\server\\share", Parsed{"\\\\server\\share", "\\\\server\\share", "", "", ""}},
		{"\\\\?\\UNC\\server\\share", Parsed{"\\\\?\\UNC\\", "\\\\?\\UNC\\server", "share", "", "share"}},
		{"\\foo\\C:", Parsed{"\\", "\\foo", "C:", "", "C:"}},
		{".\\file", Parsed{"", ".", "file", "", "file"}},
		{"C:.", Parsed{"C:", "C:", ".", "", "."}},
		{"C:..", Parsed{"C:", "C:", "..", "", ".."}},
		{".x", Parsed{"", "", ".x", "", ".x"}},
		{"..", Parsed{"", "", "..", "", ".."}},
		{"dir\\..", Parsed{"", "dir", "..", "", ".."}},
		{"//server", Parsed{"/", "/", "server", "", "server"}},
		{"a/b\\c.d/", Parsed{"", "a/b", "c.d", ".d", "c"}},
	} {
		if got := Win32Parse(c.in); got != c.want {
			t.Errorf("Win32Parse(%q) = %+v, want %+v", c.in, got, c.want)
		}
	}
}

func TestWin32Format(t *testing.T) {
	for _, c := range []struct {
		in   Parsed
		want string
	}{
		{Parsed{Root: "C:\\", Dir: "", Base: "", Ext: "", Name: ""}, "C:\\"},
		{Parsed{Root: "", Dir: "C:\\path\\dir", Base: "index.html", Ext: "", Name: ""}, "C:\\path\\dir\\index.html"},
		{Parsed{Root: "C:\\", Dir: "", Base: "", Ext: "txt", Name: "x"}, "C:\\x.txt"},
		{Parsed{Root: "", Dir: "a", Base: "", Ext: ".c", Name: "b"}, "a\\b.c"},
		{Parsed{Root: "", Dir: "C:\\a\\", Base: "b", Ext: "", Name: ""}, "C:\\a\\\\b"},
		{Parsed{Root: "\\\\server\\share\\", Dir: "", Base: "f", Ext: "", Name: ""}, "\\\\server\\share\\f"},
		{Parsed{Root: "", Dir: "", Base: "", Ext: "", Name: ""}, ""},
		{Parsed{Root: "y", Dir: "x", Base: "z", Ext: "", Name: ""}, "x\\z"},
	} {
		if got := Win32Format(c.in); got != c.want {
			t.Errorf("Win32Format(%+v) = %q, want %q", c.in, got, c.want)
		}
	}
}

// TestWin32Module checks path.win32 as the module serves it: path/win32,
// the win32 and posix links, process.cwd() and process.env ('=D:') as the
// working directories, and node's errors.
func TestWin32Module(t *testing.T) {
	var out bytes.Buffer
	rt, err := runtime.New(runtime.Options{Stdout: &out, Stderr: &out})
	if err != nil {
		t.Fatal(err)
	}
	const src = `
const path = require('path');
const w = path.win32;
process.chdir('/');
process.env = { '=D:': 'D:\\dir' };
const checks = [
  [require('path/win32'), w], [w.win32, w], [w.posix, path], [path.win32, w], [w._makeLong, w.toNamespacedPath],
  [w.sep + w.delimiter, '\\;'], [w.format.name, 'bound _format'], [w.resolve('x'), '\\x'], [w.resolve('D:x'), 'D:\\dir\\x'],
  [w.resolve('C:x'), 'C:\\x'], [w.relative('C:\\a\\B', 'c:\\A\\c'), '..\\c'], [w.toNamespacedPath('//srv/sh/f'), '\\\\?\\UNC\\srv\\sh\\f'],
  [w.toNamespacedPath(7), 7], [w.resolve(1, 'C:\\x'), 'C:\\x'], [w.format({ root: 'C:\\', name: 'a', ext: 'b' }), 'C:\\a.b'],
  [JSON.stringify(w.parse('\\\\s\\h\\d\\f.e')), '{"root":"\\\\\\\\s\\\\h\\\\","dir":"\\\\\\\\s\\\\h\\\\d","base":"f.e","ext":".e","name":"f"}'],
];
checks.forEach(([got, want], i) => { if (got !== want) throw new Error(i + ': ' + got + ' !== ' + want); });
try { w.resolve(1, '\\x'); throw new Error('no error'); } catch (e) {
  if (e.code !== 'ERR_INVALID_ARG_TYPE' || e.message !== 'The "paths[0]" argument must be of type string. Received type number (1)') throw e;
}
`
	if code, err := rt.RunSource(context.Background(), "[eval]", src); err != nil || code != 0 {
		t.Fatalf("exit %d, err %v, output %s", code, err, out.String())
	}
}
