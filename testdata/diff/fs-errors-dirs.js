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
// Directory-related failures: EISDIR, ENOTDIR, EEXIST, ENOTEMPTY, EINVAL.
fs.mkdirSync(p('d', 'sub'), { recursive: true });
fs.writeFileSync(p('d', 'sub', 'f'), 'x');
fs.writeFileSync(p('file'), 'x');
show('readFile dir', () => fs.readFileSync(p('d')));
show('readFile dir utf8', () => fs.readFileSync(p('d'), 'utf8'));
show('writeFile dir', () => fs.writeFileSync(p('d'), 'x'));
show('open dir w', () => fs.openSync(p('d'), 'w'));
show('unlink dir', () => fs.unlinkSync(p('d')));
show('mkdir exists', () => fs.mkdirSync(p('d')));
show('mkdir file exists', () => fs.mkdirSync(p('file')));
show('mkdir -p file exists', () => fs.mkdirSync(p('file'), { recursive: true }));
show('mkdir under file', () => fs.mkdirSync(p('file', 'x')));
show('mkdir -p under file', () => fs.mkdirSync(p('file', 'x', 'y'), { recursive: true }));
show('rmdir nonempty', () => fs.rmdirSync(p('d')));
show('rmdir file', () => fs.rmdirSync(p('file')));
show('readdir file', () => fs.readdirSync(p('file')));
show('open under file', () => fs.openSync(p('file', 'x')));
show('stat under file', () => fs.statSync(p('file', 'x')));
show('rename dir into itself', () => fs.renameSync(p('d'), p('d', 'sub', 'inner')));
show('rename dir over nonempty', () => { fs.mkdirSync(p('e')); fs.renameSync(p('e'), p('d')); });
show('rename file over dir', () => fs.renameSync(p('file'), p('d')));
show('readlink file', () => fs.readlinkSync(p('file')));
show('symlink exists', () => fs.symlinkSync('x', p('file')));
show('link exists', () => fs.linkSync(p('file'), p('d')));
show('link dir', () => fs.linkSync(p('d'), p('dlink')));
show('copyFile dir', () => fs.copyFileSync(p('d'), p('copy')));
show('copyFile onto dir', () => fs.copyFileSync(p('file'), p('d')));
show('rm dir', () => fs.rmSync(p('d')));
show('rm -r under file', () => fs.rmSync(p('file', 'x'), { recursive: true }));
show('mkdtemp under file', () => fs.mkdtempSync(p('file', 'x')));
show('truncate dir', () => fs.truncateSync(p('d')));
