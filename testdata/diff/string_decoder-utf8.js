'use strict';
// UTF-8 decoding across chunk boundaries, invalid sequences and end().
const { StringDecoder } = require('string_decoder');
const esc = (s) => JSON.stringify(s);
const seqs = [
  [[0xe2], [0x82], [0xac]], [[0xe2, 0x82], [0xac, 0x41]], [[0xf0, 0x9f], [0x98, 0x80]], [[0xf0], [0x9f], [0x98], [0x80]],
  [[0xe2], [0x41]], [[0xe2, 0x82], [0x41]], [[0xe0, 0x80], [0x41]], [[0xf0, 0x9f]], [[0xe0, 0x80]], [[0xc3]],
  [[0x80, 0x80]], [[0x41, 0x80]], [[0xf8, 0x80]], [[0xe2], [0x82, 0xac, 0x82]], [[0xf0, 0x9f], [0x98, 0x80, 0xe2]],
  [[0xed, 0xa0], [0x80]], [[0xc3, 0xa9, 0xc3], [0xa9]], [[0x80, 0x80, 0x80, 0x80, 0xe2]], [[0xf4, 0x90], [0x80, 0x80]],
  [[], [0xe2], [], [0x82, 0xac]], [[0xe2], [0xe2], [0x82, 0xac]], [[0xc0, 0x80]], [[0xff], [0xfe]],
];
for (const seq of seqs) {
  const d = new StringDecoder('utf8');
  const parts = seq.map((c) => d.write(Buffer.from(c)));
  const state = [d.lastNeed, d.lastTotal];
  parts.push(d.end());
  console.log(JSON.stringify(seq), parts.map(esc).join(' '), JSON.stringify(state));
}
const d = new StringDecoder();
console.log(d.encoding, esc(d.write('str')), esc(d.end(Buffer.from([0xe2, 0x82]))), esc(d.end()), esc(d.end(Buffer.from('ok'))));
const text = 'Grüße, 世界 😀 ñ';
const bytes = Buffer.from(text);
for (let size = 1; size <= 5; size++) {
  const dec = new StringDecoder('utf-8');
  let out = '';
  for (let i = 0; i < bytes.length; i += size) out += dec.write(bytes.subarray(i, i + size));
  out += dec.end();
  console.log(size, out === text, esc(out));
}
const t = new StringDecoder('utf8');
t.write(Buffer.from([0xe2, 0x82]));
console.log(esc(t.text(Buffer.from('abc'), 1)), t.lastNeed, JSON.stringify([...t.lastChar]));
console.log(esc(new StringDecoder('utf8').write(new Uint16Array([0x6968]))), esc(new StringDecoder('utf8').write(new DataView(new ArrayBuffer(2)))));
