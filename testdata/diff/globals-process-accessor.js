/* eslint-disable strict */
// The process global is an accessor, as node's: assigning it (or
// globalThis.process) replaces what the global reads.
const real = process;
const d = Object.getOwnPropertyDescriptor(globalThis, 'process');
console.log(typeof d.get, typeof d.set, d.get.name, d.set.name, d.enumerable, d.configurable);
// eslint-disable-next-line no-global-assign
process = 'replaced';
console.log(process, globalThis.process);
globalThis.process = real;
console.log(process === real, typeof process.nextTick);

// Node's own modules keep the process object whatever the global is.
const { PassThrough } = require('stream');
// eslint-disable-next-line no-global-assign
process = { name: 'not the process' };
const p = new PassThrough();
p.on('data', (d) => console.log('data', String(d), process.name));
p.on('end', () => {
  console.log('end');
  require('events').once(p, 'close').then(() => console.log('closed'));
});
p.end('chunk');
p.resume();
