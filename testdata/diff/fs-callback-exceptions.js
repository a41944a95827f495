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
// Exceptions thrown from fs callbacks reach 'uncaughtException'; later callbacks still run.
let n = 0;
process.on('uncaughtException', (err) => {
  console.log('caught', err.message, ++n);
  if (n === 1) {
    fs.stat(dir, () => {
      console.log('after first');
      fs.promises.readFile(p('missing')).then(() => {}, (e) => {
        console.log('promise rejection handled', e.code);
        fs.access(dir, () => { throw new Error('second'); });
      });
    });
  }
});
fs.readdir(dir, () => { throw new Error('first'); });
