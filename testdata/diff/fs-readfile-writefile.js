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

// Sync readFile/writeFile with strings, buffers, typed arrays and encodings.
fs.writeFileSync(p('a.txt'), 'hello world');
console.log(fs.readFileSync(p('a.txt'), 'utf8'));
console.log(fs.readFileSync(p('a.txt'), { encoding: 'utf-8' }));
const buf = fs.readFileSync(p('a.txt'));
console.log(Buffer.isBuffer(buf), buf.length, buf.toString('hex'));
for (const enc of ['hex', 'base64', 'base64url', 'latin1', 'ascii', 'ucs2', 'utf16le', 'binary']) {
  console.log(enc, fs.readFileSync(p('a.txt'), enc));
}
fs.writeFileSync(p('b.bin'), Buffer.from([0, 1, 2, 250, 255]));
console.log(JSON.stringify(fs.readFileSync(p('b.bin'))));
fs.writeFileSync(p('c.bin'), new Uint8Array([104, 105]));
fs.writeFileSync(p('d.bin'), new Uint32Array([0x64636261]));
fs.writeFileSync(p('e.bin'), new DataView(new ArrayBuffer(3)));
console.log(fs.readFileSync(p('c.bin'), 'utf8'), fs.readFileSync(p('d.bin'), 'utf8'), fs.readFileSync(p('e.bin')).length);
fs.writeFileSync(p('f.txt'), '68656c6c6f', 'hex');
fs.writeFileSync(p('g.txt'), 'aGVsbG8=', { encoding: 'base64' });
fs.writeFileSync(p('h.txt'), 'caf\u00e9', 'latin1');
console.log(fs.readFileSync(p('f.txt'), 'utf8'), fs.readFileSync(p('g.txt'), 'utf8'), fs.readFileSync(p('h.txt')).length);
fs.writeFileSync(p('u.txt'), 'h\u00e9llo \u20ac \ud83d\ude00');
console.log(fs.readFileSync(p('u.txt'), 'utf8'), fs.statSync(p('u.txt')).size);
fs.writeFileSync(p('i.bin'), Buffer.from([0x61, 0xe2, 0x82, 0x62, 0xff, 0xc3]));
console.log(JSON.stringify(fs.readFileSync(p('i.bin'), 'utf8')));
fs.writeFileSync(p('bom.txt'), '\ufeffbom');
console.log(fs.readFileSync(p('bom.txt'), 'utf8').length);
fs.writeFileSync(p('empty.txt'), '');
console.log(JSON.stringify(fs.readFileSync(p('empty.txt'), 'utf8')), fs.readFileSync(p('empty.txt')).length);
fs.writeFileSync(p('a.txt'), 'over');
console.log(fs.readFileSync(p('a.txt'), 'utf8'));
fs.writeFileSync(p('a.txt'), 'XY', { flag: 'r+' });
console.log(fs.readFileSync(p('a.txt'), 'utf8'));
show('wx', () => fs.writeFileSync(p('a.txt'), 'z', { flag: 'wx' }));
show('r+missing', () => fs.writeFileSync(p('none.txt'), 'z', { flag: 'r+' }));
fs.writeFileSync(p('m.txt'), 'm', { mode: 0o640 });
console.log((fs.statSync(p('m.txt')).mode & 0o777).toString(8));
fs.writeFileSync(p('flush.txt'), 'flushed', { flush: true });
console.log(fs.readFileSync(p('flush.txt'), { encoding: 'utf8', flag: 'r' }));
console.log(fs.readFileSync(p('flush.txt'), { encoding: null }).length);
