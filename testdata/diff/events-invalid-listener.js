// Bad arguments give Node-shaped errors.
const EventEmitter = require('events');
const e = new EventEmitter();
for (const bad of [null, undefined, 'str', 1, {}, [], Symbol('q')]) {
  for (const m of ['on', 'once', 'prependListener', 'removeListener']) {
    try {
      e[m]('ev', bad);
      console.log(m, 'no throw');
    } catch (err) {
      console.log(m, err.name, err.code, err.message);
    }
  }
}
try { EventEmitter.defaultMaxListeners = -5; } catch (err) { console.log(err.code, err.message); }
console.log(EventEmitter.defaultMaxListeners);
