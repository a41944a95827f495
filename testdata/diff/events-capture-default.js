// EventEmitter.captureRejections is the default an emitter takes when it is
// created: changing it later leaves existing emitters as they were.
const EventEmitter = require('events');
process.on('unhandledRejection', (err) => console.log('unhandled', err.message));
const make = (name, opts) => {
  const e = new EventEmitter(opts);
  e.on('work', async () => { throw new Error(name); });
  e.on('error', (err) => console.log('error event', err.message));
  return e;
};
console.log('default', EventEmitter.captureRejections);
const before = make('before');
EventEmitter.captureRejections = true;
console.log('default', EventEmitter.captureRejections);
const after = make('after');
const optedOut = make('opted-out', { captureRejections: false });
EventEmitter.captureRejections = false;
const reset = make('reset');
for (const e of [before, after, optedOut, reset]) e.emit('work');
try { EventEmitter.captureRejections = 1; } catch (err) { console.log(err.code); }
setTimeout(() => console.log('done'), 10);
// A falsy option of another type is not checked.
new EventEmitter({ captureRejections: 0 });
console.log('falsy ok');
