// pipeline with function stages returning (async) iterables, without for-await.
const { pipeline, Readable } = require('stream');
function upper(source) {
  const it = source[Symbol.asyncIterator] ? source[Symbol.asyncIterator]() : source[Symbol.iterator]();
  return {
    [Symbol.asyncIterator]() {
      return {
        next: () => Promise.resolve(it.next()).then((r) => (r.done ? r : { value: String(r.value).toUpperCase(), done: false })),
        return: () => Promise.resolve(it.return ? it.return() : { done: true }),
      };
    },
  };
}
pipeline(
  function* () { yield 'x'; yield 'y'; yield 'z'; },
  upper,
  async function (source) {
    const it = source[Symbol.asyncIterator]();
    let s = '';
    for (;;) {
      const r = await it.next();
      if (r.done) break;
      s += r.value;
    }
    return s;
  },
  (err, value) => console.log('result', err, value),
);
pipeline(Readable.from(['q', 'r']), upper, async (source) => {
  const parts = [];
  const it = source[Symbol.asyncIterator]();
  for (let r = await it.next(); !r.done; r = await it.next()) parts.push(r.value);
  return parts.join('+');
}, (err, value) => console.log('from readable', err, value));
