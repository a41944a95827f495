// 4 MB through a Transform in 1 KB..16 KB chunks, with a checksum.
const { Readable, Transform, Writable, pipeline } = require('stream');
const total = 4 * 1024 * 1024;
let produced = 0;
let seed = 7;
function nextByte() {
  seed = (seed * 1103515245 + 12345) & 0x7fffffff;
  return seed & 0xff;
}
const src = new Readable({
  read(size) {
    if (produced >= total) {
      this.push(null);
      return;
    }
    const n = Math.min(total - produced, 1024 + (produced % 15360));
    const b = Buffer.allocUnsafe(n);
    for (let i = 0; i < n; i++) b[i] = nextByte();
    produced += n;
    this.push(b);
  },
});
const xor = new Transform({
  transform(chunk, enc, cb) {
    for (let i = 0; i < chunk.length; i++) chunk[i] ^= 0x5a;
    cb(null, chunk);
  },
});
let sum = 0;
let bytes = 0;
let writes = 0;
const sink = new Writable({
  highWaterMark: 32 * 1024,
  write(chunk, enc, cb) {
    writes++;
    for (let i = 0; i < chunk.length; i++) sum = (sum * 31 + chunk[i]) >>> 0;
    bytes += chunk.length;
    if (writes % 7 === 0) setImmediate(cb);
    else cb();
  },
});
pipeline(src, xor, sink, (err) => {
  console.log('err', err);
  console.log('bytes', bytes);
  console.log('checksum', sum);
});
