'use strict';
// stringify -> parse round trips with unicode, arrays and special characters.
const qs = require('querystring');
const objs = [{ a: '1', b: 'two words', c: ['x', 'y', 'z'] }, { 'ü': 'ñ', '😀': '€' }, { empty: '', eq: '=', amp: '&', plus: '+', pct: '%' },
  { 'a b': 'c+d', '': 'v' }, { k: ['1', '1'] }];
for (const o of objs) {
  const s = qs.stringify(o);
  const back = qs.parse(s);
  console.log(s, JSON.stringify(back), JSON.stringify(back) === JSON.stringify(o));
  const s2 = qs.stringify(o, ';', ':');
  console.log(s2, JSON.stringify(qs.parse(s2, ';', ':')));
}
let seed = 99;
const rand = (n) => {
  seed = (seed * 69069 + 1) >>> 0;
  return seed % n;
};
const chars = 'ab =&+%?#/é€😀~*\'()!';
for (let i = 0; i < 100; i++) {
  const o = {};
  const n = rand(4);
  for (let j = 0; j < n; j++) {
    let k = '';
    let v = '';
    for (let l = rand(5); l > 0; l--) k += [...chars][rand([...chars].length)];
    for (let l = rand(5); l > 0; l--) v += [...chars][rand([...chars].length)];
    o[k] = v;
  }
  const s = qs.stringify(o);
  console.log(s, JSON.stringify(qs.parse(s)));
}
