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
// stat/lstat/fstat callbacks, options forms and errors.
fs.writeFileSync(p('f'), 'abc');
fs.symlinkSync('f', p('l'));
fs.stat(p('l'), (err, st) => {
  console.log('stat', err, st.isFile(), st.size);
  fs.lstat(p('l'), {}, (err, st) => {
    console.log('lstat', err, st.isSymbolicLink());
    fs.stat(p('f'), { bigint: true }, (err, st) => {
      console.log('bigint', typeof st.size, st.size === 3n);
      const fd = fs.openSync(p('f'), 'r');
      fs.fstat(fd, (err, st) => {
        console.log('fstat', err, st.size);
        fs.closeSync(fd);
        fs.stat(p('nope'), (err, st) => {
          console.log(err.code, err.syscall, clean(err.path), st);
          fs.lstat(p('f', 'x'), (err) => {
            console.log(err.code, err.syscall);
            fs.fstat(99999, (err) => console.log(err.code, err.message));
          });
        });
      });
    });
  });
});
show('stat no cb', () => fs.stat(p('f')));
show('stat bad cb', () => fs.stat(p('f'), {}, 1));
show('fstat no cb', () => fs.fstat(0));
show('fstat bad fd', () => fs.fstat(-1, () => {}));
