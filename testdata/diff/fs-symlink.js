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
// symlink, readlink, link and lstat on links.
fs.writeFileSync(p('target'), 'data');
fs.symlinkSync('target', p('rel'));
fs.symlinkSync(p('target'), p('abs'));
fs.symlinkSync('nowhere', p('dangling'));
fs.mkdirSync(p('dir'));
fs.symlinkSync('dir', p('dirlink'), 'dir');
fs.symlinkSync('target', p('filelink'), 'file');
console.log(fs.readlinkSync(p('rel')), clean(fs.readlinkSync(p('abs'))), fs.readlinkSync(p('dangling')));
console.log(fs.readFileSync(p('rel'), 'utf8'), fs.readFileSync(p('abs'), 'utf8'), fs.readdirSync(p('dirlink')).length);
console.log(fs.lstatSync(p('rel')).isSymbolicLink(), fs.lstatSync(p('rel')).size, fs.statSync(p('rel')).size);
console.log(JSON.stringify(fs.readlinkSync(p('rel'), 'buffer')), fs.readlinkSync(p('rel'), { encoding: 'hex' }));
fs.linkSync(p('target'), p('hard'));
console.log(fs.statSync(p('target')).nlink, fs.statSync(p('hard')).ino === fs.statSync(p('target')).ino);
fs.writeFileSync(p('hard'), 'changed');
console.log(fs.readFileSync(p('target'), 'utf8'));
show('symlink exists', () => fs.symlinkSync('x', p('rel')));
show('symlink bad type', () => fs.symlinkSync('x', p('y'), 'bogus'));
show('symlink bad target', () => fs.symlinkSync(5, p('y')));
show('readlink not link', () => fs.readlinkSync(p('target')));
show('readlink missing', () => fs.readlinkSync(p('missing')));
show('readlink bad path', () => fs.readlinkSync({}));
show('link exists', () => fs.linkSync(p('target'), p('hard')));
show('link bad', () => fs.linkSync(p('target'), 7));
show('read dangling', () => fs.readFileSync(p('dangling')));
fs.symlinkSync('loop2', p('loop1'));
fs.symlinkSync('loop1', p('loop2'));
show('loop', () => fs.readFileSync(p('loop1')));
show('loop stat', () => fs.statSync(p('loop1')));
fs.unlinkSync(p('rel'));
console.log(fs.existsSync(p('rel')), fs.existsSync(p('target')), fs.existsSync(p('dangling')));
fs.symlink('target', p('cb'), (err) => {
  console.log('symlink cb', err);
  fs.readlink(p('cb'), (err, t) => {
    console.log('readlink cb', err, t);
    fs.link(p('target'), p('cbhard'), (err) => {
      console.log('link cb', err, fs.statSync(p('target')).nlink);
      fs.readlink(p('target'), (err) => console.log('readlink cb err', err.code, err.syscall));
    });
  });
});
