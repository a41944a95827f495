'use strict';
// basename with a suffix, format, and round trips of parse/format.
const path = require('path');
const cases = [['/a/b.txt', '.txt'], ['/a/b.txt', 'b.txt'], ['b.txt', 'b.txt'], ['aaa', 'a'], ['aaa', 'aaaa'],
  ['/a/b/', 'b'], ['a.txt/', 'txt'], ['a/bc/', 'xbc'], ['a/bc//', 'xbc'], ['/', '/'], ['/a.txt', 'a.txt'],
  ['bc', 'abc'], ['x/abc/', 'abc'], ['x/abc/', 'bc/'], ['file.js', '.js'], ['file.js', 'js'], ['file', ''],
  ['.js', '.js'], ['a/.js', '.js'], ['a.js.js', '.js'], ['//', '/'], ['a//', 'a']];
for (const [p, s] of cases) console.log(JSON.stringify([p, s]), JSON.stringify(path.basename(p, s)));

const objs = [{ root: '/', dir: '/x', base: 'y' }, { name: 'a', ext: 'b' }, { name: 'a', ext: '.b' },
  { root: '/', name: 'f', ext: '.e' }, { dir: 'd', name: 'n', ext: 'e', base: '' }, { root: '/r/', dir: '/r/' , base: 'b'},
  {}, { dir: '', root: '' }, { base: 'only' }, { root: 'r', base: 'b' }];
for (const o of objs) console.log(JSON.stringify(o), JSON.stringify(path.format(o)));
for (const p of ['/home/u/f.txt', 'a/b', '/x/', 'rel.ext', '/']) {
  console.log(p, path.format(path.parse(p)));
}
console.log(path.sep, path.delimiter, path.posix === path, typeof path.posix.join);
