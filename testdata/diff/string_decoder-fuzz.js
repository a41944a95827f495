'use strict';
// Random byte streams split at random points decode like one-shot decoding.
const { StringDecoder } = require('string_decoder');
let seed = 777;
const rand = (n) => {
  seed = (seed * 1103515245 + 12345) & 0x7fffffff;
  return seed % n;
};
const pool = [0x41, 0x7a, 0xc3, 0xa9, 0xe2, 0x82, 0xac, 0xf0, 0x9f, 0x98, 0x80, 0xff, 0xed, 0xa0, 0x00, 0xd8, 0x3d, 0xde];
for (const enc of ['utf8', 'utf16le', 'base64', 'base64url', 'hex', 'latin1', 'ascii']) {
  for (let n = 0; n < 40; n++) {
    const bytes = Buffer.from(Array.from({ length: rand(12) }, () => pool[rand(pool.length)]));
    const d = new StringDecoder(enc);
    const pieces = [];
    for (let i = 0; i < bytes.length;) {
      const step = 1 + rand(4);
      pieces.push(d.write(bytes.subarray(i, i + step)));
      i += step;
    }
    pieces.push(d.end());
    console.log(enc, bytes.toString('hex'), JSON.stringify(pieces));
  }
}
