// Switching between paused ('readable') and flowing ('data') modes.
const { Readable } = require('stream');
const log = [];
let n = 0;
const r = new Readable({
  read() {
    n++;
    if (n > 6) this.push(null);
    else this.push(String(n));
  },
});
r.setEncoding('utf8');
function onReadable() {
  const c = r.read();
  log.push('readable -> ' + c);
  if (n >= 3) {
    r.removeListener('readable', onReadable);
    process.nextTick(() => {
      log.push('switch to data, flowing=' + r.readableFlowing);
      r.on('data', (d) => log.push('data ' + d));
      r.resume();
    });
  }
}
r.on('readable', onReadable);
log.push('initial flowing=' + r.readableFlowing);
r.on('end', () => {
  log.push('end');
  console.log(log.join('\n'));
});
