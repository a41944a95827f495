'use strict';
// utf16le, base64, base64url, hex, latin1, ascii decoders and errors.
const { StringDecoder } = require('string_decoder');
const esc = (s) => JSON.stringify(s);
const run = (enc, chunks) => {
  const d = new StringDecoder(enc);
  const parts = chunks.map((c) => d.write(Buffer.from(c)));
  const state = [d.lastNeed, d.lastTotal];
  parts.push(d.end());
  console.log(enc, d.encoding, JSON.stringify(chunks), parts.map(esc).join(' '), JSON.stringify(state));
};
run('utf16le', [[0x61], [0x00, 0x62], [0x00]]);
run('ucs2', [[0x3d, 0xd8], [0x00, 0xde]]);
run('utf-16le', [[0x3d, 0xd8, 0x00], [0xde, 0x41, 0x00]]);
run('utf16le', [[0x3d, 0xd8]]);
run('utf16le', [[0x3d, 0xd8, 0x00]]);
run('utf16le', [[0x3d], [0xd8], [0x00], [0xde]]);
run('utf16le', [[0x41]]);
run('base64', [[0x61], [0x62, 0x63], [0x64]]);
run('base64', [[0x61, 0x62, 0x63, 0x64, 0x65]]);
run('base64url', [[0xff], [0xfe, 0xfd, 0xfc]]);
run('base64url', [[0xff, 0xfe]]);
run('hex', [[0xab], [0xcd, 0xef]]);
run('latin1', [[0xe9, 0x41], [0xff]]);
run('binary', [[0x80]]);
run('ascii', [[0xe9, 0x41], [0xff]]);
run('BASE64', [[1, 2, 3, 4]]);
for (const enc of ['utf9', 'nope', 5, '', null, undefined, 'UTF8', 'Latin1']) {
  try {
    console.log(JSON.stringify(enc), new StringDecoder(enc).encoding);
  } catch (e) {
    console.log(JSON.stringify(enc), e.name, e.code, e.message);
  }
}
for (const bad of [5, null, {}, [1, 2]]) {
  try {
    new StringDecoder().write(bad);
  } catch (e) {
    console.log(e.name, e.code, e.message);
  }
}
try { StringDecoder.prototype.write.call({}, Buffer.from('a')); } catch (e) { console.log(e.name, e.code, e.message); }
console.log(typeof require('string_decoder').StringDecoder, Object.keys(new StringDecoder('hex')).join());
