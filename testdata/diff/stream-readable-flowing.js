// Flowing mode via 'data', with pause()/resume() and event order.
const { Readable } = require('stream');
const log = [];
const r = new Readable({ objectMode: true, read() {} });
for (let i = 0; i < 5; i++) r.push(i);
r.push(null);
r.on('pause', () => log.push('pause'));
r.on('resume', () => log.push('resume'));
r.on('data', (d) => {
  log.push('data ' + d);
  if (d === 1) {
    r.pause();
    log.push('paused ' + r.isPaused() + ' flowing ' + r.readableFlowing);
    setTimeout(() => r.resume(), 1);
  }
});
r.on('end', () => log.push('end'));
r.on('close', () => {
  log.push('close');
  console.log(log.join('\n'));
});
log.push('sync flowing ' + r.readableFlowing);
