// One source piped into two destinations with different speeds.
const { Readable, Writable } = require('stream');
function sink(name, delay) {
  const got = [];
  const w = new Writable({
    highWaterMark: 2,
    objectMode: true,
    write(chunk, enc, cb) {
      got.push(chunk);
      if (delay) setTimeout(cb, delay);
      else cb();
    },
  });
  w.got = got;
  w.name = name;
  return w;
}
const fast = sink('fast', 0);
const slow = sink('slow', 2);
const r = Readable.from(Array.from({ length: 20 }, (_, i) => i));
r.pipe(fast);
r.pipe(slow);
let done = 0;
for (const w of [fast, slow]) {
  w.on('finish', () => {
    console.log(w.name, w.got.length, w.got.reduce((a, b) => a + b, 0));
    if (++done === 2) console.log('both finished');
  });
}
