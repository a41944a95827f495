// Duplex allowHalfOpen: false ends the writable side when the readable side ends.
const { Duplex } = require('stream');
function make(allowHalfOpen) {
  const log = [];
  const d = new Duplex({
    allowHalfOpen,
    read() {},
    write(c, e, cb) { log.push('write ' + c); cb(); },
  });
  d.on('end', () => log.push('end'));
  d.on('finish', () => log.push('finish'));
  d.on('close', () => log.push('close'));
  d.resume();
  d.write('w1');
  d.push('r1');
  d.push(null);
  setTimeout(() => {
    log.push('writableEnded=' + d.writableEnded + ' destroyed=' + d.destroyed);
    console.log('allowHalfOpen=' + allowHalfOpen + ': ' + log.join(', '));
    if (allowHalfOpen) {
      d.end();
      setTimeout(() => console.log('after end: destroyed=' + d.destroyed), 2);
    }
  }, 3);
}
make(true);
make(false);
