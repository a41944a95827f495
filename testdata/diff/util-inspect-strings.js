const util = require('util');
const strings = [
  "single 'quote'", 'double "quote"', 'both \' and "', 'all \' " and `', 'template ${x} \' "',
  'tab\there', 'nl\nthere', 'cr\r', 'nul\0', 'bell\x07', 'esc\x1b[31m', 'del\x7f', 'c1\x85',
  'back\\slash', 'unicode ünïcödé ✓ 日本語 😀', 'lone \ud800 surrogate', 'reversed \udc00\ud800',
];
for (const s of strings) console.log(util.inspect(s));
console.log({ strings });
console.log(['x'.repeat(100)]);
console.log({ long: 'word '.repeat(30) });
console.log({ multi: 'first line\nsecond line\nthird line which is long enough to wrap the output' });
console.log(util.inspect('a'.repeat(20), { maxStringLength: 4 }));
console.log(util.inspect(['abc', 'defgh'], { maxStringLength: 2 }));
console.log('top level strings are printed raw: \'"`');
