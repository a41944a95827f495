// The engine's TypeErrors for a value that cannot be iterated say what
// V8's say: the syntax's iterations (for-of, spread, let and const array
// patterns) name the iterable as the source has it, or the callee whose
// result it is; built-ins and other patterns say what the value is.
const values = {
  five: 5, bool: true, obj: {}, fn: function f() {}, nul: null, undef: undefined, sym: Symbol('s'), big: 10n,
  badIterator: { [Symbol.iterator]: 5 }, badResult: { [Symbol.iterator]: () => 5 },
};
const sites = {
  callSpread: (v) => Math.max(...v), arraySpread: (v) => [...v], forOf: (v) => { for (const a of v); },
  constPattern: (v) => { const [a] = v; }, letPattern: (v) => { let [a] = v; }, varPattern: (v) => { var [a] = v; },
  assignPattern: (v) => { let a; [a] = v; }, paramPattern: (v) => (([a]) => a)(v),
  member: (v) => { const o = { v }; for (const a of o.v); }, bracket: (v) => { const o = { v }; for (const a of o['v']); },
  index: (v) => { const arr = [v]; for (const a of arr[0]); }, memberPattern: (v) => { const o = { v }; const [a] = o.v; },
  call: (v) => { const f = () => v; for (const a of f()); }, callPattern: (v) => { const f = () => v; const [a] = f(); },
  callArraySpread: (v) => { const f = () => v; return [...f()]; }, callCallSpread: (v) => { const f = () => v; Math.max(...f()); },
  yieldStar: (v) => { function* g() { yield* v; } g().next(); },
  arrayFrom: (v) => Array.from(v), set: (v) => new Set(v), map: (v) => new Map(v), weakMap: (v) => new WeakMap(v),
  promiseAll: (v) => { Promise.all(v).catch((e) => console.log('promiseAll (rejected):', e.message)); },
  objectFromEntries: (v) => Object.fromEntries(v),
};
for (const [vn, v] of Object.entries(values)) {
  for (const [sn, site] of Object.entries(sites)) {
    try {
      site(v);
      console.log(vn, sn, 'ok');
    } catch (e) {
      console.log(vn, sn, `${e.constructor.name}: ${e.message}`);
    }
  }
}
const literals = [
  () => { for (const a of 5); }, () => { for (const a of 1.5); }, () => { for (const a of 0x10); }, () => { for (const a of -1); },
  () => { for (const a of null); }, () => { for (const a of false); }, () => { for (const a of {}); }, () => { for (const a of { x: 1 }); },
  () => { for (const a of /re/); }, () => { for (const a of this); }, () => { const o = {}; for (const a of o['x y']); },
  () => { const [a] = {}; }, () => { let [x] = true; }, () => { const g = function () {}; const [a] = new g(); },
  () => { Math.max(...null); }, () => { Math.max(...undefined); }, () => { const o = {}; Math.max(...o.x); },
  () => { const o = {}; for (const a of o.x?.y); },
];
for (const c of literals) {
  try {
    c();
    console.log('no error');
  } catch (e) {
    console.log(`${e.constructor.name}: ${e.message}`);
  }
}
