// 4 MB through a Transform in 1 KB..16 KB chunks, with a checksum of sampled bytes.
const { Readable, Transform, Writable, pipeline } = require('stream');
const total = 4 * 1024 * 1024;
const block = Buffer.alloc(8192);
let seed = 7;
for (let i = 0; i < block.length; i++) {
  seed = (seed * 1103515245 + 12345) & 0x7fffffff;
  block[i] = seed & 0xff;
}
let produced = 0;
let index = 0;
const src = new Readable({
  read(size) {
    if (produced >= total) {
      this.push(null);
      return;
    }
    const n = Math.min(total - produced, 1024 + (produced % 15360));
    const b = Buffer.alloc(n);
    for (let off = 0; off < n; off += block.length) b.set(block.subarray(0, Math.min(block.length, n - off)), off);
    b[0] = index++ & 0xff;
    produced += n;
    this.push(b);
  },
});
const mark = new Transform({
  transform(chunk, enc, cb) {
    chunk[chunk.length - 1] ^= 0x5a;
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
    for (let i = 0; i < chunk.length; i += 97) sum = (sum * 31 + chunk[i]) >>> 0;
    sum = (sum * 31 + chunk[chunk.length - 1]) >>> 0;
    bytes += chunk.length;
    if (writes % 7 === 0) setImmediate(cb);
    else cb();
  },
});
pipeline(src, mark, sink, (err) => {
  console.log('err', err);
  console.log('bytes', bytes, 'chunks', index);
  console.log('checksum', sum);
});
