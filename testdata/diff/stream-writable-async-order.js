// Async _write callbacks with buffering: order of events.
const { Writable } = require('stream');
const log = [];
const w = new Writable({
  highWaterMark: 3,
  write(chunk, enc, cb) {
    log.push('_write ' + chunk);
    setImmediate(cb);
  },
});
w.on('drain', () => log.push('drain'));
w.on('finish', () => log.push('finish'));
w.on('close', () => {
  log.push('close');
  console.log(log.join('\n'));
});
for (const c of ['a', 'bb', 'ccc', 'd']) {
  log.push('write ' + c + ' -> ' + w.write(c, () => log.push('cb ' + c)) + ' len=' + w.writableLength);
}
w.end(() => log.push('end cb'));
