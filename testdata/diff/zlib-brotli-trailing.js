// A Brotli decompressor stream given bytes after the end of its stream:
// bytesWritten counts the stream's bytes only, and the stream ends even when
// the trailing bytes come in the same write and end() is never called.
'use strict';
const zlib = require('zlib');
const input = '0123456789'.repeat(4);
const compressed = zlib.brotliCompressSync(input);
const trailing = Buffer.from('not valid compressed data');
const variants = [
  ['end', (s) => s.end(compressed)],
  ['write, write', (s) => { s.write(compressed); s.write(trailing); }],
  ['write, end', (s) => { s.write(compressed); s.end(trailing); }],
  ['write both', (s) => s.write(Buffer.concat([compressed, trailing]))],
  ['end both', (s) => s.end(Buffer.concat([compressed, trailing]))],
];
let i = 0;
function next() {
  if (i === variants.length) return;
  const [name, variant] = variants[i++];
  let output = '';
  const stream = zlib.createBrotliDecompress();
  stream.setEncoding('utf8');
  stream.on('data', (chunk) => output += chunk);
  stream.on('end', () => {
    console.log(name, output === input, stream.bytesWritten === compressed.length);
    next();
  });
  variant(stream);
}
next();
