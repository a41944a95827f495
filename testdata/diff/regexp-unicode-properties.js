// Unicode property escapes regexp2 lacks, derived from Go's tables
// (Default_Ignorable_Code_Point, Alphabetic, ID_Start, Assigned...), long
// general category names, Script_Extensions, scripts' four-letter codes,
// ECMAScript's refusal of contributory ones (Other_*); the v flag without
// set notation (as string-width uses it) and \p{RGI_Emoji}; calling a
// null-prototype object.
const cases = [['Spacing_Mark', '\u0903'], ['Mc', '\u0903'], ['Nonspacing_Mark', '\u0301'], ['Enclosing_Mark', '\u20DD'], ['Format', '\u200B'], ['Control', '\u0001'], ['Surrogate', '\uD800'], ['Regional_Indicator', '🇦'], ['White_Space', ' '], ['Default_Ignorable_Code_Point', '\u200B'], ['Default_Ignorable_Code_Point', 'a'], ['Alphabetic', 'é'], ['Lowercase', 'a'], ['Uppercase', 'A'], ['Extended_Pictographic', '😀'], ['Emoji_Presentation', '😀'], ['Emoji', '😀'], ['Emoji_Component', '#'], ['Hex_Digit', 'f'], ['ID_Start', 'a'], ['ID_Continue', '1'], ['Letter', 'a'], ['Decimal_Number', '5'], ['Punctuation', '!'], ['Math', '+'], ['Assigned', 'a'], ['Cased', 'a'], ['Dash', '-'], ['Variation_Selector', '\uFE0F'], ['Script=Greek', 'α'], ['sc=Grek', 'α'], ['sc=Hira', 'あ'], ['sc=Zinh', '\u0301'], ['sc=Xxxx', 'a'], ['Script_Extensions=Latin', 'a'], ['gc=Lu', 'A'], ['General_Category=Uppercase_Letter', 'A'], ['Other_Alphabetic', 'a']];
for (const [p, ch] of cases) {
  let r;
  try { r = new RegExp(`^\\p{${p}}$`, 'u').test(ch) + ' ' + new RegExp(`^\\P{${p}}$`, 'u').test(ch) + ' ' + new RegExp(`^[\\p{${p}}x]$`, 'u').test(ch) + ' ' + new RegExp(`^[^\\P{${p}}]$`, 'u').test(ch); } catch (e) { r = e.message; }
  console.log(p, JSON.stringify(ch), r);
}

for (const [p, f] of [['a', 'uv'], ['a', 'vv'], ['[a-c]', 'v'], ['[^\\p{Default_Ignorable_Code_Point}\\p{Control}\\p{Format}\\p{Nonspacing_Mark}\\p{Enclosing_Mark}\\p{Surrogate}]', 'v'], ['^.$', 'v'], ['x-y', 'gv']]) {
  try {
    const r = new RegExp(p, f);
    console.log(p, f, r.flags, r.unicodeSets, r.unicode, r.test('b'), r.test('😀'), String(r));
  } catch (e) {
    console.log(p, f, e.name);
  }
}
console.log(/a/v.flags, /a/dgimsvy.flags, String(/a/v), 'x😀y'.match(/./gv).length);

const rgi = /^\p{RGI_Emoji}$/v;
for (const s of ['😀', '👍🏽', '👨‍👩‍👧', '🇫🇷', '#️⃣', '©', '©️', 'a', '🏴󠁧󠁢󠁳󠁣󠁴󠁿', '❤️', '❤', '🏻', '👩‍💻']) console.log(JSON.stringify(s), rgi.test(s));
const bare = Object.create(null);
try { bare(); } catch (e) { console.log(e.message); }
try { [Object.create(null)][0](); } catch (e) { console.log(e.name); }
