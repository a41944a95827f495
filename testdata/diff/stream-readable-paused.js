// Paused mode: 'readable' events and read(n) with a byte stream.
const { Readable } = require('stream');
const log = [];
let i = 0;
const r = new Readable({
  highWaterMark: 8,
  read(n) {
    log.push(`_read(${n})`);
    i++;
    if (i <= 4) this.push(Buffer.from('chunk' + i));
    else this.push(null);
  },
});
r.on('readable', () => {
  log.push(`readable len=${r.readableLength}`);
  let c;
  while ((c = r.read(3)) !== null) log.push(`read3 ${c.toString()}`);
});
r.on('end', () => {
  log.push('end');
});
r.on('close', () => {
  log.push('close');
  console.log(log.join('\n'));
  console.log('flags', r.readableEnded, r.destroyed, r.readable, r.readableFlowing);
});
