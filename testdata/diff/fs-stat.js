'use strict';
const fs = require('fs');
const path = require('path');
const os = require('os');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fs-diff-'));
const p = (...a) => path.join(dir, ...a);
const clean = (s) => String(s).split(dir).join('<tmp>');
process.on('exit', () => fs.rmSync(dir, { recursive: true, force: true }));
const show = (label, f) => {
  try {
    const r = f();
    console.log(label, 'ok', clean(typeof r === 'string' ? r : JSON.stringify(r)));
  } catch (e) {
    console.log(label, e.name, e.code, clean(e.message), e.errno, e.syscall, clean(e.path), clean(e.dest));
  }
};
// statSync/lstatSync/fstatSync: type predicates, sizes, modes, keys, bigint.
fs.writeFileSync(p('f'), '0123456789');
fs.mkdirSync(p('d'));
fs.symlinkSync('f', p('l'));
fs.symlinkSync('missing', p('dangling'));
const preds = ['isFile', 'isDirectory', 'isSymbolicLink', 'isFIFO', 'isSocket', 'isBlockDevice', 'isCharacterDevice'];
const kinds = (s) => preds.filter((m) => s[m]()).join('|');
for (const name of ['f', 'd', 'l']) {
  const s = fs.statSync(p(name));
  const l = fs.lstatSync(p(name));
  console.log(name, kinds(s), kinds(l), s.size, s.nlink, s instanceof fs.Stats);
}
console.log('dangling', kinds(fs.lstatSync(p('dangling'))), fs.lstatSync(p('dangling')).size);
show('stat dangling', () => fs.statSync(p('dangling')));
console.log('devnull', kinds(fs.statSync('/dev/null')));
const s = fs.statSync(p('f'));
console.log(Object.keys(s).join(','));
console.log(preds.map((m) => typeof s[m]).join(','), Object.getOwnPropertyNames(fs.Stats.prototype).sort().join(','));
console.log(['dev', 'mode', 'nlink', 'uid', 'gid', 'rdev', 'blksize', 'ino', 'size', 'blocks', 'atimeMs', 'mtimeMs', 'ctimeMs', 'birthtimeMs'].map((k) => typeof s[k]).join(','));
console.log([s.atime, s.mtime, s.ctime, s.birthtime].map((d) => d instanceof Date).join(','));
console.log(s.uid === process.getuid(), s.gid === process.getgid(), (s.mode & 0o170000).toString(8), s.mtime.getTime() === Math.round(s.mtimeMs));
fs.chmodSync(p('f'), 0o604);
console.log((fs.statSync(p('f')).mode & 0o7777).toString(8));
const b = fs.statSync(p('f'), { bigint: true });
console.log(Object.keys(b).join(','));
console.log(typeof b.size, b.size === 10n, typeof b.mtimeNs, b.mtimeMs === b.mtimeNs / 1000000n, b.isFile(), b.isDirectory(), (b.mode & 0o777n).toString(8));
const fd = fs.openSync(p('f'), 'r');
const fst = fs.fstatSync(fd);
console.log(fst.size, fst.isFile(), fst.ino === s.ino, typeof fs.fstatSync(fd, { bigint: true }).ino);
fs.closeSync(fd);
console.log(fs.statSync(p('nope'), { throwIfNoEntry: false }), fs.lstatSync(p('nope'), { throwIfNoEntry: false }));
show('throwIfNoEntry true', () => fs.statSync(p('nope'), { throwIfNoEntry: true }));
show('stat number', () => fs.statSync(5));
show('fstat bad', () => fs.fstatSync(99999));
show('fstat str', () => fs.fstatSync('1'));
