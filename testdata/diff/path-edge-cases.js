'use strict';
// Exercises path.posix edge cases: every function over a shared corpus.
const path = require('path');

const samples = ['', '/', '//', '///', '.', '..', '...', './', '../', 'a', 'a/', 'a//', '/a', '//a',
  '///a', '/a/b', '/a/b/', '/a//b//', 'a/b/c', 'a/./b', 'a/../b', 'a/../../b', '/../a', '/a/../..',
  '../../a', 'a/..', './a/.', '.a', '.a.b', 'a.', 'a..', 'a..b', '..a', '/..', '/.', '/.a', '/a.b.c',
  'a/b.txt/', 'x///', '//a//b//', 'a\\b', '/foo/bar/baz/asdf/quux.html', 'file.tar.gz', '.bashrc',
  'dir/.hidden.ext', 'a/b/../../..', '/a/./b/./c/.'];

const fns = ['normalize', 'dirname', 'basename', 'extname', 'isAbsolute', 'parse', 'toNamespacedPath'];
for (const s of samples) {
  const row = {};
  for (const f of fns) row[f] = path[f](s);
  console.log(JSON.stringify(s), JSON.stringify(row));
}
