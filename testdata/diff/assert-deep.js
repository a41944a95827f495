'use strict';
// Deep equality rules (loose and strict) reported as booleans.
const assert = require('assert');
const check = (name, a, b) => {
  const r = [];
  for (const f of ['deepEqual', 'deepStrictEqual', 'notDeepEqual', 'notDeepStrictEqual']) {
    try { assert[f](a, b); r.push('pass'); } catch (e) { r.push(e.code === 'ERR_ASSERTION' ? 'fail' : e.code); }
  }
  console.log(name, r.join(' '));
};
const circA = { x: 1 }; circA.self = circA;
const circB = { x: 1 }; circB.self = circB;
const circC = { x: 1, self: { x: 1 } };
class Foo { constructor() { this.a = 1; } }
const sparse = [1, , 3]; // eslint-disable-line no-sparse-arrays
const sym = Symbol('s');
const cases = [
  ['numbers', 1, 1], ['num vs string', 1, '1'], ['NaN', NaN, NaN], ['zeroes', 0, -0], ['null undefined', null, undefined],
  ['objects', { a: 1, b: [1, 2] }, { b: [1, 2], a: 1 }], ['objects differ', { a: 1 }, { a: 2 }], ['extra key', { a: 1 }, { a: 1, b: undefined }],
  ['nested loose', { a: [1, '2'] }, { a: ['1', 2] }], ['arrays', [1, 2, 3], [1, 2, 3]], ['array vs object', [1], { 0: 1 }],
  ['array props', Object.assign([1], { x: 1 }), [1]], ['sparse', sparse, [1, undefined, 3]], ['sparse same', [1, , 3], [1, , 3]], // eslint-disable-line no-sparse-arrays
  ['prototype', new Foo(), { a: 1 }], ['null proto', Object.create(null), {}], ['dates', new Date(0), new Date(0)], ['dates differ', new Date(0), new Date(1)],
  ['date props', Object.assign(new Date(0), { x: 1 }), new Date(0)], ['regexps', /a/g, /a/g], ['regexp flags', /a/g, /a/i],
  ['regexp lastIndex', Object.assign(/a/g, { lastIndex: 2 }), /a/g], ['errors', new Error('a'), new Error('a')], ['errors message', new Error('a'), new Error('b')],
  ['errors type', new Error('a'), new TypeError('a')], ['error cause', new Error('a', { cause: 1 }), new Error('a', { cause: 2 })],
  ['error props', Object.assign(new Error('a'), { code: 1 }), Object.assign(new Error('a'), { code: 2 })],
  ['maps', new Map([[1, 'a'], [2, 'b']]), new Map([[2, 'b'], [1, 'a']])], ['maps differ', new Map([[1, 'a']]), new Map([[1, 'b']])],
  ['maps loose keys', new Map([[1, 'a']]), new Map([['1', 'a']])], ['map object keys', new Map([[{ a: 1 }, 'x']]), new Map([[{ a: 1 }, 'x']])],
  ['sets', new Set([1, 2, 3]), new Set([3, 2, 1])], ['sets differ', new Set([1]), new Set([2])], ['sets loose', new Set([1]), new Set(['1'])],
  ['set objects', new Set([{ a: 1 }, { b: 2 }]), new Set([{ b: 2 }, { a: 1 }])], ['set vs array', new Set([1]), [1]],
  ['buffers', Buffer.from('ab'), Buffer.from('ab')], ['buffers differ', Buffer.from('ab'), Buffer.from('ac')],
  ['buffer vs uint8', Buffer.from('ab'), new Uint8Array([97, 98])], ['typed arrays', new Uint16Array([1, 2]), new Uint16Array([1, 2])],
  ['float NaN', new Float64Array([NaN]), new Float64Array([NaN])], ['float zeros', new Float32Array([0]), new Float32Array([-0])],
  ['arraybuffers', new ArrayBuffer(2), new ArrayBuffer(2)], ['arraybuffers len', new ArrayBuffer(2), new ArrayBuffer(3)],
  ['boxed', new Number(1), new Number(1)], ['boxed differ', new Number(1), new Number(2)], ['boxed vs prim', new Number(1), 1],
  ['boxed string', new String('ab'), new String('ab')], ['boxed -0', new Number(0), new Number(-0)],
  ['symbols keys', { [sym]: 1 }, { [sym]: 1 }], ['symbols differ', { [sym]: 1 }, { [sym]: 2 }], ['symbol missing', { [sym]: 1 }, {}],
  ['circular', circA, circB], ['circular vs flat', circA, circC], ['functions', () => 1, () => 1],
  ['same function', Math.max, Math.max], ['weakmaps', new WeakMap(), new WeakMap()], ['promises', Promise.resolve(1), Promise.resolve(2)],
  ['getter', { get a() { return 1; } }, { a: 1 }], ['non-enumerable', Object.defineProperty({}, 'x', { value: 1 }), {}],
  ['strings', 'abc', 'abc'], ['string vs object', 'ab', new String('ab')], ['arguments', (function () { return arguments; })(1), [1]],
  ['nested maps', new Map([['k', new Set([1])]]), new Map([['k', new Set([1])]])], ['undefined prop', { a: undefined }, {}],
];
for (const [name, a, b] of cases) check(name, a, b);
