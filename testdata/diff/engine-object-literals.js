// Object literals of plain `key: value` properties, which gonode's goja
// makes from their values at once, sharing their list of names and their
// table between the objects of one literal until an object changes its
// own: each object of a literal changed on its own (add, delete, re-add,
// redefine, freeze) leaves the others as they were, iterations over them
// (for-in, keys, spread, assign, JSON, entries) see the right names in
// the right order, also when an iteration changes the object, and keys
// that are array indices come first.
'use strict';

const make = (i) => ({ a: i, b: 'b' + i, c: null, d: undefined, e: [i], f: { g: i } });
const many = (i) => ({ k0: i, k1: 1, k2: 2, k3: 3, k4: 4, k5: 5, k6: 6, k7: 7, k8: 8, k9: 9, k10: 10, k11: 11 });

const objs = [0, 1, 2, 3, 4, 5].map(make);
objs[1].z = 'added';
delete objs[2].b;
delete objs[3].a;
objs[3].a = 're-added';
Object.defineProperty(objs[4], 'c', { value: 'ro', enumerable: false });
Object.freeze(objs[5]);
try { objs[5].a = 9; } catch (err) { console.log(err.constructor.name); }
for (const o of objs) console.log(JSON.stringify(o), Object.keys(o).join(), Object.getOwnPropertyNames(o).length);

const big = [0, 1, 2, 3].map(many);
delete big[0].k3;
big[1].k12 = 12;
delete big[2].k0;
delete big[2].k11;
big[2].k0 = 'back';
for (let i = 12; i < 40; i++) big[3]['k' + i] = i;
for (const o of big) {
  console.log(Object.keys(o).join(), o.k0, o.k3, o.k11, o.k12, 'k3' in o, Object.keys(o).length);
}
console.log(JSON.stringify(many(7)));

// Iterations, nested and changing the object.
const it = make(1);
const seen = [];
for (const k in it) {
  seen.push(k);
  if (k === 'b') { delete it.c; it.late = 1; }
  for (const j in it) if (j === 'a') seen.push('inner:' + Object.keys(it).length);
}
console.log(seen.join(), Object.keys(it).join(), Object.keys(make(2)).join());
const it2 = make(2);
const keys = [];
for (const k in it2) { keys.push(k); it2['x' + k] = 1; }
console.log(keys.join(), Object.keys(it2).length, Object.keys(make(3)).join());
console.log(JSON.stringify({ ...make(4), a: 'over' }), JSON.stringify(Object.assign(make(5), { z: 1 })), Object.entries(make(6)).length);

// Array-index keys, numbers and strings as keys, shorthand, function names.
const x = 1, y = 2;
const idx = { b: 1, 2: 'two', a: 2, 1: 'one', '0': 'zero', x, y, 1.5: 'f', [String(9)]: 'nine' };
console.log(Object.keys(idx).join(), JSON.stringify(idx));
const idx2 = (v) => ({ z: v, 10: v, 3: v });
const i1 = idx2(1), i2 = idx2(2);
i1[0] = 0;
delete i2[10];
console.log(Object.keys(i1).join(), Object.keys(i2).join(), Object.keys(idx2(3)).join());
const fns = { f() {}, g: function () {}, h: () => {}, k: class {}, named: function inner() {} };
console.log(fns.f.name, fns.g.name, fns.h.name, fns.k.name, fns.named.name);
const fns2 = (v) => ({ g: function () { return v; }, h: () => v });
console.log(fns2(1).g.name, fns2(1).h.name, fns2(1).g(), fns2(2).h());

// Values evaluated in order, and a throw midway leaves nothing behind.
const order = [];
const v = (n) => { order.push(n); return n; };
const ordered = { p: v(1), q: v(2), r: v(3) };
console.log(order.join(), JSON.stringify(ordered));
try {
  ({ p: v(4), q: (() => { throw new Error('midway'); })(), r: v(5) });
} catch (err) {
  console.log(err.message, order.join());
}

// Many literals alive at once, each of its own.
const all = [];
for (let i = 0; i < 1000; i++) {
  const o = i % 2 ? make(i) : many(i);
  if (i % 3 === 0) delete o.a;
  if (i % 5 === 0) o['extra' + i] = i;
  all.push(o);
}
let total = 0;
for (const o of all) total += Object.keys(o).length + (o.a === undefined ? 0 : 1) + (o.k0 === undefined ? 0 : 1);
console.log(total, Object.keys(all[500]).join(), Object.keys(all[999]).join());
console.log(Object.getOwnPropertyDescriptor(make(1), 'b').writable, Object.isExtensible(make(1)), Object.prototype.isPrototypeOf(make(1)));
