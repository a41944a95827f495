'use strict';
// Seeded random integer writes/reads across widths and endianness.
let seed = 2024;
const rand = () => {
  seed = (seed * 1103515245 + 12345) & 0x7fffffff;
  return seed / 0x7fffffff;
};
const b = Buffer.alloc(8);
for (let n = 0; n < 200; n++) {
  const width = 1 + Math.floor(rand() * 6);
  const signed = rand() < 0.5;
  const le = rand() < 0.5;
  const bits = width * 8;
  const v = signed ? Math.floor((rand() * 2 - 1) * 2 ** (bits - 1)) : Math.floor(rand() * 2 ** bits);
  const w = `write${signed ? 'Int' : 'UInt'}${le ? 'LE' : 'BE'}`;
  const r = `read${signed ? 'Int' : 'UInt'}${le ? 'LE' : 'BE'}`;
  b.fill(0);
  const end = b[w](v, 1, width);
  console.log(w, width, v, end, b.toString('hex'), b[r](1, width), b[r](1, width) === v);
}
const f = Buffer.alloc(8);
for (const v of [0, -0, 1, -1, 0.1, 1e-40, 3.4e38, 3.5e38, -Infinity, Infinity, 2 ** 53, Number.MIN_VALUE, Number.MAX_VALUE]) {
  f.writeFloatLE(v, 0);
  f.writeFloatBE(v, 4);
  const d = Buffer.alloc(16);
  d.writeDoubleLE(v, 0);
  d.writeDoubleBE(v, 8);
  console.log(v, f.toString('hex'), f.readFloatLE(0), f.readFloatBE(4), d.toString('hex'), d.readDoubleLE(0), d.readDoubleBE(8));
}
