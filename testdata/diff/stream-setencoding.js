// setEncoding decodes multi-byte characters split across chunks.
const { Readable } = require('stream');
const euro = Buffer.from('€uro ünïcödé 🙂');
const r = new Readable({ read() {} });
for (let i = 0; i < euro.length; i++) r.push(euro.subarray(i, i + 1));
r.push(null);
r.setEncoding('utf8');
const parts = [];
r.on('data', (d) => parts.push(typeof d + ':' + d));
r.on('end', () => {
  console.log(parts.join('|'));
  console.log('enc', r.readableEncoding);
});
const h = new Readable({ read() {} });
h.setEncoding('hex');
h.push(Buffer.from([1, 2, 255]));
h.push(null);
h.on('data', (d) => console.log('hex', d));
const b = new Readable({ encoding: 'base64', read() {} });
b.push('hello');
b.push(' world');
b.push(null);
let s = '';
b.on('data', (d) => { s += d; });
b.on('end', () => console.log('base64', s));
