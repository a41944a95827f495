// push() return values against highWaterMark, readableLength and readableHighWaterMark.
const { Readable } = require('stream');
const r = new Readable({ highWaterMark: 10, read() {} });
console.log('hwm', r.readableHighWaterMark, r.readableObjectMode);
for (let i = 0; i < 5; i++) {
  console.log('push', i, r.push('abc'), r.readableLength);
}
const o = new Readable({ objectMode: true, read() {} });
console.log('ohwm', o.readableHighWaterMark, o.readableObjectMode);
let k = 0;
while (o.push({ k })) k++;
console.log('object pushes until false', k, o.readableLength);
const d = new Readable({ read() {} });
console.log('default hwm', d.readableHighWaterMark);
console.log('empty push', d.push(''), d.readableLength);
console.log('read', o.read().k, o.readableLength);
console.log('r.read(4)', r.read(4).toString(), r.readableLength);
console.log('r.read(100)', r.read(100), r.readableLength);
r.push(null);
console.log('r.read(100) after end', r.read(100).toString(), r.readableLength);
console.log('push after eof returns', (() => { r.on('error', (e) => console.log('error', e.code, e.message)); return r.push('x'); })());
