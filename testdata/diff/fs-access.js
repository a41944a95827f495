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
// access/accessSync modes, exists/existsSync, constants.
fs.writeFileSync(p('f'), 'x');
fs.writeFileSync(p('exe'), 'x', { mode: 0o755 });
fs.writeFileSync(p('noexec'), 'x', { mode: 0o644 });
const { F_OK, R_OK, W_OK, X_OK } = fs.constants;
console.log(F_OK, R_OK, W_OK, X_OK, fs.F_OK, fs.R_OK, fs.W_OK, fs.X_OK);
show('F_OK', () => fs.accessSync(p('f')));
show('R|W', () => fs.accessSync(p('f'), R_OK | W_OK));
show('X exe', () => fs.accessSync(p('exe'), X_OK));
show('X noexec', () => fs.accessSync(p('noexec'), X_OK));
show('missing', () => fs.accessSync(p('missing')));
show('null mode', () => fs.accessSync(p('f'), null));
show('bad mode range', () => fs.accessSync(p('f'), 8));
show('bad mode neg', () => fs.accessSync(p('f'), -1));
show('bad mode type', () => fs.accessSync(p('f'), '4'));
show('bad mode float', () => fs.accessSync(p('f'), 1.5));
show('bad path', () => fs.accessSync(123));
console.log(fs.existsSync(p('f')), fs.existsSync(dir), fs.existsSync(p('missing')), fs.existsSync(p('f', 'x')));
console.log(fs.existsSync(), fs.existsSync(null), fs.existsSync(42), fs.existsSync({}), fs.existsSync(''), fs.existsSync('x\0y'));
console.log(fs.existsSync(Buffer.from(p('f'))));
fs.access(p('f'), (err) => {
  console.log('access cb', err);
  fs.access(p('noexec'), X_OK, (err) => {
    console.log('access cb X', err.code, err.syscall, clean(err.message));
    fs.exists(p('f'), (yes) => {
      console.log('exists cb', yes);
      fs.exists(p('missing'), (yes) => {
        console.log('exists cb missing', yes);
        fs.exists(undefined, (yes) => console.log('exists cb bad', yes));
      });
    });
  });
});
show('access no cb', () => fs.access(p('f')));
show('exists no cb', () => fs.exists(p('f')));
