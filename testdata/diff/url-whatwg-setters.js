'use strict';
// URL setters with node's acceptance rules.
const fields = ['href', 'protocol', 'username', 'password', 'host', 'hostname', 'port', 'pathname', 'search', 'hash'];
const cases = [
  ['http://a.com/p', 'protocol', 'https'], ['http://a.com/p', 'protocol', 'ftp:'], ['http://a.com/p', 'protocol', 'foo'],
  ['foo://a.com/p', 'protocol', 'http'], ['http://a.com:443/', 'protocol', 'https'], ['http://u@a.com/', 'protocol', 'file'],
  ['file:///x', 'protocol', 'http'], ['http://a/', 'protocol', '1x'], ['http://a/', 'protocol', 'wss:/junk'],
  ['http://a.com/', 'username', 'us er@'], ['http://a.com/', 'password', 'p:w/'], ['file:///x', 'username', 'u'],
  ['mailto:x', 'password', 'p'], ['http://a.com/', 'host', 'b.org:81'], ['http://a.com/', 'host', 'b.org:80'],
  ['http://a.com/', 'host', ''], ['sc://a.com/', 'host', ''], ['http://a.com:8/', 'host', 'c.net'], ['http://a.com/', 'host', 'x y'],
  ['http://a.com/', 'host', 'b.org/path'], ['http://a.com/', 'host', '[::1]:99'], ['mailto:x', 'host', 'y'],
  ['http://a.com/', 'hostname', 'b.org:81'], ['http://a.com/', 'hostname', 'B.ORG'], ['http://a.com/', 'hostname', ''],
  ['file://h/x', 'hostname', 'localhost'], ['file://h/x', 'host', ''], ['http://a.com/', 'port', '8080'], ['http://a.com/', 'port', '80'],
  ['http://a.com:8/', 'port', ''], ['http://a.com/', 'port', '99999'], ['http://a.com/', 'port', '12abc'], ['http://a.com/', 'port', 'abc'],
  ['http://a.com/', 'port', 8081], ['file:///x', 'port', '1'], ['http://a.com/', 'pathname', 'x/y z'], ['http://a.com/', 'pathname', '/a/../b?c#d'],
  ['mailto:x', 'pathname', 'y'], ['sc://h', 'pathname', 'p'], ['sc:p', 'pathname', '/q'], ['http://a.com/', 'pathname', '\\back'],
  ['http://a.com/', 'search', 'a=1 2'], ['http://a.com/?x', 'search', ''], ['http://a.com/', 'search', '?'], ['http://a.com/', 'search', '??a#b'],
  ['http://a.com/', 'hash', 'f g'], ['http://a.com/#x', 'hash', ''], ['http://a.com/', 'hash', '#'], ['data:a  ?x', 'search', ''],
  ['data:a  #x', 'hash', ''], ['http://a.com/', 'href', 'https://b.org/x'], ['http://a.com/', 'href', 'not a url'],
];
for (const [start, field, value] of cases) {
  const u = new URL(start);
  let err = '';
  try { u[field] = value; } catch (e) { err = `${e.name} ${e.code} ${e.message}`; }
  console.log(JSON.stringify([start, field, value]), err, JSON.stringify(fields.map((f) => u[f])));
}
const u = new URL('http://a.com/?a=1&b=2');
const sp = u.searchParams;
sp.append('c', '3 4');
console.log(u.href, u.search);
u.search = '?x=9';
console.log(sp.toString(), sp.get('x'), sp.has('a'));
u.href = 'http://b.com/?y=8';
console.log(sp.toString(), u.searchParams === sp);
sp.delete('y');
console.log(u.href, JSON.stringify(u.search));
