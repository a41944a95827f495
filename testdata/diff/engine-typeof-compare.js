// typeof compared with a string literal (both orders, ==, ===, != and !==,
// an unknown type name, an undeclared name, a call evaluated once) gives
// what node gives for every kind of value.
const vals = [undefined, null, 1, 1.5, 'a', true, Symbol(), 10n, {}, [], () => 1, class {}, new Proxy({}, {}), new Proxy(function () {}, {})];
const out = [];
for (const v of vals) {
  out.push([typeof v === 'function', typeof v == 'object', 'undefined' === typeof v, typeof v !== 'number', typeof v != 'string', typeof v === 'boolean', typeof v === 'symbol', typeof v === 'bigint', typeof v === 'funtion', typeof v === 'object'].map(Number).join(''));
}
console.log(out.join(' '), typeof notDeclared === 'undefined', typeof notDeclared !== 'undefined');
let calls = 0; const f = () => { calls++; return 1; };
console.log(typeof f() === 'number', calls);
try { (() => { 'use strict'; return typeof tdz === 'undefined'; let tdz; })(); } catch (e) { console.log(e.constructor.name); }
try { console.log(typeof tdz2 === 'undefined'); let tdz2 = 1; } catch (e) { console.log(e.constructor.name); }
console.log((function () { return typeof arguments === 'object'; })(), typeof this === 'object');
