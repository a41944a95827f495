// autoDestroy: false and emitClose: false change what happens at the end.
const { Readable, Writable } = require('stream');
const log = [];
let pending = 3;
function done(line) {
  log.push(line);
  if (--pending === 0) console.log(log.sort().join('\n'));
}
const r = new Readable({ autoDestroy: false, read() {} });
r.push('x');
r.push(null);
r.on('data', () => {});
r.on('end', () => setImmediate(() => done('r end; destroyed=' + r.destroyed)));
r.on('close', () => log.push('r close (should not happen)'));
const w = new Writable({ emitClose: false, write(c, e, cb) { cb(); } });
w.on('finish', () => setImmediate(() => done('w finish; destroyed=' + w.destroyed + ' closed=' + w.closed)));
w.on('close', () => log.push('w close (should not happen)'));
w.end('x');
const w2 = new Writable({ write(c, e, cb) { cb(); } });
w2.on('close', () => done('w2 close destroyed=' + w2.destroyed));
w2.end();
