'use strict';
// Seeded random inputs through the legacy url.parse/format/resolve.
const url = require('url');
let seed = 8675309;
const rand = (n) => {
  seed = (seed * 1103515245 + 12345) & 0x7fffffff;
  return seed % n;
};
const pieces = ['http:', 'HTTPS:', 'mailto:', 'javascript:', 'file:', '//', '/', '\\', '@', ':', '#', '?', 'a', 'B.com', '[::1]', '%41',
  ' ', '\t', '80', 'user:pw@', 'x=1&y', '.', '..', 'é', '"', '^', '{', '|'];
const keys = ['protocol', 'slashes', 'auth', 'host', 'port', 'hostname', 'hash', 'search', 'query', 'pathname', 'path', 'href'];
for (let n = 0; n < 300; n++) {
  let s = '';
  for (let i = rand(7); i >= 0; i--) s += pieces[rand(pieces.length)];
  const pq = rand(2) === 1;
  const sd = rand(2) === 1;
  let out;
  try {
    const u = url.parse(s, pq, sd);
    out = JSON.stringify(keys.map((k) => (k === 'query' && u[k] && typeof u[k] === 'object' ? Object.entries(u[k]) : u[k])));
    out += ` ${url.format(u)} ${url.resolve('http://h/a/b', s)}`;
  } catch (e) {
    out = `${e.code}`;
  }
  console.log(JSON.stringify([s, pq, sd]), out);
}
