// Switching a readable between paused (readable) and flowing (data) modes.
const { Readable } = require('stream');
const { report } = require('gonode-test');
let n = 0;
const r = new Readable({
  objectMode: true,
  highWaterMark: 2,
  read() {
    setImmediate(() => {
      n++;
      if (n > 8) this.push(null);
      else this.push('v' + n);
    });
  },
});
report(`start flowing=${r.readableFlowing} paused=${r.isPaused()}`);
r.on('pause', () => report('event pause'));
r.on('resume', () => report('event resume'));
function onReadable() {
  let v;
  const got = [];
  while ((v = r.read()) !== null) got.push(v);
  report(`readable [${got.join(',')}] flowing=${r.readableFlowing}`);
  if (n >= 4) {
    r.removeListener('readable', onReadable);
    process.nextTick(() => {
      report(`after remove flowing=${r.readableFlowing}`);
      r.on('data', onData);
      report(`after on(data) flowing=${r.readableFlowing}`);
    });
  }
}
function onData(v) {
  report(`data ${v} flowing=${r.readableFlowing}`);
  if (v === 'v6') {
    r.pause();
    report(`paused flowing=${r.readableFlowing} isPaused=${r.isPaused()} length=${r.readableLength}`);
    // While paused the buffer still fills up to the high water mark.
    const waitFull = () => {
      if (r.readableLength < 2) return setImmediate(waitFull);
      report(`buffered while paused: ${r.readableLength}`);
      report(`read() in paused mode -> ${r.read()}`);
      r.resume();
    };
    waitFull();
  }
}
r.on('readable', onReadable);
report(`on(readable) flowing=${r.readableFlowing}`);
r.on('end', () => report(`end flowing=${r.readableFlowing} ended=${r.readableEnded}`));
r.on('close', () => report('close'));
