'use strict';
// fileURLToPath, pathToFileURL, domain helpers, urlToHttpOptions, exports.
const url = require('url');
for (const s of ['file:///a/b%20c', 'file:///tmp/%E4%B8%AD', 'file://localhost/x', new URL('file:///y%3Fz')]) console.log(url.fileURLToPath(s));
for (const s of ['http://a/x', 'file:///a%2Fb', 'file:///a%2fb', 'file://host/x', 5, 'not a url']) {
  try { console.log(url.fileURLToPath(s)); } catch (e) { console.log(e.name, e.code, e.message); }
}
for (const p of ['/a/b', '/a b#c?d%e', '/x/', '/tab\there', '/back\\slash', '/üñí', '/'] ) console.log(url.pathToFileURL(p).href);
console.log(url.pathToFileURL('rel/x').href === new URL(`file://${process.cwd()}/rel/x`).href);
try { url.pathToFileURL(5); } catch (e) { console.log(e.code, e.message); }
for (const d of ['example.com', 'EXAMPLE.com', 'münchen.de', 'xn--mnchen-3ya.de', 'a b', 'xn--iñvalid.com', '中文.com', '', 'ex%41.com', 'a..b']) {
  console.log(JSON.stringify(d), JSON.stringify(url.domainToASCII(d)), JSON.stringify(url.domainToUnicode(d)));
}
const opts = url.urlToHttpOptions(new URL('https://u%20s:p@[::1]:8443/p?q=1#h'));
console.log(JSON.stringify(Object.entries(opts)), Object.getPrototypeOf(opts));
console.log(JSON.stringify(Object.keys(url)), url.URL === URL, url.URLSearchParams === URLSearchParams);
const u = new URL('http://x.com/p');
console.log(Object.keys(u).length, JSON.stringify(u), String(u), u.toString() === u.href, Object.prototype.toString.call(u));
console.log(Object.getOwnPropertyNames(URL.prototype).join(), typeof URL.canParse, URL.parse('nope'), URL.parse('http://a/').href);
try { new URL(); } catch (e) { console.log(e.name, e.code, e.message); }
