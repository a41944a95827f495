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
// realpath and realpath.native: links, dot segments, relative paths, errors.
fs.mkdirSync(p('a', 'b'), { recursive: true });
fs.writeFileSync(p('a', 'b', 'f'), 'x');
fs.symlinkSync('a/b', p('lb'));
fs.symlinkSync(p('lb'), p('chain'));
fs.symlinkSync('..', p('a', 'b', 'up'));
const real = fs.realpathSync(dir);
const r = (s) => s.split(real).join('<real>');
for (const q of ['lb', 'chain', 'chain/f', 'a/./b/../b/f', 'a/b/up/b/up', 'lb/up/../lb']) {
  const full = dir + '/' + q;
  let a, b;
  try { a = r(fs.realpathSync(full)); } catch (e) { a = e.code + ' ' + e.syscall + ' ' + clean(e.path); }
  try { b = r(fs.realpathSync.native(full)); } catch (e) { b = e.code + ' ' + e.syscall + ' ' + clean(e.path); }
  console.log(q, a, b);
}
process.chdir(p('a'));
console.log(r(fs.realpathSync('b')), r(fs.realpathSync('.')), r(fs.realpathSync('b/f')), r(fs.realpathSync.native('..')));
console.log(fs.realpathSync('/'), fs.realpathSync('/..'), r(fs.realpathSync(dir + '//a///b')));
console.log(JSON.stringify(fs.realpathSync('/', 'buffer')), fs.realpathSync('/', { encoding: 'hex' }));
show('missing', () => fs.realpathSync(p('missing', 'deeper')));
show('missing native', () => fs.realpathSync.native(p('missing', 'deeper')));
show('not dir', () => fs.realpathSync(p('a', 'b', 'f', 'x')));
show('not dir native', () => fs.realpathSync.native(p('a', 'b', 'f', 'x')));
fs.symlinkSync('self', p('self'));
show('loop native', () => fs.realpathSync.native(p('self')));
show('bad', () => fs.realpathSync(undefined));
fs.realpath(p('chain'), (err, res) => {
  console.log('cb', err, r(res));
  fs.realpath.native(p('chain', 'f'), (err, res) => {
    console.log('cb native', err, r(res));
    fs.realpath(p('missing'), (err) => console.log('cb err', err.code, err.syscall));
  });
});
