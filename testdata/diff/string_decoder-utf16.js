'use strict';
// UTF-16LE decoding of surrogate pairs split at every byte boundary.
const { StringDecoder } = require('string_decoder');
const text = 'a😀b𝄞c€';
const bytes = Buffer.from(text, 'utf16le');
for (let cut = 0; cut <= bytes.length; cut++) {
  const d = new StringDecoder('utf16le');
  const parts = [d.write(bytes.subarray(0, cut)), d.write(bytes.subarray(cut)), d.end()];
  console.log(cut, JSON.stringify(parts), parts.join('') === text);
}
for (let cut = 0; cut <= 4; cut++) {
  const d = new StringDecoder('utf16le');
  const lone = Buffer.from([0x3d, 0xd8, 0x41, 0x00]);
  console.log(cut, JSON.stringify([d.write(lone.subarray(0, cut)), d.write(lone.subarray(cut)), d.end()]));
}
