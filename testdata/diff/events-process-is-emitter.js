const EventEmitter = require('events');
console.log(process instanceof EventEmitter);
process.on('custom', (a) => console.log('custom', a));
process.emit('custom', 1);
console.log(process.listenerCount('custom'));
