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
// readv/writev, sync and callback.
const fd = fs.openSync(p('f'), 'w+');
console.log(fs.writevSync(fd, [Buffer.from('ab'), Buffer.from('cde'), new Uint8Array([102])]));
console.log(fs.writevSync(fd, [Buffer.from('XY')], 1), fs.writevSync(fd, []));
console.log(fs.readFileSync(p('f'), 'utf8'));
const a = Buffer.alloc(2), b = Buffer.alloc(3);
console.log(fs.readvSync(fd, [a, b], 0), a.toString(), b.toString());
console.log(fs.readvSync(fd, [a, b], 4), a.toString());
show('readv bad', () => fs.readvSync(fd, 'x'));
show('writev bad element', () => fs.writevSync(fd, [Buffer.from('a'), 'b']));
fs.writev(fd, [Buffer.from('12'), Buffer.from('34')], 0, (err, n, bufs) => {
  console.log('writev cb', err, n, bufs.length);
  fs.readv(fd, [Buffer.alloc(3), Buffer.alloc(3)], 0, (err, n, bufs) => {
    console.log('readv cb', err, n, bufs.map(String).join('|'));
    fs.writev(fd, [], (err, n) => {
      console.log('writev empty', err, n);
      fs.closeSync(fd);
      fs.readv(fd, [Buffer.alloc(1)], (err) => console.log('readv closed', err.code, err.syscall));
    });
  });
});
