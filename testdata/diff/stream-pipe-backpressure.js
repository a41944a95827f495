// pipe() honours backpressure: source pauses while dest is full.
const { Readable, Writable } = require('stream');
let produced = 0;
let maxBuffered = 0;
const pauses = [];
const r = new Readable({
  highWaterMark: 4,
  read() {
    produced++;
    if (produced > 40) this.push(null);
    else this.push('x'.repeat(3));
  },
});
const w = new Writable({
  highWaterMark: 6,
  write(chunk, enc, cb) {
    maxBuffered = Math.max(maxBuffered, this.writableLength);
    setImmediate(cb);
  },
});
r.on('pause', () => pauses.push('p'));
r.on('resume', () => pauses.push('r'));
r.pipe(w);
w.on('finish', () => {
  console.log('produced', produced);
  console.log('maxBuffered<=', maxBuffered <= 9);
  console.log('paused at least', pauses.filter((x) => x === 'p').length > 3);
  console.log('first events', pauses.slice(0, 4).join(''));
});
