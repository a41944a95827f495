'use strict';
// querystring.stringify/escape/unescape.
const qs = require('querystring');
console.log(qs.stringify({ a: 1, b: 'x y', c: ['p', 'q'], d: true, e: null, f: undefined, g: NaN, h: {}, i: 10n }));
console.log(qs.stringify({ 'k y': 'v&=', empty: [], arr: [1, [2], null] }));
console.log(qs.stringify({ a: 1, b: 2 }, ';', ':'), qs.stringify({ a: 1e21, b: -0, c: Infinity, d: 1.5 }));
console.log(qs.stringify({ a: 'ü€😀' }), qs.stringify('str'), qs.stringify(null), qs.stringify([1, 2]));
console.log(qs.stringify({ a: 'x y', b: 3 }, null, null, { encodeURIComponent: (s) => `[${s}]` }));
console.log(qs.encode === qs.stringify);
for (const s of ['abc', 'a b', "-_.!~*'()", '#$&+,/:;=?@[]', 'ü', '€', '😀', '\0\x7f', '']) {
  console.log(JSON.stringify(s), qs.escape(s));
}
console.log(qs.escape(12), qs.escape({ toString() { return 'o k'; } }), qs.escape(null), qs.escape(undefined));
try { qs.escape('a\ud800'); } catch (e) { console.log(e.name, e.code, e.message); }
try { qs.stringify({ a: '\udc00x' }); } catch (e) { console.log(e.name, e.code, e.message); }
for (const s of ['a%20b', 'a+b', '%zz', '%E4%B8%AD', '%E4%B8', 'ü%', '%41%', '%4', '%%41']) {
  console.log(JSON.stringify(s), JSON.stringify(qs.unescape(s)), JSON.stringify(qs.unescape(s, true)));
}
console.log(JSON.stringify([...qs.unescapeBuffer('a%41+%zz', true)]), JSON.stringify([...qs.unescapeBuffer('abc')]));
console.log(qs.unescapeBuffer('%41').toString(), Buffer.isBuffer(qs.unescapeBuffer('x')));
