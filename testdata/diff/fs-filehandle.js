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
// FileHandle: read/write forms, readFile/writeFile from the position, stat, truncate, close.
const fsp = fs.promises;
(async () => {
  const fh = await fsp.open(p('f'), 'w+');
  console.log(typeof fh.fd, fh.fd > 2, typeof fh.on);
  let r = await fh.write('hello world');
  console.log(r.bytesWritten, r.buffer, Object.getPrototypeOf(r));
  r = await fh.write(Buffer.from('HE'), 0, 2, 0);
  console.log(r.bytesWritten, r.buffer.toString());
  r = await fh.write(Buffer.from('__LL'), { offset: 2, position: 2 });
  console.log(r.bytesWritten);
  r = await fh.write('6f', 4, 'hex');
  console.log(r.bytesWritten, await fsp.readFile(p('f'), 'utf8'));
  const buf = Buffer.alloc(5);
  let rr = await fh.read(buf, 0, 5, 0);
  console.log(rr.bytesRead, rr.buffer === buf, buf.toString());
  rr = await fh.read(buf, { position: 6, length: 3 });
  console.log(rr.bytesRead, buf.toString());
  rr = await fh.read({ buffer: Buffer.alloc(4), position: 1 });
  console.log(rr.bytesRead, rr.buffer.toString());
  rr = await fh.read();
  console.log(rr.bytesRead, rr.buffer.length);
  rr = await fh.read(buf, 0, 0, 0);
  console.log(rr.bytesRead);
  console.log(JSON.stringify(await fh.readFile('utf8')));
  const v = await fh.writev([Buffer.from('A'), Buffer.from('B')], 0);
  console.log(v.bytesWritten, v.buffers.length);
  const rv = await fh.readv([Buffer.alloc(2), Buffer.alloc(2)], 0);
  console.log(rv.bytesRead, rv.buffers.map(String).join('|'));
  console.log((await fh.stat()).size, typeof (await fh.stat({ bigint: true })).size);
  await fh.truncate(4);
  await fh.sync();
  await fh.datasync();
  await fh.chmod(0o640);
  await fh.chown(process.getuid(), process.getgid());
  await fh.utimes(10, 20);
  const st = await fh.stat();
  console.log(st.size, (st.mode & 0o777).toString(8), st.mtimeMs);
  let closed = 0;
  fh.on('close', () => closed++);
  const c1 = fh.close();
  const c2 = fh.close();
  console.log(c1 === c2, fh.fd, closed);
  await c1;
  await fh.close();
  console.log(closed);
  for (const op of ['read', 'write', 'stat', 'readFile', 'writeFile', 'truncate', 'sync']) {
    try {
      await fh[op](Buffer.alloc(1));
    } catch (e) {
      console.log(op, e.code, e.message, e.syscall);
    }
  }
  const a = await fsp.open(p('g'), 'a');
  await a.appendFile('one');
  await a.writeFile('two');
  await a.close();
  console.log(fs.readFileSync(p('g'), 'utf8'));
  const w = await fsp.open(p('h'), 'w');
  await fsp.writeFile(w, 'via handle');
  await w.close();
  const rh = await fsp.open(p('h'));
  console.log(await fsp.readFile(rh, 'utf8'));
  await rh.close();
  try { await fsp.open(p('h'), 'wx'); } catch (e) { console.log(e.code, clean(e.message)); }
  const rd = await fsp.open(p('h'), 'r');
  try { await rd.write('x'); } catch (e) { console.log(e.code, e.syscall); }
  try { await rd.read(Buffer.alloc(1), 2, 1, 0); } catch (e) { console.log(e.code, e.message); }
  await rd.close();
})();
