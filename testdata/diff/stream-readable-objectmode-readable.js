// 'readable' in object mode with falsy values (0, '', false) that are not EOF.
const { Readable } = require('stream');
const r = new Readable({ objectMode: true, read() {} });
for (const v of [0, '', false, 'x', 0]) r.push(v);
r.push(null);
const got = [];
r.on('readable', () => {
  let v;
  while ((v = r.read()) !== null) got.push(JSON.stringify(v));
});
r.on('end', () => console.log('values', got.join(' '), r.readableLength));
