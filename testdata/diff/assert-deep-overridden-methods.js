'use strict';
// Deep equality reads dates with the built-in getTime, not one they
// override (a regexp's source or a set's or map's size overridden counts); a proxy whose ownKeys trap
// leaves out a non-configurable key throws V8's message.
const assert = require('assert');
const util = require('util');

const r = /a/g;
Object.defineProperty(r, 'source', { value: 'b' });
console.log(util.isDeepStrictEqual(r, /a/g), util.isDeepStrictEqual(r, /b/g));

const a = new Date('2000');
const b = new Date('2000');
Object.defineProperty(a, 'getTime', { value: () => 5 });
console.log(util.isDeepStrictEqual(a, b), util.isDeepStrictEqual(a, new Date('2001')));

const s1 = new Set([1]);
Object.defineProperty(s1, 'size', { value: 2 });
console.log(util.isDeepStrictEqual(s1, new Set([1])));
const m1 = new Map([[1, 2]]);
Object.defineProperty(m1, 'size', { value: 0 });
console.log(util.isDeepStrictEqual(m1, new Map([[1, 2]])));

const invalidTrap = new Proxy([1, 2, 3], { ownKeys() { return []; } });
try {
  assert.deepStrictEqual(invalidTrap, [1, 2, 3]);
} catch (err) {
  console.log(err.name, err.message);
}
try {
  Reflect.ownKeys(new Proxy(Object.defineProperty({}, 'x', { value: 1 }), { ownKeys: () => [] }));
} catch (err) {
  console.log(err.name, err.message);
}
