// process is an EventEmitter; setMaxListeners helper; many emitters.
const EventEmitter = require('events');
console.log(process instanceof EventEmitter, typeof process.on, typeof process.emit);
process.on('custom', (v) => console.log('custom', v));
process.emit('custom', 'hi');
const a = new EventEmitter();
const b = new EventEmitter();
EventEmitter.setMaxListeners(3, a, b);
console.log(a.getMaxListeners(), b.getMaxListeners(), EventEmitter.defaultMaxListeners);
const sum = [];
const emitters = [];
for (let i = 0; i < 100; i++) {
  const x = new EventEmitter();
  x.on('v', (n) => sum.push(n * i));
  emitters.push(x);
}
for (const x of emitters) x.emit('v', 2);
console.log(sum.reduce((p, c) => p + c, 0));
