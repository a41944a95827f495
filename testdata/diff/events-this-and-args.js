// Listener this, many arguments, arrow functions, return value ignored.
const EventEmitter = require('events');
const e = new EventEmitter();
e.on('m', function () { console.log('args', arguments.length, [...arguments].join('-')); });
e.on('m', () => 7);
for (let n = 0; n <= 6; n++) {
  const args = [];
  for (let i = 0; i < n; i++) args.push(i);
  e.emit('m', ...args);
}
const obj = { e };
e.on('self', function () { console.log('this is emitter', this === e); });
obj.e.emit('self');
