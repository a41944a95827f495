// Removing/adding listeners during emit does not change the current emit.
const EventEmitter = require('events');
const e = new EventEmitter();
const out = [];
function a() { out.push('a'); e.removeListener('x', b); }
function b() { out.push('b'); }
function c() { out.push('c'); e.on('x', d); }
function d() { out.push('d'); }
e.on('x', a);
e.on('x', b);
e.on('x', c);
e.emit('x');
console.log('first', out.join(''));
out.length = 0;
e.emit('x');
console.log('second', out.join(''));
console.log('count', e.listenerCount('x'));
// removeAllListeners from inside a listener
const e2 = new EventEmitter();
e2.on('y', () => { out.push('y1'); e2.removeAllListeners('y'); });
e2.on('y', () => out.push('y2'));
out.length = 0;
e2.emit('y');
e2.emit('y');
console.log('y', out.join(','), e2.listenerCount('y'));
