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
// readdir: sorted names, withFileTypes Dirents, encodings, recursive.
for (const n of ['b', 'a', 'C', '10', '2', '_x', '.hidden']) fs.writeFileSync(p(n), n);
fs.mkdirSync(p('sub', 'deep'), { recursive: true });
fs.writeFileSync(p('sub', 'file'), '');
fs.writeFileSync(p('sub', 'deep', 'leaf'), '');
fs.symlinkSync('a', p('link'));
console.log(fs.readdirSync(dir).join(','));
const ents = fs.readdirSync(dir, { withFileTypes: true });
console.log(ents.map((e) => e.name + ':' + ['isFile', 'isDirectory', 'isSymbolicLink'].filter((m) => e[m]()).join('')).join(','));
console.log(ents[0] instanceof fs.Dirent, Object.keys(ents[0]).join(','), clean(ents[0].path), clean(ents[0].parentPath));
console.log(JSON.stringify(fs.readdirSync(dir, { encoding: 'buffer' }).slice(0, 2)));
console.log(fs.readdirSync(dir, 'hex').slice(0, 3).join(','));
console.log(fs.readdirSync(dir, { recursive: true }).join(','));
console.log(fs.readdirSync(p('sub'), { recursive: true, withFileTypes: true }).map((e) => clean(e.parentPath) + '|' + e.name + '|' + e.isDirectory()).join(','));
console.log(fs.readdirSync(p('sub', 'deep', '..')).join(','));
fs.mkdirSync(p('empty'));
console.log(JSON.stringify(fs.readdirSync(p('empty'))), JSON.stringify(fs.readdirSync(p('empty'), { recursive: true })));
show('readdir file', () => fs.readdirSync(p('a')));
show('readdir missing', () => fs.readdirSync(p('missing')));
show('readdir bad enc', () => fs.readdirSync(dir, 'nope'));
show('readdir bad recursive', () => fs.readdirSync(dir, { recursive: 1 }));
fs.readdir(dir, (err, names) => {
  console.log('cb', err, names.length);
  fs.readdir(p('sub'), { withFileTypes: true }, (err, ents) => {
    console.log('cb types', ents.map((e) => e.name + e.isDirectory()).join(','));
    fs.readdir(p('missing'), (err, names) => console.log('cb err', err.code, err.syscall, names));
  });
});
// A name that is not valid UTF-8 keeps its bytes for the 'buffer' and
// 'ucs2' encodings (and is decoded lossily for UTF-8).
if (process.platform === 'linux') {
  const odd = fs.mkdtempSync(path.join(os.tmpdir(), 'fs-diff-'));
  const raw = Buffer.from('\uD83D\uDC04', 'ucs2');
  fs.closeSync(fs.openSync(Buffer.concat([Buffer.from(odd + '/'), raw]), 'w'));
  const [ucs2] = fs.readdirSync(odd, 'ucs2');
  console.log('ucs2 name', ucs2 === '\uD83D\uDC04', Buffer.from(ucs2, 'ucs2').equals(raw));
  console.log('buffer name', fs.readdirSync(odd, 'buffer')[0].equals(raw));
  console.log('utf8 name', JSON.stringify(fs.readdirSync(odd)[0]));
  console.log('dirent name', fs.readdirSync(odd, { encoding: 'buffer', withFileTypes: true })[0].name.equals(raw));
  fs.rmSync(odd, { recursive: true });
}
