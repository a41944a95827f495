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
// util.promisify on fs callbacks: exists and the multi-result read/write family.
const util = require('util');
fs.writeFileSync(p('f'), 'promisified');
(async () => {
  console.log(await util.promisify(fs.exists)(p('f')), await util.promisify(fs.exists)(p('missing')));
  const fd = fs.openSync(p('f'), 'r+');
  const r = await util.promisify(fs.read)(fd, Buffer.alloc(4), 0, 4, 0);
  console.log(Object.keys(r).join(','), r.bytesRead, r.buffer.toString());
  const w = await util.promisify(fs.write)(fd, Buffer.from('PRO'), 0, 3, 0);
  console.log(Object.keys(w).join(','), w.bytesWritten, w.buffer.toString());
  const ws = await util.promisify(fs.write)(fd, 'str', 3);
  console.log(Object.keys(ws).join(','), ws.bytesWritten, ws.buffer);
  const rv = await util.promisify(fs.readv)(fd, [Buffer.alloc(3), Buffer.alloc(3)], 0);
  console.log(Object.keys(rv).join(','), rv.bytesRead, rv.buffers.map(String).join('|'));
  const wv = await util.promisify(fs.writev)(fd, [Buffer.from('v')], 0);
  console.log(Object.keys(wv).join(','), wv.bytesWritten);
  console.log((await util.promisify(fs.stat)(p('f'))).size, await util.promisify(fs.readFile)(p('f'), 'utf8'));
  await util.promisify(fs.close)(fd);
  try { await util.promisify(fs.readFile)(p('missing')); } catch (e) { console.log(e.code, e.syscall); }
  console.log(util.promisify(fs.exists) === util.promisify(fs.exists), typeof util.promisify(fs.read));
})();
