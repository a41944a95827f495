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
// open/read/write/close on file descriptors, synchronously, in all argument forms.
const fd = fs.openSync(p('f'), 'w+');
console.log(typeof fd, fd > 2);
console.log(fs.writeSync(fd, 'hello'), fs.writeSync(fd, ' world'), fs.writeSync(fd, Buffer.from('!!')));
console.log(fs.writeSync(fd, 'HE', 0), fs.writeSync(fd, '6c6c', 2, 'hex'), fs.writeSync(fd, 'Zm9v', null, 'base64'));
console.log(fs.writeSync(fd, Buffer.from('abcdef'), 2, 3), fs.writeSync(fd, Buffer.from('xyz'), 1, 2, 0));
console.log(fs.writeSync(fd, Buffer.from('OPQ'), { offset: 1, length: 1, position: 1 }));
console.log(fs.writeSync(fd, new Uint16Array([0x4241])), fs.writeSync(fd, 'end', undefined, 'utf8'));
console.log(JSON.stringify(fs.readFileSync(p('f'), 'latin1')));
const b = Buffer.alloc(8, 0x2e);
console.log(fs.readSync(fd, b, 0, 5, 0), b.toString());
console.log(fs.readSync(fd, b, 2, 4, 3), b.toString());
console.log(fs.readSync(fd, b, { position: 1 }), b.toString());
console.log(fs.readSync(fd, b, { offset: 4, length: 2, position: 0 }), b.toString());
console.log(fs.readSync(fd, b), fs.readSync(fd, b, 0, 8, 100));
console.log(fs.readSync(fd, b, 0, 0, 0), fs.readSync(fd, b, 0, 3, 0n), fs.readSync(fd, b, 0, 3, null));
const u = new Uint8Array(4);
console.log(fs.readSync(fd, u, 0, 4, 0), Array.from(u).join(','));
const dv = new DataView(new ArrayBuffer(2));
console.log(fs.readSync(fd, dv, 0, 2, 0), dv.getUint16(0));
show('offset too big', () => fs.readSync(fd, b, 9, 1, 0));
show('length too big', () => fs.readSync(fd, b, 4, 5, 0));
show('negative offset', () => fs.readSync(fd, b, -1, 1, 0));
show('bad position', () => fs.readSync(fd, b, 0, 1, -2));
show('float position', () => fs.readSync(fd, b, 0, 1, 1.5));
show('string position', () => fs.readSync(fd, b, 0, 1, '1'));
show('empty buffer', () => fs.readSync(fd, Buffer.alloc(0), 0, 1, 0));
show('bad buffer', () => fs.readSync(fd, [1, 2], 0, 1, 0));
show('bad options', () => fs.readSync(fd, b, 'x'));
show('write offset', () => fs.writeSync(fd, b, 10));
show('write length', () => fs.writeSync(fd, b, 2, 7));
show('write bad data', () => fs.writeSync(fd, 5));
show('write hex odd', () => fs.writeSync(fd, 'abc', 0, 'hex'));
fs.closeSync(fd);
show('read closed', () => fs.readSync(fd, b, 0, 1, 0));
show('write closed', () => fs.writeSync(fd, 'x'));
show('close closed', () => fs.closeSync(fd));
const ro = fs.openSync(p('f'));
show('write readonly', () => fs.writeSync(ro, 'x'));
fs.closeSync(ro);
const wo = fs.openSync(p('f'), 'a');
show('read writeonly', () => fs.readSync(wo, b, 0, 1, 0));
console.log(fs.writeSync(wo, 'APP', 0));
fs.closeSync(wo);
console.log(fs.readFileSync(p('f'), 'latin1').slice(-6));
const dfd = fs.openSync(dir, 'r');
show('read dir fd', () => fs.readSync(dfd, b, 0, 1, 0));
fs.closeSync(dfd);
for (const flags of ['r', 'r+', 'rs+', 'w', 'wx', 'w+', 'a', 'ax', 'a+', 'as', fs.constants.O_RDONLY, 'x']) {
  show('flags ' + flags, () => { const f = fs.openSync(p('g' + String(flags).replace('+', 'p')), flags, 0o600); fs.closeSync(f); return 'opened'; });
}
show('mode string', () => { fs.closeSync(fs.openSync(p('h'), 'w', '640')); return (fs.statSync(p('h')).mode & 0o777).toString(8); });
show('mode bad', () => fs.openSync(p('h'), 'w', 'rw'));
show('fd bad', () => fs.closeSync('3'));
show('fd big', () => fs.closeSync(2 ** 31));
