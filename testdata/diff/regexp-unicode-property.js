// Unicode property escapes in u-mode regular expressions: categories and
// scripts by short, long and key=value names, negations, inside and
// outside classes, and the errors for unknown names. Without the u flag,
// \p is the letter p.
const cases = [
  [/\p{L}/, 'p{L}'], [/\p/, 'p'], [/\p{L}/u, 'p{L}'], [/\p{L}/u, 'é'],
  [/\p{Letter}/u, 'é'], [/^\p{Lu}$/u, 'É'], [/^\p{Lu}/iu, 'a'],
  [/\p{Lowercase_Letter}/u, 'a'], [/\P{L}/u, '1'], [/[^\P{L}]/u, 'x'],
  [/\p{Script=Greek}/u, 'α'], [/\p{sc=Greek}/u, 'a'], [/\p{Script=Han}/u, '漢'],
  [/\P{Script=Latin}/u, 'a'], [/\P{Script=Latin}/u, 'α'],
  [/\p{General_Category=Decimal_Number}/u, '٣'], [/\p{gc=Nd}/u, '5'],
  [/\p{Emoji}/u, '😀'], [/\p{White_Space}/u, ' '], [/^\p{L}+$/u, 'żółw😀'],
  [/\p{ASCII}/u, 'é'], [/\p{ASCII}/u, 'e'], [/\P{ASCII}/u, 'é'], [/[\P{ASCII}]/u, 'e'],
  [/[\P{ASCII}x]/u, 'x'], [/^[\p{ASCII}]+$/u, 'abc'], [/[^\p{ASCII}]/u, 'é'],
  [/\p{Any}/u, '😀'], [/\P{Any}/u, 'a'], [/[\P{Any}a]/u, 'a'], [/\\p/u, '\\p'],
];
for (const [re, s] of cases) console.log(String(re), JSON.stringify(s), re.test(s));
console.log('a1b2'.replace(/\p{Nd}/gu, '#'));
console.log('Ünïcödé text 123'.match(/\p{L}+/gu));
console.log(/[\p{sc=Greek}\d]+/u.exec('xαβ1')[0]);
console.log(new RegExp('\\p{Script=Cyrillic}', 'u').test('ж'));
for (const src of ['\\p{Foo}', '\\p{Script=Foo}', '\\p{L']) {
  try {
    new RegExp(src, 'u');
    console.log('compiled', src);
  } catch (e) {
    console.log(src, e.name);
  }
}
