'use strict';
// Legacy url.parse / url.format / url.resolve.
const url = require('url');
const inputs = ['http://user:pass@host.com:8080/p/a/t/h?query=string#hash', 'HTTP://EXAMPLE.COM/A?B#C', '//host/path',
  '/just/a/path?x=1', 'path/only', 'mailto:user@example.com', 'javascript:alert(1)', 'http://[::1]:3000/x', 'http://a b.com/p',
  'http://host.com/p q"<>`{}|^\\', '  http://trim.me/  ', 'http:\\\\back\\slash?x\\y', 'file:///etc/passwd', 'file://host/p',
  'http://a@b@c/d', 'http://a@b?@c', 'https://münchen.de/ä', 'http://x.com:/p', 'http://x.com:abc/p', 'ftp://f.org', 'xmpp:u@h',
  'http://host.com?q#h', '?only=query', '#only-hash', '', 'http://HOST:80', 'git+ssh://git@github.com:org/repo.git', 'http://h/p;params',
  'http://user%20name:p%40ss@h/', 'redis://:secret@localhost:6379/0', 'http://a.com/%zz', 'HTTP://h.com:8080'];
const keys = ['protocol', 'slashes', 'auth', 'host', 'port', 'hostname', 'hash', 'search', 'query', 'pathname', 'path', 'href'];
for (const s of inputs) {
  for (const [pq, sd] of [[false, false], [true, false], [false, true]]) {
    try {
      const u = url.parse(s, pq, sd);
      console.log(JSON.stringify([s, pq, sd]), JSON.stringify(keys.map((k) => u[k])), u instanceof url.Url);
    } catch (e) {
      console.log(JSON.stringify([s, pq, sd]), e.name, e.code, e.message);
    }
  }
}
try { url.parse(5); } catch (e) { console.log(e.code, e.message); }
const objs = [{ protocol: 'http', host: 'a.com', pathname: '/x' }, { protocol: 'https:', hostname: 'b.com', port: 8443, pathname: 'y', search: 'q=1' },
  { protocol: 'mailto', pathname: 'u@h' }, { protocol: 'file', pathname: '/etc' }, { hostname: 'h', query: { a: [1, 2], b: 'c d' } },
  { protocol: 'http', auth: 'us er:p@ss', host: 'h', hash: 'frag', pathname: '/p#q?r' }, { protocol: 'http:', slashes: true, pathname: 'rel' },
  { hostname: '::1', port: 80, protocol: 'http' }, {}];
for (const o of objs) console.log(JSON.stringify(o), url.format(o));
console.log(url.format('http://a.com/x?y#z'), url.format(new URL('http://u:p@münchen.de/p?q#h'), { unicode: true, auth: false, search: false, fragment: false }));
console.log(url.format(new URL('http://u:p@h.com/p?q#h')), url.format(url.parse('http://x.com/a?b=1')));
try { url.format(5); } catch (e) { console.log(e.code, e.message); }
const base = 'http://a/b/c/d;p?q';
for (const r of ['g:h', 'g', './g', 'g/', '/g', '//g', '?y', 'g?y', '#s', 'g#s', 'g?y#s', ';x', 'g;x', '', '.', './', '..', '../',
  '../g', '../..', '../../', '../../g', '../../../g', '/./g', '/../g', 'g.', '.g', 'g..', '..g', './../g', './g/.', 'g/./h', 'g/../h',
  'http:g', 'https://other/x', 'mailto:x@y']) {
  console.log(JSON.stringify(r), url.resolve(base, r));
}
console.log(url.resolve('/one/two/three', 'four'), url.resolve('http://example.com/', '/one'), url.resolve('http://example.com/one', '/two'),
  url.resolve('mailto:a@b', 'c@d'), url.resolve('http://example.com', 'x'), url.resolve('file:///a/b', '../c'));
console.log(JSON.stringify(url.resolveObject('http://a/b', '../c')));
