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
// truncate/ftruncate: shrink, extend with zeros, defaults, clamping, errors.
fs.writeFileSync(p('f'), 'abcdefghij');
fs.truncateSync(p('f'), 4);
console.log(fs.readFileSync(p('f'), 'utf8'));
fs.truncateSync(p('f'), 6);
console.log(JSON.stringify(fs.readFileSync(p('f'), 'latin1')));
fs.truncateSync(p('f'));
console.log(fs.statSync(p('f')).size);
fs.writeFileSync(p('f'), 'abcdefghij');
const fd = fs.openSync(p('f'), 'r+');
fs.ftruncateSync(fd, 3);
console.log(fs.readFileSync(p('f'), 'utf8'));
fs.ftruncateSync(fd, -10);
console.log(fs.statSync(p('f')).size);
fs.ftruncateSync(fd);
show('ftruncate bad len', () => fs.ftruncateSync(fd, '1'));
show('ftruncate float', () => fs.ftruncateSync(fd, 1.5));
show('truncate bad len', () => fs.truncateSync(p('f'), {}));
show('truncate missing', () => fs.truncateSync(p('missing'), 1));
show('truncate dir', () => fs.truncateSync(dir, 1));
show('ftruncate bad fd', () => fs.ftruncateSync(999999, 1));
const ro = fs.openSync(p('f'), 'r');
show('ftruncate readonly', () => fs.ftruncateSync(ro, 1));
fs.closeSync(ro);
fs.writeFileSync(p('g'), '0123456789');
fs.truncate(p('g'), 5, (err) => {
  console.log('truncate cb', err, fs.readFileSync(p('g'), 'utf8'));
  fs.ftruncate(fd, 2, (err) => {
    console.log('ftruncate cb', err, fs.statSync(p('f')).size);
    fs.truncate(p('g'), (err) => {
      console.log('truncate cb default', err, fs.statSync(p('g')).size);
      fs.closeSync(fd);
      fs.truncate(p('missing'), 0, (err) => console.log('truncate cb err', err.code, err.syscall));
    });
  });
});
