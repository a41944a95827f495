// Intl.Segmenter splits text into graphemes, words and sentences as ICU does.
const show = (label, fn) => { try { console.log(label, JSON.stringify(fn())); } catch (e) { console.log(label, `${e.constructor.name}: ${e.message}`); } };
const text = 'Hello, wörld! 👨‍👩‍👧 is a family. 🇯🇵 e\u0301 ok? Yes.';
for (const g of ['grapheme', 'word', 'sentence']) {
  const seg = new Intl.Segmenter('en', { granularity: g });
  show(g, () => [...seg.segment(text)].map((s) => [s.segment, s.index, s.isWordLike]));
  show(`${g} containing`, () => [0, 5, 14, 15, 40, -1, 1000].map((i) => seg.segment(text).containing(i)?.segment));
  show(`${g} options`, () => seg.resolvedOptions());
}
show('string width', () => [...new Intl.Segmenter().segment('a👍🏽b')].length);
show('bad', () => new Intl.Segmenter('en', { granularity: 'line' }));
show('tag', () => [Object.prototype.toString.call(new Intl.Segmenter()), Object.prototype.toString.call(new Intl.Segmenter().segment('x')[Symbol.iterator]())]);
const segs = new Intl.Segmenter().segment('ab'); const it = segs[Symbol.iterator]();
show('iter', () => [it.next(), it.next(), it.next()]);
show('data keys', () => Object.keys(new Intl.Segmenter('en', {granularity: 'word'}).segment('hi there').containing(0)));
