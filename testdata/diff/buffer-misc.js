'use strict';
// Construction paths, memory sharing, JSON, swaps, atob/btoa and module exports.
const buffer = require('buffer');
const { Buffer: B, constants, kMaxLength, kStringMaxLength, INSPECT_MAX_BYTES } = buffer;
console.log(B === Buffer, JSON.stringify(constants), kMaxLength, kStringMaxLength, INSPECT_MAX_BYTES);
console.log(typeof buffer.SlowBuffer, typeof buffer.transcode, typeof buffer.atob, typeof buffer.btoa, typeof buffer.isUtf8);
console.log(Object.getPrototypeOf(Buffer) === Uint8Array, Buffer.prototype.constructor === Buffer, Buffer.poolSize);
const ab = new ArrayBuffer(8);
const v = Buffer.from(ab, 2, 4);
v[0] = 9;
console.log(new Uint8Array(ab)[2], v.length, v.byteOffset, v.buffer === ab, v.parent === ab, v.offset);
const show = (f) => {
  try { const r = f(); return Buffer.isBuffer(r) ? `buf:${r.toString('hex')}` : JSON.stringify(r); } catch (e) { return `${e.name}|${e.code}|${e.message}`; }
};
for (const args of [[ab, 8], [ab, 9], [ab, 0, 9], [ab, '2', '3'], [ab, NaN], [ab, 1, -1], [[1, 2, 300, -1, 'x', 1.9]],
  [{ length: 2, 0: 7, 1: 8 }], [{ type: 'Buffer', data: [1, 2] }], [new Uint16Array([0x102, 0x304])], [new String('hey')],
  [{ valueOf() { return 'vo'; } }], [{ [Symbol.toPrimitive]() { return 'tp'; } }], [{}], [5], [null], [undefined], [true],
  [{ length: 'x' }], [new Float64Array([1.5, 300])], [new DataView(ab)], [Buffer.from('dup')]]) {
  console.log('from', show(() => Buffer.from(...args)));
}
const base = Buffer.from('hello');
const sl = base.slice(1, 3);
sl[0] = 0x45;
const sub = base.subarray(-2);
sub[1] = 0x4f;
console.log(base.toString(), sl.toString(), sub.toString(), Buffer.isBuffer(sl), Buffer.isBuffer(sub));
for (const [s, e] of [[0], [-3], [2, -1], [4, 2], [NaN, 2], ['1', '3'], [1.7, 3.9], [-100, 100], [undefined, 2]]) {
  console.log('slice', s, e, base.slice(s, e).toString(), base.subarray(s, e).toString());
}
console.log(JSON.stringify(Buffer.from('ab')), JSON.stringify({ b: Buffer.alloc(0) }), JSON.stringify(Buffer.from([1, 2]).toJSON()));
console.log(Buffer.from(JSON.parse(JSON.stringify(Buffer.from('round')))).toString());
const sw = Buffer.from([1, 2, 3, 4, 5, 6, 7, 8]);
console.log(sw.swap16().toString('hex'), sw.swap32().toString('hex'), sw.swap64().toString('hex'));
try { Buffer.alloc(3).swap16(); } catch (e) { console.log(e.name, e.code, e.message); }
try { Buffer.alloc(6).swap32(); } catch (e) { console.log(e.name, e.code, e.message); }
console.log(btoa('hello'), btoa(''), btoa('\xff\xfe'), atob('aGVsbG8='), atob(' aGVs bG8 '), JSON.stringify(atob('//79')), atob('YQ'), btoa(123));
for (const s of ['a', 'ab=c', '====', 'YQ===', 'Y!', 'YQ=', 'YR==']) {
  try { console.log(JSON.stringify(atob(s))); } catch (e) { console.log(e.name, e.message); }
}
try { btoa('\u0100'); } catch (e) { console.log(e.name, e.message); }
try { atob(); } catch (e) { console.log(e.code, e.message); }
console.log(Buffer.of(1, 2, 300).toString('hex'), Buffer.byteLength('€'), Buffer.byteLength('€', 'latin1'), Buffer.byteLength('aGk=', 'base64'),
  Buffer.byteLength(new Uint16Array(3)), Buffer.byteLength(new ArrayBuffer(5)), Buffer.byteLength('abc', 'bogus'), Buffer.byteLength('😀'),
  Buffer.byteLength('\ud800'), Buffer.byteLength('abcd', 'hex'), Buffer.byteLength('abc', 'ucs2'));
try { Buffer.byteLength(5); } catch (e) { console.log(e.code, e.message); }
console.log(buffer.isUtf8(Buffer.from('€')), buffer.isUtf8(Buffer.from([0xff])), buffer.isAscii(Buffer.from('abc')), buffer.isAscii(Buffer.from('é')));
console.log(buffer.transcode(Buffer.from('héllo'), 'utf8', 'latin1').toString('hex'), buffer.transcode(Buffer.from('hé'), 'utf8', 'ucs2').toString('hex'));
console.log(Buffer.copyBytesFrom(new Uint16Array([1, 2, 3]), 1).toString('hex'), Buffer.copyBytesFrom(new Uint8Array([1, 2, 3]), 1, 1).toString('hex'));
console.log(Buffer.from([1, 2, 3]).map((x) => x * 2).toString('hex'), Buffer.isBuffer(Buffer.from([1]).map((x) => x)), Buffer.from('abc').reverse().toString());
console.log(Buffer.from([1, 2]).inspect(), Buffer.alloc(0).inspect(), Buffer.alloc(51).inspect(), Buffer.alloc(52).inspect());
console.log(typeof Buffer.from('x')[Symbol.for('nodejs.util.inspect.custom')], [...Buffer.from('hi').entries()].join('|'));
const nb = new Buffer('legacy');
console.log(nb.toString(), Buffer(3).length, Buffer.isBuffer(new Uint8Array(1)), Buffer.isBuffer('x'), Buffer.isBuffer(null));
const sb = new buffer.SlowBuffer(4);
console.log(sb.length, Buffer.isBuffer(sb));
for (const size of [-1, 'x', kMaxLength + 1, NaN]) {
  try { Buffer.alloc(size); } catch (e) { console.log(e.name, e.code, e.message); }
}
