'use strict';
// concat with totalLength, compare/equals ordering across lengths.
const parts = ['', 'a', 'ab', 'abc', 'b', 'ba', '\xff', '\x00'].map((s) => Buffer.from(s, 'latin1'));
const sorted = parts.slice().sort(Buffer.compare).map((b) => b.toString('hex'));
console.log(sorted.join(','));
for (const a of parts) {
  console.log(a.toString('hex'), parts.map((b) => `${a.compare(b)}${a.equals(b) ? '=' : ''}`).join(' '));
}
for (const total of [undefined, 0, 1, 3, 6, 10]) {
  const c = Buffer.concat([Buffer.from('abc'), Buffer.from('de'), new Uint8Array([0x66])], total);
  console.log(total, c.length, c.toString('hex'));
}
const big = Buffer.concat(Array.from({ length: 100 }, (_, i) => Buffer.from([i])));
console.log(big.length, big.readUInt32BE(96), big.subarray(50, 53).toString('hex'));
