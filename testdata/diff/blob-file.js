'use strict';
// Blob and File (buffer's and the globals): parts, types, slices, endings,
// reading, inspection, argument errors; a Response made from a Blob and one
// read as a Blob.
const { Blob, File } = require('buffer');
const t = (l, f) => { try { console.log(l, f()) } catch (e) { console.log(l, e.name, e.code, e.message) } };
t('str', () => new Blob('abc'));
t('num part', () => new Blob([5]).size);
t('obj part', () => new Blob([{}]).size);
t('type', () => new Blob([], {type: 'Text/HTML'}).type + '|' + new Blob([], {type: 'a\u00e9'}).type + '|');
t('inspect', () => require('util').inspect(new Blob(['ab'], {type: 'x/y'})));
t('slice', () => { const b = new Blob(['hello world']); const s = b.slice(-5, undefined, 'T/x'); return [s.size, s.type]; });
t('slice2', () => [new Blob(['abcdef']).slice(2, -1).size, new Blob(['abc']).slice(5).size, new Blob(['abc']).slice(2, 1).size]);
t('endings', () => new Blob(['a\r\nb\rc'], {endings: 'native'}).size);
t('bad endings', () => new Blob([], {endings: 'x'}));
t('file', () => { const f = new File(['ab'], 'n.txt', {type: 'text/plain', lastModified: 5}); return [f.name, f.size, f.type, f.lastModified, f instanceof Blob, Object.prototype.toString.call(f)]; });
t('file inspect', () => require('util').inspect(new File(['ab'], 'n.txt', {lastModified: 7})));
t('file args', () => new File(['a']));
t('proto', () => [Object.prototype.toString.call(new Blob()), Object.keys(new Blob()), typeof Blob.prototype.stream, typeof Blob.prototype.bytes, Blob === globalThis.Blob, File === globalThis.File]);
(async () => {
  const b = new Blob(['hé', new Uint8Array([33]), new Blob(['?']), new Uint16Array([0x4241]).buffer]);
  console.log(b.size, await b.text(), Buffer.from(await b.arrayBuffer()), await b.bytes());
  const r = new Response(b); console.log(await r.text());
  const r2 = new Response('x', { headers: { 'content-type': 'Text/Plain' } }); const bb = await r2.blob(); console.log(bb.size, bb.type, bb instanceof Blob);
})();
