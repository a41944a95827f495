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
// Paths given as Buffers and Uint8Arrays, and names with unusual characters.
const bp = Buffer.from(p('buf-name'));
fs.writeFileSync(bp, 'via buffer path');
console.log(fs.readFileSync(p('buf-name'), 'utf8'), fs.existsSync(bp), fs.statSync(bp).size);
console.log(fs.readFileSync(new Uint8Array(Buffer.from(p('buf-name'))), 'utf8'));
fs.mkdirSync(Buffer.from(p('bdir')));
fs.renameSync(bp, Buffer.from(p('bdir', 'moved')));
console.log(fs.readdirSync(Buffer.from(p('bdir'))).join(','));
for (const name of ['sp ace', 'ünï©ødé', '😀', 'quote\'s', 'new\nline', 'tab\tx', 'back\\slash', '-dash', '.dot']) {
  fs.writeFileSync(p(name), name);
  console.log(JSON.stringify(name), fs.readFileSync(p(name), 'utf8') === name);
}
console.log(JSON.stringify(fs.readdirSync(dir).sort()));
console.log(fs.readdirSync(dir, 'buffer').filter((b) => b.length === 4 && b[0] === 0xf0).length);
show('nul in buffer', () => fs.readFileSync(Buffer.from('a\0b')));
show('nul in string', () => fs.statSync('x\u0000'));
show('array path', () => fs.readFileSync([112]));
show('long name', () => fs.writeFileSync(p('x'.repeat(300)), 'x'));
