// Objects keep their identity through an object-mode pipeline; lengths and
// high water marks count objects.
const { pipeline, Readable, Transform, Writable } = require('stream');
const { report } = require('gonode-test');

const objs = Array.from({ length: 50 }, (_, i) => ({ id: i }));
const src = Readable.from(objs);
const tr = new Transform({
  objectMode: true,
  transform(o, e, cb) {
    o.seen = true;
    cb(null, o);
  },
});
const got = [];
let maxLength = 0;
const dst = new Writable({
  objectMode: true,
  highWaterMark: 2,
  write(o, e, cb) {
    got.push(o);
    maxLength = Math.max(maxLength, this.writableLength);
    setImmediate(cb);
  },
});
report(`hwm src=${src.readableHighWaterMark} tr=${tr.readableHighWaterMark}/${tr.writableHighWaterMark} dst=${dst.writableHighWaterMark}`);
report(`objectMode src=${src.readableObjectMode} dst=${dst.writableObjectMode}`);

const w = new Writable({ objectMode: true, write(o, e, cb) { cb(); } });
report(`write number -> ${w.write(42)}, object -> ${w.write({})}, string -> ${w.write('s')}`);
try {
  w.write(null);
} catch (err) {
  report(`write null -> ${err.code}`);
}

pipeline(src, tr, dst, (err) => {
  report(`done err=${err} count=${got.length}`);
  report(`same objects ${got.every((o, i) => o === objs[i] && o.seen === true)}`);
  report(`max writableLength ${maxLength}`);
});
