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
// Callback readFile/writeFile: error-first, asynchronous, options forms.
const steps = [];
fs.writeFile(p('a.txt'), 'callback data', (err) => {
  steps.push('written ' + err);
  fs.readFile(p('a.txt'), (err, data) => {
    steps.push('buffer ' + err + ' ' + Buffer.isBuffer(data) + ' ' + data.toString());
    fs.readFile(p('a.txt'), 'utf8', (err, data) => {
      steps.push('utf8 ' + data);
      fs.readFile(p('a.txt'), { encoding: 'base64', flag: 'r' }, (err, data) => {
        steps.push('base64 ' + data);
        fs.readFile(p('missing.txt'), 'utf8', (err, data) => {
          steps.push(err.code + ' ' + clean(err.message) + ' ' + data);
          fs.readFile(dir, (err) => {
            steps.push(err.code + ' ' + err.message + ' ' + err.syscall);
            fs.writeFile(p('b.txt'), Buffer.from('buf'), { mode: 0o600, flag: 'w' }, function (err) {
              steps.push('written2 ' + err + ' ' + arguments.length);
              fs.writeFile(p('b.txt'), 'x', { flag: 'wx' }, (err) => {
                steps.push(err.code + ' ' + err.syscall);
                console.log(steps.join('\n'));
              });
            });
          });
        });
      });
    });
  });
});
steps.push('sync first');
show('no cb', () => fs.readFile(p('a.txt')));
show('no cb2', () => fs.readFile(p('a.txt'), 'utf8'));
show('bad cb', () => fs.writeFile(p('a.txt'), 'x', 'utf8', 'notfn'));
show('bad path', () => fs.readFile(42.5, () => {}));
show('bad flag', () => fs.readFile(p('a.txt'), { flag: 'nope' }, () => {}));
