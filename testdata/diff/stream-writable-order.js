// Order of write callbacks, 'prefinish', 'finish', end callback and 'close'.
const { Writable } = require('stream');
const log = [];
const w = new Writable({
  write(chunk, enc, cb) {
    log.push('_write ' + chunk);
    cb();
  },
  final(cb) {
    log.push('_final');
    process.nextTick(cb);
  },
});
w.on('prefinish', () => log.push('prefinish'));
w.on('finish', () => log.push('finish ' + w.writableFinished));
w.on('close', () => {
  log.push('close');
  console.log(log.join('\n'));
});
w.write('a', () => log.push('cb a'));
w.write('b', () => log.push('cb b'));
log.push('sync after writes len=' + w.writableLength);
w.end('c', () => log.push('end cb'));
log.push('sync after end ended=' + w.writableEnded + ' finished=' + w.writableFinished);
process.nextTick(() => log.push('tick1'));
Promise.resolve().then(() => log.push('micro1'));
