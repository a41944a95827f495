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
// ENOENT from every path-taking call: message, code, errno, syscall, path, dest.
const m = p('missing');
const calls = {
  open: () => fs.openSync(m),
  readFile: () => fs.readFileSync(m),
  readFileUtf8: () => fs.readFileSync(m, 'utf8'),
  stat: () => fs.statSync(m),
  lstat: () => fs.lstatSync(m),
  readdir: () => fs.readdirSync(m),
  unlink: () => fs.unlinkSync(m),
  rmdir: () => fs.rmdirSync(m),
  rm: () => fs.rmSync(m),
  rename: () => fs.renameSync(m, p('x')),
  copyFile: () => fs.copyFileSync(m, p('x')),
  link: () => fs.linkSync(m, p('x')),
  readlink: () => fs.readlinkSync(m),
  access: () => fs.accessSync(m),
  chmod: () => fs.chmodSync(m, 0o644),
  chown: () => fs.chownSync(m, process.getuid(), process.getgid()),
  lchown: () => fs.lchownSync(m, process.getuid(), process.getgid()),
  utimes: () => fs.utimesSync(m, 1, 1),
  lutimes: () => fs.lutimesSync(m, 1, 1),
  truncate: () => fs.truncateSync(m),
  realpath: () => fs.realpathSync(m),
  realpathNative: () => fs.realpathSync.native(m),
  opendir: () => fs.opendirSync(m),
  mkdtemp: () => fs.mkdtempSync(p('no', 'pre-')),
  mkdirDeep: () => fs.mkdirSync(p('no', 'deeper')),
  writeInMissingDir: () => fs.writeFileSync(p('no', 'file'), 'x'),
  statfs: () => fs.statfsSync(m),
};
for (const [name, f] of Object.entries(calls)) show(name, f);
console.log(fs.existsSync(m), fs.statSync(m, { throwIfNoEntry: false }), fs.lstatSync(m, { throwIfNoEntry: false }));
