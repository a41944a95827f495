// Full event trace of a readable consumed with 'data', including 'resume' and sync/async pushes.
const { Readable } = require('stream');
const log = [];
let i = 0;
const r = new Readable({
  highWaterMark: 2,
  objectMode: true,
  read() {
    i++;
    log.push('_read ' + i);
    if (i === 1) this.push('sync1');
    else if (i < 4) setImmediate(() => this.push('async' + i));
    else process.nextTick(() => this.push(null));
  },
});
for (const ev of ['resume', 'pause', 'end', 'close', 'readable']) {
  if (ev !== 'readable') r.on(ev, () => log.push('event ' + ev));
}
r.on('data', (d) => log.push('data ' + d));
process.nextTick(() => log.push('tick after on(data)'));
r.on('close', () => console.log(log.join('\n')));
