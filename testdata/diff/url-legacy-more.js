'use strict';
// More legacy url.parse cases: slashesDenoteHost, auth decoding, IPv6, odd protocols.
const url = require('url');
const keys = ['protocol', 'slashes', 'auth', 'host', 'port', 'hostname', 'hash', 'search', 'query', 'pathname', 'path', 'href'];
const inputs = ['//a/b', '//user@host/x', 'http://%41uth@h', 'http://a%20b@h', 'HTTPS://X.Y/Z?Q=1#F', 'http://x/a b', 'http://x/ä',
  'http://[fe80::1]/', 'http://[::1', 'http://x:0/', 'http://x:99999/', 'ws://h/s', 'wss://h', 'gopher://h', 'svn+ssh://h/x',
  'a:b', 'a:/b', 'a://b', 'C:\\path\\to', 'http://h/#?x', 'http://h?#', 'http://user:@h', 'http://:pw@h', 'http://h/p?a=1&a=2',
  '\u00a0http://h/ ', 'http://h/\ttab', 'mailto:Foo@Bar.com', 'javascript:void(0)', 'JAVASCRIPT://x/y', 'http://x.com/%',
  'http://ex.com/p;x?y', 'file:x', 'file:/x', 'file://x', 'file:///x'];
for (const s of inputs) {
  for (const sd of [false, true]) {
    try {
      const u = url.parse(s, true, sd);
      console.log(JSON.stringify([s, sd]), JSON.stringify(keys.map((k) => (k === 'query' ? Object.entries(u[k] || {}) : u[k]))));
    } catch (e) {
      console.log(JSON.stringify([s, sd]), e.code, e.message);
    }
  }
}
const u = url.parse('http://a.com/x?y=1');
u.search = '?z=2';
u.query = null;
console.log(url.format(u), u.format(), Object.keys(u).join());
const built = new url.Url();
built.protocol = 'https';
built.host = 'b.com';
built.pathname = '/p';
console.log(built.format(), url.format({ host: 'c.com', protocol: 'http', search: 'x=1', hash: 'h' }));
