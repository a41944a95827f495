// A slow Writable: write() returns false at the high water mark, then 'drain'.
const { Writable } = require('stream');
const { report } = require('gonode-test');

const w = new Writable({
  highWaterMark: 1024,
  write(chunk, encoding, cb) {
    setImmediate(cb);
  },
});

let round = 0;
function fill() {
  let writes = 0;
  let ok;
  do {
    ok = w.write(Buffer.alloc(100, round));
    writes++;
  } while (ok);
  report(`round ${round} writes=${writes} length=${w.writableLength} needDrain=${w.writableNeedDrain}`);
}

w.on('drain', () => {
  report(`drain ${round} length=${w.writableLength} needDrain=${w.writableNeedDrain}`);
  if (++round < 3) fill();
  else w.end(() => report('end callback'));
});
w.on('finish', () => report(`finish finished=${w.writableFinished}`));
w.on('close', () => report('close'));
fill();
