// stream.compose joins transforms into one duplex.
const { compose, Transform, Readable, pipeline, Writable } = require('stream');
const upper = new Transform({ transform(c, e, cb) { cb(null, String(c).toUpperCase()); } });
const exclaim = new Transform({ transform(c, e, cb) { cb(null, c + '!'); } });
const both = compose(upper, exclaim);
const out = [];
pipeline(
  Readable.from(['a', 'b', 'c']),
  both,
  new Writable({ write(c, e, cb) { out.push(String(c)); cb(); } }),
  (err) => console.log('composed', err, out.join(' ')),
);
try { compose(); } catch (e) { console.log(e.code, e.message); }
