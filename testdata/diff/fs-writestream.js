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
// createWriteStream: writes, flags, start, encodings, events, close().
const ws = fs.createWriteStream(p('a'));
console.log(ws instanceof fs.WriteStream, ws.pending, ws.bytesWritten, ws.flags, ws.mode, ws.start, ws.autoClose, ws.writableHighWaterMark);
const ev = [];
ws.on('open', (fd) => ev.push('open:' + typeof fd));
ws.on('ready', () => ev.push('ready'));
ws.on('finish', () => ev.push('finish'));
ws.on('close', () => {
  ev.push('close');
  console.log(ev.join(','), ws.bytesWritten, fs.readFileSync(p('a'), 'utf8'));
  second();
});
console.log(ws.write('one '), ws.write(Buffer.from('two ')), ws.write(new Uint8Array([51, 32])));
ws.write('74687265650a', 'hex', () => ev.push('write-cb'));
ws.end('end', () => ev.push('end-cb'));
function second() {
  fs.writeFileSync(p('b'), '0123456789');
  const w2 = fs.createWriteStream(p('b'), { flags: 'r+', start: 3, encoding: 'latin1' });
  w2.write('abc');
  w2.end(() => {
    console.log('r+ start', fs.readFileSync(p('b'), 'utf8'), w2.bytesWritten);
    const w3 = fs.createWriteStream(p('b'), { flags: 'a' });
    w3.end('APPENDED');
    w3.on('close', () => {
      console.log('append', fs.readFileSync(p('b'), 'utf8'));
      const w4 = fs.createWriteStream(p('nodir', 'x'));
      w4.on('error', (e) => console.log('error', e.code, e.syscall, clean(e.path)));
      w4.on('close', () => {
        console.log('error closed', w4.destroyed);
        const fd = fs.openSync(p('c'), 'w');
        const w5 = fs.createWriteStream(null, { fd, autoClose: false });
        w5.write('via fd');
        w5.end(() => {
          console.log('fd kept open', fs.fstatSync(fd).size);
          fs.closeSync(fd);
          const w6 = fs.createWriteStream(p('d'));
          w6.write('x');
          w6.close((err) => console.log('close cb', err, fs.readFileSync(p('d'), 'utf8'), w6.closed));
        });
      });
    });
  });
}
show('bad start', () => fs.createWriteStream(p('z'), { start: -1 }));
