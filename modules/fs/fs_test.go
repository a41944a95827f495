package fs_test

import (
	"bytes"
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/gonode/gonode/internal/testbin"
	_ "github.com/gonode/gonode/modules/fs"
	"github.com/gonode/gonode/runtime"
)

// gonodeBin is the gonode binary built once for these tests.
var gonodeBin string

func TestMain(m *testing.M) {
	os.Exit(testbin.Main(m, &gonodeBin))
}

// prelude gives every test program fs and a console-free print.
const prelude = `'use strict';
const fs = require('fs');
const out = (...a) => process.stdout.write(a.map(String).join(' ') + '\n');
`

// runJS runs src with gonode in a fresh temporary directory (its working
// directory) and returns its stdout and that directory. The program must
// exit 0 within the deadline. With FS_TEST_BIN=node the programs run under
// node instead, to check the expectations themselves against node (all but
// the fd count of TestCloseOnExecAndNoLeaks: node keeps one more fd open).
func runJS(t *testing.T, src string) (string, string) {
	t.Helper()
	dir := t.TempDir()
	script := filepath.Join(dir, "main.js")
	if err := os.WriteFile(script, []byte(prelude+src), 0o644); err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	bin := gonodeBin
	if os.Getenv("FS_TEST_BIN") == "node" {
		bin = "node"
	}
	cmd := exec.CommandContext(ctx, bin, "main.js")
	cmd.Dir = dir
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	err := cmd.Run()
	if ctx.Err() != nil {
		t.Fatalf("timed out; stdout:\n%s\nstderr:\n%s", stdout.String(), stderr.String())
	}
	if err != nil {
		t.Fatalf("gonode failed: %v\nstdout:\n%s\nstderr:\n%s", err, stdout.String(), stderr.String())
	}
	return stdout.String(), dir
}

func expect(t *testing.T, got, want string) {
	t.Helper()
	if got != want {
		t.Errorf("output differs\n--- got:\n%s\n--- want:\n%s", got, want)
	}
}

func TestReadWriteAppendSync(t *testing.T) {
	got, dir := runJS(t, `
fs.writeFileSync('a.txt', 'hello');
fs.appendFileSync('a.txt', Buffer.from(' world'));
fs.appendFileSync('a.txt', new Uint16Array([0x6968]));
out(fs.readFileSync('a.txt', 'utf8'));
const buf = fs.readFileSync('a.txt');
out(Buffer.isBuffer(buf), buf.length);
out(fs.readFileSync('a.txt', { encoding: 'base64' }));
fs.writeFileSync('b.bin', 'ff00ee', 'hex');
out(fs.readFileSync('b.bin').toString('hex'));
fs.writeFileSync('m.txt', 'x', { mode: 0o600 });
out((fs.statSync('m.txt').mode & 0o777).toString(8));
try { fs.writeFileSync('a.txt', 'y', { flag: 'wx' }); } catch (e) { out(e.code, e.syscall); }
fs.writeFileSync('u.txt', 'h\u00e9\u20ac\ud83d\ude00');
out(fs.readFileSync('u.txt', 'utf8') === 'h\u00e9\u20ac\ud83d\ude00', fs.statSync('u.txt').size);
fs.writeFileSync('bad.txt', Buffer.from([0x61, 0xff, 0x62]));
out(JSON.stringify(fs.readFileSync('bad.txt', 'utf8')));
out(fs.existsSync('a.txt'), fs.existsSync('nope'), fs.existsSync(), fs.existsSync('a\0b'));
`)
	expect(t, got, `hello worldhi
true 13
aGVsbG8gd29ybGRoaQ==
ff00ee
600
EEXIST open
true 10
"a`+"\uFFFD"+`b"
true false false false
`)
	data, err := os.ReadFile(filepath.Join(dir, "a.txt"))
	if err != nil || string(data) != "hello worldhi" {
		t.Fatalf("a.txt on disk = %q, %v", data, err)
	}
}

func TestStatAndLinks(t *testing.T) {
	got, dir := runJS(t, `
fs.writeFileSync('f', '12345');
fs.mkdirSync('d');
fs.symlinkSync('f', 'l');
fs.linkSync('f', 'h');
const s = fs.statSync('f');
out(s.isFile(), s.isDirectory(), s.isSymbolicLink(), s.size, s.nlink, s instanceof fs.Stats);
out(fs.statSync('d').isDirectory(), fs.lstatSync('l').isSymbolicLink(), fs.statSync('l').isFile());
out(fs.readlinkSync('l'), fs.realpathSync('l') === fs.realpathSync('f'), fs.realpathSync.native('l') === fs.realpathSync('f'));
fs.utimesSync('f', 1000, new Date(2000500));
const t = fs.statSync('f');
out(t.atimeMs, t.mtimeMs, t.mtime.getTime(), typeof t.ino, t.blksize > 0);
const b = fs.statSync('f', { bigint: true });
out(typeof b.size, b.size, b.mtimeNs, b.isFile());
out(fs.statSync('nope', { throwIfNoEntry: false }), fs.lstatSync('nope', { throwIfNoEntry: false }));
const fd = fs.openSync('f', 'r');
out(fs.fstatSync(fd).size);
fs.closeSync(fd);
fs.chmodSync('f', '640');
out((fs.statSync('f').mode & 0o777).toString(8));
fs.truncateSync('f', 2);
out(fs.readFileSync('f', 'latin1'));
fs.renameSync('h', 'h2');
fs.copyFileSync('h2', 'c');
try { fs.copyFileSync('h2', 'c', fs.constants.COPYFILE_EXCL); } catch (e) { out(e.message); }
out(fs.readdirSync('.').join(','));
out(fs.readdirSync('.', { withFileTypes: true }).map((e) => e.name + ':' + (e.isDirectory() ? 'd' : e.isSymbolicLink() ? 'l' : 'f')).join(','));
fs.unlinkSync('c');
fs.rmdirSync('d');
fs.accessSync('f', fs.constants.R_OK | fs.constants.W_OK);
out(fs.readdirSync('.').join(','));
`)
	expect(t, got, `true false false 5 2 true
true true true
f true true
1000000 2000500 2000500 number true
bigint 5 2000500000000 true
undefined undefined
5
640
12
EEXIST: file already exists, copyfile 'h2' -> 'c'
c,d,f,h2,l,main.js
c:f,d:d,f:f,h2:f,l:l,main.js:f
f,h2,l,main.js
`)
	fi, err := os.Lstat(filepath.Join(dir, "l"))
	if err != nil || fi.Mode()&os.ModeSymlink == 0 {
		t.Fatalf("l is not a symlink: %v %v", fi, err)
	}
}

func TestMkdirRmAndTemp(t *testing.T) {
	got, dir := runJS(t, `
out(fs.mkdirSync('a/b/c', { recursive: true }));
out(fs.mkdirSync('a/b/c', { recursive: true }));
out(fs.mkdirSync('x'));
fs.writeFileSync('a/b/c/f', 'x');
out(fs.readdirSync('a', { recursive: true }).join(','));
const t = fs.mkdtempSync('tmp-');
out(t.length, t.startsWith('tmp-'), fs.statSync(t).isDirectory(), (fs.statSync(t).mode & 0o777).toString(8));
try { fs.rmSync('a'); } catch (e) { out(e.name, e.code, e.message); }
fs.rmSync('a', { recursive: true });
fs.rmSync('nope', { force: true });
try { fs.rmSync('nope'); } catch (e) { out(e.message); }
fs.rmSync(t, { recursive: true, force: true });
out(fs.existsSync('a'), fs.existsSync(t));
`)
	expect(t, got, `a
undefined
undefined
b,b/c,b/c/f
10 true true 700
SystemError ERR_FS_EISDIR Path is a directory: rm returned EISDIR (is a directory) a
ENOENT: no such file or directory, lstat 'nope'
false false
`)
	if _, err := os.Stat(filepath.Join(dir, "x")); err != nil {
		t.Fatal("mkdir x: ", err)
	}
}

// TestErrors checks node's error shapes for the common failures.
func TestErrors(t *testing.T) {
	got, _ := runJS(t, `
fs.mkdirSync('dir/sub', { recursive: true });
fs.writeFileSync('file', 'x');
const show = (f) => {
  try { f(); out('no error'); } catch (e) {
    out(e.name + ' | ' + e.message + ' | ' + [e.code, e.errno, e.syscall, e.path, e.dest].join(','));
  }
};
show(() => fs.readFileSync('nope'));
show(() => fs.readFileSync('dir'));
show(() => fs.mkdirSync('dir'));
show(() => fs.rmdirSync('dir'));
show(() => fs.readFileSync('file/x'));
show(() => fs.readdirSync('file'));
show(() => fs.renameSync('nope', 'x'));
show(() => fs.linkSync('nope', 'x'));
show(() => fs.symlinkSync('file', 'dir'));
show(() => fs.closeSync(12345));
show(() => fs.readFileSync(12345));
show(() => fs.readFileSync());
show(() => fs.readFile('file'));
show(() => fs.openSync('file', 'bogus'));
show(() => fs.readFileSync('file', 'bogus'));
show(() => fs.openSync('file', 'r', 'abc'));
show(() => fs.readSync(-1, Buffer.alloc(1)));
show(() => fs.readSync(0, 'x'));
show(() => fs.writeFileSync('file', 5));
show(() => fs.accessSync('file', 99));
show(() => fs.ftruncateSync(12345));
`)
	expect(t, got, `Error | ENOENT: no such file or directory, open 'nope' | ENOENT,-2,open,nope,
Error | EISDIR: illegal operation on a directory, read | EISDIR,-21,read,,
Error | EEXIST: file already exists, mkdir 'dir' | EEXIST,-17,mkdir,dir,
Error | ENOTEMPTY: directory not empty, rmdir 'dir' | ENOTEMPTY,-39,rmdir,dir,
Error | ENOTDIR: not a directory, open 'file/x' | ENOTDIR,-20,open,file/x,
Error | ENOTDIR: not a directory, scandir 'file' | ENOTDIR,-20,scandir,file,
Error | ENOENT: no such file or directory, rename 'nope' -> 'x' | ENOENT,-2,rename,nope,x
Error | ENOENT: no such file or directory, link 'nope' -> 'x' | ENOENT,-2,link,nope,x
Error | EEXIST: file already exists, symlink 'file' -> 'dir' | EEXIST,-17,symlink,file,dir
Error | EBADF: bad file descriptor, close | EBADF,-9,close,,
Error | EBADF: bad file descriptor, fstat | EBADF,-9,fstat,,
TypeError | The "path" argument must be of type string or an instance of Buffer or URL. Received undefined | ERR_INVALID_ARG_TYPE,,,,
TypeError | The "cb" argument must be of type function. Received undefined | ERR_INVALID_ARG_TYPE,,,,
TypeError | The argument 'flags' is invalid. Received 'bogus' | ERR_INVALID_ARG_VALUE,,,,
TypeError | The argument 'encoding' is invalid encoding. Received 'bogus' | ERR_INVALID_ARG_VALUE,,,,
TypeError | The argument 'mode' must be a 32-bit unsigned integer or an octal string. Received 'abc' | ERR_INVALID_ARG_VALUE,,,,
RangeError | The value of "fd" is out of range. It must be >= 0 && <= 2147483647. Received -1 | ERR_OUT_OF_RANGE,,,,
TypeError | The "buffer" argument must be an instance of Buffer, TypedArray, or DataView. Received type string ('x') | ERR_INVALID_ARG_TYPE,,,,
TypeError | The "data" argument must be of type string or an instance of Buffer, TypedArray, or DataView. Received type number (5) | ERR_INVALID_ARG_TYPE,,,,
RangeError | mode is out of range: >= 0 && <= 7 | ERR_OUT_OF_RANGE,,,,
Error | EBADF: bad file descriptor, ftruncate | EBADF,-9,ftruncate,,
`)
}

func TestCallbackForms(t *testing.T) {
	got, _ := runJS(t, `
const order = [];
fs.writeFile('a', 'one', (err) => {
  order.push('writeFile ' + err);
  fs.appendFile('a', '+two', (err) => {
    fs.readFile('a', 'utf8', (err, data) => {
      order.push('readFile ' + err + ' ' + data);
      fs.stat('a', (err, st) => {
        order.push('stat ' + st.size + ' ' + st.isFile());
        fs.readFile('nope', (err, data) => {
          order.push(err.code + ' ' + err.message + ' ' + data);
          fs.mkdir('d/e', { recursive: true }, (err, first) => {
            order.push('mkdir ' + err + ' ' + first);
            fs.readdir('.', { withFileTypes: true }, (err, ents) => {
              order.push(ents.map((e) => e.name + (e.isDirectory() ? '/' : '')).join(','));
              fs.rm('d', { recursive: true }, (err) => {
                order.push('rm ' + err + ' ' + fs.existsSync('d'));
                fs.exists('a', (yes) => {
                  order.push('exists ' + yes);
                  out(order.join('\n'));
                });
              });
            });
          });
        });
      });
    });
  });
});
order.push('sync code first');
`)
	expect(t, got, `sync code first
writeFile null
readFile null one+two
stat 7 true
ENOENT ENOENT: no such file or directory, open 'nope' undefined
mkdir null d
a,d/,main.js
rm null false
exists true
`)
}

func TestFileDescriptors(t *testing.T) {
	got, _ := runJS(t, `
const fd = fs.openSync('f', 'w+');
out(fs.writeSync(fd, 'hello '), fs.writeSync(fd, Buffer.from('world')), fs.writeSync(fd, 'XY', 0));
const buf = Buffer.alloc(20);
out(fs.readSync(fd, buf, 0, 20, 0), buf.toString('utf8', 0, 11));
out(fs.readSync(fd, buf, { position: 6, length: 3 }), buf.toString('utf8', 0, 3));
out(fs.readSync(fd, buf, 0, 0, 0));
fs.ftruncateSync(fd, 4);
fs.fsyncSync(fd);
fs.fdatasyncSync(fd);
out(fs.readFileSync('f', 'utf8'));
out(fs.writevSync(fd, [Buffer.from('ab'), Buffer.from('cd')], 4));
const a = Buffer.alloc(3), b = Buffer.alloc(5);
out(fs.readvSync(fd, [a, b], 0), a.toString(), b.toString());
fs.closeSync(fd);
fs.open('f', 'r', (err, fd2) => {
  fs.read(fd2, Buffer.alloc(4), 0, 4, 2, (err, n, b2) => {
    out('read', err, n, b2.toString());
    fs.read(fd2, (err, n, b3) => {
      out('read default', n, b3.length);
      fs.close(fd2, (err) => {
        out('closed', err);
        const wfd = fs.openSync('g', 'w');
        fs.write(wfd, 'str', (err, n, s) => {
          out('write', err, n, s);
          fs.write(wfd, Buffer.from('buf'), (err, n, b4) => {
            out('write', err, n, b4.toString());
            fs.closeSync(wfd);
            out(fs.readFileSync('g', 'utf8'));
          });
        });
      });
    });
  });
});
`)
	expect(t, got, `6 5 2
11 XYllo world
3 wor
0
XYll
4
8 XYl labcd
read null 4 llab
read default 8 16384
closed null
write null 3 str
write null 3 buf
strbuf
`)
}

func TestPromisesAndFileHandle(t *testing.T) {
	got, _ := runJS(t, `
const fsp = require('fs/promises');
(async () => {
  out(fsp === fs.promises);
  await fsp.writeFile('p', 'promised');
  await fsp.appendFile('p', '!');
  out(await fsp.readFile('p', 'utf8'));
  out((await fsp.stat('p')).size);
  out(await fsp.mkdir('q/r', { recursive: true }));
  out((await fsp.readdir('.')).join(','));
  try { await fsp.readFile('nope'); } catch (e) { out(e.code, e.syscall, e.path); }
  try { await fsp.readFile(); } catch (e) { out(e.code); }
  const fh = await fsp.open('p', 'r+');
  out(typeof fh.fd);
  const r = await fh.read(Buffer.alloc(4), 0, 4, 0);
  out(r.bytesRead, r.buffer.toString());
  const w = await fh.write('PRO', 0);
  out(w.bytesWritten, w.buffer);
  out(await fh.readFile('utf8'));
  out((await fh.stat()).size);
  await fh.truncate(3);
  let closed = false;
  fh.on('close', () => { closed = true; });
  await fh.close();
  out(closed, fh.fd);
  try { await fh.stat(); } catch (e) { out(e.code, e.message); }
  out(await fsp.readFile('p', 'utf8'));
  await fsp.rm('q', { recursive: true });
  await fsp.access('p');
  try { await fsp.access('q'); } catch (e) { out(e.code); }
  out(await fsp.realpath('.') === process.cwd());
})();
`)
	expect(t, got, `true
promised!
9
q
main.js,p,q
ENOENT open nope
ERR_INVALID_ARG_TYPE
number
4 prom
3 PRO
PROmised!
9
true -1
EBADF file closed
PRO
ENOENT
true
`)
}

func TestStreams(t *testing.T) {
	got, dir := runJS(t, `
const pattern = Buffer.alloc(256);
for (let i = 0; i < 256; i++) pattern[i] = (i * 7) & 0xff;
fs.writeFileSync('big', Buffer.alloc(1 << 20, pattern));
const events = [];
const rs = fs.createReadStream('big');
const ws = fs.createWriteStream('copy');
rs.on('open', () => events.push('r-open'));
ws.on('open', () => events.push('w-open'));
ws.on('finish', () => events.push('w-finish'));
rs.pipe(ws).on('close', () => {
  out(events.sort().join(','), rs.bytesRead, ws.bytesWritten);
  const part = [];
  fs.createReadStream('big', { start: 10, end: 19, encoding: 'hex' })
    .on('data', (c) => part.push(c))
    .on('close', () => {
      out(part.join(''));
      fs.createReadStream('nope').on('error', (e) => out('error', e.code)).on('close', () => out('closed'));
    });
});
`)
	expect(t, got, `r-open,w-finish,w-open 1048576 1048576
464d545b626970777e85
error ENOENT
closed
`)
	a, _ := os.ReadFile(filepath.Join(dir, "big"))
	b, _ := os.ReadFile(filepath.Join(dir, "copy"))
	if len(a) != 1<<20 || !bytes.Equal(a, b) {
		t.Fatalf("copy differs: %d vs %d bytes", len(a), len(b))
	}
}

// TestCloseOnExecAndNoLeaks checks that every fd fs opens is close-on-exec
// and that none stays open after the operations finish, errors included.
func TestCloseOnExecAndNoLeaks(t *testing.T) {
	got, _ := runJS(t, `
const count = () => fs.readdirSync('/proc/self/fd').length;
const before = count();
const fd = fs.openSync('f', 'w');
out(fs.readFileSync('/proc/self/fdinfo/' + fd, 'utf8').split('\n').find((l) => l.startsWith('flags:')).split(/\s+/)[1]);
fs.closeSync(fd);
for (let i = 0; i < 50; i++) {
  fs.writeFileSync('f', 'x' + i);
  fs.readFileSync('f');
  fs.copyFileSync('f', 'g');
  try { fs.readFileSync('dir-missing/x'); } catch {}
  try { fs.readFileSync('.'); } catch {}
}
let pending = 100;
for (let i = 0; i < 100; i++) {
  fs.readFile(i % 2 ? 'f' : 'nope', () => {
    if (--pending === 0) {
      fs.createReadStream('f').resume().on('close', () => out('leaked', count() - before));
    }
  });
}
`)
	lines := strings.Split(strings.TrimSpace(got), "\n")
	if len(lines) != 2 {
		t.Fatalf("unexpected output %q", got)
	}
	flags, err := strconv.ParseUint(lines[0], 8, 64)
	if err != nil || flags&0o2000000 == 0 {
		t.Errorf("fd flags %q: O_CLOEXEC not set (%v)", lines[0], err)
	}
	expect(t, lines[1], "leaked 0")
}

// TestConcurrentCallbacks runs more operations at once than the worker pool
// has slots and checks every callback arrives once with the right data.
func TestConcurrentCallbacks(t *testing.T) {
	got, _ := runJS(t, `
const n = 300;
let done = 0, bad = 0;
for (let i = 0; i < n; i++) {
  fs.writeFile('f' + i, String(i), (err) => {
    if (err) bad++;
    fs.readFile('f' + i, 'utf8', (err, data) => {
      if (err || data !== String(i)) bad++;
      if (++done === n) out(done, bad, fs.readdirSync('.').length);
    });
  });
}
`)
	expect(t, got, "300 0 301\n")
}

// TestInProcess runs asynchronous operations in this process, so that the
// race detector sees the worker goroutines and the loop.
func TestInProcess(t *testing.T) {
	dir := t.TempDir()
	var stdout, stderr bytes.Buffer
	rt, err := runtime.New(runtime.Options{Stdout: &stdout, Stderr: &stderr, Env: []string{"DIR=" + dir}})
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	code, err := rt.RunSource(ctx, "inprocess.js", prelude+`
const path = require('path');
const d = process.env.DIR;
let left = 40;
for (let i = 0; i < 40; i++) {
  const f = path.join(d, 'f' + i);
  fs.writeFile(f, Buffer.alloc(1000, i), () => {
    const buf = Buffer.alloc(1000);
    fs.open(f, 'r', (err, fd) => {
      fs.read(fd, buf, 0, 1000, 0, (err, n) => {
        fs.close(fd, () => {
          if (n !== 1000 || buf[999] !== i) out('bad', i);
          if (--left === 0) fs.promises.readdir(d).then((names) => out('done', names.length));
        });
      });
    });
  });
}
`)
	if err != nil || code != 0 {
		t.Fatalf("exit %d, %v\nstderr:\n%s", code, err, stderr.String())
	}
	expect(t, stdout.String(), "done 40\n")
}

// TestWatchFile follows a watched file through creation, growth and removal;
// each change is made from the listener, so the test needs no timing.
func TestWatchFile(t *testing.T) {
	got, _ := runJS(t, `
const seen = [];
fs.watchFile('w', { interval: 5 }, function listener(cur, prev) {
  seen.push(cur.size + '/' + prev.size);
  if (seen.length === 1) fs.writeFileSync('w', 'abc');
  if (seen.length === 2) fs.writeFileSync('w', 'abcdef');
  if (seen.length === 3) fs.unlinkSync('w');
  if (seen.length === 4) {
    fs.unwatchFile('w', listener);
    out(seen.join(' '));
  }
});
`)
	expect(t, got, "0/0 3/0 6/3 0/6\n")
}

// TestWatchRecursive follows a recursive fs.watch through directories made,
// moved and removed below the watched one (node 20 emulates recursion on
// Linux with other events, so this is not a differential test), and checks
// that closing the last watcher closes the inotify descriptor.
func TestWatchRecursive(t *testing.T) {
	got, _ := runJS(t, `
fs.mkdirSync('r');
const fds = () => fs.readdirSync('/proc/self/fd').length;
const before = fds();
const w = fs.watch('r', { recursive: true });
const list = [
  [() => fs.mkdirSync('r/a/b', { recursive: true }), 'rename a/b'],
  [() => fs.writeFileSync('r/a/b/c', 'x'), 'change a/b/c'],
  [() => fs.renameSync('r/a', 'r/z'), 'rename z'],
  [() => fs.writeFileSync('r/z/b/d', 'x'), 'change z/b/d'],
  [() => fs.writeFileSync('r/top', 'x'), 'change top'],
  [() => fs.rmSync('r/z', { recursive: true }), 'rename z'],
];
let i = 0;
const seen = [];
w.on('change', (type, name) => {
  seen.push(type + ' ' + name);
  if (type + ' ' + name !== list[i][1]) return;
  out('step ' + i + ': ' + list[i][1]);
  if (++i < list.length) return list[i][0]();
  w.close();
  out('old name after the move: ' + seen.some((e) => e.startsWith('change a/b/d')));
  out('descriptors back: ' + (fds() === before));
});
list[0][0]();
`)
	expect(t, got, `step 0: rename a/b
step 1: change a/b/c
step 2: rename z
step 3: change z/b/d
step 4: change top
step 5: rename z
old name after the move: false
descriptors back: true
`)
}

// TestWriteInFlightAtExit checks that async writes begun before the process
// ends are not lost: each fs.write and fs.writev reaches the file although
// process.exit() follows at once, as node's worker threads finish a write
// they have begun.
func TestWriteInFlightAtExit(t *testing.T) {
	_, dir := runJS(t, `
const fd = fs.openSync('out.txt', 'w');
for (let i = 0; i < 3; i++) fs.write(fd, 'line ' + i + '\n', i * 7, () => {});
fs.writev(fd, [Buffer.from('vec\n')], 21, () => {});
process.exit(0);
`)
	data, err := os.ReadFile(filepath.Join(dir, "out.txt"))
	if err != nil {
		t.Fatal(err)
	}
	expect(t, string(data), "line 0\nline 1\nline 2\nvec\n")
}
