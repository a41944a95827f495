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
// mkdtemp: six random characters after the prefix, mode 0700, errors.
const names = new Set();
for (let i = 0; i < 20; i++) {
  const t = fs.mkdtempSync(p('pre-'));
  names.add(t);
  const base = path.basename(t);
  console.log(base.length, base.startsWith('pre-'), /^pre-[A-Za-z0-9]{6}$/.test(base), (fs.statSync(t).mode & 0o777).toString(8));
}
console.log(names.size);
const buf = fs.mkdtempSync(p('b-'), { encoding: 'buffer' });
console.log(Buffer.isBuffer(buf), buf.length === Buffer.byteLength(dir) + 9);
show('missing parent', () => fs.mkdtempSync(p('no', 'x-')));
show('bad prefix', () => fs.mkdtempSync(5));
fs.mkdtemp(p('cb-'), (err, t) => {
  console.log('cb', err, path.basename(t).length, fs.statSync(t).isDirectory());
  fs.mkdtemp(p('no', 'x'), (err) => {
    console.log('cb err', err.code, err.syscall);
    // A prefix ending in X warns, once.
    process.on('warning', (w) => console.log('warning', w.name, w.message));
    fs.mkdtempSync(p('endsX'));
    fs.mkdtempSync(p('againX'));
  });
});
