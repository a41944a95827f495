// Duplex state flags, instanceof and readable/writable: false options.
const { Duplex, Writable, Readable, Stream } = require('stream');
const EventEmitter = require('events');
const d = new Duplex({ read() {}, write(c, e, cb) { cb(); } });
console.log(d instanceof Readable, d instanceof Writable, d instanceof Stream, d instanceof EventEmitter);
console.log('readable', d.readable, 'writable', d.writable, 'allowHalfOpen', d.allowHalfOpen);
console.log('hwm', d.readableHighWaterMark, d.writableHighWaterMark);
const ro = new Duplex({ writable: false, read() {} });
console.log('ro writable', ro.writable, 'writableEnded', ro.writableEnded, 'writableFinished', ro.writableFinished);
const wo = new Duplex({ readable: false, write(c, e, cb) { cb(); } });
console.log('wo readable', wo.readable, 'readableEnded', wo.readableEnded);
const m = new Duplex({ readableObjectMode: true, writableHighWaterMark: 3, read() {}, write(c, e, cb) { cb(); } });
console.log('mixed', m.readableObjectMode, m.writableObjectMode, m.readableHighWaterMark, m.writableHighWaterMark);
wo.on('close', () => console.log('wo closed after finish'));
wo.end('x');
try { new Duplex({ highWaterMark: -1 }); } catch (e) { console.log(e.code, e.message); }
try { new Duplex({ readableHighWaterMark: 'x' }); } catch (e) { console.log(e.code, e.message); }
console.log(typeof Stream.prototype.pipe, Stream === require('stream'), Stream.Stream === Stream);
