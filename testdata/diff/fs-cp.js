// fs.cp, fs.cpSync and fsPromises.cp as node 20 copies: a file, a tree
// (recursive), modes kept, timestamps kept for files (preserveTimestamps),
// symbolic links made absolute (or kept verbatim, or followed with
// dereference), existing files replaced (force), kept or refused
// (errorOnExist), a filter (a promise of one for cp), and node's errors:
// a directory without recursive, src and dest the same, a directory onto
// a file and back, a directory into itself, a FIFO, a link onto itself,
// bad options and arguments.
const fs = require('fs');
const os = require('os');
const path = require('path');
const { execFileSync } = require('child_process');

const dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'cp-')));
process.chdir(dir);
const clean = (s) => String(s).split(dir).join('.');
const show = (label, fn) => {
  try {
    fn();
    console.log(label, 'ok');
  } catch (e) {
    console.log(label, e.name, e.code, clean(e.message), e.errno, e.syscall, clean(e.path), Object.keys(e).join());
  }
};
const info = (p) => {
  const s = fs.lstatSync(p);
  return [p, (s.mode & 0o777).toString(8), s.isSymbolicLink() ? clean(fs.readlinkSync(p)) : s.mtime.getUTCFullYear() < 2002];
};

fs.mkdirSync('src/dir', { recursive: true });
fs.writeFileSync('src/dir/f.txt', 'f');
fs.writeFileSync('src/ro.txt', 'ro');
fs.chmodSync('src/ro.txt', 0o444);
fs.chmodSync('src/dir', 0o750);
const old = new Date('2001-02-03T04:05:06Z');
for (const p of ['src/dir/f.txt', 'src/ro.txt', 'src/dir']) fs.utimesSync(p, old, old);
fs.mkdirSync('links/dir', { recursive: true });
fs.writeFileSync('links/dir/f.txt', 'f');
fs.symlinkSync('dir/f.txt', 'links/rel-link');
fs.symlinkSync('dir', 'links/dir-link');
execFileSync('mkfifo', ['fifo']);
fs.writeFileSync('file.txt', 'file');
fs.mkdirSync('dirdest');

show('dir without recursive', () => fs.cpSync('src', 'out1'));
show('same', () => fs.cpSync('file.txt', 'file.txt'));
show('dir to file', () => fs.cpSync('src', 'file.txt', { recursive: true }));
show('file to dir', () => fs.cpSync('file.txt', 'dirdest'));
show('into itself', () => fs.cpSync('src', 'src/dir/inner', { recursive: true }));
show('fifo', () => fs.cpSync('fifo', 'fifo2'));
show('missing', () => fs.cpSync('nope', 'x.txt'));
show('incompatible', () => fs.cpSync('file.txt', 'x.txt', { dereference: true, verbatimSymlinks: true }));
show('filter type', () => fs.cpSync('file.txt', 'x.txt', { filter: 1 }));
show('promise filter', () => fs.cpSync('file.txt', 'x.txt', { filter: async () => true }));
show('option type', () => fs.cpSync('file.txt', 'x.txt', { force: 1 }));
show('mode', () => fs.cpSync('file.txt', 'x.txt', { mode: 9 }));
show('options', () => fs.cpSync('file.txt', 'x.txt', 'str'));
show('src type', () => fs.cpSync(1, 'x.txt'));
show('no callback', () => fs.cp('file.txt', 'x.txt'));

fs.cpSync('src', 'a', { recursive: true, preserveTimestamps: true });
fs.cpSync('links', 'a', { recursive: true });
for (const p of ['a', 'a/dir', 'a/dir/f.txt', 'a/ro.txt', 'a/rel-link', 'a/dir-link']) console.log(info(p));
fs.cpSync('links', 'b', { recursive: true, verbatimSymlinks: true });
fs.cpSync('src', 'b', { recursive: true });
console.log(info('b/rel-link'), info('b/dir-link'), info('b/ro.txt'));
fs.cpSync('links', 'c', { recursive: true, dereference: true });
console.log(info('c/rel-link'), info('c/dir-link'), fs.readdirSync('c/dir-link'));
fs.cpSync('file.txt', 'deep/er/file.txt');
console.log('parents made:', fs.readFileSync('deep/er/file.txt', 'utf8'));

fs.writeFileSync('a/dir/f.txt', 'changed');
fs.cpSync('src', 'a', { recursive: true, force: false });
console.log('force false:', fs.readFileSync('a/dir/f.txt', 'utf8'));
fs.chmodSync('a/ro.txt', 0o644);
fs.cpSync('src', 'a', { recursive: true });
console.log('force:', fs.readFileSync('a/dir/f.txt', 'utf8'));
show('errorOnExist', () => fs.cpSync('src', 'a', { recursive: true, force: false, errorOnExist: true }));
for (const [from, to] of [['links/rel-link', 'a/rel-link'], ['links/dir-link', 'links/dir/inner-link'],
  ['links/dir-link', 'a/dir/f.txt']]) {
  show(`${from} -> ${to}`, () => fs.cpSync(from, to));
}

const seen = [];
fs.cpSync('src', 'd', { recursive: true, filter: (s, d) => seen.push(`${s}>${d}`) && !s.endsWith('ro.txt') });
console.log(seen.sort().join(' '), fs.readdirSync('d').sort());
fs.promises.cp('src', 'e', { recursive: true, filter: async (s) => !s.endsWith('ro.txt') }).then(() => {
  console.log('promises', fs.readdirSync('e').sort(), fs.readdirSync('e/dir'));
  fs.cp('nope', 'f', (err) => {
    console.log('callback', err.code, err.syscall);
    fs.cp('file.txt', 'g.txt', (err) => {
      console.log('callback', err, fs.readFileSync('g.txt', 'utf8'));
      fs.promises.cp('src', 'h').catch((e) => {
        console.log('rejected', e.code, clean(e.message));
        process.chdir(os.tmpdir());
        fs.rmSync(dir, { recursive: true });
      });
    });
  });
});
