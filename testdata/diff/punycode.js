// punycode: encode/decode (RFC 3492's samples), toASCII/toUnicode of
// domains and email addresses, ucs2, and the errors of bad input.
const punycode = require('punycode');
console.log(punycode.version, Object.keys(punycode), Object.keys(punycode.ucs2));
const words = ['mañana', 'bücher', 'ليهمابتكلموشعربي؟', '他们为什么不说中文', 'Pročprostěnemluvíčesky', 'почемужеонинеговорятпорусски',
  'PorquénopuedensimplementehablarenEspañol', '3年B組金八先生', 'MajiでKoiする5秒前', '☃-⌘', 'abc', '', '𝌆 emoji 😀', 'a-b-c-ü'];
for (const w of words) {
  const e = punycode.encode(w);
  console.log(JSON.stringify(w), e, punycode.decode(e) === w);
}
for (const d of ['mañana.com', 'bücher.example', 'user@bücher.example', 'ドメイン名例.jp', 'a\u3002ü\uFF0Eb\uFF61c', 'plain.example', 'xn--ls8h.la']) {
  const a = punycode.toASCII(d);
  console.log(JSON.stringify(d), a, punycode.toUnicode(a));
}
console.log(punycode.toUnicode('XN--BCHER-KVA.example'), punycode.toUnicode('xn--maana-pta.com'));
console.log(punycode.ucs2.decode('\uD834\uDF06a\uD800'), punycode.ucs2.encode([0x1D306, 97, 0xD800]).length);
for (const bad of ['ü-abc', 'abc-!!', 'zzzzzzzzzzzzzzzzzzzz', 'a-']) {
  try { console.log(JSON.stringify(bad), JSON.stringify(punycode.decode(bad))); } catch (e) { console.log(JSON.stringify(bad), e.name, e.message); }
}
