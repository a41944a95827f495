// stream/promises pipeline and finished.
const { pipeline, finished } = require('stream/promises');
const { Readable, Writable, PassThrough } = require('stream');
(async () => {
  const out = [];
  await pipeline(
    Readable.from([1, 2, 3], { objectMode: true }),
    new Writable({ objectMode: true, write(c, e, cb) { out.push(c * 10); cb(); } }),
  );
  console.log('done', out.join(','));
  try {
    await pipeline(
      new Readable({ read() { this.destroy(new Error('src broke')); } }),
      new PassThrough(),
    );
  } catch (err) {
    console.log('rejected', err.message);
  }
  const p = new PassThrough();
  const f = finished(p);
  p.resume();
  p.end('x');
  await f;
  console.log('finished resolved', p.readableEnded, p.writableFinished);
  const q = new PassThrough();
  setTimeout(() => q.destroy(), 1);
  try {
    await finished(q);
  } catch (err) {
    console.log('premature', err.code, err.message);
  }
})();
