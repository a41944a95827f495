'use strict';
// workerData and postMessage clone values as node's structured clone does:
// Maps, Sets, Dates, RegExps, typed arrays (a Buffer arrives as a
// Uint8Array), BigInts, boxed primitives, errors, sparse arrays, cycles.
const { Worker, isMainThread, parentPort, workerData } = require('worker_threads');

function describe(v, seen = new Set()) {
  if (v === null) return 'null';
  const t = typeof v;
  if (t === 'number') return Object.is(v, -0) ? '-0' : String(v);
  if (t === 'bigint') return v + 'n';
  if (t === 'string') return JSON.stringify(v);
  if (t !== 'object') return t + ':' + String(v);
  if (seen.has(v)) return '[cycle]';
  seen.add(v);
  const tag = Object.prototype.toString.call(v);
  let out;
  if (v instanceof Map) out = 'Map{' + [...v].map(([k, x]) => describe(k, seen) + '=>' + describe(x, seen)).join(',') + '}';
  else if (v instanceof Set) out = 'Set{' + [...v].map((x) => describe(x, seen)).join(',') + '}';
  else if (v instanceof Date) out = 'Date(' + v.toISOString() + ')';
  else if (v instanceof RegExp) out = 'RegExp(' + v.source + '/' + v.flags + ')';
  else if (v instanceof Error) out = 'Error(' + v.name + ',' + v.message + ',' + Object.getPrototypeOf(v).constructor.name + ',' + (v.stack || '').split('\n')[0] + ')';
  else if (ArrayBuffer.isView(v)) out = v.constructor.name + '[' + (v instanceof DataView ? v.byteLength : Array.from(v).join(',')) + ']';
  else if (v instanceof ArrayBuffer) out = 'ArrayBuffer(' + v.byteLength + ':' + new Uint8Array(v).join(',') + ')';
  else if (Array.isArray(v)) {
    const parts = [];
    for (let i = 0; i < v.length; i++) parts.push(i in v ? describe(v[i], seen) : '<hole>');
    out = '[' + parts.join(',') + ']' + (Object.keys(v).length > v.filter(() => true).length ? '+props' : '');
  } else if (tag === '[object Number]' || tag === '[object String]' || tag === '[object Boolean]' || tag === '[object BigInt]') {
    out = tag + '(' + describe(v.valueOf(), seen) + ')';
  } else {
    out = '{' + Object.keys(v).map((k) => k + ':' + describe(v[k], seen)).join(',') + '}' +
      (Object.getPrototypeOf(v) === Object.prototype ? '' : '/proto:' + Object.getPrototypeOf(v));
  }
  seen.delete(v);
  return out;
}

function sample() {
  const cyc = { name: 'cyc' };
  cyc.self = cyc;
  const shared = { s: 1 };
  const sparse = [1, , 3];
  sparse[10] = 'x';
  class Point { constructor() { this.x = 1; this.y = 2; } }
  return {
    num: 1.5, neg0: -0, nan: NaN, inf: -Infinity, big: 12345678901234567890n, str: 'héllo ☃ 😀',
    t: true, f: false, nul: null, undef: undefined,
    arr: [1, 'two', [3, [4]], { five: 5 }], sparse,
    map: new Map([[1, 'a'], ['b', { c: 2 }], [{ k: 1 }, [1]]]),
    set: new Set([1, 'a', 1n, null]),
    date: new Date(Date.UTC(2020, 1, 29, 12, 30, 45, 678)),
    re: /ab+c/gi,
    u8: new Uint8Array([1, 2, 255]), i16: new Int16Array([-1, 300]), f64: new Float64Array([0.5, -2]),
    buf: Buffer.from('hi'), sub: new Uint8Array([9, 8, 7, 6]).subarray(1, 3),
    ab: new Uint8Array([5, 6]).buffer, dv: new DataView(new ArrayBuffer(4)),
    bi64: new BigInt64Array([-5n]),
    boxed: [new Number(3), new String('s'), new Boolean(false), Object(7n)],
    errs: [new Error('e1'), new TypeError('e2'), new RangeError('e3'), new SyntaxError('e4')],
    cyc, pair: [shared, shared], point: new Point(),
  };
}

if (isMainThread) {
  const w = new Worker(__filename, { workerData: sample() });
  w.on('message', (m) => {
    if (m.kind === 'echo') {
      const v = m.value;
      console.log('echo', describe(v));
      console.log('identity kept', v.pair[0] === v.pair[1], v.cyc.self === v.cyc);
      console.log('buffer becomes', v.buf.constructor.name, Buffer.isBuffer(v.buf));
    } else {
      console.log(m.kind, m.value);
    }
  });
  w.on('exit', (code) => {
    console.log('exit', code);
    // What cannot be cloned throws on the sender's side.
    const { port1, port2 } = new MessageChannel();
    for (const bad of [() => 1, Symbol('s'), { f() {} }, new WeakMap()]) {
      try {
        port1.postMessage(bad);
        console.log('no throw');
      } catch (e) {
        console.log(e.name, e.constructor.name, e.message.split('\n')[0]);
      }
    }
    port1.close();
    // A transferred ArrayBuffer is detached in the sender.
    const ab = new ArrayBuffer(8);
    const { port1: a, port2: b } = new MessageChannel();
    b.on('message', (m) => { console.log('transferred', m.byteLength, 'left', ab.byteLength); a.close(); });
    a.postMessage(ab, [ab]);
  });
} else {
  parentPort.postMessage({ kind: 'describe', value: describe(workerData) });
  parentPort.postMessage({ kind: 'echo', value: workerData });
}
