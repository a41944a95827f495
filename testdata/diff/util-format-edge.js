const util = require('util');
class X { toString() { return 'X!'; } }
class Y {}
const withProtoString = Object.assign(Object.create({ toString() { return 'proto str'; } }), { a: 1 });
const prim = { [Symbol.toPrimitive]() { return 'prim'; } };
const err = new Error('fmt');
err.stack = 'Error: fmt\n    at z (/z.js:1:1)';
for (const v of [new X(), new Y(), withProtoString, prim, err, [1, [2]], new Set([1]), true, 'str']) {
  console.log(JSON.stringify(util.format('%s', v)));
}
console.log(util.format('%d', '0x10'), util.format('%i', '0x10'), util.format('%f', '1e3'));
console.log(util.format('%d', ''), util.format('%i', ''), util.format('%f', ''));
console.log(util.format('%j %j', 1, 'x'), util.format('%j', { toJSON() { return 'tj'; } }));
console.log(util.format('%o', 'str'), util.format('%O', 'str'));
console.log(util.format(Symbol('only')), util.format('a\nb', { c: 1 }));
console.log(util.format('%s', 'ünï %s'), util.format('%s', 'a', 'b', 'c'));
console.log(util.format('%%s %s', 'x'), util.format('%', 1), util.format('%%'));
try {
  util.formatWithOptions(null, 'x');
} catch (e) {
  console.log(e.code, e.message);
}
try {
  util.format('%s', { toString() { throw new Error('toString threw'); } });
} catch (e) {
  console.log('caught', e.message);
}
