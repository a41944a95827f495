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

// appendFileSync and appendFile with strings, buffers, typed arrays, flags and modes.
fs.appendFileSync(p('a.txt'), 'one');
fs.appendFileSync(p('a.txt'), Buffer.from('-two'));
fs.appendFileSync(p('a.txt'), new Uint8Array([45, 51]));
fs.appendFileSync(p('a.txt'), '2d34', 'hex');
fs.appendFileSync(p('a.txt'), '-five', { encoding: 'utf8', mode: 0o600 });
console.log(fs.readFileSync(p('a.txt'), 'utf8'));
fs.appendFileSync(p('b.txt'), 'new', { mode: 0o600 });
console.log((fs.statSync(p('b.txt')).mode & 0o777).toString(8));
fs.appendFileSync(p('a.txt'), '!', { flag: 'a' });
console.log(fs.readFileSync(p('a.txt'), 'utf8'));
fs.appendFileSync(p('a.txt'), 'W', { flag: 'w' });
console.log(fs.readFileSync(p('a.txt'), 'utf8'));
show('ax', () => fs.appendFileSync(p('a.txt'), 'x', { flag: 'ax' }));
show('bad data', () => fs.appendFileSync(p('a.txt'), 42));
show('bad data obj', () => fs.appendFileSync(p('a.txt'), { toString() { return 'x'; } }));
const fd = fs.openSync(p('c.txt'), 'w');
fs.appendFileSync(fd, 'via-fd');
fs.appendFileSync(fd, '+more');
fs.closeSync(fd);
console.log(fs.readFileSync(p('c.txt'), 'utf8'));
fs.appendFile(p('d.txt'), 'cb1', (err) => {
  console.log('cb1', err);
  fs.appendFile(p('d.txt'), Buffer.from('cb2'), { mode: 0o644 }, (err) => {
    console.log('cb2', err, fs.readFileSync(p('d.txt'), 'utf8'));
    fs.appendFile(p('nodir', 'x.txt'), 'x', (err) => {
      console.log(err.code, clean(err.message));
      flushed();
    });
  });
});

// flush: true syncs through fs.fsyncSync / fs.fsync, as a wrapper sees.
function flushed() {
  const { fsync, fsyncSync } = fs;
  const calls = [];
  fs.fsyncSync = (fd) => {
    calls.push('fsyncSync ' + typeof fd);
    return fsyncSync(fd);
  };
  fs.fsync = (fd, cb) => {
    calls.push('fsync ' + typeof fd + ' ' + typeof cb);
    return fsync(fd, cb);
  };
  fs.appendFileSync(p('f.txt'), 'a', { flush: true });
  fs.writeFileSync(p('f.txt'), 'b', { flush: false });
  const fd = fs.openSync(p('f.txt'), 'a');
  fs.appendFileSync(fd, 'c', { flush: true });
  fs.closeSync(fd);
  fs.appendFile(p('f.txt'), 'd', { flush: true }, (err) => {
    fs.writeFile(p('g.txt'), 'e', { flush: null }, (err2) => {
      console.log('flush', err, err2, calls, fs.readFileSync(p('f.txt'), 'utf8'), fs.readFileSync(p('g.txt'), 'utf8'));
    });
  });
}
