// 'newListener' fires before the listener is added; 'removeListener' after removal.
const EventEmitter = require('events');
const e = new EventEmitter();
const log = [];
e.on('newListener', (name, fn) => {
  log.push(`new:${String(name)}:${e.listenerCount(name)}:${fn.name}`);
  if (name === 'data' && fn.name === 'outer') {
    // adding another listener from inside newListener lands first
    e.on('data', function inner() {});
  }
});
e.on('removeListener', (name, fn) => log.push(`rm:${String(name)}:${fn.name}:${e.listenerCount(name)}`));
function foo() {}
function bar() {}
e.on('foo', foo);
e.once('foo', bar);
e.on('data', function outer() {});
console.log(e.listeners('data').map((f) => f.name).join(','));
e.emit('foo');
e.removeListener('foo', foo);
e.removeListener('foo', foo);
console.log(log.join('\n'));
