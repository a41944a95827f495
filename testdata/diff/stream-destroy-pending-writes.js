// Destroying a writable fails the buffered writes with ERR_STREAM_DESTROYED.
const { Writable } = require('stream');
const log = [];
let pending = null;
const w = new Writable({
  write(c, e, cb) {
    log.push('_write ' + c);
    pending = cb;
  },
});
w.on('error', (e) => log.push('error ' + e.message));
w.on('close', () => log.push('close'));
for (const c of ['a', 'b', 'c']) w.write(c, (err) => log.push('cb ' + c + ' ' + (err ? err.code : 'ok')));
w.end((err) => log.push('end cb ' + (err && err.code)));
setImmediate(() => {
  log.push('destroying, buffered=' + w.writableBuffer.length);
  w.destroy();
  setImmediate(() => {
    log.push('completing the first write late');
    pending();
    setImmediate(() => console.log(log.join('\n')));
  });
});
