// The engine's TypeErrors say what V8's say for reading or setting a
// property of null or undefined and for calling what is not a function
// or constructing with what is not a constructor (naming the callee as the
// source has it).
const cases = [
  () => null.x, () => undefined.x, () => { let u; u.y = 1; }, () => { 'use strict'; null.z = 1; },
  () => { const k = 'key'; undefined[k]; }, () => { null[0] = 1; }, () => { undefined[Symbol('q')]; },
  () => { null[1.5]; }, () => { null[{ toString() { throw new Error('converted'); } }]; },
  () => ({}).x.y, () => { const o = {}; o.foo(); }, () => { const f = 1; f(); },
  () => { const o = { a: {} }; o.a.b(); }, () => { const arr = [1]; arr.missing(); }, () => { Math.foo(); },
  () => { (void 0)(); }, () => { const arr = [0]; arr[0](); }, () => { const o = { f: {} }; o.f(); },
  () => { this.nothing(); }, () => { const o = {}; o?.opt(); },
  () => { const x = 1; new x(); }, () => { const X = {}; new X(); }, () => { const ns = { K: 1 }; new ns.K(); },
  () => { const ns = { K: 1 }; new ns.K; }, () => { const f = () => 1; new f(); }, () => { new Math.max(); },
];
for (const c of cases) {
  try {
    c();
    console.log('no error');
  } catch (e) {
    console.log(`${e.name}: ${e.message}`);
  }
}
