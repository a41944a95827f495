// Object-mode transform that filters and duplicates.
const { Transform, Readable } = require('stream');
const src = Readable.from([1, 2, 3, 4, 5, 6]);
const t = new Transform({
  objectMode: true,
  transform(n, enc, cb) {
    if (n % 2 === 0) {
      this.push({ n, double: n * 2 });
      this.push({ n, square: n * n });
    }
    cb();
  },
});
const out = [];
src.pipe(t).on('data', (o) => out.push(JSON.stringify(o))).on('end', () => {
  console.log(out.join('\n'));
  console.log('objectMode', t.readableObjectMode, t.writableObjectMode);
});
