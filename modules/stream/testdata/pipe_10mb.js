// 10 MB through Readable -> Transform -> Writable with pipe(); the sink hashes
// what arrives (in Go) and the source counts how often backpressure paused it.
const { Readable, Transform, Writable } = require('stream');
const { report, hashUpdate, hashHex } = require('gonode-test');

const TOTAL = 10 * 1024 * 1024;

// A 64 KiB block of pseudo-random bytes; chunk i is a rotation of it.
const block = Buffer.alloc(65536);
let seed = 12345;
for (let i = 0; i < block.length; i++) {
  seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
  block[i] = seed >>> 24;
}

let produced = 0;
let index = 0;
const src = new Readable({
  read() {
    if (produced >= TOTAL) {
      this.push(null);
      return;
    }
    const size = Math.min(1000 + ((index * 7919) % 30000), TOTAL - produced);
    const off = (index * 4099) % 65536;
    const chunk = off + size <= 65536 ?
      Buffer.from(block.subarray(off, off + size)) :
      Buffer.concat([block.subarray(off), block.subarray(0, off + size - 65536)]);
    index++;
    produced += size;
    this.push(chunk);
  },
});

// The transform copies each chunk and flips the bits of its first 64 bytes
// (a cheap change the test can check, keeping the engine's work on streams).
const xor = new Transform({
  transform(chunk, encoding, cb) {
    const out = Buffer.alloc(chunk.length);
    out.set(chunk);
    const n = Math.min(64, out.length);
    for (let i = 0; i < n; i++) out[i] ^= 0x5a;
    cb(null, out);
  },
});

let received = 0;
let writes = 0;
const sink = new Writable({
  highWaterMark: 65536,
  write(chunk, encoding, cb) {
    hashUpdate(chunk);
    received += chunk.length;
    if (++writes % 3 === 0) setImmediate(cb);
    else cb();
  },
});

let pauses = 0;
src.on('pause', () => pauses++);
sink.on('finish', () => {
  report(`chunks ${index}`);
  report(`received ${received}`);
  report(`sha256 ${hashHex()}`);
  report(`paused ${pauses > 0}`);
});
src.pipe(xor).pipe(sink);
