// pipe() events: 'pipe', data flow, 'unpipe' on end, 'finish'.
const { Readable, Writable } = require('stream');
const log = [];
const r = new Readable({ read() {} });
const w = new Writable({
  write(chunk, enc, cb) {
    log.push('write ' + chunk);
    cb();
  },
});
w.on('pipe', (src) => log.push('pipe ' + (src === r)));
w.on('unpipe', (src) => log.push('unpipe ' + (src === r)));
w.on('finish', () => log.push('finish'));
r.on('end', () => log.push('end'));
const ret = r.pipe(w);
log.push('returns dest ' + (ret === w));
r.push('a');
r.push('b');
setTimeout(() => {
  r.push('c');
  r.push(null);
}, 1);
w.on('close', () => {
  log.push('close');
  console.log(log.join('\n'));
});
