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
// mkdir: plain, recursive (first created path), modes, errors, callbacks.
console.log(fs.mkdirSync(p('a')));
console.log(clean(fs.mkdirSync(p('b', 'c', 'd'), { recursive: true })));
console.log(fs.mkdirSync(p('b', 'c', 'd'), { recursive: true }));
console.log(clean(fs.mkdirSync(p('b', 'c', 'e'), { recursive: true })));
console.log(clean(fs.mkdirSync(p('m'), 0o700)), (fs.statSync(p('m')).mode & 0o777).toString(8));
fs.mkdirSync(p('n'), '750');
fs.mkdirSync(p('o'), { mode: 0o711 });
console.log((fs.statSync(p('n')).mode & 0o777).toString(8), (fs.statSync(p('o')).mode & 0o777).toString(8));
console.log(clean(fs.mkdirSync(p('t', '.', 'u', '..', 'v'), { recursive: true })), fs.existsSync(p('t', 'v')));
process.chdir(dir);
console.log(fs.mkdirSync('rel/a/b', { recursive: true }), fs.mkdirSync('./rel2', { recursive: true }));
show('exists', () => fs.mkdirSync(p('a')));
show('bad mode', () => fs.mkdirSync(p('x'), 'rwx'));
show('bad mode2', () => fs.mkdirSync(p('x'), { mode: -1 }));
show('bad recursive', () => fs.mkdirSync(p('x'), { recursive: 'yes' }));
show('bad path', () => fs.mkdirSync(null));
fs.mkdir(p('cb'), (err, path) => {
  console.log('cb', err, path);
  fs.mkdir(p('cb2', 'x'), { recursive: true }, (err, path) => {
    console.log('cb recursive', err, clean(path));
    fs.mkdir(p('cb2', 'x'), { recursive: true }, (err, path) => {
      console.log('cb recursive again', err, path);
      fs.mkdir(p('cb'), (err) => console.log('cb exists', err.code, clean(err.message)));
    });
  });
});
