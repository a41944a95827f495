// The legacy Stream base class and its simple pipe().
const Stream = require('stream');
const EventEmitter = require('events');
const src = new Stream();
console.log(src instanceof EventEmitter, typeof src.pipe);
const got = [];
const dst = new Stream();
dst.writable = true;
dst.write = (d) => { got.push(d); return true; };
dst.end = () => console.log('dst end', got.join(''));
dst.on('pipe', (s) => console.log('pipe event', s === src));
src.readable = true;
src.pipe(dst);
src.emit('data', 'a');
src.emit('data', 'b');
src.emit('end');
src.emit('data', 'ignored');
function OldStyle() { Stream.call(this); }
require('util').inherits(OldStyle, Stream);
const o = new OldStyle();
console.log(o instanceof Stream, o instanceof EventEmitter);
const { Readable } = require('stream');
const wrapped = new Readable().wrap(src);
wrapped.on('data', (d) => console.log('wrapped', d.toString()));
wrapped.on('end', () => console.log('wrapped end'));
src.emit('data', Buffer.from('w1'));
src.emit('end');
