// write() returns false past highWaterMark, then 'drain' fires.
const { Writable } = require('stream');
const log = [];
const w = new Writable({
  highWaterMark: 5,
  write(chunk, enc, cb) {
    log.push(`_write ${chunk.toString()} ${enc}`);
    setTimeout(cb, 1);
  },
});
w.on('drain', () => {
  log.push(`drain len=${w.writableLength} needDrain=${w.writableNeedDrain}`);
  if (round++ < 2) fill();
  else w.end('end', () => log.push('end cb'));
});
w.on('finish', () => log.push('finish'));
w.on('close', () => {
  log.push('close');
  console.log(log.join('\n'));
});
let round = 0;
function fill() {
  let i = 0;
  let ok;
  do {
    ok = w.write('ab' + i, (err) => log.push(`cb${round}.${i} ${err}`));
    log.push(`write ok=${ok} len=${w.writableLength} needDrain=${w.writableNeedDrain}`);
    i++;
  } while (ok);
}
fill();
