'use strict';
// util.inspect and console output of Buffers.
const util = require('util');
console.log(util.inspect(Buffer.from('hello')));
console.log(util.inspect(Buffer.alloc(0)));
console.log(util.inspect(Buffer.alloc(60, 1)));
console.log(util.inspect(Buffer.alloc(51)));
console.log(Buffer.from([0, 255, 16]));
console.log([Buffer.from('a'), { b: Buffer.from('bc') }]);
console.log(Buffer.from('x').inspect(), require('buffer').INSPECT_MAX_BYTES);
