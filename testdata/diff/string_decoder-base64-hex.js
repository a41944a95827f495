'use strict';
// base64 and hex decoders across chunk sizes give the one-shot result.
const { StringDecoder } = require('string_decoder');
const data = Buffer.from('The quick brown fox jumps over the lazy dog. 0123456789');
for (const enc of ['base64', 'base64url', 'hex']) {
  const whole = data.toString(enc);
  for (let size = 1; size <= 7; size++) {
    const d = new StringDecoder(enc);
    let out = '';
    const parts = [];
    for (let i = 0; i < data.length; i += size) {
      const s = d.write(data.subarray(i, i + size));
      parts.push(s.length);
      out += s;
    }
    out += d.end();
    console.log(enc, size, out === whole, parts.slice(0, 6).join(','));
  }
}
