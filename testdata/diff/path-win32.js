'use strict';
// path.win32, the Windows flavour of path that node serves on every platform:
// drives, drive-relative paths, UNC shares, device namespaces, mixed
// separators, reserved device names, and node's argument errors.
const path = require('path');
const w = path.win32;
process.chdir('/tmp'); // win32.resolve reads process.cwd() as '\\tmp'

console.log(require('path/win32') === w, require('node:path/win32') === w, w.win32 === w, w.posix === path.posix,
  path.posix.win32 === w, path.win32.posix.win32 === w, w.sep, w.delimiter);
// matchesGlob (experimental in node 20) is left out.
console.log(Object.keys(w).filter((k) => k !== 'matchesGlob').join(' '));
for (const k of Object.keys(w)) {
  if (typeof w[k] === 'function' && k !== 'matchesGlob') console.log(k, w[k].name, w[k].length);
}
console.log(w._makeLong === w.toNamespacedPath, w.format !== path.posix.format, w.join !== path.join);

let n = 0;
function show(name, args, fn = w[name]) {
  n++;
  let out;
  try {
    const r = fn(...args);
    out = typeof r === 'object' && r !== null ? JSON.stringify(r) : `${typeof r} ${JSON.stringify(r)}`;
  } catch (e) {
    out = `${e.name} ${e.code} ${e.message}`;
  }
  const shown = args.map((a) => typeof a === 'function' ? String(a) : JSON.stringify(a) ?? String(a));
  console.log(`${name}(${shown.join(', ')}) ${out}`);
}

const normalize = [
  '', '.', '/', '\\', 'a', 'C:', 'c:', 'C:\\', 'C:/', 'C:\\\\', 'C:.', 'C:..', 'C:..\\..\\x', 'C:\\..\\..\\x',
  'C:\\a\\b\\..\\c\\.\\d\\', 'C:/a//b///c/', 'c:a/b/../../..', './fixtures///b/../b/c.js', '/foo/../../../bar',
  'a//b//../b', 'a//b//./c', 'a//b//.', '//server/share/dir/file.ext', '\\\\server\\share', '\\\\server\\share\\',
  '\\\\server\\share\\..\\..\\x', '//server', '//server/', '///server/share', '\\\\?\\C:\\a\\..\\b', '\\\\.\\PIPE\\x\\..',
  '\\\\?\\UNC\\srv\\share', '\\\\.', 'bar\\foo..\\..\\', 'bar\\foo..\\..\\baz', 'bar\\foo..\\', '..\\...\\foo\\..',
  '..\\..\\..\\foo\\..\\..', 'file:stream', 'a:b', 'a\\..\\C:x', 'a/../C:/x', 'x:\\y:', 'foo:\\bar', 'C:foo:bar',
  'CON', 'CON1', 'con:', 'CON:foo', 'COM1:x', 'LPT¹:', 'nul.txt', 'aux:\\x', 'é', 'dir\\é\\..\\ü', '\\\\srv\\sh\\ΑΣ\\',
];
for (const p of normalize) show('normalize', [p]);

const isAbsolute = ['', '/', '\\', '//', '//server', '\\\\server\\share', 'C', 'C:', 'C:\\', 'c:/', 'C:foo', 'C:\\foo',
  'directory/directory', 'directory\\directory', '1:\\x', '\\\\?\\C:', 'é:\\'];
for (const p of isAbsolute) show('isAbsolute', [p]);

const join = [
  [], [''], ['', ''], ['.', 'x/b', '..', '/b/c.js'], ['/.', 'x/b', '..'], ['a', 'b', 'C:\\c'], ['C:', 'a'], ['C:\\', 'a'],
  ['//server', 'share'], ['\\\\server', 'share', 'x'], ['//server/share', 'x'], ['//', 'server', 'share'], ['///x', 'y'],
  ['\\\\\\\\a', 'b'], ['/', '//foo'], ['', '//foo', 'bar'], ['//a'], ['\\\\?\\', 'C:', 'x'], ['a\\', '\\b'], ['a', '..', '..'],
  ['./a', '.\\b', 'c/'], ['x', 'C:y'], ['', '', 'c:'], ['con', 'x'], ['a:', 'b'],
];
for (const args of join) show('join', args);

const resolve = [
  [], [''], ['c:/blah\\blah', 'd:/games', 'c:../a'], ['c:/ignore', 'd:\\a/b\\c/d', '\\e.exe'], ['c:/ignore', 'c:/some/file'],
  ['d:/ignore', 'd:some/dir//'], ['//server/share', '..', 'relative\\'], ['c:/', '//'], ['c:/', '//dir'], ['c:/', '//server/share'],
  ['c:/', '//server//share'], ['c:/', '///some//dir'], ['C:\\foo\\tmp.3\\', '..\\tmp.3\\cycles\\root.js'],
  ['\\\\.\\PHYSICALDRIVE0'], ['\\\\?\\PHYSICALDRIVE0'], ['\\\\?\\C:\\a', '..\\b'], ['C:\\x', 'D:y'], ['C:\\x', 'c:y'],
  ['\\\\srv\\sh', 'C:x'], ['\\foo', 'bar'], ['C:\\a', '\\b'], ['A:', 'B:\\x', 'a:y'], ['C:\\', '..', '..'],
];
for (const args of resolve) show('resolve', args);
// Relative paths resolve against process.cwd(), a rooted path without a
// drive here, also for drive-relative ones ('C:x') when there is no '=C:'
// variable in the environment.
const cwd = process.cwd();
for (const args of [['x'], ['.'], ['..'], ['/x', '..', 'y'], ['C:x'], ['c:'], ['D:..\\..'], ['Z:a', 'b']]) show('resolve', args);
console.log(w.resolve('foo') === cwd.replace(/\//g, '\\') + '\\foo', w.resolve('C:foo') === 'C:' + cwd.replace(/\//g, '\\') + '\\foo');

// Drive-relative paths use the drive's working directory from process.env
// ('=D:'), which node reads at each call; a directory on another drive
// ('C:\\...') falls back to the drive's root.
const savedEnv = process.env;
process.env = { ...savedEnv, '=D:': 'D:\\work\\d', '=E:': 'C:\\other', '=F:': 'f:/x', '=G:': '' };
for (const args of [['D:x'], ['d:x'], ['D:'], ['E:x'], ['F:y'], ['G:z'], ['C:\\a', 'D:..'], ['D:a', 'D:\\b', 'D:c']]) show('resolve', args);
show('relative', ['D:a', 'D:\\work']);
show('toNamespacedPath', ['D:q']);
process.env = savedEnv;

const relative = [
  ['c:/blah\\blah', 'd:/games'], ['c:/aaaa/bbbb', 'c:/aaaa'], ['c:/aaaa/bbbb', 'c:/cccc'], ['c:/aaaa/bbbb', 'c:/aaaa/bbbb'],
  ['c:/aaaa/bbbb', 'c:/aaaa/cccc'], ['c:/aaaa/', 'c:/aaaa/cccc'], ['c:/', 'c:\\aaaa\\bbbb'], ['c:/aaaa/bbbb', 'd:\\'],
  ['c:/AaAa/bbbb', 'c:/aaaa/bbbb'], ['c:/aaaaa/', 'c:/aaaa/cccc'], ['C:\\foo\\bar\\baz\\quux', 'C:\\'],
  ['C:\\foo\\test', 'C:\\foo\\test\\bar\\package.json'], ['C:\\foo\\bar\\baz-quux', 'C:\\foo\\bar\\baz'],
  ['C:\\foo\\bar\\baz', 'C:\\foo\\bar\\baz-quux'], ['\\\\foo\\bar', '\\\\foo\\bar\\baz'], ['\\\\foo\\bar\\baz', '\\\\foo\\bar'],
  ['\\\\foo\\bar\\baz-quux', '\\\\foo\\bar\\baz'], ['\\\\foo\\bar\\baz', '\\\\foo\\bar\\baz-quux'], ['C:\\baz-quux', 'C:\\baz'],
  ['C:\\baz', 'C:\\baz-quux'], ['\\\\foo\\baz-quux', '\\\\foo\\baz'], ['\\\\foo\\baz', '\\\\foo\\baz-quux'], ['C:\\baz', '\\\\foo\\bar\\baz'],
  ['\\\\foo\\bar\\baz', 'C:\\baz'], ['C:\\İ\\a', 'C:\\i̇\\b'], ['C:\\İ', 'C:\\x\\y'], ['C:\\Straße\\a', 'c:\\STRASSE\\b'],
  ['C:\\ΑΣ\\x', 'c:\\ας\\y'], ['', ''], ['a', 'a'], ['a', 'A'], ['x', 'y'], ['C:a', 'C:b'], ['\\\\?\\C:\\a', '\\\\?\\C:\\b'],
];
for (const args of relative) show('relative', args);

const toNamespaced = ['', 'C:\\foo', 'C:/foo/../bar', 'c:', 'C:', '\\\\server\\share\\x', '//server/share', '\\\\?\\C:\\x',
  '\\\\.\\pipe\\x', '\\\\?\\UNC\\srv\\sh', 'rel\\x', '\\', '\\\\', '/x', 'C:x', 'D:\\'];
for (const p of toNamespaced) show('toNamespacedPath', [p]);
for (const v of [1, null, undefined, true]) show('toNamespacedPath', [v]);
show('_makeLong', ['C:\\a']);

const dirname = ['', '.', '/', '\\', 'a', 'c:', 'c:\\', 'c:/', 'c:foo', 'c:\\foo', 'c:\\foo\\', 'c:/foo/bar', 'c:\\foo\\bar\\\\',
  'C:\\foo\\bar\\baz', 'dir\\file', 'dir\\\\file\\\\', '\\foo', '\\foo\\bar', '//server', '\\\\server\\', '\\\\server\\share',
  '\\\\server\\share\\', '\\\\server\\share\\dir', '\\\\server\\share\\dir\\file', '\\\\?\\C:\\x', '\\\\.\\pipe', '///a/b', 'a/b\\c/'];
for (const p of dirname) show('dirname', [p]);

const basename = [
  [''], ['/'], ['\\dir\\basename.ext'], ['\\basename.ext'], ['basename.ext'], ['basename.ext\\'], ['basename.ext\\\\'],
  ['foo'], ['aaa\\bbb', '\\bbb'], ['aaa\\bbb', 'a\\bbb'], ['aaa\\bbb', 'bbb'], ['aaa\\bbb\\\\\\\\', 'bbb'], ['aaa\\bbb', 'bb'],
  ['aaa\\bbb', 'b'], ['\\aaa\\bbb', 'bbb'], ['\\aaa\\', 'aaa'], ['C:', 'C:'], ['C:'], ['C:.'], ['C:\\'], ['C:\\dir\\base.ext'],
  ['C:foo.ext', '.ext'], ['C:foo.EXT', '.ext'], ['file:stream'], ['\\\\server\\share\\x.js', '.js'], ['a/b\\c.d/', '.d'],
  ['a.txt', 'a.txt'], ['x\\a.txt', 'xx\\a.txt'], ['é.txt', 'xé.txt'], ['a😀', '😀'], ['a/b/', 'b/'],
];
for (const args of basename) show('basename', args);

const extname = ['', '.', '..', '...', 'a.', 'file.ext', 'file.ext\\', 'file.ext\\\\', '\\file', '\\.file', '.file.ext',
  'file.tar.gz', 'C:.ext', 'C:..', 'C:\\..', 'C:\\dir.d\\file', 'dir.d/file', 'file.ext/', 'a\\..\\', '..\\.x', 'C:x.y'];
for (const p of extname) show('extname', [p]);

const parse = ['', '/', '\\', 'C:', 'C:\\', 'C:/', 'C:abc', 'C:\\abc', 'C:\\abc\\def.txt', 'c:\\path\\dir\\index.html',
  'C:\\another_path\\DIR\\1\\2\\33\\\\index', 'another_path\\DIR with spaces\\1\\2\\33\\index', '\\\\server\\share\\file_path',
  '\\\\server two\\shared folder\\file path.zip', '\\\\teamserver\\share\\', '\\\\server\\share', '\\\\?\\UNC\\server\\share',
  '\\foo\\C:', 'file', '.\\file', 'C:.', 'C:..', '.x', '..', 'dir\\..', '//server', 'a/b\\c.d/', 'x'];
for (const p of parse) show('parse', [p]);

const formats = [
  { root: 'C:\\' }, { root: 'C:\\', dir: 'C:\\' }, { dir: 'C:\\path\\dir', base: 'index.html' }, { root: 'C:\\', base: 'x.txt' },
  { root: 'C:\\', name: 'x', ext: '.txt' }, { root: 'C:\\', name: 'x', ext: 'txt' }, { dir: 'a', name: 'b', ext: '.c' },
  { dir: 'C:\\a\\', base: 'b' }, { root: '\\\\server\\share\\', base: 'f' }, { name: 'x', ext: '' }, {}, { ext: '.e' },
  { dir: 'x', root: 'y', base: 'z' }, { dir: 5, base: 6 }, { name: 'n', ext: [] },
];
for (const o of formats) show('format', [o], (x) => w.format(x));
for (const p of ['C:\\a\\b.c', '\\\\srv\\sh\\x', 'C:', 'rel\\x.y']) show('format(parse)', [p], (x) => w.format(w.parse(x)));

// Argument validation: node validates from the last resolve argument and
// stops where the path is complete.
const errs = [
  ['resolve', [1]], ['resolve', ['a', null]], ['resolve', [1, 'C:\\x']], ['resolve', [1, '\\x']], ['resolve', [{}, 'C:x', 'D:\\y']],
  ['normalize', [null]], ['normalize', [{}]], ['isAbsolute', [1]], ['join', ['a', undefined]], ['join', [1]],
  ['relative', [1, 'a']], ['relative', ['a', 2]], ['dirname', [[]]], ['basename', [1]], ['basename', ['a', 1]],
  ['basename', [1, null]], ['extname', [true]], ['parse', [0]], ['format', [null]], ['format', ['x']], ['format', [[]]],
  ['format', [() => 1]], ['_makeLong', [{}]],
];
for (const [name, args] of errs) show(name, args);
console.log('cases', n);
