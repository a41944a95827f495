// decodeStrings: false, defaultEncoding and per-write encodings reach _write.
const { Writable } = require('stream');
const seen = [];
const raw = new Writable({
  decodeStrings: false,
  write(chunk, enc, cb) {
    seen.push(`${typeof chunk}:${enc}:${Buffer.isBuffer(chunk) ? chunk.toString('hex') : chunk}`);
    cb();
  },
});
raw.write('plain');
raw.write('ff00', 'hex');
raw.write(Buffer.from('b'));
raw.setDefaultEncoding('base64');
raw.write('aGk=');
raw.end();
raw.on('finish', () => {
  console.log(seen.join('\n'));
  const dec = [];
  const w = new Writable({
    defaultEncoding: 'hex',
    write(chunk, enc, cb) {
      dec.push(`${enc}:${chunk.toString('utf8')}`);
      cb();
    },
  });
  w.write('6869');
  w.write('hi', 'utf8');
  w.write('aGk=', 'base64');
  w.end(() => console.log(dec.join('\n')));
});
