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
// Large files: multi-megabyte write/read round trips, sync and async, utf8 fast path.
const size = 6 * 1024 * 1024 + 123;
const big = Buffer.alloc(size);
let seed = 12345;
for (let i = 0; i < size; i++) { seed = (seed * 1103515245 + 12345) & 0x7fffffff; big[i] = seed >> 16; }
fs.writeFileSync(p('big'), big);
const back = fs.readFileSync(p('big'));
console.log(back.length, back.equals(big), fs.statSync(p('big')).size);
const text = 'line of text \u00e9\u20ac\n'.repeat(200000);
fs.writeFileSync(p('text'), text);
const t2 = fs.readFileSync(p('text'), 'utf8');
console.log(t2.length, t2 === text, fs.statSync(p('text')).size);
fs.readFile(p('big'), (err, data) => {
  console.log('async', err, data.length, data.equals(big));
  fs.writeFile(p('big2'), big, (err) => {
    console.log('async write', err, fs.statSync(p('big2')).size);
    fs.promises.readFile(p('text'), 'utf8').then((s) => {
      console.log('promise', s === text);
      let sum = 0;
      fs.createReadStream(p('big2'))
        .on('data', (c) => { for (let i = 0; i < c.length; i += 4096) sum = (sum + c[i]) % 1000003; })
        .on('end', () => {
          let expect = 0;
          for (let i = 0; i < size; i += 65536) for (let j = i; j < Math.min(i + 65536, size); j += 4096) expect = (expect + big[j]) % 1000003;
          console.log('stream sum', sum === expect);
        });
    });
  });
});
