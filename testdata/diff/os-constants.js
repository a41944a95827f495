'use strict';
// os.constants tables, EOL/devNull descriptors and priorities.
const os = require('os');
const c = os.constants;
console.log(Object.keys(c).join(), Object.getPrototypeOf(c), Object.getPrototypeOf(c.signals));
console.log(JSON.stringify(c.signals));
console.log(JSON.stringify(c.errno));
console.log(JSON.stringify(c.priority), JSON.stringify(c.dlopen), c.UV_UDP_REUSEADDR);
console.log(JSON.stringify(Object.getOwnPropertyDescriptor(os, 'EOL')), JSON.stringify(Object.getOwnPropertyDescriptor(os, 'devNull')));
const d = Object.getOwnPropertyDescriptor(os, 'constants');
console.log(d.writable, d.enumerable, d.configurable, Object.isFrozen(c.signals));
console.log(os.getPriority(), os.getPriority(0), os.getPriority(process.pid) === os.getPriority());
for (const args of [['x'], [1.5], [2 ** 31], [null]]) {
  try { os.getPriority(...args); } catch (e) { console.log(e.name, e.code, e.message); }
}
for (const args of [[20], [-21], [0, 'x'], ['a', 1], [0, 1.5]]) {
  try { os.setPriority(...args); } catch (e) { console.log(e.name, e.code, e.message); }
}
try {
  os.getPriority(2 ** 30);
} catch (e) {
  console.log(e.name, e.code, e.message, JSON.stringify(e.info), e.errno, e.syscall, Object.keys(e).join(), String(e));
}
os.setPriority(os.getPriority());
console.log('set ok', os.getPriority());
