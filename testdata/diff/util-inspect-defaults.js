const util = require('util');
console.log(util.inspect.defaultOptions);
const deep = { a: { b: { c: { d: { e: 1 } } } } };
util.inspect.defaultOptions.depth = 0;
console.log(util.inspect(deep));
console.log(deep);
util.inspect.defaultOptions = { depth: 4, breakLength: 20 };
console.log(util.inspect(deep));
console.log(util.inspect.defaultOptions.depth, util.inspect.defaultOptions.breakLength);
try {
  util.inspect.defaultOptions = null;
} catch (e) {
  console.log(e.code, e.name, e.message);
}
util.inspect.defaultOptions.depth = 2;
util.inspect.defaultOptions.breakLength = 80;
console.log(util.format('%o', [1, [2, [3, [4, [5, [6]]]]]]));
