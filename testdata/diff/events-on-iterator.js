// events.on() async iterator driven by hand (no for-await).
const EventEmitter = require('events');
const e = new EventEmitter();
const it = EventEmitter.on(e, 'tick');
e.emit('tick', 1);
e.emit('tick', 2, 'b');
let got = 0;
function step() {
  return it.next().then((r) => {
    console.log('next', r.done, r.done ? '' : r.value.join(','));
    if (++got === 2) setTimeout(() => e.emit('tick', 3), 1);
    if (got === 3) return it.return().then((r2) => console.log('return', r2.done, e.listenerCount('tick')));
    return step();
  });
}
step().then(() => {
  const it2 = EventEmitter.on(e, 'foo');
  const p = it2.next();
  e.emit('error', new Error('iter-err'));
  return p.then(() => console.log('bad'), (err) => console.log('rejected', err.message, e.listenerCount('foo')));
});
