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
// Piping a file through a transform into another file; pipeline and finished.
const { Transform, pipeline, finished } = require('stream');
const big = Buffer.alloc(3 * 1024 * 1024 + 17);
for (let i = 0; i < big.length; i++) big[i] = (i * 31 + 7) & 0xff;
fs.writeFileSync(p('in'), big);
let chunks = 0;
const upper = new Transform({
  transform(chunk, enc, cb) {
    chunks++;
    const out = Buffer.from(chunk);
    for (let i = 0; i < out.length; i++) out[i] = out[i] ^ 0xff;
    cb(null, out);
  },
});
pipeline(fs.createReadStream(p('in')), upper, fs.createWriteStream(p('out')), (err) => {
  console.log('pipeline', err, chunks);
  const out = fs.readFileSync(p('out'));
  let ok = out.length === big.length;
  for (let i = 0; ok && i < out.length; i++) ok = out[i] === (big[i] ^ 0xff);
  console.log('content ok', ok, out.length);
  const rs = fs.createReadStream(p('out'), { highWaterMark: 1 << 20 });
  const ws = fs.createWriteStream(p('copy'));
  rs.pipe(ws);
  finished(ws, (err) => {
    console.log('finished', err, fs.readFileSync(p('copy')).equals(out), rs.bytesRead, ws.bytesWritten);
    pipeline(fs.createReadStream(p('missing')), fs.createWriteStream(p('never')), (err) => {
      // Whether 'never' was created first is a race between two opens in both runtimes.
      console.log('pipeline error', err.code, err.syscall);
    });
  });
});
