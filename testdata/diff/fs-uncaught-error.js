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
// An fs error thrown and not caught ends the process with exit code 1 after
// the output so far; 'exit' listeners still run.
process.on('exit', (code) => console.log('exit code', code));
fs.writeFileSync(p('f'), 'x');
console.log('before', fs.readFileSync(p('f'), 'utf8'));
fs.readFile(p('f'), () => {
  console.log('in callback');
  fs.readFileSync(p('missing'));
  console.log('not reached');
});
