// once fires exactly one time, and listeners() unwraps it.
const EventEmitter = require('events');
const e = new EventEmitter();
let n = 0;
function h(v) { n++; console.log('once got', v, n); }
e.once('a', h);
console.log('listeners', e.listeners('a')[0] === h, e.rawListeners('a')[0] === h, typeof e.rawListeners('a')[0].listener);
console.log('emit1', e.emit('a', 'x'));
console.log('emit2', e.emit('a', 'y'));
console.log('count', e.listenerCount('a'), n);
// once removed before firing
e.once('b', h);
e.removeListener('b', h);
console.log('emit-b', e.emit('b', 'z'), n);
// once re-emitting inside itself
e.once('c', function (v) {
  console.log('c', v);
  if (v < 3) this.emit('c', v + 1);
});
e.emit('c', 1);
// calling the raw wrapper directly
e.once('d', (v) => console.log('d', v));
const raw = e.rawListeners('d')[0];
raw('direct');
console.log('after raw', e.listenerCount('d'), e.emit('d', 'again'));
