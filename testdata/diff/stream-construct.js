// _construct delays _read/_write until its callback.
const { Readable, Writable } = require('stream');
const log = [];
const w = new Writable({
  construct(cb) {
    log.push('construct w');
    setTimeout(() => { log.push('constructed w'); cb(); }, 2);
  },
  write(c, e, cb) { log.push('write ' + c); cb(); },
  final(cb) { log.push('final'); cb(); },
});
w.write('early');
w.end('last');
// The log is printed once w finished (its construct waits on a timer).
w.on('finish', () => { log.push('finish'); setImmediate(() => console.log(log.join('\n'))); });
const r = new Readable({
  construct(cb) {
    log.push('construct r');
    cb();
  },
  read() {
    log.push('read');
    this.push(null);
  },
});
r.on('end', () => log.push('r end'));
r.resume();
const bad = new Readable({ construct(cb) { cb(new Error('nope')); }, read() {} });
bad.on('error', (e) => log.push('bad error ' + e.message));
bad.on('close', () => log.push('bad close'));
