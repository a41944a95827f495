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
// Many operations in flight at once: every callback arrives exactly once with the right data.
const n = 200;
let pending = n;
const results = new Array(n);
for (let i = 0; i < n; i++) {
  fs.writeFile(p('f' + i), 'content ' + i, (err) => {
    if (err) throw err;
    fs.readFile(p('f' + i), 'utf8', (err, data) => {
      results[i] = data === 'content ' + i;
      if (--pending === 0) finish();
    });
  });
}
function finish() {
  console.log(results.filter(Boolean).length, fs.readdirSync(dir).length);
  Promise.all(Array.from({ length: n }, (_, i) => fs.promises.stat(p('f' + i)))).then((stats) => {
    console.log(stats.reduce((a, s) => a + s.size, 0));
    return Promise.all(Array.from({ length: n }, (_, i) => fs.promises.unlink(p('f' + i))));
  }).then(() => {
    console.log(fs.readdirSync(dir).length);
    Promise.allSettled([fs.promises.readFile(p('x')), fs.promises.readFile(dir), fs.promises.mkdir(dir)]).then((r) => {
      console.log(r.map((x) => x.status + ':' + x.reason.code).join(','));
    });
  });
}
