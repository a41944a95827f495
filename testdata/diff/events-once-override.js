// A once listener removes itself through the emitter's own removeListener
// when a subclass overrides it (node's onceWrapper calls
// target.removeListener): a Readable that fired once('readable') flows
// again for a later 'data' listener.
const EventEmitter = require('events');
const { Readable } = require('stream');

class Tracked extends EventEmitter {
  removeListener(type, fn) {
    console.log('removeListener', type, typeof fn);
    return super.removeListener(type, fn);
  }
}
const t = new Tracked();
t.once('ping', (x) => console.log('ping', x));
t.emit('ping', 1);
t.emit('ping', 2);
console.log('left', t.listenerCount('ping'));

const r = new Readable({ read() {} });
r.push('first');
r.once('readable', () => {
  console.log('read', String(r.read()));
  Promise.resolve().then(() => {
    console.log('after once(readable):', r.readableFlowing, r.isPaused());
    r.on('data', (d) => console.log('data', String(d)));
    r.push('second');
    r.push(null);
  });
});
