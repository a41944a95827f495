// unpipe() stops the flow and pauses the source.
const { Readable, PassThrough } = require('stream');
const r = new Readable({ read() {} });
const a = new PassThrough();
const b = new PassThrough();
const log = [];
a.on('unpipe', () => log.push('a unpipe'));
b.on('unpipe', () => log.push('b unpipe'));
r.pipe(a);
r.pipe(b);
r.push('1');
setImmediate(() => {
  log.push('a got ' + a.read() + ', b got ' + b.read());
  r.unpipe(a);
  log.push('pipes after unpipe a: ' + r._readableState.pipes.length + ' flowing ' + r.readableFlowing);
  r.push('2');
  setImmediate(() => {
    log.push('a got ' + a.read() + ', b got ' + b.read());
    r.unpipe();
    log.push('flowing ' + r.readableFlowing + ' paused ' + r.isPaused());
    r.unpipe(a);
    console.log(log.join('\n'));
  });
});
