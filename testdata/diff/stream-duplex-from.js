// Duplex.from with streams, iterables, promises and { readable, writable } pairs.
const { Duplex, Readable, Writable, PassThrough } = require('stream');
(async () => {
  const fromIter = Duplex.from(['a', 'b']);
  console.log('iterable', (await fromIter.toArray()).join(','), fromIter.writable);
  const fromPromise = Duplex.from(Promise.resolve('resolved'));
  console.log('promise', (await fromPromise.toArray()).join(','));
  const got = [];
  const pair = Duplex.from({
    readable: Readable.from(['r1', 'r2']),
    writable: new Writable({ objectMode: true, write(c, e, cb) { got.push(String(c)); cb(); } }),
  });
  pair.write('w1');
  pair.end('w2');
  console.log('pair read', (await pair.toArray()).join(','));
  await new Promise((r) => setImmediate(r));
  console.log('pair wrote', got.join(','));
  const pt = new PassThrough();
  console.log('same duplex', Duplex.from(pt) === pt);
  try { Duplex.from(42); } catch (e) { console.log(e.code); }
})();
