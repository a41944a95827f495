const util = require('util');
const values = [undefined, null, true, false, 0, -0, 42, -3.5, NaN, Infinity, -Infinity,
  1e21, 1e-7, 0.1 + 0.2, 2 ** 53, 10n, -99999999999999999999n, Symbol('s'), Symbol(), Symbol.iterator,
  Symbol.for('registered'), '', 'plain'];
for (const v of values) console.log(util.inspect(v));
console.log(values);
console.log(util.inspect(1234567.891, { numericSeparator: true }), util.inspect(-1234567, { numericSeparator: true }));
console.log(util.inspect(123456789n, { numericSeparator: true }), util.inspect(0.0001234, { numericSeparator: true }));
