const util = require('util');
const custom = util.inspect.custom;
console.log(custom === Symbol.for('nodejs.util.inspect.custom'));
console.log({ [custom]() { return 'custom!'; } });
console.log({ inner: { [custom]() { return 'multi\nline'; } } });
console.log({ [custom]() { return { replaced: [1, 2] }; } });
console.log({ [custom](depth, opts, inspect) { return `depth=${depth} ${typeof opts.stylize} ${inspect === util.inspect} ${inspect({ x: 1 })}`; } });
console.log({ a: { b: { [custom](depth) { return `depth ${depth}`; } } } });
const self = { [custom]() { return this; }, v: 1 };
console.log(self);
class C { [custom]() { return 'C!'; } }
console.log([new C(), C.prototype]);
console.log(util.inspect({ [custom]() { return 'hidden'; }, v: 1 }, { customInspect: false }));
console.log(util.inspect({ [custom](d, o) { return Object.keys(o).join(','); } }, { depth: 3, extra: 'passed' }));
console.log(util.inspect({ [custom](d, o) { return o.stylize('styled', 'special'); } }, { colors: true }));
class Money {
  constructor(n) { this.n = n; }
  [custom](depth, options, inspect) {
    if (depth < 0) return options.stylize('[Money]', 'special');
    return `Money<${inspect(this.n, options)}>`;
  }
}
console.log(new Money(5), { wallet: { purse: { coin: new Money(1) } } });
