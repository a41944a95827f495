'use strict';
// Loose deep equality with mixed primitive types in Maps and Sets.
const assert = require('assert');
const res = (a, b) => {
  const out = [];
  for (const f of ['deepEqual', 'deepStrictEqual']) {
    try { assert[f](a, b); out.push('eq'); } catch { out.push('ne'); }
  }
  return out.join('/');
};
const cases = [
  [new Set([1, '2']), new Set(['1', 2])], [new Set([1, 1n]), new Set([1n, 1])], [new Set([null]), new Set([undefined])],
  [new Set([NaN]), new Set([NaN])], [new Set(['a']), new Set(['b'])], [new Set([{}]), new Set([[]])], [new Set([[1]]), new Set([['1']])],
  [new Map([[1, 1]]), new Map([['1', '1']])], [new Map([[null, 1]]), new Map([[undefined, 1]])], [new Map([[1, {}]]), new Map([[1, []]])],
  [new Map([[{}, 1]]), new Map([[{}, '1']])], [new Map([['a', 1], ['b', 2]]), new Map([['b', 2], ['a', 1]])],
  [new Map([[NaN, 1]]), new Map([[NaN, 1]])], [new Set([0]), new Set([-0])], [new Map([[0, 'a']]), new Map([[-0, 'a']])],
  [[1, 2, 3], ['1', '2', '3']], [{ a: null }, { a: undefined }], [{ a: 0 }, { a: false }], [{ a: '' }, { a: 0 }],
  [[new Date(5)], [new Date(5)]], [{ length: 1, 0: 'a' }, ['a']], [new Set([new Set([1])]), new Set([new Set([1])])],
];
cases.forEach(([a, b], i) => console.log(i, res(a, b), res(b, a)));
