// stream.pipeline with a callback: success and failure.
const { pipeline, Readable, Transform, Writable, PassThrough } = require('stream');
const chunks = [];
pipeline(
  Readable.from(['a', 'b', 'c']),
  new Transform({ transform(c, e, cb) { cb(null, c.toString() + c.toString()); } }),
  new Writable({ write(c, e, cb) { chunks.push(c.toString()); cb(); } }),
  (err) => {
    console.log('ok pipeline err=', err, chunks.join(''));
    failing();
  },
);
function failing() {
  const src = new Readable({ read() {} });
  const mid = new PassThrough();
  const dst = new Writable({ write(c, e, cb) { cb(new Error('disk full')); } });
  const closed = [];
  for (const [n, s] of [['src', src], ['mid', mid], ['dst', dst]]) s.on('close', () => closed.push(n));
  const ret = pipeline(src, mid, dst, (err) => {
    console.log('failed pipeline err=', err.message);
    setImmediate(() => {
      console.log('destroyed', src.destroyed, mid.destroyed, dst.destroyed);
      console.log('closed', closed.sort().join(','));
    });
  });
  console.log('returns last', ret === dst);
  src.push('data');
}
