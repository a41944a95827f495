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
// utimes/futimes/lutimes with seconds, Dates and numeric strings.
fs.writeFileSync(p('f'), 'x');
const times = () => { const s = fs.statSync(p('f')); return s.atimeMs + ' ' + s.mtimeMs + ' ' + s.atime.toISOString() + ' ' + s.mtime.getTime(); };
fs.utimesSync(p('f'), 1000000000, 1500000000);
console.log(times());
fs.utimesSync(p('f'), new Date(1234567890123), new Date('2001-02-03T04:05:06.789Z'));
console.log(times());
fs.utimesSync(p('f'), '86400', 172800.5);
console.log(times());
fs.utimesSync(p('f'), 1.25, 2.75);
console.log(times());
const big = fs.statSync(p('f'), { bigint: true });
console.log(big.atimeNs, big.mtimeNs, big.mtimeMs);
const fd = fs.openSync(p('f'), 'r');
fs.futimesSync(fd, 42, 43);
console.log(times());
fs.closeSync(fd);
fs.symlinkSync('f', p('l'));
fs.lutimesSync(p('l'), 5, 6);
const l = fs.lstatSync(p('l'));
console.log(l.atimeMs, l.mtimeMs, times());
show('bad time', () => fs.utimesSync(p('f'), 'abc', 1));
show('bad time obj', () => fs.utimesSync(p('f'), 1, {}));
show('futimes bad', () => fs.futimesSync(fd, null, 1));
show('utimes missing', () => fs.utimesSync(p('missing'), 1, 1));
show('lutimes missing', () => fs.lutimesSync(p('missing'), 1, 1));
show('futimes closed', () => fs.futimesSync(999999, 1, 1));
fs.utimes(p('f'), 7, 8, (err) => {
  console.log('utimes cb', err, times());
  fs.lutimes(p('l'), 9, 10, (err) => {
    console.log('lutimes cb', err, fs.lstatSync(p('l')).mtimeMs);
    fs.utimes(p('missing'), 1, 1, (err) => console.log('utimes cb err', err.code, err.syscall));
  });
});

// fs._toUnixTimestamp, kept for older libraries, converts or rejects times.
for (const t of ['7', 12.5, new Date(3000), NaN, Infinity, {}]) {
  try {
    console.log('_toUnixTimestamp', fs._toUnixTimestamp(t));
  } catch (e) {
    console.log('_toUnixTimestamp', e.code);
  }
}
