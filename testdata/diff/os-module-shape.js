'use strict';
// Function arities and module identity of os.
const os = require('os');
console.log(require('node:os') === os, JSON.stringify(Object.keys(os)));
for (const k of Object.keys(os)) {
  if (typeof os[k] === 'function') console.log(k, os[k].length, os[k].name);
}
console.log(typeof os.constants.signals.SIGTERM, os.constants.signals.SIGKILL, os.constants.errno.ENOENT, os.constants.priority.PRIORITY_HIGH);
for (const k of Object.keys(os)) {
  if (typeof os[k] === 'function') console.log(k, typeof os[k][Symbol.toPrimitive]);
}
console.log(`${os.platform}`, `${os.endianness}`, +os.availableParallelism === os.availableParallelism());
