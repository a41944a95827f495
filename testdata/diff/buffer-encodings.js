'use strict';
// Buffer.from(string, enc) and toString(enc) across node's encodings.
const encs = ['utf8', 'utf-8', 'UTF8', 'ucs2', 'ucs-2', 'utf16le', 'utf-16le', 'latin1', 'binary', 'ascii',
  'base64', 'base64url', 'hex', 'Hex', 'BASE64'];
const strings = ['', 'hello', 'héllo wörld', '€uro', '😀 emoji', '\ud800 lone', 'x\udc00y', '\0\x7f\x80\xff',
  'ıĲ', 'YWJj', 'YW=Jj', 'Y W J j', '!!!YWJj', 'AAAA=AAAA', 'QUJDŁREVG', '_-8+/8', 'abzz12', 'abc', '0g'];
for (const s of strings) {
  const row = [];
  for (const e of encs) {
    const b = Buffer.from(s, e);
    row.push(`${e}:${b.toString('hex')}:${Buffer.byteLength(s, e)}`);
  }
  console.log(JSON.stringify(s), row.join(' '));
}
const bytes = [[], [0x41], [0xff, 0x80, 0x41, 0xc3], [0xe4, 0xb8, 0x41, 0xed, 0xa0, 0x80, 0xf4, 0x90, 0x80, 0x80,
  0xc0, 0x80, 0xf0, 0x9f, 0x98], [0xe2, 0x82, 0xac, 0xf0, 0x9f, 0x98, 0x80], [0x41, 0, 0x42], [0xfe, 0xff, 0x00, 0xd8],
  [0xef, 0xbb, 0xbf, 0x61], [0xf8, 0x88, 0x80, 0x80, 0x80], [0xe0, 0x80, 0xaf], [0xc2], [0xdf, 0xbf]];
for (const arr of bytes) {
  const b = Buffer.from(arr);
  const out = {};
  for (const e of ['utf8', 'ucs2', 'latin1', 'ascii', 'base64', 'base64url', 'hex']) out[e] = b.toString(e);
  console.log(JSON.stringify(arr), JSON.stringify(out));
}
const b = Buffer.from('hello world');
console.log(b.toString('utf8', 2, 5), b.toString('hex', -1, 3), b.toString(undefined, 6), b.toString('ascii', 20),
  b.toString('latin1', 3, 1), b.toString('utf8', '2', '4'), JSON.stringify(b.toString('utf8', NaN, NaN)));
for (const e of ['', 'utf9', null, 5, 'UCS-2']) {
  try { console.log(JSON.stringify(e), b.toString(e)); } catch (err) { console.log(JSON.stringify(e), err.name, err.code, err.message); }
}
for (const e of ['utf8', 'UTF-8', 'ucs2', 'binary', 'hex', 'base64url', '', 'utf9', null, undefined, 1, 'latin-1']) {
  console.log(JSON.stringify(e), Buffer.isEncoding(e));
}
console.log(Buffer.from('abc', 5).toString(), Buffer.from('abc', '').toString());
