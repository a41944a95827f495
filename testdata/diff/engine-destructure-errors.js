// An object pattern given null or undefined throws V8's TypeError, naming
// the pattern's first property and the value's source.
const o = {};
const cases = [() => { const { a } = undefined; }, () => { const { a } = null; }, () => { const {} = null; }, () => { const { a: { b } } = {}; },
  () => { function f({ a }) {} f(); }, () => { const { a } = o.x; }, () => { let v; const { a, b } = v; }, () => { let a; ({ a } = null); },
  () => { const { ['k']: a } = null; }, () => { const { ...r } = null; }, () => { const [{ a }] = [undefined]; },
  () => { const g = () => {}; const { a } = g(); }, () => { const { 0: z } = undefined; }, () => { var { 'q': w } = o.y; },
  () => { const { a: { b: { c } } } = { a: {} }; }, () => { const { a, ...rest } = o.z; }, () => { const { a } = { a: 1 }; console.log(a); }];
for (const c of cases) { try { c(); console.log('ok'); } catch (e) { console.log(e.constructor.name + ': ' + e.message); } }
// A pattern inside a function in another pattern's default value is not
// nested in it.
try { const { a = (() => { const { b } = null; })() } = o; } catch (e) { console.log(e.message); }
try { const [x = (() => { const { c } = undefined; })()] = []; } catch (e) { console.log(e.message); }
try { function f({ a } = (() => { const { d } = o.q; })()) {} f(); } catch (e) { console.log(e.message); }
