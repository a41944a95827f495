// String.prototype.isWellFormed and toWellFormed (ES2024, in node 20): lone
// surrogates found and replaced by U+FFFD, surrogate pairs kept.
const cases = ['abc', 'a\uD800', '\uDC00b', '\uD83D\uDE00', 'x\uD83D\uDE00\uD800y\uDFFF', '', 'é'];
for (const s of cases) console.log(JSON.stringify(s), s.isWellFormed(), JSON.stringify(s.toWellFormed()), s.toWellFormed() === s);
console.log(String.prototype.isWellFormed.length, String.prototype.toWellFormed.name, Object.getOwnPropertyDescriptor(String.prototype, 'isWellFormed').enumerable);
try { String.prototype.isWellFormed.call(null); } catch (e) { console.log(e.name, e.message); }
console.log(String.prototype.toWellFormed.call(123), String.prototype.isWellFormed.call({ toString() { return '\uD800'; } }));
