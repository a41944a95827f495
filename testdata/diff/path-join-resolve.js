'use strict';
// join, resolve and relative over combinations of segments.
const path = require('path');
const segs = ['', '/', 'a', '/a', 'a/', '..', '.', 'b/../c', '../x', '//y//', 'z/.'];
for (const a of segs) {
  for (const b of segs) {
    console.log(JSON.stringify([a, b]), path.join(a, b), path.join(a, b, a), path.normalize(a + b));
  }
}
console.log(path.join(), path.join(''), path.join('', ''), path.join('/', '..', '..'));
console.log(path.resolve('/'), path.resolve('/a', 'b', '../c'), path.resolve('/a', '/b', 'c'));
console.log(path.resolve() === process.cwd(), path.resolve('') === process.cwd());
console.log(path.resolve('x') === process.cwd() + '/x' || process.cwd() === '/');
const rel = [['/a/b/c', '/a/d'], ['/a', '/a/b/c'], ['/a/b/c', '/a'], ['/', '/a'], ['/a', '/'],
  ['/a/b', '/a/b'], ['/a/bc', '/a/b'], ['/a/b', '/a/bc'], ['/foo/bar/baz', '/foo/bar/baz-quux'],
  ['/foo/bar/baz-quux', '/foo/bar/baz'], ['/x/y/', '/x/y/z/'], ['/page1/page2/foo', '/'], ['/', '/']];
for (const [a, b] of rel) console.log(a, b, JSON.stringify(path.relative(a, b)));
console.log(path.relative('a', 'a/b') , path.relative('', ''), path.relative('a/b', 'a'));
