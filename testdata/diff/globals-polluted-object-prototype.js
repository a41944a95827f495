'use strict';
// node's modules load and work after a program has put get and set on
// Object.prototype: their property descriptors do not inherit them.
Object.prototype.get = function() { throw new Error('Object.prototype.get used'); };
Object.prototype.set = function() { throw new Error('Object.prototype.set used'); };

const names = ['buffer', 'url', 'fs', 'readline', 'os', 'zlib', 'crypto', 'dns', 'net', 'http', 'https', 'tls',
  'child_process', 'stream', 'stream/web', 'perf_hooks', 'util', 'events', 'assert', 'dgram', 'vm',
  'async_hooks', 'timers/promises', 'string_decoder', 'querystring', 'diagnostics_channel'];
for (const name of names) {
  try {
    require(name);
  } catch (err) {
    console.log(name, err.message);
  }
}
console.log(Buffer.from('abc').toString('hex'), new URL('http://a/b?c=1').searchParams.get('c'));
console.log(require('url').parse('http://x.org/p').pathname, typeof performance.now());
const { PassThrough } = require('stream');
const p = new PassThrough();
p.on('data', (d) => console.log('data', String(d)));
p.end('chunk');
require('fs').readFile(__filename, (err, data) => console.log('read', !err && data.length > 0));
