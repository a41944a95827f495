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
// chmod/fchmod with numbers and octal strings; chown/lchown/fchown to the current owner.
fs.writeFileSync(p('f'), 'x');
const mode = () => (fs.statSync(p('f')).mode & 0o7777).toString(8);
for (const m of [0o644, 0o600, '755', '0640', 0o4755, 0o1777, 0]) {
  fs.chmodSync(p('f'), m);
  console.log(String(m), mode());
}
const fd = fs.openSync(p('f'), 'r');
fs.fchmodSync(fd, 0o640);
console.log('fchmod', mode());
show('chmod bad string', () => fs.chmodSync(p('f'), '9'));
show('chmod bad type', () => fs.chmodSync(p('f'), {}));
show('chmod too big', () => fs.chmodSync(p('f'), 2 ** 32));
show('chmod float', () => fs.chmodSync(p('f'), 1.5));
show('chmod missing mode', () => fs.chmodSync(p('f')));
show('fchmod bad fd', () => fs.fchmodSync(-5, 0o600));
const uid = process.getuid(), gid = process.getgid();
fs.chownSync(p('f'), uid, gid);
fs.fchownSync(fd, uid, gid);
fs.symlinkSync('f', p('l'));
fs.lchownSync(p('l'), uid, gid);
console.log(fs.statSync(p('f')).uid === uid, fs.lstatSync(p('l')).gid === gid);
show('chown bad uid', () => fs.chownSync(p('f'), 'root', gid));
show('chown uid range', () => fs.chownSync(p('f'), -2, gid));
show('chown gid float', () => fs.chownSync(p('f'), uid, 1.5));
show('chown missing', () => fs.chownSync(p('f')));
fs.closeSync(fd);
fs.chmod(p('f'), 0o611, (err) => {
  console.log('chmod cb', err, mode());
  fs.chown(p('f'), uid, gid, (err) => {
    console.log('chown cb', err);
    fs.chmod(p('missing'), 0o600, (err) => console.log('chmod cb err', err.code, err.syscall, clean(err.path)));
  });
});
show('chmod no cb', () => fs.chmod(p('f'), 0o600));
