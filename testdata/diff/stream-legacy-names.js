'use strict';
// The stream classes under their pre-v0.10 module names (readable-stream
// 2, through2 and other old packages require them).
const stream = require('stream');
for (const [name, cls] of [
  ['_stream_readable', 'Readable'],
  ['_stream_writable', 'Writable'],
  ['_stream_duplex', 'Duplex'],
  ['_stream_transform', 'Transform'],
  ['_stream_passthrough', 'PassThrough'],
]) {
  const m = require(name);
  console.log(name, m === stream[cls], m === require(`node:${name}`), require('module').isBuiltin(name),
    require('module').builtinModules.includes(name));
}
const Transform = require('_stream_transform');
const upper = new Transform({ transform(chunk, enc, cb) { cb(null, String(chunk).toUpperCase()); } });
upper.on('data', (d) => console.log('data', String(d)));
upper.end('abc');
