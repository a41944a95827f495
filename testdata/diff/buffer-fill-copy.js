'use strict';
// fill, copy, concat, write, alloc with fill.
const show = (f) => {
  try { const r = f(); return Buffer.isBuffer(r) ? `buf:${r.toString('hex')}` : JSON.stringify(r); } catch (e) { return `${e.name}|${e.code}|${e.message}`; }
};
const fills = [['a'], ['ab', 1], ['ab', 1, 4], ['ab', 'hex'], ['abcd', 'hex'], ['zz', 'hex'], ['€'], ['é', 'latin1'],
  [0x41], [256 + 0x42], [-1], [1.9], [true], [{}], [null], [''], [Buffer.from([1, 2, 3])], [new Uint8Array(0)],
  ['YWJj', 'base64'], ['a', 0, 8, 'utf8'], ['a', 2, 1], ['a', -1], ['a', 0, 9], ['a', 1.5], ['a', '1'], ['a', 0, 2, 'bad'],
  ['a', 0, 2, 5], ['ab', 'ucs2'], ['\u0102', 'ucs2'], [new Uint16Array([0x102, 0x304])], ['xyz', 1, 'latin1']];
for (const args of fills) {
  const b = Buffer.alloc(8, 0x2e);
  console.log(JSON.stringify(args.map((a) => (a instanceof Uint8Array || a instanceof Uint16Array ? `view${a.length}` : a))), show(() => b.fill(...args)));
}
for (const args of [[5], [5, 'ab'], [5, 'YQ', 'base64'], [5, 0], [5, 7], [0, 'a'], [3, ''], [3, Buffer.from('xy')], [-1], ['5'], [2.5], [3, 'zz', 'hex'], [3, 'a', 'nope']]) {
  console.log('alloc', JSON.stringify(args), show(() => Buffer.alloc(...args)), show(() => Buffer.allocUnsafe(args[0]).length), show(() => Buffer.allocUnsafeSlow(args[0]).length));
}
const src = Buffer.from('abcdef');
for (const args of [[0], [2], [0, 2], [0, 2, 4], [4, 0, 6], [0, 5], [10], [0, 6], [0, 0, 100], [-1], [0, -1], [0, 0, -1],
  ['1'], [1.5, 0.5], [0, 7], [0, 3, 1], [undefined, 2]]) {
  const dst = Buffer.alloc(6, 0x2e);
  console.log('copy', JSON.stringify(args), show(() => src.copy(dst, ...args)), dst.toString());
}
const self = Buffer.from('0123456789');
self.copy(self, 2, 0, 6);
console.log('overlap', self.toString());
try { src.copy('x'); } catch (e) { console.log(e.code, e.message); }
console.log(show(() => Buffer.concat([Buffer.from('ab'), new Uint8Array([99]), Buffer.from('de')])), show(() => Buffer.concat([])),
  show(() => Buffer.concat([Buffer.from('abc')], 2)), show(() => Buffer.concat([Buffer.from('abc')], 5)),
  show(() => Buffer.concat([Buffer.from('a'), 'b'])), show(() => Buffer.concat('ab')), show(() => Buffer.concat([Buffer.from('a')], -1)),
  show(() => Buffer.concat([Buffer.from('a')], 1.5)));
const w = Buffer.alloc(6);
for (const args of [['abzz', 'hex'], ['abcdefabcdefabcdef', 'hex'], ['YWJjZGVmZ2hp', 1, 'base64'], ['€€', 2, 'utf8'], ['abc', 'utf16le'],
  ['x€', 4], ['é', 5, 'latin1'], ['hello', 1, 2], ['hello', 1, 2, 'ascii'], ['hi', 6], ['hi', 7], ['hi', -1], ['hi', 0, 10],
  ['hi', 'bogus'], [5], ['hi', 1.5], ['😀', 0], ['😀', 3], ['ab', 0, 3, 'ucs2'], ['a', '1']]) {
  console.log('write', JSON.stringify(args), show(() => w.write(...args)), w.toString('hex'));
}
