// Every kind of function called the ways the engine calls them from Go: as
// a getter and a setter, through Function.prototype.call/apply and
// Reflect.apply, as valueOf/toString in a conversion, as a listener and a
// nextTick callback; symbol-keyed definitions and their errors; ints
// through unary + and the bitwise operators.
const EventEmitter = require('events');
process.on('uncaughtException', (e) => console.log('uncaught', e.constructor.name, e.message));
class K { m() { return 'method'; } }
const kinds = {
  plain: function () { return this === undefined ? 'plain:undefined' : `plain:${typeof this}`; },
  arrow: () => 'arrow',
  method: { m() { return 'method'; } }.m,
  bound: function (x) { return `bound:${this.tag}:${x}`; }.bind({ tag: 't' }, 'x'),
  native: Math.max,
  boundNative: Math.max.bind(null, 7),
  async: async function () { return 'async'; },
  asyncArrow: async () => 'asyncArrow',
  generator: function* () { yield 'gen'; },
  cls: K,
  proxy: new Proxy(function () { return 'proxied'; }, {}),
  proxyApply: new Proxy(function () {}, { apply: () => 'trap' }),
};
const show = (v) => (v instanceof Promise ? 'Promise' : typeof v === 'object' && v !== null ? Object.prototype.toString.call(v) : String(v));
const attempt = (label, fn) => {
  try { console.log(label, show(fn())); } catch (e) { console.log(label, 'throws', e.constructor.name, e.message); }
};
for (const [name, f] of Object.entries(kinds)) {
  const o = {};
  Object.defineProperty(o, 'g', { get: f, set: f, configurable: true });
  attempt(`${name} get`, () => o.g);
  attempt(`${name} set`, () => { o.g = 1; return 'set ok'; });
  attempt(`${name} call`, () => Function.prototype.call.call(f, { tag: 'c' }, 1, 2));
  attempt(`${name} apply`, () => Function.prototype.apply.call(f, null, [3, 4]));
  attempt(`${name} Reflect.apply`, () => Reflect.apply(f, undefined, [5]));
  attempt(`${name} valueOf`, () => `${+{ valueOf: f }}`);
  attempt(`${name} toString`, () => `${{ toString: f, valueOf: undefined }}`);
  attempt(`${name} typeof`, () => typeof f);
  const ee = new EventEmitter();
  attempt(`${name} listener`, () => { ee.on('e', f); return ee.emit('e', 9); });
  attempt(`${name} nextTick`, () => { process.nextTick(f); return 'queued'; });
}
try { Function.prototype.call.call({}, null); } catch (e) { console.log('call on non-function', e.constructor.name); }
attempt('apply on non-function', () => Function.prototype.apply.call(1, null, []));
attempt('apply on an object', () => Function.prototype.apply.call({}, null, []));
attempt('apply with a non-object list', () => Function.prototype.apply.call(Math.max, null, 5));
attempt('Reflect.apply with a non-object list', () => Reflect.apply(Math.max, null, 5));
attempt('no primitive', () => `${{ toString: undefined, valueOf: undefined }}`);
attempt('getter not a function', () => Object.defineProperty({}, 'x', { get: 1 }));
attempt('setter not a function', () => Object.defineProperty({}, 'x', { set: {} }));
attempt('nextTick non-function', () => process.nextTick({}));

const s = Symbol('desc');
const o = {};
Object.defineProperty(o, s, { value: 1 });
attempt('symbol redefine', () => Object.defineProperty(o, s, { value: 2 }));
attempt('symbol on frozen', () => Object.defineProperty(Object.freeze({}), Symbol(), { value: 1 }));
attempt('symbol no description', () => Object.defineProperty(Object.preventExtensions({}), Symbol(''), { value: 1 }));
attempt('index on frozen array', () => Object.defineProperty(Object.freeze([1]), 0, { value: 2 }));
console.log(Object.getOwnPropertySymbols(o).map(String), o[s]);

const ints = [0, 255, 256, 1000, -257, 2 ** 31 - 1, 2 ** 31, 2 ** 32 + 5, -(2 ** 31) - 1, 1.5, -0, NaN];
console.log(ints.map((i) => [+i, i | 0, i >>> 0, i >> 1, ~i, i & 0xffff, i ^ 1]).map((r) => r.map((x) => Object.is(x, -0) ? '-0' : x).join(',')).join(' '));
let n = 300; n++; n |= 0; console.log(+n, n >>> 1, +'1e3', +[], +true);
