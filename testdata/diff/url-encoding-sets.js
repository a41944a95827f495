'use strict';
// Which characters each URL component percent-encodes, for special and non-special schemes.
let ascii = '';
for (let c = 0x20; c < 0x7f; c++) ascii += String.fromCharCode(c);
const extra = 'é€😀\u0001\u007f';
for (const base of ['http://h/', 'foo://h/', 'foo:']) {
  const u = new URL(base);
  u.pathname = ascii + extra;
  console.log(base, 'pathname', u.pathname);
  u.search = ascii + extra;
  console.log(base, 'search', u.search);
  u.hash = ascii + extra;
  console.log(base, 'hash', u.hash);
  u.username = ascii + extra;
  u.password = ascii + extra;
  console.log(base, 'userinfo', u.username, u.password);
}
const sp = new URLSearchParams();
sp.append(ascii + extra, ascii + extra);
console.log(sp.toString());
console.log(new URL(`http://h/?${ascii}#${ascii}`).href);
console.log(new URL(`foo:${ascii}`).href);
