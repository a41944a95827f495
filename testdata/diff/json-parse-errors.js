// JSON.parse's SyntaxErrors say what V8's say, at V8's positions (UTF-16
// code units): a chosen set of texts, then 3,000 made from JSON's pieces.
const chosen = [
  'abc', '', '{', '{"a":1,}', '[1,]', '{a:1}', '"abc', '{"a" 1}', '[1 2]', '1 2', 'tru', 'nul', '-', '01', '1.', '"\\x"', '"a\nb"', '{"a":1}x', '[', '{"a":', 'undefined', "'a'", '\u00a0 1', '{"a":1', '[1', '"\\u12"', '1e', '{"__proto__":1,}', ' ', '[true,,]', 'NaN', '{"a":1}}',
  'Infinity', '[object Object]', '-Infinity', 'undefinedx', 'nan',
  'x23456789012345678901', 'x2345678901234567890', '01234567890123456789x', '0123456789x123456789',
  '{"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaa": x}', '{"a": 1, "bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb": tx}', '[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13 x]',
  '"\\u00zz"', '"\\u', '"\\', '"abc\\"', 'trux', 'falsy', 'nulL', '-a', '1.e5', '1e+', '+1', '.5', '[-]', '{"a":-}', '"\t"', '\t\n\r 1 \t', '\u2028 1',
  '{"a":1 "b":2}', '[1,2', '{"a"', '{"a":1,', '{,}', '[,1]', 'truefalse', '"a" "b"', '{"a":1}{', '1x', '-0', '-01', '1E5', '2e-3', '[1.5e+3]',
];
for (const s of chosen) {
  try {
    JSON.parse(s);
    console.log('ok', JSON.stringify(s));
  } catch (e) {
    console.log(JSON.stringify(s), `${e.name}: ${e.message}`);
  }
}
for (const v of [{}, undefined, NaN, Infinity, '😀x', '"😀"x', '\ud800', '"\ud800" 1']) {
  try {
    JSON.parse(v);
    console.log('ok');
  } catch (e) {
    console.log(e.message);
  }
}

let seed = 7;
const random = (n) => {
  seed = (seed * 1103515245 + 12345) % 2147483648;
  return Math.floor((seed / 2147483648) * n);
};
const pieces = ['{', '}', '[', ']', ':', ',', '"', '\\', 'u', '0', '1', '9', '-', '+', '.', 'e', 'E', 't', 'r', 'f', 'a', 'l', 's',
  'n', ' ', '\n', '\t', 'x', 'A', 'F', '\u0001', '😀', 'é', '\ud800', '"a"', 'true', 'null', '12', '{"k":', '[1,', '"\\u', 'NaN', '1e', '-0'];
const counts = new Map();
for (let i = 0; i < 3000; i++) {
  let s = '';
  for (let j = 1 + random(16); j > 0; j--) s += pieces[random(pieces.length)];
  let msg;
  try {
    JSON.parse(s);
    msg = 'ok';
  } catch (e) {
    msg = e.message;
  }
  counts.set(msg, (counts.get(msg) || 0) + 1);
  if (i % 10 === 0) console.log(JSON.stringify(s), msg);
}
console.log(counts.size, [...counts.values()].reduce((a, b) => a + b, 0));

// Lone surrogates are quoted as they are (JSON.stringify shows them).
for (const s of ['\ud800x', '"\\\ud800"', 'x\ud800' + 'a'.repeat(30), '\udc00', '[1, \ud83d]']) {
  try {
    JSON.parse(s);
  } catch (e) {
    console.log(JSON.stringify(e.message), e.message.length);
  }
}
