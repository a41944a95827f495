// Buffers show their own non-index properties; non-strict functions have
// own arguments and caller properties (showHidden, %o).
const util = require('util');
const b = Buffer.from('xy');
b.extra = 1;
console.log(b);
b[Symbol('s')] = { a: [1, 2, { c: 3 }] };
Object.defineProperty(b, 'hid', { value: 'h', enumerable: false });
console.log(b);
console.log(util.inspect(b, { showHidden: true }));
console.log(util.inspect({ deep: { b } }, { depth: 0 }));
const empty = Buffer.alloc(0);
empty.x = 'y';
console.log(empty);
const big = Buffer.alloc(60);
big.q = [1];
console.log(big);
console.log(b.inspect());

function sloppy(a) {}
console.log(util.inspect(sloppy, { showHidden: true }));
console.log(util.format('%o', sloppy));
console.log(util.format('%o', function strictFn() { 'use strict'; }));
console.log(util.inspect(Function('return 1'), { showHidden: true }));
console.log(util.inspect(sloppy.bind(null), { showHidden: true }));
console.log(util.inspect(function* gen() {}, { showHidden: true }));
console.log(util.inspect({ m() {}, f: function () {}, a: () => 1 }, { showHidden: true }));
function withProps() {}
withProps.x = 1;
withProps[Symbol('y')] = 2;
console.log(util.inspect(withProps, { showHidden: true }));
console.log(util.inspect(withProps));
class A { static m() {} }
A.y = 2;
console.log(util.inspect(A, { showHidden: true }));
