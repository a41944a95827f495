// Readable operators: map, filter, take, drop, toArray, forEach, reduce, some, every, find.
const { Readable } = require('stream');
(async () => {
  const nums = () => Readable.from([1, 2, 3, 4, 5, 6]);
  console.log('map', (await nums().map((x) => x * 2).toArray()).join(','));
  console.log('async map', (await nums().map(async (x) => x + 100).toArray()).join(','));
  console.log('filter', (await nums().filter((x) => x % 2).toArray()).join(','));
  console.log('take', (await nums().take(2).toArray()).join(','));
  console.log('drop', (await nums().drop(4).toArray()).join(','));
  console.log('reduce', await nums().reduce((a, b) => a + b, 0));
  console.log('some', await nums().some((x) => x > 5), await nums().some((x) => x > 6));
  console.log('every', await nums().every((x) => x > 0), await nums().every((x) => x > 1));
  console.log('find', await nums().find((x) => x > 3));
  const seen = [];
  await nums().forEach((x) => { seen.push(x); });
  console.log('forEach', seen.join(','));
  console.log('flatMap', (await nums().take(3).flatMap((x) => [x, x]).toArray()).join(','));
  console.log('concurrent map', (await nums().map((x) => new Promise((r) => setTimeout(() => r(x), 7 - x)), { concurrency: 3 }).toArray()).join(','));
  try {
    await Readable.from([]).reduce((a, b) => a + b);
  } catch (e) {
    console.log('reduce empty', e.code, e.message);
  }
  try {
    await nums().map((x) => { if (x === 3) throw new Error('map threw'); return x; }).toArray();
  } catch (e) {
    console.log('map error', e.message);
  }
})();
