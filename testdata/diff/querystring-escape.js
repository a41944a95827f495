'use strict';
// escape/unescape over every BMP code point class and assorted sequences.
const qs = require('querystring');
let all = '';
for (let c = 0; c < 0x180; c++) all += String.fromCharCode(c);
console.log(qs.escape(all));
console.log(qs.escape('\u0800\uffff\ud83d\ude00\u07ff'));
const enc = qs.escape(all);
console.log(qs.unescape(enc) === all, qs.unescape(enc.replace(/%20/g, '+'), true) === all);
for (const s of ['%', '%%', '%2', '%G0', '%0G', 'a%20%', '%C3', '%C3%28', '%E2%82', '%F0%9F%98', '+%2B+', '%u0041']) {
  console.log(JSON.stringify(s), JSON.stringify(qs.unescape(s)), JSON.stringify(qs.unescape(s, true)), qs.unescapeBuffer(s).toString('hex'),
    qs.unescapeBuffer(s, true).toString('hex'));
}
const orig = qs.escape;
qs.escape = (s) => `<${s}>`;
console.log(qs.stringify({ a: 'b c' }));
qs.escape = orig;
const origU = qs.unescape;
qs.unescape = (s) => s.toUpperCase();
console.log(JSON.stringify(qs.parse('a=%41b&c=d')));
qs.unescape = origU;
console.log(JSON.stringify(qs.parse('a=%41b&c=d')));
