// 'error' with a listener, and errorMonitor.
const EventEmitter = require('events');
const { errorMonitor } = EventEmitter;
const e = new EventEmitter();
e.on(errorMonitor, (err) => console.log('monitor', err.message));
e.on('error', (err) => console.log('handled', err.message));
console.log('ret', e.emit('error', new Error('e1')));
const f = new EventEmitter();
f.on(errorMonitor, (err) => console.log('monitor only', err.message));
try {
  f.emit('error', new Error('e2'));
} catch (err) {
  console.log('still thrown', err.message);
}
console.log(typeof errorMonitor, String(errorMonitor));
