// Errors from _transform and _flush destroy the transform.
const { Transform, pipeline, Readable, Writable } = require('stream');
const t = new Transform({
  transform(c, e, cb) {
    if (String(c) === 'bad') cb(new Error('bad chunk'));
    else cb(null, c);
  },
});
t.on('error', (e) => console.log('error', e.message, t.destroyed));
t.on('close', () => {
  console.log('close');
  second();
});
t.resume();
t.write('ok');
t.write('bad');
t.write('after', (err) => console.log('write after error cb', err && err.message));
function second() {
  pipeline(
    Readable.from(['a']),
    new Transform({ transform(c, e, cb) { cb(null, c); }, flush(cb) { cb(new Error('flush failed')); } }),
    new Writable({ write(c, e, cb) { cb(); } }),
    (err) => {
      console.log('pipeline', err && err.message);
      throwing();
    },
  );
}
function throwing() {
  const t2 = new Transform({ transform() { throw new Error('thrown in transform'); } });
  try {
    t2.write('x');
  } catch (e) {
    console.log('thrown synchronously', e.message);
  }
}
