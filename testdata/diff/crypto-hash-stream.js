'use strict';
// Hash and Hmac as Transform streams: write/end/read, setEncoding, 'data',
// piping and pipeline, and digest() after the stream form.
const crypto = require('crypto');
const { Readable, Writable, pipeline } = require('stream');

const h1 = crypto.createHash('sha256');
h1.write('ab');
h1.write(Buffer.from('c'));
h1.end();
const d1 = h1.read();
console.log('read', Buffer.isBuffer(d1), d1.toString('hex'));
console.log('digest after end', h1.digest('hex'));

const h2 = crypto.createHash('md5');
h2.setEncoding('base64');
h2.on('data', (d) => console.log('data', typeof d, d));
h2.on('end', () => console.log('end h2'));
h2.end('x', 'latin1');

const h3 = crypto.createHash('sha1');
h3.update('up');
h3.write('da');
h3.end('te', 'utf8', () => console.log('finish callback'));
h3.on('readable', () => {
  const d = h3.read();
  if (d !== null) console.log('readable', d.toString('hex'), crypto.createHash('sha1').update('update').digest('hex'));
});

const h4 = crypto.createHash('sha512-256');
h4.write('6869', 'hex');
h4.end(Buffer.from(' there'));
h4.on('data', (d) => console.log('hex chunk', d.toString('hex') ===
  crypto.createHash('sha512-256').update('hi there').digest('hex')));

const hm = crypto.createHmac('sha256', 'key');
hm.end('message');
console.log('hmac read', hm.read().toString('hex'));
console.log('hmac digest after end', JSON.stringify(hm.digest('hex')), hm.digest().length);

Readable.from(['chunk one, ', Buffer.from('chunk two, '), 'chunk three']).pipe(crypto.createHash('sha384'))
  .setEncoding('hex')
  .on('data', (d) => console.log('piped', d))
  .on('end', () => console.log('piped end'));

pipeline(Readable.from([Buffer.from('alpha'), Buffer.from('beta')]), crypto.createHmac('sha1', 'k'), new Writable({
  write(chunk, enc, cb) {
    console.log('pipeline chunk', chunk.toString('hex'));
    cb();
  },
}), (err) => console.log('pipeline done', err ?? null,
  crypto.createHmac('sha1', 'k').update('alphabeta').digest('hex')));

// The stream machinery is set up only when used.
const lazy = crypto.createHash('md5');
console.log('own keys', Object.keys(lazy));
console.log('writable', lazy.writable, lazy.readable);
