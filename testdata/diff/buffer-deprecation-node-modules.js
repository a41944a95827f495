// DEP0005 (Buffer() is deprecated) is left out for calls from node_modules,
// as node does, and emitted once for the program's own call.
const warnings = [];
process.on('warning', (w) => warnings.push(w.code));
const useOld = require('./fixtures/node_modules/old-buffer-user');
console.log(useOld(3), useOld(4));
setImmediate(() => {
  console.log('after the package:', warnings);
  console.log(Buffer(2).length);
  setImmediate(() => console.log('after our own call:', warnings));
});
