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
// fs/promises rejects (never throws synchronously) on bad arguments and failed calls.
const fsp = fs.promises;
const cases = [
  ['readFile missing', () => fsp.readFile(p('missing'))],
  ['readFile dir', () => fsp.readFile(dir)],
  ['readFile no path', () => fsp.readFile()],
  ['readFile bad enc', () => fsp.readFile(p('x'), 'nope')],
  ['writeFile bad data', () => fsp.writeFile(p('x'), 5)],
  ['writeFile missing dir', () => fsp.writeFile(p('no', 'x'), 'x')],
  ['mkdir exists', () => fsp.mkdir(dir)],
  ['rmdir missing', () => fsp.rmdir(p('missing'))],
  ['rm dir', () => fsp.rm(dir)],
  ['rm missing', () => fsp.rm(p('missing'))],
  ['stat missing', () => fsp.stat(p('missing'))],
  ['open missing', () => fsp.open(p('missing'))],
  ['open bad flags', () => fsp.open(p('x'), 'zz')],
  ['access missing', () => fsp.access(p('missing'))],
  ['access bad mode', () => fsp.access(dir, 'x')],
  ['rename missing', () => fsp.rename(p('missing'), p('y'))],
  ['copyFile missing', () => fsp.copyFile(p('missing'), p('y'))],
  ['readlink not link', () => fsp.readlink(dir)],
  ['realpath missing', () => fsp.realpath(p('missing'))],
  ['symlink bad type', () => fsp.symlink('a', p('b'), 'nope')],
  ['chmod bad mode', () => fsp.chmod(dir, 'zz')],
  ['truncate bad len', () => fsp.truncate(p('x'), 'a')],
  ['utimes bad', () => fsp.utimes(dir, {}, 1)],
  ['readdir file', () => fsp.readdir(__filename)],
];
(async () => {
  for (const [label, f] of cases) {
    let promise;
    try {
      promise = f();
    } catch (e) {
      console.log(label, 'threw synchronously', e.code);
      continue;
    }
    console.log(label, promise instanceof Promise);
    try {
      await promise;
      console.log(label, 'resolved');
    } catch (e) {
      console.log(label, e.name, e.code, clean(e.message), e.syscall);
    }
  }
})();
