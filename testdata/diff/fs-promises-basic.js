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
// fs/promises: the common operations end to end.
const fsp = require('fs/promises');
console.log(fsp === fs.promises, require('node:fs/promises') === fsp, typeof fsp.constants, fsp.constants === fs.constants);
(async () => {
  await fsp.writeFile(p('a'), 'alpha');
  await fsp.appendFile(p('a'), Buffer.from('-beta'));
  console.log(await fsp.readFile(p('a'), 'utf8'), (await fsp.readFile(p('a'))).length);
  console.log(await fsp.readFile(p('a'), { encoding: 'hex' }));
  console.log(clean(await fsp.mkdir(p('d', 'e'), { recursive: true })), await fsp.mkdir(p('x')));
  await fsp.copyFile(p('a'), p('d', 'copy'));
  await fsp.rename(p('d', 'copy'), p('d', 'moved'));
  console.log((await fsp.readdir(p('d'))).join(','));
  console.log((await fsp.readdir(dir, { withFileTypes: true })).map((e) => e.name + e.isDirectory()).join(','));
  console.log((await fsp.readdir(dir, { recursive: true })).join(','));
  const st = await fsp.stat(p('a'));
  console.log(st.size, st.isFile(), (await fsp.stat(p('a'), { bigint: true })).size);
  await fsp.symlink('a', p('l'));
  console.log(await fsp.readlink(p('l')), (await fsp.lstat(p('l'))).isSymbolicLink());
  console.log(clean(await fsp.realpath(p('l'))) === clean(fs.realpathSync(p('a'))));
  await fsp.link(p('a'), p('h'));
  console.log((await fsp.stat(p('a'))).nlink);
  await fsp.chmod(p('a'), 0o600);
  console.log(((await fsp.stat(p('a'))).mode & 0o777).toString(8));
  await fsp.chown(p('a'), process.getuid(), process.getgid());
  await fsp.lchown(p('l'), process.getuid(), process.getgid());
  await fsp.utimes(p('a'), 100, 200);
  await fsp.lutimes(p('l'), 300, 400);
  console.log((await fsp.stat(p('a'))).mtimeMs, (await fsp.lstat(p('l'))).mtimeMs);
  await fsp.truncate(p('a'), 3);
  console.log(await fsp.readFile(p('a'), 'utf8'));
  await fsp.access(p('a'), fs.constants.R_OK);
  const t = await fsp.mkdtemp(p('tmp-'));
  console.log(path.basename(t).length, fs.statSync(t).isDirectory());
  await fsp.unlink(p('h'));
  await fsp.rmdir(p('x'));
  await fsp.rm(p('d'), { recursive: true });
  await fsp.rm(p('nothing'), { force: true });
  console.log(fs.readdirSync(dir).length, fs.existsSync(p('d')));
  const sfs = await fsp.statfs(dir);
  console.log(Object.keys(sfs).join(','), typeof sfs.bsize, sfs.bsize > 0);
  const dirh = await fsp.opendir(dir);
  const names = [];
  let e;
  while ((e = await dirh.read()) !== null) names.push(e.name);
  await dirh.close();
  console.log(names.filter((n) => !n.startsWith('tmp-')).sort().join(','), names.length);
})();
