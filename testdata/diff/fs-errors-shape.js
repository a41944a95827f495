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
// The shape of system errors: keys, prototype, name, toString, JSON.
try {
  fs.readFileSync(p('nope'));
} catch (e) {
  console.log(Object.keys(e).join(','));
  console.log(e instanceof Error, e.constructor === Error, e.name, typeof e.stack);
  console.log(clean(e.toString()));
  console.log(clean(JSON.stringify(e)));
  console.log(clean(e.stack.split('\n')[0]));
}
try {
  fs.renameSync(p('nope'), p('dest'));
} catch (e) {
  console.log(Object.keys(e).join(','), clean(JSON.stringify(e)));
}
try {
  fs.closeSync(123456);
} catch (e) {
  console.log(Object.keys(e).join(','), JSON.stringify(e), e.message, e.stack.split('\n')[0]);
}
try {
  fs.readFileSync();
} catch (e) {
  console.log(Object.keys(e).join(','), e.name, e.code, e instanceof TypeError, e.stack.split('\n')[0]);
}
fs.mkdirSync(p('d'));
fs.writeFileSync(p('d', 'f'), '');
try {
  fs.rmSync(p('d'));
} catch (e) {
  console.log(Object.keys(e).join(','), e.name, e.code, e.errno, e.syscall, clean(e.path));
  console.log(clean(JSON.stringify(e.info)), clean(e.toString()));
  console.log(clean(e.stack.split('\n')[0]));
}
fs.stat(p('nope'), (err, st) => {
  console.log('async', Object.keys(err).join(','), err.code, err.errno, st);
});
