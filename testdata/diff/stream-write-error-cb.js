// An error passed to the _write callback: callback, 'error', 'close', buffered writes.
const { Writable } = require('stream');
const log = [];
let n = 0;
const w = new Writable({
  write(c, e, cb) {
    n++;
    if (n === 2) setTimeout(() => cb(new Error('write ' + c + ' failed')), 1);
    else setTimeout(cb, 1);
  },
});
w.on('error', (e) => log.push('error ' + e.message));
w.on('close', () => {
  log.push('close errored=' + (w.errored && w.errored.message) + ' destroyed=' + w.destroyed);
  setImmediate(() => console.log(log.join('\n')));
});
w.on('finish', () => log.push('finish'));
for (const c of ['a', 'b', 'c', 'd']) w.write(c, (err) => log.push('cb ' + c + ' ' + (err ? err.message : 'ok')));
w.end(() => log.push('end cb'));
