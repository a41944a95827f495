const util = require('util');
const enc = new TextEncoder();
console.log(enc, enc.encoding, util.TextEncoder === TextEncoder, util.TextDecoder === TextDecoder);
console.log(enc.encode('h€llo 😀'), enc.encode(), enc.encode('a\ud800b'));
console.log(enc.encodeInto('h€llo', new Uint8Array(3)), enc.encodeInto('😀x', new Uint8Array(4)));
const dec = new TextDecoder();
console.log(dec, new TextDecoder('utf-16le', { fatal: true }), new TextDecoder('latin1').encoding);
console.log(JSON.stringify(dec.decode(enc.encode('round trip ✓'))));
console.log(JSON.stringify(dec.decode(new Uint8Array([0x41, 0xf0, 0x9f, 0x98]))));
console.log(JSON.stringify(dec.decode(new Uint8Array([0xc3, 0x28, 0xe2, 0x82, 0x41, 0xff]))));
const streaming = new TextDecoder();
console.log(JSON.stringify(streaming.decode(new Uint8Array([0xe2, 0x82]), { stream: true }) + '|' + streaming.decode(new Uint8Array([0xac]))));
console.log(JSON.stringify(dec.decode(new Uint8Array([0xef, 0xbb, 0xbf, 0x41]))), JSON.stringify(new TextDecoder('utf-8', { ignoreBOM: true }).decode(new Uint8Array([0xef, 0xbb, 0xbf, 0x41]))));
console.log(JSON.stringify(new TextDecoder('utf-16le').decode(new Uint8Array([0x41, 0, 0x3d, 0xd8, 0x00, 0xde]))));
console.log(JSON.stringify(new TextDecoder('utf-16be').decode(new Uint8Array([0, 0x41, 0, 0x42]))));
console.log(JSON.stringify(new TextDecoder('ascii').decode(new Uint8Array([0x41, 0xe9]))));
console.log(dec.decode(new Uint16Array([0x4241]).buffer), dec.decode(new DataView(enc.encode('dv').buffer)), dec.decode());
for (const f of [() => new TextDecoder('nope'), () => new TextDecoder('utf-8', { fatal: true }).decode(new Uint8Array([0xff])),
  () => dec.decode('str'), () => enc.encodeInto('x', []), () => TextDecoder.prototype.decode.call({})]) {
  try { f(); } catch (e) { console.log(e.name, e.code, e.message); }
}
// A bad decode() input is worded by decoder: 'list' on the UTF-8 fast path,
// which a streaming decode leaves for good; 'input' otherwise.
const streamed = new TextDecoder();
streamed.decode(new Uint8Array([0x41]), { stream: true });
for (const [d, o] of [[new TextDecoder(), { stream: true }], [streamed, {}], [new TextDecoder('utf-16le'), {}], [new TextDecoder('latin1'), {}]]) {
  try { d.decode({}, o); } catch (e) { console.log(d.encoding, e.code, e.message); }
}
