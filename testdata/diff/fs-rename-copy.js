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
// rename and copyFile: moves, overwrites, modes, COPYFILE_EXCL, errors.
fs.writeFileSync(p('a'), 'A');
fs.renameSync(p('a'), p('b'));
console.log(fs.existsSync(p('a')), fs.readFileSync(p('b'), 'utf8'));
fs.writeFileSync(p('c'), 'C');
fs.renameSync(p('b'), p('c'));
console.log(fs.readFileSync(p('c'), 'utf8'), fs.readdirSync(dir).join(','));
fs.mkdirSync(p('d'));
fs.renameSync(p('c'), p('d', 'c'));
fs.renameSync(p('d'), p('e'));
console.log(fs.readdirSync(p('e')).join(','));
show('rename missing', () => fs.renameSync(p('missing'), p('x')));
show('rename bad old', () => fs.renameSync(1, p('x')));
show('rename bad new', () => fs.renameSync(p('e'), undefined));
fs.writeFileSync(p('src'), 'source data');
fs.chmodSync(p('src'), 0o640);
fs.copyFileSync(p('src'), p('dst'));
console.log(fs.readFileSync(p('dst'), 'utf8'), (fs.statSync(p('dst')).mode & 0o777).toString(8));
fs.writeFileSync(p('dst2'), 'a much longer existing destination');
fs.copyFileSync(p('src'), p('dst2'));
console.log(fs.readFileSync(p('dst2'), 'utf8'));
show('excl', () => fs.copyFileSync(p('src'), p('dst'), fs.constants.COPYFILE_EXCL));
fs.copyFileSync(p('src'), p('dst3'), fs.constants.COPYFILE_FICLONE);
console.log(fs.readFileSync(p('dst3'), 'utf8'));
fs.copyFileSync(p('src'), p('src'));
console.log(fs.readFileSync(p('src'), 'utf8'));
show('copy missing', () => fs.copyFileSync(p('missing'), p('x')));
show('copy bad mode', () => fs.copyFileSync(p('src'), p('x'), 8));
show('copy bad mode type', () => fs.copyFileSync(p('src'), p('x'), 'x'));
show('copy bad src', () => fs.copyFileSync(null, p('x')));
const big = Buffer.alloc(300000);
for (let i = 0; i < big.length; i++) big[i] = i % 251;
fs.writeFileSync(p('big'), big);
fs.copyFileSync(p('big'), p('big2'));
console.log(fs.readFileSync(p('big2')).equals(big));
fs.rename(p('big2'), p('big3'), (err) => {
  console.log('rename cb', err, fs.existsSync(p('big3')));
  fs.copyFile(p('big3'), p('big4'), (err) => {
    console.log('copy cb', err, fs.readFileSync(p('big4')).equals(big));
    fs.copyFile(p('big3'), p('big4'), fs.constants.COPYFILE_EXCL, (err) => {
      console.log('copy cb excl', err.code, err.syscall, clean(err.path), clean(err.dest));
      fs.rename(p('nope'), p('x'), (err) => console.log('rename cb err', err.code, clean(err.message)));
    });
  });
});
