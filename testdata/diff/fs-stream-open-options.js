'use strict';
// fs.ReadStream / fs.WriteStream construction: options.fs validation, an fd
// or FileHandle instead of a path, the deprecated (but overridable) open(),
// and closing the fd through options.fs after a read error.
const fs = require('fs');
const path = require('path');
const os = require('os');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fs-diff-'));
const p = (...a) => path.join(dir, ...a);
process.on('exit', () => fs.rmSync(dir, { recursive: true, force: true }));
process.on('warning', (w) => console.log('warning', w.name, w.code, w.message));
const show = (label, f) => {
  try {
    f();
    console.log(label, 'ok');
  } catch (e) {
    console.log(label, e.name, e.code, e.message);
  }
};
fs.writeFileSync(p('f'), 'hello world');

show('writev not fn', () => fs.createWriteStream(p('w'), { fs: { ...fs, writev: 'no' } }));
show('no write nor writev', () => fs.createWriteStream(p('w'), { fs: { ...fs, write: null, writev: null } }));
show('flush not boolean', () => fs.createWriteStream(p('w'), { flush: 1 }));
show('read null', () => fs.createReadStream(p('f'), { fs: { ...fs, read: null } }));

const closed = (stream) => new Promise((resolve) => stream.on('close', resolve));

(async () => {
  const fd = fs.openSync(p('f'), 'r');
  const byFd = fs.createReadStream(null, { fd, encoding: 'utf8' });
  console.log('fd stream path', byFd.path, byFd.flags, byFd.mode);
  byFd.on('data', (d) => console.log('fd data', d));
  await closed(byFd);

  // A subclass's open() opens the file itself; its error destroys the stream.
  function Sub(...args) {
    fs.ReadStream.call(this, ...args);
  }
  Object.setPrototypeOf(Sub.prototype, fs.ReadStream.prototype);
  Object.setPrototypeOf(Sub, fs.ReadStream);
  Sub.prototype.open = function open() {
    console.log('sub open called');
    fs.open(this.path, this.flags, this.mode, (err) => this.emit('error', err));
  };
  const sub = new Sub(p('missing'), { emitClose: true });
  sub.on('error', (err) => console.log('sub error', err.code, sub.destroyed));
  await closed(sub);
  console.log('sub close');

  // The deprecated no-op open() warns.
  const plain = fs.createReadStream(p('f'));
  plain.open();
  plain.destroy();
  await closed(plain);

  // A read error closes the fd through options.fs while stream.fd still holds it.
  let calls = 0;
  const failing = {
    ...fs,
    read(fd, buf, off, len, pos, cb) {
      if (calls++ === 0) return fs.read(fd, buf, off, len, pos, cb);
      process.nextTick(cb, new Error('BAM'));
    },
    close(fd, cb) {
      console.log('close sees stream.fd', fd === bad.fd);
      fs.close(fd, cb);
    },
  };
  const bad = fs.createReadStream(p('f'), { fs: failing, highWaterMark: 4 });
  bad.on('data', () => {});
  bad.on('error', (err) => console.log('read error', err.message, bad.fd));
  await closed(bad);

  const fh = await fs.promises.open(p('f'));
  show('FileHandle with fs', () => fs.createReadStream(null, { fd: fh, fs }));
  const s = fh.createReadStream({ encoding: 'utf8' });
  console.log('handle stream path', s.path);
  s.on('data', (d) => console.log('handle data', d));
  await closed(s);
  console.log('handle stream closed');
})();
