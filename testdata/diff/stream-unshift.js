// unshift() puts data back at the front of the buffer.
const { Readable } = require('stream');
const r = new Readable({ read() {} });
r.push('hello world');
r.push(null);
r.once('readable', () => {
  const head = r.read(5);
  console.log('head', head.toString());
  r.unshift(Buffer.from('HELLO'));
  console.log('len after unshift', r.readableLength);
  const all = r.read();
  console.log('all', all.toString());
  r.on('end', () => {
    console.log('end');
    r.on('error', (e) => console.log('error', e.code, e.message));
    r.unshift('late');
  });
  r.read();
});
const s = new Readable({ read() {} });
s.setEncoding('utf8');
s.push('abc');
s.unshift('xyz');
console.log('string unshift', s.read());
