// cork()/uncork() batches writes into _writev.
const { Writable } = require('stream');
const log = [];
const w = new Writable({
  write(chunk, enc, cb) {
    log.push('_write ' + chunk);
    cb();
  },
  writev(chunks, cb) {
    log.push('_writev ' + chunks.map((c) => c.chunk.toString()).join(',') + ' allBuffers=' + chunks.allBuffers);
    cb();
  },
});
w.cork();
w.write('a');
w.write('b');
log.push('corked ' + w.writableCorked + ' len ' + w.writableLength);
w.cork();
w.write('c');
w.uncork();
log.push('after one uncork ' + w.writableCorked);
process.nextTick(() => {
  w.uncork();
  log.push('uncorked ' + w.writableCorked + ' len ' + w.writableLength);
  w.write('single');
  w.cork();
  w.write('x', () => log.push('cb x'));
  w.write('y', () => log.push('cb y'));
  w.end('z');
});
w.on('finish', () => {
  log.push('finish');
  console.log(log.join('\n'));
});
