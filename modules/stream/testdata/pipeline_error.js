// An error in the middle of a pipeline reaches the callback (once) and
// destroys every stream; so does an error in the source.
const { pipeline, Readable, Transform, Writable } = require('stream');
const { report } = require('gonode-test');

function run(name, failIn, next) {
  let n = 0;
  const src = new Readable({
    read() {
      n++;
      if (failIn === 'src' && n === 7) this.destroy(new Error('source failed at 7'));
      else this.push(n <= 1000 ? 'x'.repeat(100) : null);
    },
  });
  const up = new Transform({ transform(c, e, cb) { cb(null, c); } });
  let seen = 0;
  const mid = new Transform({
    transform(c, e, cb) {
      seen++;
      if (failIn === 'mid' && seen === 5) cb(new Error('transform failed at 5'));
      else cb(null, c);
    },
  });
  const dst = new Writable({ write(c, e, cb) { setImmediate(cb); } });
  const streams = { src, up, mid, dst };
  const closed = [];
  for (const k of Object.keys(streams)) streams[k].on('close', () => closed.push(k));
  let calls = 0;
  pipeline(src, up, mid, dst, (err) => {
    calls++;
    report(`${name}: callback ${err && err.message}`);
    setImmediate(() => {
      report(`${name}: calls=${calls} destroyed=${Object.keys(streams).map((k) => streams[k].destroyed).join(',')}`);
      report(`${name}: closed=${closed.sort().join(',')}`);
      report(`${name}: dst finished=${dst.writableFinished}`);
      next();
    });
  });
}

run('mid', 'mid', () => run('src', 'src', () => report('done')));
