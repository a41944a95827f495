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
// createReadStream: chunking by highWaterMark, start/end, encodings, events, fd option.
const data = Buffer.alloc(200);
for (let i = 0; i < data.length; i++) data[i] = 97 + (i % 26);
fs.writeFileSync(p('f'), data);
const run = (label, opts, next) => {
  const rs = fs.createReadStream(p('f'), opts);
  const ev = [];
  rs.on('open', (fd) => ev.push('open:' + typeof fd));
  rs.on('ready', () => ev.push('ready'));
  rs.on('data', (c) => ev.push('data:' + (typeof c === 'string' ? c.length + 's' : c.length + 'b')));
  rs.on('end', () => ev.push('end'));
  rs.on('error', (e) => ev.push('error:' + e.code));
  rs.on('close', () => {
    console.log(label, ev.join(','), rs.bytesRead, rs.pos, rs.destroyed, rs.closed);
    next();
  });
};
const rs0 = fs.createReadStream(p('f'));
console.log(rs0 instanceof fs.ReadStream, rs0 instanceof require('stream').Readable, rs0.pending, rs0.fd, rs0.flags,
  rs0.mode, rs0.start, String(rs0.end), rs0.autoClose, rs0.readableHighWaterMark);
rs0.destroy();
const steps = [
  ['default', {}],
  ['hwm64', { highWaterMark: 64 }],
  ['start-end', { start: 10, end: 59, highWaterMark: 16 }],
  ['utf8', { encoding: 'utf8', highWaterMark: 100 }],
  ['end-only', { end: 4 }],
  ['one-byte', { start: 199, end: 199 }],
  ['past-end', { start: 500 }],
];
const next = () => {
  const step = steps.shift();
  if (step) {
    run(step[0], step[1], next);
    return;
  }
  const fd = fs.openSync(p('f'), 'r');
  run('fd', { fd, start: 190 }, () => {
    show('fd closed after', () => fs.fstatSync(fd));
    const fd2 = fs.openSync(p('f'), 'r');
    const rs = fs.createReadStream(null, { fd: fd2, autoClose: false, start: 195 });
    rs.on('data', (c) => console.log('fd-noclose data', c.length));
    rs.on('end', () => setImmediate(() => {
      console.log('fd-noclose end', rs.destroyed, rs.closed, fs.fstatSync(fd2).size);
      fs.closeSync(fd2);
      const bad = fs.createReadStream(p('missing'));
      bad.on('error', (e) => console.log('missing', e.code, clean(e.message)));
      bad.on('close', () => console.log('missing closed', bad.destroyed));
    }));
  });
};
next();
show('start > end', () => fs.createReadStream(p('f'), { start: 5, end: 1 }));
show('bad start', () => fs.createReadStream(p('f'), { start: '1' }));
show('negative end', () => fs.createReadStream(p('f'), { end: -1 }));
show('bad path', () => fs.createReadStream(5));
show('bad fd', () => fs.createReadStream(null, { fd: 'x' }));
show('bad encoding', () => fs.createReadStream(p('f'), 'nope'));
