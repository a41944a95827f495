// Non-Error values give ERR_UNHANDLED_ERROR.
const EventEmitter = require('events');
const e = new EventEmitter();
for (const v of ['x', 42, undefined, null, true, "it's"]) {
  try {
    e.emit('error', v);
  } catch (err) {
    console.log(err.name, err.code, err.message, err.context === v);
  }
}
try {
  e.emit('error');
} catch (err) {
  console.log(err.message);
}
process.on('exit', (c) => console.log('exit', c));
e.emit('error', 'final');
