const { types } = require('util');
const samples = {
  date: new Date(), regexp: /x/, map: new Map(), set: new Set(), weakmap: new WeakMap(), weakset: new WeakSet(),
  promise: Promise.resolve(), asyncFn: async () => {}, asyncMethod: { async m() {} }.m, genFn: function* () {},
  genObj: (function* () {})(), arrayBuffer: new ArrayBuffer(1), dataView: new DataView(new ArrayBuffer(1)),
  u8: new Uint8Array(1), u8c: new Uint8ClampedArray(1), i16: new Int16Array(1), f64: new Float64Array(1),
  big64: new BigInt64Array(1), buffer: Buffer.alloc(1), error: new Error(), typeError: new TypeError(),
  fakeError: Object.create(Error.prototype), numberObj: new Number(1), stringObj: new String(''),
  boolObj: new Boolean(true), symbolObj: Object(Symbol()), bigintObj: Object(1n), args: (function () { return arguments; })(),
  proxy: new Proxy({}, {}), proxiedMap: new Proxy(new Map(), {}), mapIter: new Map().entries(), setIter: new Set().values(),
  plain: {}, array: [], fn() {}, primitive: 1,
};
for (const check of Object.keys(types)) {
  const hits = Object.keys(samples).filter((k) => types[check](samples[k]));
  console.log(check.padEnd(24), hits.join(' '));
}
console.log(types === require('util/types'), typeof require('util').types.isDate);
