// Destroying a readable mid-flow: no 'end', readableAborted, finished() error.
const { Readable, finished } = require('stream');
let i = 0;
const r = new Readable({
  read() {
    setImmediate(() => this.push('chunk' + i++));
  },
});
const log = [];
r.on('data', (d) => {
  log.push('data ' + d);
  if (i === 3) r.destroy();
});
r.on('end', () => log.push('end (unexpected)'));
r.on('close', () => log.push(`close aborted=${r.readableAborted} ended=${r.readableEnded} didRead=${r.readableDidRead}`));
finished(r, (err) => {
  log.push('finished ' + (err && err.code));
  setImmediate(() => console.log(log.join('\n')));
});
