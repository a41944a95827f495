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
// rm and rmdir: files, trees, force, recursive, ERR_FS_EISDIR, callbacks.
const tree = () => {
  fs.mkdirSync(p('t', 'a', 'b'), { recursive: true });
  fs.writeFileSync(p('t', 'f'), '1');
  fs.writeFileSync(p('t', 'a', 'g'), '2');
  fs.writeFileSync(p('t', 'a', 'b', 'h'), '3');
  fs.symlinkSync('..', p('t', 'a', 'up'));
};
tree();
fs.writeFileSync(p('file'), 'x');
fs.rmSync(p('file'));
console.log(fs.existsSync(p('file')));
show('rm dir', () => fs.rmSync(p('t')));
show('rm missing', () => fs.rmSync(p('missing')));
show('rm missing force', () => fs.rmSync(p('missing'), { force: true }));
show('rm missing force recursive', () => fs.rmSync(p('missing'), { force: true, recursive: true }));
fs.rmSync(p('t'), { recursive: true });
console.log(fs.existsSync(p('t')), fs.readdirSync(dir).length);
tree();
show('rmdir nonempty', () => fs.rmdirSync(p('t')));
fs.mkdirSync(p('empty'));
fs.rmdirSync(p('empty'));
console.log(fs.existsSync(p('empty')));
show('rmdir missing', () => fs.rmdirSync(p('empty')));
show('rm bad options', () => fs.rmSync(p('t'), { recursive: 'yes' }));
show('rm bad force', () => fs.rmSync(p('t'), { force: 1 }));
show('rm bad retries', () => fs.rmSync(p('t'), { maxRetries: -1 }));
show('rm bad options type', () => fs.rmSync(p('t'), 'x'));
fs.symlinkSync(p('t'), p('dirlink'));
fs.rmSync(p('dirlink'));
console.log(fs.existsSync(p('t', 'f')), fs.existsSync(p('dirlink')));
try {
  fs.rmSync(p('t'));
} catch (e) {
  console.log(e.code, e.errno, e.syscall, clean(e.path), clean(JSON.stringify(e.info)));
}
fs.rm(p('t'), (err) => {
  console.log('rm cb dir', err.code, clean(err.message));
  fs.rm(p('t'), { recursive: true }, (err) => {
    console.log('rm cb recursive', err, fs.existsSync(p('t')));
    fs.rm(p('t'), (err) => {
      console.log('rm cb missing', err.code, err.syscall);
      fs.rm(p('t'), { force: true }, (err) => {
        console.log('rm cb force', err);
        fs.mkdirSync(p('e'));
        fs.rmdir(p('e'), (err) => {
          console.log('rmdir cb', err, fs.existsSync(p('e')));
          fs.rmdir(p('e'), (err) => console.log('rmdir cb missing', err.code));
        });
      });
    });
  });
});
