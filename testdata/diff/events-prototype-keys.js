// EventEmitter.prototype's methods are enumerable, in node's order: code
// that forwards them by Object.keys (socket.io's Server hands every one to
// its default namespace) finds them all.
const EventEmitter = require('events');
console.log(Object.keys(EventEmitter.prototype));
for (const name of ['on', 'emit', 'once', 'off']) {
  const d = Object.getOwnPropertyDescriptor(EventEmitter.prototype, name);
  console.log(name, d.enumerable, d.writable, d.configurable, typeof d.value);
}
const keys = [];
for (const key in new EventEmitter()) keys.push(key);
console.log('for-in over an emitter:', keys.length);

class Target extends EventEmitter {}
class Forwarder extends EventEmitter {
  constructor() {
    super();
    this.target = new Target();
  }
}
for (const fn of Object.keys(EventEmitter.prototype)) {
  if (typeof EventEmitter.prototype[fn] !== 'function') continue;
  Forwarder.prototype[fn] = function (...args) { return this.target[fn](...args); };
}
const f = new Forwarder();
f.on('connection', (who) => console.log('forwarded listener got', who));
f.target.emit('connection', 'socket-1');
console.log('forwarder count:', f.listenerCount('connection'), 'own _events:', Object.keys(f._events));
