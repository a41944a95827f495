'use strict';
// lastChar/lastNeed/lastTotal, text(), reuse after end().
const { StringDecoder } = require('string_decoder');
const d = new StringDecoder('utf8');
console.log(JSON.stringify(d.write(Buffer.from([0xf0, 0x9f]))), d.lastNeed, d.lastTotal, d.lastChar.toString('hex'));
console.log(JSON.stringify(d.write(Buffer.from([0x98]))), d.lastNeed, d.lastTotal);
console.log(JSON.stringify(d.end(Buffer.from([0x80]))), d.lastNeed, d.lastTotal);
console.log(JSON.stringify(d.write(Buffer.from('after end'))));
console.log(JSON.stringify(d.text(Buffer.from('xyz€'), 2)), JSON.stringify(d.text(Buffer.from('€'), 1)), d.lastNeed);
const u = new StringDecoder('ucs2');
console.log(JSON.stringify(u.write(Buffer.from([0x61]))), u.lastNeed, u.lastTotal, JSON.stringify(u.end()));
const b = new StringDecoder('base64');
console.log(JSON.stringify(b.write(Buffer.from('ab'))), b.lastNeed, b.lastTotal, JSON.stringify(b.end()), JSON.stringify(b.end()));
console.log(JSON.stringify(new StringDecoder('hex').end(Buffer.from([1, 2]))), JSON.stringify(new StringDecoder('latin1').end()));
