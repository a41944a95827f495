// buffer.INSPECT_MAX_BYTES is an accessor: inspect follows what is set,
// and a value that is not a number >= 0 throws node's errors.
'use strict';
const buffer = require('buffer');
const util = require('util');
const d = Object.getOwnPropertyDescriptor(buffer, 'INSPECT_MAX_BYTES');
console.log(typeof d.get, typeof d.set, d.enumerable, d.configurable, buffer.INSPECT_MAX_BYTES);
buffer.INSPECT_MAX_BYTES = 2;
console.log(util.inspect(Buffer.from('1234')), util.inspect(Buffer.from('12')));
buffer.INSPECT_MAX_BYTES = 0;
console.log(util.inspect(Buffer.from('1234')));
for (const bad of [NaN, -1, 'x', null]) {
  try {
    buffer.INSPECT_MAX_BYTES = bad;
  } catch (e) {
    console.log(e.name, e.code, e.message);
  }
}
buffer.INSPECT_MAX_BYTES = 50;
console.log(util.inspect(Buffer.from('1234')));
