// Exceeding max listeners warns (stderr) but keeps working.
const EventEmitter = require('events');
const e = new EventEmitter();
let warnings = 0;
process.on('warning', (w) => {
  warnings++;
  console.log('warning', w.name, w.count, String(w.type), w.emitter === e);
  console.log(w.message);
});
for (let i = 0; i < 12; i++) e.on('foo', () => {});
console.log('count', e.listenerCount('foo'), e.getMaxListeners());
e.setMaxListeners(2);
e.on('bar', () => {});
e.on('bar', () => {});
e.on('bar', () => {});
e.on('bar', () => {});
e.setMaxListeners(0);
for (let i = 0; i < 20; i++) e.on('baz', () => {});
try { e.setMaxListeners(-1); } catch (err) { console.log(err.code, err.message); }
try { e.setMaxListeners('3'); } catch (err) { console.log(err.code, err.message); }
console.log('max', e.getMaxListeners(), EventEmitter.getMaxListeners(e));
setTimeout(() => console.log('warnings', warnings), 1);
