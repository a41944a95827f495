'use strict';
// fsPromises.writeFile and FileHandle.writeFile: iterables, async iterables
// and streams as data, an AbortSignal honoured between chunks, and
// FileHandle[Symbol.asyncDispose].
const fs = require('fs');
const path = require('path');
const os = require('os');
const { Readable } = require('stream');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fs-diff-'));
const p = (...a) => path.join(dir, ...a);
process.on('exit', () => fs.rmSync(dir, { recursive: true, force: true }));
const fsp = fs.promises;

(async () => {
  const fh = await fsp.open(p('a'), 'w+');
  await fh.writeFile({ *[Symbol.iterator]() { yield 'a'; yield Buffer.from('b'); yield 'c'; } });
  console.log('iterable', fs.readFileSync(p('a'), 'utf8'));
  await fsp.writeFile(p('l'), Readable.from(['ümlaut', ' ', 'x']), 'latin1');
  console.log('stream latin1', fs.readFileSync(p('l'), 'latin1'));
  for (const v of [42, {}, null, true]) {
    await fh.writeFile({ *[Symbol.iterator]() { yield v; } }).then(
      () => console.log('no error for', v),
      (e) => console.log('bad chunk', String(v), e.code));
  }
  console.log('dispose', typeof fh[Symbol.asyncDispose]);
  await fh[Symbol.asyncDispose]();
  console.log('fd after dispose', fh.fd);

  await fsp.writeFile(p('b'), (async function* gen() { yield 'x'; yield 'y'; })());
  console.log('async generator to path', fs.readFileSync(p('b'), 'utf8'));

  const big = Buffer.alloc(6 * 1024 * 1024, 'z');
  const ac = new AbortController();
  process.nextTick(() => ac.abort());
  await fsp.writeFile(p('c'), big, { signal: ac.signal }).then(
    () => console.log('big write not aborted'),
    (e) => console.log('path write aborted', e.name));
  const fh2 = await fsp.open(p('d'), 'w');
  const ac2 = new AbortController();
  process.nextTick(() => ac2.abort());
  await fh2.writeFile(big, { signal: ac2.signal }).then(
    () => console.log('big write not aborted'),
    (e) => console.log('handle write aborted', e.name));
  await fh2.close();
  await fsp.writeFile(p('e'), 'plain', { signal: new AbortController().signal });
  console.log('signal not aborted', fs.readFileSync(p('e'), 'utf8'));
})();
