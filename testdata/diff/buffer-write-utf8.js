'use strict';
// write() never splits characters; partial writes at every size.
const s = 'aé€😀z';
for (let size = 0; size <= 12; size++) {
  const b = Buffer.alloc(size, 0x2e);
  const n = b.write(s);
  const u = Buffer.alloc(size, 0x2e);
  const m = u.write(s, 'utf16le');
  const h = Buffer.alloc(size, 0x2e);
  const k = h.write('0102030405060708090a', 'hex');
  const e = Buffer.alloc(size, 0x2e);
  const q = e.write('AQIDBAUGBwgJCg==', 'base64');
  console.log(size, n, b.toString('hex'), m, u.toString('hex'), k, h.toString('hex'), q, e.toString('hex'));
}
const b = Buffer.alloc(10);
console.log(b.write('\ud800abc'), b.toString('hex'), b.write('x\udc00', 5), b.toString('hex'));
console.log(b.utf8Write('zz', 1), b.latin1Write('ÿ', 0), b.hexWrite('abcd', 8), b.toString('hex'), b.ucs2Write('A', 2), b.toString('hex'));
console.log(b.utf8Slice(0, 3), b.hexSlice(1, 4), b.latin1Slice(0, 1), b.base64Slice(0, 3), b.asciiSlice(0, 2), b.ucs2Slice(2, 4));
