'use strict';
// The shape of the path module.
const path = require('path');
const posix = require('path').posix;
console.log(path === posix, path.posix.posix === path, require('node:path') === path, path.sep, path.delimiter);
for (const k of ['resolve', 'normalize', 'isAbsolute', 'join', 'relative', 'toNamespacedPath', 'dirname', 'basename',
  'extname', 'format', 'parse']) {
  console.log(k, typeof path[k], path[k].length);
}
const { join, basename } = path;
console.log(join('a', 'b'), basename('/x/y.z', '.z'));
console.log(JSON.stringify(path.parse('/home/user/dir/file.txt')), path.format({ dir: '/home/user/dir', base: 'file.txt' }));
