// A let, const or class binding used before its declaration ran throws
// V8's ReferenceError, naming the binding, wherever it is read or written.
const cases = [
  () => { x; let x = 1; }, () => { x = 2; let x = 1; }, () => { typeof x; let x; }, () => { x++; let x = 1; },
  () => { const f = () => y; f(); let y = 1; }, () => { const f = () => { y = 3; }; f(); let y = 1; },
  () => { new A(); class A {} }, () => { class B extends B {} }, () => { const { a = b, b } = {}; },
  () => { function g() { return z; } g(); const z = 1; }, () => { switch (1) { case 1: w; let w; } },
  () => { let q = q; }, () => { console.log(longName1 + 1); let longName1 = 1; }, () => { const o = { k: v }; let v; },
  () => { for (let i = i; ;); }, () => { eval('t'); let t; }, () => { [...arr]; let arr = []; },
];
for (const c of cases) { try { c(); console.log('ok'); } catch (e) { console.log(e.constructor.name + ': ' + e.message); } }
