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

// Assignments that cannot be made, in strict code: read-only properties
// named with their object as V8 describes it (#<Foo>, [object Array], a
// function's source, a primitive's type and value), getters without
// setters, primitives as receivers; and the same silently in sloppy code.
const strictCases = [
  () => { 'use strict'; const o = Object.freeze({ a: 1 }); o.a = 2; },
  () => { 'use strict'; class Foo {} const f = new Foo(); Object.defineProperty(f, 'x', { value: 1 }); f.x = 2; },
  () => { 'use strict'; const a = Object.freeze([1]); a[0] = 2; },
  () => { 'use strict'; const a = Object.freeze([1, 2]); a.length = 0; },
  () => { 'use strict'; function F() {} F.name = 'x'; },
  () => { 'use strict'; const f = Object.freeze(() => 1); f.name = 'y'; },
  () => { 'use strict'; 'abc'.length = 1; },
  () => { 'use strict'; Object('abc')[1] = 'x'; },
  () => { 'use strict'; const o = Object.create(Object.freeze({ p: 1 })); o.p = 2; },
  () => { 'use strict'; const o = Object.freeze(Object.assign(Object.create(null), { a: 1 })); o.a = 2; },
  () => { 'use strict'; class Foo {} const o = Object.freeze(Object.assign(Object.create(Foo.prototype), { a: 1 })); o.a = 2; },
  () => { 'use strict'; const m = new Map(); Object.defineProperty(m, 'a', { value: 1 }); m.a = 2; },
  () => { 'use strict'; const o = { constructor: 'x' }; Object.defineProperty(o, 'a', { value: 1 }); o.a = 2; },
  () => { 'use strict'; const o = {}; Object.defineProperty(o, Symbol.iterator, { value: 1 }); o[Symbol.iterator] = 2; },
  () => { 'use strict'; Math.PI = 3; },
  () => { 'use strict'; (5).x = 1; },
  () => { 'use strict'; true.x = 1; },
  () => { 'use strict'; 'str'.y = 1; },
  () => { 'use strict'; const o = {}; Object.defineProperty(o, 'g', { get() { return 1; } }); o.g = 2; },
  () => { 'use strict'; class A { get g() { return 1; } } new A().g = 2; },
  () => { 'use strict'; const o = Object.preventExtensions({}); o.z = 1; },
  () => { const o = Object.freeze({ a: 1 }); o.a = 2; return o.a; },
  () => { const a = Object.freeze([1]); a[0] = 2; return a[0]; },
  () => Reflect.set(Object.freeze({ a: 1 }), 'a', 2),
];
for (const c of strictCases) {
  try {
    const r = c();
    console.log('no error', r);
  } catch (e) {
    console.log(`${e.name}: ${e.message}`);
  }
}

// How V8 names other objects in those messages: by their class when
// their prototype has its own toString, an error by its text, by
// Symbol.toStringTag, a typed array by its kind, a function by its source.
for (const o of [Object(1), Object(true), Object(Symbol('s')), Object(1n), new Date(0), /re/, new Error('e'), new TypeError(''),
  Object.assign(new Error('m'), { name: '' }), new Uint8Array(1), new Float64Array(1), function* g() {}, async () => {}, class K {},
  { [Symbol.toStringTag]: 'Tagged', toString: null }, Object.create({ toString: Object.prototype.toString, constructor: function Named() {} }),
  new (class extends Map {})(), new Set(), Promise.resolve(), new WeakMap(), new ArrayBuffer(1), new DataView(new ArrayBuffer(1))]) {
  try {
    'use strict';
    Object.defineProperty(o, 'q', { value: 1 });
    (function () { 'use strict'; o.q = 2; })();
    console.log('no error');
  } catch (e) {
    console.log(e.message);
  }
}

// Deleting a non-configurable property in strict code: the object is
// named as above (#<Foo>, [object Array], a typed array's kind, a
// function's source, [object String] for a string's index).
const deleteCases = [
  () => { 'use strict'; class Foo {} const f = Object.defineProperty(new Foo(), 'y', { value: 1 }); delete f.y; },
  () => { 'use strict'; delete Math.PI; },
  () => { 'use strict'; const a = Object.freeze([1]); delete a[0]; },
  () => { 'use strict'; const a = []; a[100] = 1; Object.freeze(a); delete a[100]; },
  () => { 'use strict'; const o = Object.defineProperty(Object.create(null), 'y', { value: 1 }); delete o.y; },
  () => { 'use strict'; delete new Uint8Array(2)[1]; },
  () => { 'use strict'; const s = Symbol('q'); const o = Object.defineProperty({}, s, { value: 1 }); delete o[s]; },
  () => { 'use strict'; delete (function f() {}).prototype; },
  () => { 'use strict'; delete 'abc'[0]; },
  () => { 'use strict'; delete Object.freeze(new Error('e')).message; },
  () => { 'use strict'; delete process.exitCode; },
  () => { const a = Object.freeze([1]); return delete a[0]; },
];
for (const c of deleteCases) {
  try {
    const r = c();
    console.log('no error', r);
  } catch (e) {
    console.log(`${e.name}: ${e.message}`);
  }
}
