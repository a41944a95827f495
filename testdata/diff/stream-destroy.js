// destroy() with and without an error: event order and flags.
const { Readable, Writable } = require('stream');
const log = [];
const r = new Readable({ read() {} });
r.on('close', () => log.push('r close'));
r.on('error', (e) => log.push('r error ' + e.message));
r.on('end', () => log.push('r end'));
r.destroy();
log.push('r destroyed=' + r.destroyed + ' closed=' + r.closed);
const w = new Writable({
  write(c, e, cb) { cb(); },
  destroy(err, cb) {
    log.push('_destroy ' + (err && err.message));
    cb(err);
  },
});
w.on('error', (e) => log.push('w error ' + e.message + ' errored=' + (w.errored === e)));
w.on('close', () => log.push('w close'));
w.on('finish', () => log.push('w finish'));
w.destroy(new Error('boom'), (err) => log.push('destroy cb ' + (err && err.message)));
log.push('w destroyed=' + w.destroyed + ' writable=' + w.writable);
w.destroy(new Error('second'));
w.write('x', (err) => log.push('write after destroy cb ' + err.code));
setTimeout(() => {
  console.log(log.join('\n'));
}, 5);
