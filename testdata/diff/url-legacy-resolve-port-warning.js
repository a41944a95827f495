'use strict';
// url.resolve of a non-slashed URL (mailto:) with its own protocol does not
// keep the base's user; url.parse of a host with a bad port warns DEP0170,
// once.
const url = require('url');

console.log(url.resolve('mailto:user@example.org', 'mailto:another.host.com'));
console.log(url.resolve('mailto:user@example.org', 'mailto:other@host.com'));
console.log(url.resolve('mailto:local1@domain1', 'local2@domain2'));
console.log(url.resolve('https://user:password@example.com', 'https://example.com/foo'));

process.on('warning', (w) => console.log('warning', w.name, w.code, w.message));
console.log(url.parse('https://evil.com:.example.com').href);
console.log(url.parse('git+ssh://git@github.com:npm/npm').href);
console.log(url.parse('http://example.com:8080/ok').href);
