// Emitting 'error' with no listener throws the Error itself: uncaught, exit 1.
const EventEmitter = require('events');
const e = new EventEmitter();
try {
  e.emit('error', new Error('boom'));
} catch (err) {
  console.log('caught', err.message);
}
console.log('now uncaught');
e.emit('error', new TypeError('bad'));
console.log('not reached');
