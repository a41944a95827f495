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
// watchFile/unwatchFile: a missing file is reported at once with zeroed
// stats, then its creation, growth and removal; unwatching lets the process exit.
const f = p('watched');
const seen = [];
const w = fs.watchFile(f, { interval: 10 }, function listener(cur, prev) {
  seen.push([cur.size, prev.size, cur.isFile(), prev.isFile(), cur.mtimeMs === 0, cur instanceof fs.Stats].join(' '));
  switch (seen.length) {
    case 1: fs.writeFileSync(f, 'one'); break;
    case 2: fs.appendFileSync(f, '-two'); break;
    case 3: fs.unlinkSync(f); break;
    case 4:
      fs.unwatchFile(f, listener);
      console.log(seen.join('\n'));
      break;
  }
});
console.log(w.constructor.name, typeof w.ref, typeof w.unref, w instanceof require('events'));
const other = () => {};
fs.watchFile(p('other'), { persistent: false }, other);
fs.unwatchFile(p('other'), () => {});
fs.unwatchFile(p('never-watched'));
show('no listener', () => fs.watchFile(f));
show('bad path', () => fs.watchFile(5, () => {}));
