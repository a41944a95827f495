// PassThrough in paused mode: read() what was written.
const { PassThrough } = require('stream');
const p = new PassThrough();
p.write('one ');
p.write(Buffer.from('two '));
p.write(new Uint8Array([116, 104, 114, 101, 101]));
console.log('readableLength', p.readableLength, 'writableLength', p.writableLength);
p.end();
p.on('readable', () => {
  let c;
  while ((c = p.read()) !== null) console.log('read', JSON.stringify(c.toString()), Buffer.isBuffer(c));
});
p.on('end', () => console.log('end'));
p.on('finish', () => console.log('finish'));
p.on('close', () => console.log('close', p.destroyed));
