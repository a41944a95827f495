'use strict';
// v8.serialize's bytes for values of every kind (int32 vs double, one- vs
// two-byte strings with padding, dense vs sparse arrays, host objects for
// Buffer and typed arrays, errors, back-references), v8.deserialize's
// values, and the errors of both.
const v8 = require('v8');

const cases = [
 ['undefined','undefined'],['null','null'],['true','true'],['false','false'],
 ['int','42'],['negint','-7'],['zero','0'],['negzero','-0'],['smiMax','2**31-1'],['smiMin','-(2**31)'],['big','2**31'],
 ['double','1.5'],['nan','NaN'],['inf','-Infinity'],['intAsDouble','1.0'],
 ['str','"abc"'],['empty','""'],['latin1','"caf\\u00e9\\u00ff"'],['utf16','"a\\u0100b"'],['emoji','"\\ud83d\\ude00"'],['lone','"\\ud800x"'],
 ['paddedKey','({a:"\\u0100"})'],['padded2','["\\u0100", "ab\\u0101"]'],
 ['obj','({a:1,b:"x"})'],['intKeys','({b:1,2:1,a:1,1:1})'],['bigIntKey','({3000000000:1})'],['notIndex','({4294967295:1,"01":2,"-1":3})'],
 ['nested','({a:{b:{c:[1,{d:null}]}}})'],['nullProto','Object.assign(Object.create(null),{x:1})'],
 ['arr','[1,2,3]'],['arrDouble','[1,1.5]'],['arrMixed','[1,"a",1.5]'],['arrNeg0','[0,-0]'],['holey','[1,,3]'],['sparse','(()=>{const a=[];a[10]=1;return a})()'],
 ['arrProps','Object.assign([1,2],{x:1})'],['emptyArr','[]'],['nestedArr','[[1],[2.5]]'],
 ['date','new Date(1700000000123)'],['badDate','new Date(NaN)'],['re','/a.b/gimsuy'],['reSlash','new RegExp("a/b")'],
 ['map','new Map([[1,"a"],["b",{}]])'],['set','new Set([1,"x",[2]])'],
 ['ab','new Uint8Array([1,2,3]).buffer'],['buf','Buffer.from("ab")'],['u8','new Uint8Array([1,2])'],['u8c','new Uint8ClampedArray([1])'],
 ['i16','new Int16Array([-1,2])'],['f64','new Float64Array([1.5])'],['f32','new Float32Array([0.5])'],['u32','new Uint32Array([1])'],['i8','new Int8Array([-2])'],['u16','new Uint16Array([7])'],['i32','new Int32Array([-3])'],
 ['dv','new DataView(new ArrayBuffer(2))'],['b64','new BigInt64Array([-1n])'],['bu64','new BigUint64Array([2n])'],['sub','new Uint8Array([1,2,3,4]).subarray(1,3)'],
 ['bigZero','0n'],['bigOne','1n'],['bigNeg','-1n'],['big64','2n**64n'],['big63','2n**63n'],['bigNeg70','-(2n**70n)'],
 ['err','(()=>{const e=new Error("m"); e.stack="S"; return e})()'],
 ['typeErr','(()=>{const e=new TypeError("t"); e.stack="S"; return e})()'],
 ['rangeErr','(()=>{const e=new RangeError("r"); e.stack="S"; return e})()'],
 ['errCause','(()=>{const e=new Error("m",{cause:{x:1}}); e.stack="S"; return e})()'],
 ['errNoStack','(()=>{const e=new SyntaxError(); e.stack=undefined; return e})()'],
 ['errProps','(()=>{const e=new Error("m"); e.stack="S"; e.code="X"; return e})()'],
 ['errName','(()=>{const e=new Error("m"); e.name="URIError"; e.stack="S"; return e})()'],
 ['boolObj','[new Boolean(false), new Boolean(true)]'],['numObj','new Number(3)'],['strObj','new String("\\u00e9")'],['bigObj','Object(5n)'],
 ['ref','(()=>{const o={}; return [o,o]})()'],['cycle','(()=>{const o={}; o.self=o; return o})()'],
 ['mapCycle','(()=>{const m=new Map(); m.set(m,m); return m})()'],['bufTwice','(()=>{const b=Buffer.from("x"); return {a:b,b}})()'],
 ['classInst','new (class A{constructor(){this.a=1} get g(){return 1}})()'],['nonEnum','Object.defineProperty({a:1},"b",{value:2,enumerable:false})'],
 ['getter','({get x(){return 5}})'],['symKey','({[Symbol("s")]:1,a:1})'],['math','Math'],
 ['longStr','"x".repeat(200)'],['longUtf16','"\\u0100".repeat(100)'],
];

function describe(v, seen = new Map()) {
  if (v === null || (typeof v !== 'object' && typeof v !== 'function')) {
    if (typeof v === 'string') return JSON.stringify(v);
    if (typeof v === 'bigint') return v + 'n';
    if (Object.is(v, -0)) return '-0';
    return String(v);
  }
  if (seen.has(v)) return '<ref ' + seen.get(v) + '>';
  seen.set(v, seen.size);
  const ctor = Object.getPrototypeOf(v) === null ? 'null' : v.constructor.name;
  if (v instanceof Date) return 'Date(' + v.getTime() + ')';
  if (v instanceof RegExp) return 'RegExp(' + v.source + ', ' + v.flags + ')';
  if (v instanceof Error) return ctor + '(' + v.message + ', stack=' + v.stack + (('cause' in v) ? ', cause=' + describe(v.cause, seen) : '') + ')';
  if (v instanceof Map) return 'Map{' + [...v].map(([k, x]) => describe(k, seen) + ' => ' + describe(x, seen)).join(', ') + '}';
  if (v instanceof Set) return 'Set{' + [...v].map((x) => describe(x, seen)).join(', ') + '}';
  if (v instanceof ArrayBuffer) return 'ArrayBuffer[' + [...new Uint8Array(v)] + ']';
  if (ArrayBuffer.isView(v)) {
    const bytes = [...new Uint8Array(v.buffer, v.byteOffset, v.byteLength)];
    return ctor + '(' + v.byteLength + ')[' + bytes + ']' + (Buffer.isBuffer(v) ? ' buffer' : '');
  }
  if (typeof v.valueOf() !== 'object') return ctor + '(' + describe(v.valueOf()) + ')';
  const keys = Object.keys(v);
  if (Array.isArray(v)) {
    const parts = [];
    for (let i = 0; i < v.length; i++) parts.push(i in v ? describe(v[i], seen) : '<hole>');
    const extra = keys.filter((k) => !/^\d+$/.test(k));
    return '[' + parts.join(', ') + ']' + (extra.length ? ' +{' + extra.map((k) => k + ': ' + describe(v[k], seen)).join(', ') + '}' : '');
  }
  return ctor + '{' + keys.map((k) => k + ': ' + describe(v[k], seen)).join(', ') + '}';
}

for (const [name, expr] of cases) {
  const value = eval(expr);
  const bytes = v8.serialize(value);
  console.log(name, bytes.toString('hex'), Buffer.isBuffer(bytes));
  console.log('  ->', describe(v8.deserialize(bytes)));
}

const throws = [
  () => function foo(a) { return a; }, () => ({ f: (x) => x }), () => Symbol('q'), () => Symbol.iterator,
  () => Object(Symbol('q')), () => new WeakMap(), () => new WeakSet(), () => Promise.resolve(), () => new Proxy({}, {}),
  () => (function* () {})(), () => [1, { deep: new WeakSet() }], () => ({ get bad() { throw new TypeError('getter'); } }),
];
for (const make of throws) {
  try {
    v8.serialize(make());
    console.log('no error');
  } catch (e) {
    console.log(e.constructor.name, e.message, e.code);
  }
}

for (const input of ['x', 1, undefined, new ArrayBuffer(2), Buffer.alloc(0), Buffer.from('5f', 'hex'), Buffer.from('ff10', 'hex'),
  Buffer.from('ff0f49', 'hex'), Buffer.from('ff0f5e00', 'hex'), Buffer.from('ff0f6f220161', 'hex'),
  new Uint8Array([0xff, 0x0f, 0x54]), new DataView(new Uint8Array([0xff, 0x0f, 0x22, 0x01, 0x41]).buffer)]) {
  try {
    console.log('ok', describe(v8.deserialize(input)));
  } catch (e) {
    console.log(e.constructor.name, e.code, e.message);
  }
}

// Back-references and cycles survive a round trip.
const shared = { n: 1 };
const graph = { a: shared, b: [shared, shared], m: new Map([[shared, shared]]) };
graph.self = graph;
const back = v8.deserialize(v8.serialize(graph));
console.log(back.self === back, back.a === back.b[0], back.b[1] === back.m.get(back.a), back.m.keys().next().value === back.a);
