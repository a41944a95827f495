// Multiline anchors and the dot know ECMAScript's line terminators (\n, \r,
// U+2028, U+2029), also where the pattern needs the backtracking engine.
const cases = [
  [/^b\r\n$/m, 'a\r\nb\r\n\r\n'], [/x$/m, 'x\r'], [/x$/m, 'x\n'], [/^y/m, 'a\ry'], [/^y/m, 'a\u2028y'], [/y$/m, 'y\u2029z'],
  [/^$/m, '\r\r'], [/[$^]/m, 'a^'], [/\^x\$/m, '^x$'], [/^a|b$/gm, 'a\rb\na'], [/(?:^|,)(\w+)/gm, 'x,y\rz'],
  [/^\s*$/m, 'a\r\n  \r\nb'], [/^(?<w>\w+)$/mu, 'ab\r\ncd'], [/[^]$/m, 'q\r'], [/^/gm, 'a\rb\nc\u2028d'],
];
for (const [re, s] of cases) {
  const r = new RegExp(re.source, re.flags);
  console.log(re.source, JSON.stringify(s), r.test(s), JSON.stringify(s.match(new RegExp(re.source, re.flags.includes('g') ? re.flags : re.flags + 'g'))), JSON.stringify(s.replace(new RegExp(re.source, re.flags), '<$&>')));
}
console.log('a\r\nb\r\nc'.split(/$/m).length, 'x\ry'.replace(/^/gm, '> '));
console.log(/(a)\1.$/m.test('aa\r'), /(?<=x)^y/m.test('x\ry'), /(a).\1/.test('a\ra'), /(a).\1/s.test('a\ra'), /^.$/mu.test('\u{10300}'));
