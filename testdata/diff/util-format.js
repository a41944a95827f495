const util = require('util');
const cases = [
  ['plain'], ['%s and %s', 'a', 'b'], ['%s', 42, 'extra', 7], ['%s %s', -0, 12n],
  ['%s', { a: { b: { c: 1 } } }], ['%s', [1, [2, [3]]]], ['%s', Symbol('s')], ['%s', null, undefined],
  ['%s', { toString() { return 'custom str'; } }], ['%s', new Date(0)], ['%s', function fn() { return 1; }],
  ['%s', Object.create(null)], ['%d', '42'], ['%d %d %d', 1.5, -0, 10n], ['%d', {}], ['%d', Symbol('x')],
  ['%i', '42.9px'], ['%i %i', -3.7, 5n], ['%f', '3.25abc'], ['%f', Symbol('y')],
  ['%j', { a: [1, 'x'] }], ['%j', undefined], ['%o', { a: [1, 2], f() {} }], ['%O', { a: { b: { c: { d: 1 } } } }],
  ['%c styled %c', 'color: red', 'x'], ['100%% sure %s', 'yes'], ['%% %s'], ['%x %s', 'a'], ['%s'],
  ['trailing %'], ['%s%s', 'a'], ['a', 'b', 1, { c: 2 }], [1, 2, 'three'], [{ a: 1 }, 'str', [1]], [],
  ['%s:%d', 'n', 5, 'rest', { r: true }], ['%s', new Map([[1, { a: [1] }]])], ['%s', [1, 2, 3, 4, 5, 6, 7, 8]],
];
for (const args of cases) console.log(JSON.stringify(util.format(...args)));
const circ = {};
circ.self = circ;
console.log(util.format('%j', circ));
console.log(util.formatWithOptions({ colors: true }, '%s %O', 'x', { n: 1 }));
console.log(util.formatWithOptions({ depth: 0 }, { a: { b: 1 } }));
console.log(util.formatWithOptions({ numericSeparator: true }, '%d %i %f', 1234567, 7654321, 1234.5678));
