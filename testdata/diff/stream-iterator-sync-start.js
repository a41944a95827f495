// A stream's async iterator reads at once on the first next() (as an async
// generator runs synchronously until its first await), before the
// nextTick read(0) that a 'readable' listener schedules. A non-object-mode
// Readable.from(buffers) with highWaterMark 1 so hands out each buffer
// on its own rather than the two concatenated.
const { Readable } = require('stream');
const bufs = () => [Buffer.from([1, 2, 3]), Buffer.from([4, 5, 6])];
Readable.from(bufs(), { objectMode: false }).toArray().then((r) => console.log('toArray', r.length, r));
(async () => {
  const r = Readable.from(bufs(), { objectMode: false });
  for await (const c of r) console.log('chunk', c);
})();
const order = [];
const r = Readable.from(['a', 'b']);
const it = r[Symbol.asyncIterator]();
const origRead = r.read;
r.read = function (n) { order.push(`read(${n})`); return origRead.call(this, n); };
process.nextTick(() => order.push('tick'));
it.next().then((x) => { order.push(`value ${x.value}`); return it.next(); })
  .then(() => it.return()).then(() => console.log(order.join(' ')));
