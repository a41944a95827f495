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
// opendir: Dir.readSync/read/close, callbacks and promises.
for (const n of ['c', 'a', 'b']) fs.writeFileSync(p(n), n);
fs.mkdirSync(p('sub'));
const d = fs.opendirSync(dir);
console.log(clean(d.path), d instanceof fs.Dir);
const seen = [];
let e;
while ((e = d.readSync()) !== null) seen.push(e.name + ':' + e.isDirectory() + ':' + clean(e.parentPath));
console.log(seen.sort().join(','));
console.log(d.readSync());
d.closeSync();
show('read after close', () => d.readSync());
show('close twice', () => d.closeSync());
show('opendir file', () => fs.opendirSync(p('a')));
show('opendir no callback', () => fs.opendir(p('a')));
for (const encoding of ['buffer', 'hex']) {
  const dh = fs.opendirSync(dir, { encoding });
  const names = [];
  for (let ent; (ent = dh.readSync()) !== null;) names.push(Buffer.isBuffer(ent.name) ? 'buffer:' + ent.name : ent.name);
  dh.closeSync();
  console.log('encoding', encoding, names.sort().join(','));
}
for (const bufferSize of [0, 1.5, '1', null, 1024]) show('bufferSize ' + bufferSize, () => fs.opendirSync(dir, { bufferSize }).closeSync());
fs.opendir(dir, (err, dh) => {
  console.log('cb', err, clean(dh.path));
  const names = [];
  const step = () => dh.read((err, ent) => {
    if (ent === null) {
      console.log('cb entries', names.sort().join(','));
      dh.close((err) => {
        console.log('cb close', err);
        dh.close((err) => {
          console.log('cb close again', err.code, err.message);
          promised();
        });
      });
      return;
    }
    names.push(ent.name);
    step();
  });
  step();
});
function promised() {
  const dh = fs.opendirSync(p('sub'));
  dh.read().then((ent) => {
    console.log('promise read', ent);
    return dh.close();
  }).then(() => {
    console.log('promise closed');
    fs.opendir(p('missing'), (err) => {
      console.log('cb missing', err.code, clean(err.message), clean(err.path));
      iterated();
    });
  });
}
// for await over a Dir closes it; close() during a read() waits for it.
async function iterated() {
  const names = [];
  const dh = await fs.promises.opendir(dir);
  for await (const ent of dh) names.push(ent.name);
  console.log('for await', names.sort().join(','));
  await dh.close().catch((err) => console.log('closed by iteration', err.code));
  const dh2 = fs.opendirSync(dir);
  for await (const ent of dh2) break; // eslint-disable-line no-unused-vars
  show('break closes', () => dh2.readSync());
  const dh3 = fs.opendirSync(dir);
  const reading = dh3.read();
  const closing = dh3.close();
  console.log('read during close', typeof (await reading).name, await closing);
}
