'use strict';
// querystring.parse: repeated keys, '+', escapes, custom sep/eq, maxKeys.
const qs = require('querystring');
const show = (o) => JSON.stringify(Object.entries(o));
const inputs = ['', 'a=1', 'a=1&b=2', 'a=1&a=2&a=3', 'a', 'a=', '=a', '&&a=1&&', 'a=b=c', 'a+b=c+d',
  'a%20b=c%20d', '%zz=%', 'a=%E4%B8%AD', 'a=%E4%B8', 'ü=ü%zz', 'k%20%41=ü%zz', '%=%%', 'a=1&b', '+=+',
  'x[]=1&x[]=2', 'hasOwnProperty=1&__proto__=2&constructor=3', 'a=%2', 'a=%2G', '&', '=', '==', 'a&&&b'];
for (const s of inputs) console.log(JSON.stringify(s), show(qs.parse(s)));
console.log(Object.getPrototypeOf(qs.parse('a=1')));
console.log(show(qs.parse('a:1;b:2', ';', ':')));
console.log(show(qs.parse('a==1&&b==2', '&&', '==')));
console.log(show(qs.parse('aab', 'ab')), show(qs.parse('xaaby', 'ab')), show(qs.parse('a=1=2', '=', '=')));
console.log(show(qs.parse('a=1&b=2&c=3', null, null, { maxKeys: 2 })));
console.log(show(qs.parse('a=1&b=2&c=3', null, null, { maxKeys: 0 })));
console.log(show(qs.parse('a=1&b=2&c=3', null, null, { maxKeys: -1 })));
const many = Array.from({ length: 1100 }, (_, i) => `k${i}=${i}`).join('&');
console.log(Object.keys(qs.parse(many)).length);
console.log(show(qs.parse('a=b+c&d=%41', null, null, { decodeURIComponent: (s) => `<${s}>` })));
console.log(show(qs.parse('a=b&c=d', null, null, { decodeURIComponent: (s) => { throw new Error(s); } })));
console.log(show(qs.decode('x=1&y=2')), qs.decode === qs.parse);
console.log(show(qs.parse(5)), show(qs.parse(null)));
