// Engine paths gonode's goja takes shortcuts on: property storage past its
// small size (table, deletion moving entries, re-adding), object literals
// and constructors that start with room for their properties, lookups that
// reach Object.prototype's lazily made properties, instanceof through the
// default and a custom Symbol.hasInstance, and strings converted to
// numbers.
'use strict';

// Property storage: add, delete and re-add across sizes; keys keep their
// order, values their names.
for (const n of [0, 7, 8, 9, 16, 17, 33, 100]) {
  const o = {};
  for (let i = 0; i < n; i++) o['k' + i] = i;
  for (let i = 0; i < n; i += 3) delete o['k' + i];
  for (let i = 0; i < n; i += 6) o['k' + i] = -i;
  let sum = 0;
  for (const k of Object.keys(o)) sum += o[k] * (k.length + 1);
  const missing = [];
  for (let i = 0; i < n; i++) if (!(('k' + i) in o)) missing.push(i);
  console.log(n, Object.keys(o).length, sum, missing.join(','), JSON.stringify(o).length);
}

// Names that differ only in their middle bytes.
const mid = {};
for (let i = 0; i < 30; i++) mid['aaaaaaaa' + i + 'zzzzzzzz'] = i;
delete mid.aaaaaaaa3zzzzzzzz;
console.log(Object.keys(mid).length, mid.aaaaaaaa29zzzzzzzz, mid.aaaaaaaa3zzzzzzzz, 'aaaaaaaa4zzzzzzzz' in mid);

// Literals of many properties, with duplicates, computed keys, spreads,
// accessors and __proto__.
const key = 'c';
const lit = { a: 1, b: 2, [key]: 3, d: 4, e: 5, a: 6, ...{ f: 7, g: 8 }, get h() { return 9; }, __proto__: { inherited: true } };
console.log(JSON.stringify(lit), Object.keys(lit).join(), lit.h, lit.inherited, Object.getPrototypeOf(lit) !== Object.prototype);

// Constructors: instances after the first get room; sizes that vary;
// classes and subclasses; a constructor that returns another object.
function P(n) { for (let i = 0; i < n; i++) this['p' + i] = i; }
for (const n of [20, 3, 40, 0, 70]) {
  const p = new P(n);
  console.log('P', n, Object.keys(p).length, p['p' + (n - 1)]);
}
class A { constructor() { this.a1 = 1; this.a2 = 2; this.a3 = 3; this.a4 = 4; this.a5 = 5; this.a6 = 6; } }
class B extends A { constructor() { super(); this.b1 = 1; this.b2 = 2; this.b3 = 3; } }
for (let i = 0; i < 3; i++) {
  const a = new A(), b = new B();
  console.log(Object.keys(a).join(), Object.keys(b).join(), b instanceof A, a instanceof B);
}
function R() { this.x = 1; return { y: 2 }; }
console.log(JSON.stringify(new R()), JSON.stringify(new R()));

// Lookups reaching Object.prototype: found, missing, shadowed, deleted.
const plain = {};
console.log(typeof plain.toString, typeof plain.hasOwnProperty, plain.nope, 'valueOf' in plain, plain.propertyIsEnumerable('x'));
Object.prototype.extra = 'added';
console.log(plain.extra, {}.extra);
delete Object.prototype.extra;
console.log(plain.extra, Object.prototype.hasOwnProperty('toLocaleString'));

// instanceof: the default Symbol.hasInstance, bound functions, built-ins,
// a custom handler, non-callable right-hand sides.
function F() {}
const bound = F.bind(null);
console.log(new F() instanceof F, new F() instanceof bound, [] instanceof Array, new Error('x') instanceof Error, {} instanceof F);
class Even { static [Symbol.hasInstance](n) { return n % 2 === 0; } }
console.log(2 instanceof Even, 3 instanceof Even);
for (const rhs of [{}, 1, null, Object.create(Function.prototype)]) {
  try { console.log(({}) instanceof rhs); } catch (err) { console.log(err.constructor.name, err.message); }
}
console.log(Function.prototype[Symbol.hasInstance].call({}, {}), Function.prototype[Symbol.hasInstance].call(F, new F()));

// Strings to numbers.
for (const s of ['', ' ', '12', ' 12 ', '-7', '+7', '1.5', '.5', '-.5e1', '5.', '1e3', '0x1f', '-0x1f', '0b11', '0o17', '1_000',
  'abc', '-', '+', '.', 'Infinity', '-Infinity', '+Infinity', 'infinity', 'NaN', '12px', '\t\n3\n', '-0', '1e400', '0.0000001']) {
  console.log(JSON.stringify(s), Number(s), +s, s * 1, Math.trunc(s), s | 0, parseFloat(s), String(Number(s)));
}

// Prototype chains: getters and setters see the receiver; an inherited
// read-only property refuses assignment; proxies, null prototypes and
// primitives' prototypes on the way.
class G {
  get who() { return this.name; }
  set who(v) { this.name = v + '!'; }
}
class H extends G { constructor() { super(); this.name = 'h'; } }
const h = new H();
h.who = 'set';
console.log(h.who, Object.keys(h).join(), Object.getOwnPropertyNames(H.prototype).join());
const ro = Object.create(Object.defineProperty({}, 'fixed', { value: 1, writable: false }));
try { ro.fixed = 2; } catch (err) { console.log(err.constructor.name); }
console.log(ro.fixed, Object.keys(ro).length);
const proxied = Object.create(new Proxy({ deep: 'yes' }, { get: (t, k, r) => (k === 'viaProxy' ? r === proxied : t[k]) }));
console.log(proxied.deep, proxied.viaProxy, proxied.absent);
const bare = Object.create(null);
bare.x = 1;
console.log(bare.x, bare.toString, Object.keys(bare).join());
Object.defineProperty(String.prototype, 'shout', { get() { return this.toUpperCase() + '!'; }, configurable: true });
console.log('abc'.shout, (5).toFixed(1), true.toString());
delete String.prototype.shout;
console.log('abc'.shout);
const chain = {};
let link = chain;
for (let i = 0; i < 12; i++) link = Object.create(link, { ['l' + i]: { value: i, enumerable: true, writable: true } });
chain.root = 'r';
link.l0 = 'own';
console.log(link.l3, link.root, link.l0, Object.getPrototypeOf(link).l0, 'l11' in link, link.l12);
