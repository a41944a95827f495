// While a write is pending, further writes are buffered and flushed via _writev.
const { Writable } = require('stream');
const log = [];
const w = new Writable({
  objectMode: true,
  write(chunk, enc, cb) {
    log.push('_write ' + JSON.stringify(chunk));
    setTimeout(cb, 2);
  },
  writev(chunks, cb) {
    log.push('_writev ' + chunks.length + ' ' + chunks.map((c) => JSON.stringify(c.chunk)).join(' '));
    setTimeout(cb, 2);
  },
});
w.write({ a: 1 });
w.write({ b: 2 }, () => log.push('cb b'));
w.write({ c: 3 });
log.push('buffered ' + w.writableBuffer.length + ' len ' + w.writableLength);
w.end({ d: 4 });
w.on('finish', () => {
  log.push('finish');
  console.log(log.join('\n'));
});
