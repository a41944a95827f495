// Destroying a writable fails the buffered writes with ERR_STREAM_DESTROYED.
const { Writable } = require('stream');
const log = [];
const w = new Writable({
  write(c, e, cb) {
    log.push('_write ' + c);
    setTimeout(cb, 3);
  },
});
w.on('error', (e) => log.push('error ' + e.message));
w.on('close', () => log.push('close'));
for (const c of ['a', 'b', 'c']) w.write(c, (err) => log.push('cb ' + c + ' ' + (err ? err.code : 'ok')));
w.end((err) => log.push('end cb ' + (err && err.code)));
setTimeout(() => w.destroy(), 1);
setTimeout(() => console.log(log.join('\n')), 10);
