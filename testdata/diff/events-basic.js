// Basic on/emit/return values and argument passing.
const EventEmitter = require('events');
const e = new EventEmitter();
console.log('emit-none', e.emit('foo'));
e.on('foo', function (a, b, c) {
  console.log('foo1', a, b, c, this === e);
});
e.addListener('foo', (...args) => console.log('foo2', args.length, args.join(',')));
console.log('emit', e.emit('foo', 1, 'two', 3));
console.log('emit-noargs', e.emit('foo'));
console.log('count', e.listenerCount('foo'), EventEmitter.listenerCount(e, 'foo'));
console.log('names', e.eventNames().join(','));
console.log('same', EventEmitter.EventEmitter === EventEmitter, typeof EventEmitter.once);
console.log('default', EventEmitter.defaultMaxListeners, e.getMaxListeners());
console.log('chain', e.on('x', () => {}) === e, e.off('x', () => {}) === e);
