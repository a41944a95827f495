'use strict';
// A preload that stands in for the console module while it is missing from
// the tree: console.log with JSON formatting for objects. TestSeedIPCExample
// uses it only then; forked children inherit it through execArgv.
let missing = false;
try {
  require('console');
} catch {
  missing = true;
}
if (missing) {
  const format = (v) => (typeof v === 'string' ? v : JSON.stringify(v));
  Object.defineProperty(globalThis, 'console', {
    value: { log: (...args) => process.stdout.write(args.map(format).join(' ') + '\n') },
    configurable: true,
    writable: true,
  });
}
