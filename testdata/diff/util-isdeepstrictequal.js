const { isDeepStrictEqual } = require('util');
const pairs = [
  [1, 1], [1, '1'], [NaN, NaN], [0, -0], [{ a: 1 }, { a: 1 }], [{ a: 1 }, { a: '1' }], [[1, 2], [1, 2]],
  [[1, 2], [2, 1]], [[1, , 3], [1, undefined, 3]], [{ a: [1, { b: 2 }] }, { a: [1, { b: 2 }] }],
  [new Map([[1, { x: 1 }]]), new Map([[1, { x: 1 }]])], [new Map([[{}, 1]]), new Map([[{}, 1]])],
  [new Set([1, { a: 1 }]), new Set([{ a: 1 }, 1])], [new Set([1]), new Set(['1'])],
  [new Date(0), new Date(0)], [new Date(0), new Date(1)], [/a/g, /a/g], [/a/g, /a/i],
  [new Uint8Array([1, 2]), new Uint8Array([1, 2])], [new Uint8Array([1]), new Int8Array([1])],
  [Buffer.from('ab'), Buffer.from('ab')], [new Number(1), new Number(1)], [new String('a'), 'a'],
  [Object.create(null), {}], [{ [Symbol.for('s')]: 1 }, { [Symbol.for('s')]: 1 }], [{ [Symbol('s')]: 1 }, {}],
  [new Error('x'), new Error('x')], [new Error('x'), new TypeError('x')], [[1], { 0: 1, length: 1 }],
];
for (const [a, b] of pairs) console.log(isDeepStrictEqual(a, b));
const c1 = { a: 1 };
c1.self = c1;
const c2 = { a: 1 };
c2.self = c2;
console.log('circular', isDeepStrictEqual(c1, c2));
class P { constructor(x) { this.x = x; } }
console.log(isDeepStrictEqual(new P(1), new P(1)), isDeepStrictEqual(new P(1), { x: 1 }));
