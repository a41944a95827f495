'use strict';
// fs.constants and the functions fs exports (the implemented subset).
const fs = require('fs');
console.log(JSON.stringify(fs.constants));
console.log(Object.isFrozen(fs.constants), fs.F_OK, fs.R_OK, fs.W_OK, fs.X_OK);
const names = ['access', 'appendFile', 'chmod', 'chown', 'close', 'copyFile', 'exists', 'fchmod', 'fchown',
  'fdatasync', 'fstat', 'fsync', 'ftruncate', 'futimes', 'lchown', 'link', 'lstat', 'lutimes', 'mkdir', 'mkdtemp',
  'open', 'opendir', 'readdir', 'read', 'readv', 'readFile', 'readlink', 'realpath', 'rename', 'rm', 'rmdir',
  'stat', 'statfs', 'symlink', 'truncate', 'unlink', 'utimes', 'write', 'writev', 'writeFile'];
for (const n of names) {
  const sync = n === 'exists' ? 'existsSync' : n + 'Sync';
  console.log(n, typeof fs[n], fs[n].name, typeof fs[sync], fs[sync].name);
}
console.log(typeof fs.realpath.native, typeof fs.realpathSync.native, typeof fs.createReadStream, typeof fs.createWriteStream);
console.log(typeof fs.Stats, typeof fs.Dirent, typeof fs.Dir, typeof fs.ReadStream, typeof fs.WriteStream);
const fsp = require('fs/promises');
for (const n of ['access', 'appendFile', 'chmod', 'chown', 'copyFile', 'lchown', 'link', 'lstat', 'lutimes', 'mkdir',
  'mkdtemp', 'open', 'opendir', 'readdir', 'readFile', 'readlink', 'realpath', 'rename', 'rm', 'rmdir', 'stat', 'statfs',
  'symlink', 'truncate', 'unlink', 'utimes', 'writeFile']) {
  console.log('promises', n, typeof fsp[n]);
}
console.log(Object.keys(fs).includes('promises'), require('node:fs') === fs);
