'use strict';
// The http pattern: a server gzips (or deflates) its response through a
// pipeline, a client gunzips (or inflates) it by content-encoding.
const http = require('http');
const zlib = require('zlib');
const { pipeline, Readable } = require('stream');

const body = Array.from({ length: 500 }, (_, i) => `line ${i}: ${'x'.repeat(i % 40)}\n`).join('');

const server = http.createServer((req, res) => {
  const accept = req.headers['accept-encoding'] || '';
  const [encoding, make] = accept.includes('gzip') ? ['gzip', zlib.createGzip] :
    accept.includes('deflate') ? ['deflate', zlib.createDeflate] : ['identity', null];
  res.writeHead(200, { 'content-type': 'text/plain', 'content-encoding': encoding });
  const src = Readable.from([body.slice(0, 5000), body.slice(5000)]);
  if (make) pipeline(src, make(), res, (err) => { if (err) console.log('server error', err); });
  else pipeline(src, res, () => {});
});

function get(encoding) {
  return new Promise((resolve, reject) => {
    http.get({ port: server.address().port, path: '/', headers: { 'accept-encoding': encoding } }, (res) => {
      const enc = res.headers['content-encoding'];
      let stream = res;
      if (enc === 'gzip') stream = res.pipe(zlib.createGunzip());
      else if (enc === 'deflate') stream = res.pipe(zlib.createInflate());
      const chunks = [];
      stream.on('data', (c) => chunks.push(c));
      stream.on('end', () => resolve([enc, Buffer.concat(chunks).toString()]));
      stream.on('error', reject);
    }).on('error', reject);
  });
}

server.listen(0, async () => {
  for (const encoding of ['gzip', 'deflate', 'identity']) {
    const [enc, text] = await get(encoding);
    console.log(encoding, enc, text.length, text === body);
  }
  // The one-shot form on a whole response body.
  const [, again] = await new Promise((resolve) => {
    http.get({ port: server.address().port, headers: { 'accept-encoding': 'gzip' } }, (res) => {
      const chunks = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () => {
        const raw = Buffer.concat(chunks);
        console.log('raw magic', raw[0], raw[1], raw[2], raw[9]);
        zlib.gunzip(raw, (err, out) => resolve([err, out.toString()]));
      });
    });
  });
  console.log('gunzip whole', again === body);
  server.close(() => console.log('closed'));
});
