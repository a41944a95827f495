// Buffer()'s deprecation check reads the stack its own way: a program's
// Error.prepareStackTrace that itself calls Buffer() neither recurses nor
// changes the outcome, and is left in place.
'use strict';
process.on('warning', (w) => console.log('warning', w.code));
const prepare = (err, trace) => new Buffer(10);
Error.prepareStackTrace = prepare;
Error.stackTraceLimit = 3;
console.log(new Error().stack.length);
console.log(Error.prepareStackTrace === prepare, Error.stackTraceLimit);
console.log(Buffer(2).length);
