// Readable.from with arrays, strings, generators, async iterables and promises.
const { Readable } = require('stream');
function collect(name, r) {
  const got = [];
  return new Promise((resolve) => {
    r.on('data', (d) => got.push(typeof d === 'object' && !Buffer.isBuffer(d) ? JSON.stringify(d) : String(d)));
    r.on('end', () => {
      console.log(name, got.join(','), r.readableObjectMode);
      resolve();
    });
    r.on('error', (e) => {
      console.log(name, 'error', e.code || e.message);
      resolve();
    });
  });
}
(async () => {
  await collect('array', Readable.from([1, 2, { x: 3 }]));
  await collect('string', Readable.from('whole string'));
  await collect('buffer', Readable.from(Buffer.from('buf')));
  await collect('generator', Readable.from((function* () { yield 'g1'; yield 'g2'; })()));
  await collect('promises', Readable.from([Promise.resolve('p1'), 'p2', Promise.resolve('p3')]));
  const asyncIt = {
    [Symbol.asyncIterator]() {
      let i = 0;
      return { next: () => Promise.resolve(i < 3 ? { value: 'a' + i++, done: false } : { done: true }) };
    },
  };
  await collect('async', Readable.from(asyncIt));
  await collect('nulls', Readable.from(['ok', null]));
  await collect('bytes', Readable.from(['x', 'y'], { objectMode: false }));
  try { Readable.from(5); } catch (e) { console.log('bad', e.code, e.message); }
})();
