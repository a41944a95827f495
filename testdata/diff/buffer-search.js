'use strict';
// indexOf / lastIndexOf / includes / compare / equals.
const b = Buffer.from('abcabc');
const cases = [['b'], ['b', 2], ['b', -2], ['b', -100], ['b', 100], ['', 3], ['', 100], ['', -2], ['', -100],
  ['bc', 'hex'], [98], [98 + 256], [-158], ['c', NaN], ['c', {}], ['c', null], ['c', 'latin1'], [Buffer.from('ca')],
  [new Uint8Array([99])], ['', undefined], [Buffer.alloc(0)], ['b', 1.9], ['abc', 3], ['abc', 2], ['abcabcabc'],
  ['c', 5], ['c', 6], ['a', -6], ['a', -7], ['YWJj', 'base64'], ['YQ', 'base64url'], [97, -1], [99, -1], [97, 100],
  ['6263', 'hex'], ['ab', 0, 'ascii'], ['b', 0x80000000], ['b', -0x80000001], ['b', true], ['b', [2]]];
for (const c of cases) {
  const args = JSON.stringify(c.map((x) => (Buffer.isBuffer(x) || x instanceof Uint8Array ? `buf:${Buffer.from(x).toString()}` : x)));
  console.log(args, b.indexOf(...c), b.lastIndexOf(...c), b.includes(...c));
}
const u = Buffer.from('aXbXcXbX', 'utf16le');
console.log(u.indexOf('b', 0, 'ucs2'), u.lastIndexOf('b', undefined, 'ucs2'), u.indexOf('X', 0, 'utf16le'), u.indexOf(Buffer.from('b\0'), 0, 'ucs2'),
  u.lastIndexOf('b', 5, 'ucs2'), u.indexOf('\u5800', 0, 'ucs2'), Buffer.from('\0a\0b').indexOf('ab', 0, 'ucs2'));
const odd = Buffer.from([0, 0x61, 0, 0x62, 0]);
console.log(odd.indexOf('a', 0, 'ucs2'), odd.indexOf(Buffer.from([0x61, 0]), 0, 'ucs2'), odd.indexOf(Buffer.from([0x61, 0])));
for (const bad of [{}, undefined, true, () => 1]) {
  try { b.indexOf(bad); } catch (e) { console.log(e.code, e.message); }
}
try { b.indexOf('a', 0, 'bad'); } catch (e) { console.log(e.code, e.message); }
console.log(b.indexOf(Buffer.from('a'), 0, 'bad'));
const x = Buffer.from([1, 2, 3]);
const y = Buffer.from([1, 2, 4]);
console.log(Buffer.compare(x, y), Buffer.compare(y, x), Buffer.compare(x, x), Buffer.compare(x, Buffer.from([1, 2])),
  Buffer.compare(Buffer.alloc(0), Buffer.alloc(0)), x.compare(y), x.equals(Buffer.from([1, 2, 3])), x.equals(y),
  x.equals(new Uint8Array([1, 2, 3])));
const s = Buffer.from('1234567890');
const t = Buffer.from('34567');
console.log(s.compare(t, 0, 5, 2, 7), s.compare(t, 1, 3, 3, 5), s.compare(t, 0, 0, 0, 0), s.compare(t, 0, 0, 1, 2),
  s.compare(t, 0, 2, 5, 5), s.compare(t, 5), s.compare(t, 0, 5, 2), s.compare(t, 2, 4, 0, 10));
for (const args of [[t, -1], [t, 0, 6], [t, 0, 5, -1], [t, 0, 5, 0, 11], [t, '1'], [t, 1.5], [t, 6, 6, 0, 1], ['x'], [[1]]]) {
  try { console.log(s.compare(...args)); } catch (e) { console.log(e.code, e.message); }
}
for (const args of [[x, 'a'], [null, x], [x, [1]]]) {
  try { console.log(Buffer.compare(...args)); } catch (e) { console.log(e.code, e.message); }
}
try { x.equals('abc'); } catch (e) { console.log(e.code, e.message); }
const sorted = [Buffer.from('b'), Buffer.from('a'), Buffer.from('ab'), Buffer.from('')].sort(Buffer.compare);
console.log(sorted.map(String).join(','));
