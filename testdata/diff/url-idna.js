'use strict';
// Internationalized domain names to and from punycode.
const url = require('url');
const names = ['münchen.de', 'MÜNCHEN.DE', 'bücher.example', '日本語.jp', 'пример.рф', 'xn--e1afmkfd.xn--p1ai', 'ñandú.com', 'café.fr',
  'straße.de', 'ﬁ.com', 'ａｂｃ．com', 'a.b.c', 'a-.com', '-a.com', 'xn--.com', 'xn--zz.com', 'xn--mnchen-3ya.de', 'e\u0301.com'];
for (const n of names) {
  let href;
  try { href = new URL(`http://${n}/`).hostname; } catch (e) { href = e.code; }
  console.log(JSON.stringify(n), href, JSON.stringify(url.domainToASCII(n)), JSON.stringify(url.domainToUnicode(n)));
}
console.log(url.format(new URL('http://xn--mnchen-3ya.de/p'), { unicode: true }));
