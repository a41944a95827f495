// Transform with _transform and _flush; event order on both sides.
const { Transform } = require('stream');
const log = [];
const t = new Transform({
  transform(chunk, enc, cb) {
    log.push('_transform ' + chunk);
    cb(null, chunk.toString().toUpperCase());
  },
  flush(cb) {
    log.push('_flush');
    this.push('!');
    cb(null, '?');
  },
});
t.on('data', (d) => log.push('data ' + d));
t.on('prefinish', () => log.push('prefinish'));
t.on('finish', () => log.push('finish'));
t.on('end', () => log.push('end'));
t.on('close', () => {
  log.push('close');
  console.log(log.join('\n'));
});
t.write('ab');
t.write('cd');
t.end('ef');
