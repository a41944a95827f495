'use strict';
// Seeded random bytes through every encoding and back.
let seed = 31337;
const rand = (n) => {
  seed = (seed * 1103515245 + 12345) & 0x7fffffff;
  return seed % n;
};
const encs = ['utf8', 'utf16le', 'latin1', 'ascii', 'base64', 'base64url', 'hex'];
for (let n = 0; n < 120; n++) {
  const len = rand(10);
  const bytes = Buffer.alloc(len);
  for (let i = 0; i < len; i++) bytes[i] = rand(4) === 0 ? 0x80 + rand(0x80) : rand(0x80);
  const row = [];
  for (const e of encs) {
    const s = bytes.toString(e);
    row.push(JSON.stringify(s), Buffer.from(s, e).toString('hex'), Buffer.byteLength(s, e));
  }
  console.log(bytes.toString('hex'), row.join(' '));
}
