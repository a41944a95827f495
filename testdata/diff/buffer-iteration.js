'use strict';
// Typed-array behaviour inherited by Buffer: iteration, species, sort, set, JSON.
const b = Buffer.from([3, 1, 2]);
console.log([...b].join(), [...b.keys()].join(), [...b.values()].join(), [...b.entries()].join('|'));
console.log(Buffer.isBuffer(b.map((x) => x + 1)), Buffer.isBuffer(b.filter((x) => x > 1)), Buffer.isBuffer(b.slice()), b.sort().join());
const c = Buffer.alloc(5);
c.set([9, 8], 1);
c.set(Buffer.from([7]), 4);
console.log(c.toString('hex'), c.length, c.byteLength, Buffer.BYTES_PER_ELEMENT, b.BYTES_PER_ELEMENT);
console.log(b.at(-1), b.includes(2), b.indexOf(2), b.find((x) => x > 1), b.reduce((a, x) => a + x, 0), b.join('-'));
console.log(JSON.stringify({ nested: Buffer.from('hi'), arr: [Buffer.alloc(1)] }));
console.log(Object.prototype.toString.call(b), b instanceof Uint8Array, b.constructor.name, Buffer.name, Buffer.length);
const copy = Uint8Array.prototype.slice.call(b, 1);
console.log(Buffer.isBuffer(copy), copy.join());
console.log(String(Buffer.from('toString works')), `${Buffer.from('tmpl')}`, Buffer.from('x') + Buffer.from('y'));
console.log(Buffer.from('abc').toLocaleString(), Buffer.from('ab').toString(undefined, 1));
