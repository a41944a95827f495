'use strict';
// Random outputs, by shape (lengths, ranges, formats), never by value:
// randomBytes, randomFill(Sync), randomInt, randomUUID, getRandomValues (also
// the global crypto), and timingSafeEqual.
const crypto = require('crypto');

const distinct = (bufs) => new Set(bufs.map((b) => Buffer.from(b).toString('hex'))).size;

for (const n of [0, 1, 16, 1000, 1.5]) {
  const b = crypto.randomBytes(n);
  console.log('randomBytes', n, Buffer.isBuffer(b), b.length);
}
const many = Array.from({ length: 20 }, () => crypto.randomBytes(16));
console.log('randomBytes distinct', distinct(many));
// Over 4096 bytes every value turns up and none is far from 16 occurrences.
const counts = new Array(256).fill(0);
for (const x of crypto.randomBytes(4096)) counts[x]++;
console.log('randomBytes spread', counts.every((c) => c > 0 && c < 64));

const filled = crypto.randomFillSync(Buffer.alloc(32));
console.log('randomFillSync', filled.length, filled.some((x) => x !== 0));
const u32 = new Uint32Array(4);
console.log('randomFillSync returns', crypto.randomFillSync(u32) === u32, u32.some((x) => x !== 0));
const part = new Uint32Array(4);
crypto.randomFillSync(part, 1, 2);
console.log('randomFillSync elements', part[0], part[3], part[1] !== 0 || part[2] !== 0);
const tail = Buffer.alloc(8);
crypto.randomFillSync(tail, 6);
console.log('randomFillSync offset', tail.subarray(0, 6).toString('hex'));
const ab = new ArrayBuffer(8);
console.log('randomFillSync ArrayBuffer', crypto.randomFillSync(ab) === ab, new Uint8Array(ab).some((x) => x !== 0));
const dv = new DataView(new ArrayBuffer(6), 2);
crypto.randomFillSync(dv);
console.log('randomFillSync DataView', new Uint8Array(dv.buffer, 0, 2).join(','));

const ints = Array.from({ length: 2000 }, () => crypto.randomInt(10));
console.log('randomInt max', ints.every((n) => Number.isInteger(n) && n >= 0 && n < 10), new Set(ints).size);
const ranged = Array.from({ length: 2000 }, () => crypto.randomInt(-3, 3));
console.log('randomInt min max', ranged.every((n) => n >= -3 && n < 3), new Set(ranged).size);
console.log('randomInt single', crypto.randomInt(7, 8), crypto.randomInt(1), crypto.randomInt(-5, -4));
const big = crypto.randomInt(2 ** 48 - 1);
console.log('randomInt large', Number.isSafeInteger(big), big >= 0 && big < 2 ** 48 - 1);
const wide = crypto.randomInt(-(2 ** 47), 2 ** 47 - 1);
console.log('randomInt wide', wide >= -(2 ** 47) && wide < 2 ** 47 - 1);

const uuidRe = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
const uuids = Array.from({ length: 300 }, (_, i) => crypto.randomUUID(i % 2 ? { disableEntropyCache: true } : undefined));
console.log('randomUUID', uuids.every((u) => uuidRe.test(u)), new Set(uuids).size);
console.log('webcrypto randomUUID', uuidRe.test(crypto.webcrypto.randomUUID()), uuidRe.test(globalThis.crypto.randomUUID()));

for (const C of [Int8Array, Uint8Array, Uint8ClampedArray, Int16Array, Uint16Array, Int32Array, Uint32Array,
  BigInt64Array, BigUint64Array]) {
  const a = new C(8);
  const r = crypto.getRandomValues(a);
  console.log('getRandomValues', C.name, r === a, a.length, a.some((x) => x !== 0 && x !== 0n));
}
console.log('getRandomValues max', crypto.webcrypto.getRandomValues(new Uint8Array(65536)).length,
  crypto.getRandomValues(Buffer.alloc(0)).length);

// The global crypto is the webcrypto object.
console.log('global', typeof crypto, globalThis.crypto === crypto.webcrypto,
  Object.prototype.toString.call(globalThis.crypto), typeof Crypto, globalThis.crypto instanceof Crypto);
const desc = Object.getOwnPropertyDescriptor(globalThis, 'crypto');
console.log('global descriptor', typeof desc.get, desc.set, desc.enumerable, desc.configurable);
console.log('Crypto methods', Object.getOwnPropertyNames(Crypto.prototype).filter((n) => n !== 'subtle').sort());

console.log('timingSafeEqual', crypto.timingSafeEqual(Buffer.from('abc'), Buffer.from('abc')),
  crypto.timingSafeEqual(Buffer.from('abc'), Buffer.from('abd')),
  crypto.timingSafeEqual(new Uint8Array(0), new Uint8Array(0)),
  crypto.timingSafeEqual(new Uint16Array([0x6261]), Buffer.from('ab')),
  crypto.timingSafeEqual(new ArrayBuffer(2), new DataView(new ArrayBuffer(2))),
  crypto.timingSafeEqual(new Float64Array([0]), new Float64Array([-0])));

// The async forms call back later, one after another.
let sync = true;
crypto.randomBytes(24, (err, buf) => {
  console.log('randomBytes async', err, sync, Buffer.isBuffer(buf), buf.length);
  const target = new Uint16Array(6);
  crypto.randomFill(target, 2, 3, (err2, same) => {
    console.log('randomFill async', err2, same === target, target[0], target[1], target[5]);
    crypto.randomFill(Buffer.alloc(4), (err3, b) => {
      console.log('randomFill whole', err3, b.length);
      crypto.randomInt(5, 10, (err4, n) => {
        console.log('randomInt async', err4, Number.isInteger(n) && n >= 5 && n < 10);
        crypto.randomInt(3, (err5, m) => console.log('randomInt async max', err5, m >= 0 && m < 3));
      });
    });
  });
});
sync = false;
