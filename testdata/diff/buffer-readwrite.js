'use strict';
// Integer, float and BigInt reads/writes, including range and bounds errors.
const b = Buffer.alloc(16);
const show = (f) => {
  try {
    const r = f();
    return typeof r === 'bigint' ? `${r}n` : JSON.stringify(r);
  } catch (e) {
    return `${e.name}|${e.code}|${e.message}`;
  }
};
const writes = [
  ['writeUInt8', 255, 0], ['writeUInt8', 256, 0], ['writeUInt8', -1, 0], ['writeInt8', -128, 1], ['writeInt8', 128, 1],
  ['writeUInt16LE', 0xbeef, 2], ['writeUInt16BE', 0xbeef, 4], ['writeInt16LE', -2, 6], ['writeInt16BE', 40000, 0],
  ['writeUInt32LE', 0xdeadbeef, 8], ['writeUInt32BE', 0xcafebabe, 12], ['writeInt32LE', -5, 0], ['writeInt32BE', 2 ** 31, 0],
  ['writeUInt32LE', 1, 13], ['writeUInt32LE', 1, -1], ['writeUInt32LE', 1, 1.5], ['writeUInt32LE', 1, '1'],
  ['writeUInt16LE', 1.7, 0], ['writeUInt16LE', '258', 0], ['writeUInt8', NaN, 0], ['writeInt8', 1, 16],
  ['writeFloatLE', 1.5, 0], ['writeFloatBE', -0.1, 4], ['writeDoubleLE', Math.PI, 8], ['writeDoubleBE', 1e300, 0],
  ['writeFloatLE', 1e40, 0], ['writeDoubleLE', NaN, 8], ['writeFloatBE', NaN, 0], ['writeDoubleLE', 1, 9],
  ['writeUInt8', 1, undefined], ['writeUint16BE', 7, 0], ['writeUint32LE', 7, 0],
];
for (const [m, v, o] of writes) console.log(m, v, o, show(() => b[m](v, o)), b.toString('hex'));
const vw = [['writeUIntLE', 0x123456, 0, 3], ['writeUIntBE', 0x123456789a, 0, 5], ['writeUIntLE', 2 ** 48 - 1, 0, 6],
  ['writeIntLE', -1, 0, 6], ['writeIntBE', -(2 ** 39), 0, 5], ['writeIntLE', 2 ** 47, 0, 6], ['writeUIntBE', 1, 0, 7],
  ['writeUIntLE', 1, 0, 0], ['writeUIntLE', 1, 12, 6], ['writeIntBE', -129, 0, 1], ['writeIntLE', 0x7fffff, 1, 3],
  ['writeUIntLE', 2 ** 40, 0, 5], ['writeIntBE', -1.5, 0, 6], ['writeUIntLE', 1, 0, 1.5], ['writeUIntLE', 1, 0, '2']];
for (const [m, v, o, n] of vw) console.log(m, v, o, n, show(() => b[m](v, o, n)), b.toString('hex'));
const r = Buffer.from([0x01, 0xff, 0x80, 0x7f, 0x00, 0xde, 0xad, 0xbe, 0xef, 0x12, 0x34, 0x56, 0x78, 0x9a, 0xbc, 0xde]);
const reads = ['readUInt8', 'readInt8', 'readUInt16LE', 'readUInt16BE', 'readInt16LE', 'readInt16BE', 'readUInt32LE',
  'readUInt32BE', 'readInt32LE', 'readInt32BE', 'readFloatLE', 'readFloatBE', 'readDoubleLE', 'readDoubleBE',
  'readBigUInt64LE', 'readBigUInt64BE', 'readBigInt64LE', 'readBigInt64BE', 'readUint8', 'readUint16LE',
  'readBigUint64LE'];
for (const m of reads) {
  console.log(m, [0, 1, 3, 8, 12, 15, 16, -1, 1.5, '0', null, NaN, Infinity].map((o) => show(() => r[m](o))).join(' '));
  console.log(m, 'noarg', show(() => r[m]()));
}
for (const m of ['readUIntLE', 'readUIntBE', 'readIntLE', 'readIntBE']) {
  for (const n of [1, 2, 3, 4, 5, 6, 0, 7, 1.5, '3', undefined]) console.log(m, n, show(() => r[m](1, n)), show(() => r[m](12, n)));
  console.log(m, 'no offset', show(() => r[m](undefined, 2)));
}
const big = Buffer.alloc(8);
for (const [m, v] of [['writeBigUInt64LE', 2n ** 64n - 1n], ['writeBigUInt64BE', 0x0102030405060708n],
  ['writeBigInt64LE', -1n], ['writeBigInt64BE', -(2n ** 63n)], ['writeBigInt64LE', 2n ** 63n], ['writeBigUInt64LE', -1n],
  ['writeBigUint64BE', 5n], ['writeBigUInt64LE', 1]]) {
  console.log(m, `${v}`, show(() => big[m](v)), big.toString('hex'), show(() => big.readBigInt64BE()), show(() => big.readBigUInt64LE()));
}
console.log(show(() => big.writeBigInt64LE(1n, 1)), show(() => Buffer.alloc(3).readUInt32LE()), show(() => Buffer.alloc(0).readUInt8()));
