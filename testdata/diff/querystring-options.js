'use strict';
// parse options: maxKeys edge values, custom decoders, separators as non-strings.
const qs = require('querystring');
const s = 'a=1&b=2&c=3&a=4';
for (const mk of [undefined, 0, 1, 2, 3, 4, 5, -5, NaN, Infinity, '2', 1.5]) {
  console.log(String(mk), JSON.stringify(Object.entries(qs.parse(s, null, null, { maxKeys: mk }))));
}
console.log(JSON.stringify(qs.parse('a1b2c', 1, 2)), JSON.stringify(qs.parse('a=1&b=2', '', '')), JSON.stringify(qs.parse('a=1', undefined, undefined, null)));
console.log(JSON.stringify(qs.parse('x=%zz+1', null, null, { decodeURIComponent: decodeURIComponent })));
console.log(JSON.stringify(qs.parse('x=%E4%BD%A0', null, null, { decodeURIComponent: (v) => `[${v}]` })));
console.log(qs.stringify({ a: [1, 2], b: 'c' }, '', ''), qs.stringify({ a: 'x' }, null, null, { encodeURIComponent: null }));
console.log(qs.stringify({ a: 'é' }, null, null, { encodeURIComponent: escape }));
