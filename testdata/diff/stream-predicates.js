// stream.isReadable/isErrored/isDisturbed/isDestroyed and default highWaterMarks.
const stream = require('stream');
const { Readable, Writable, PassThrough } = stream;
const r = new Readable({ read() {} });
console.log('fresh', stream.isReadable(r), stream.isErrored(r), stream.isDisturbed(r), stream.isDestroyed(r));
r.push('x');
r.read();
console.log('after read disturbed', stream.isDisturbed(r));
r.destroy(new Error('e'));
r.on('error', () => {
  console.log('after error', stream.isReadable(r), stream.isErrored(r), stream.isDestroyed(r));
});
const w = new Writable({ write(c, e, cb) { cb(); } });
console.log('writable', stream.isWritable(w), stream.isReadable(w));
w.end();
console.log('ended writable', stream.isWritable(w));
console.log('defaults', stream.getDefaultHighWaterMark(false), stream.getDefaultHighWaterMark(true));
stream.setDefaultHighWaterMark(false, 1024);
console.log('new default', new PassThrough().readableHighWaterMark, new PassThrough({ objectMode: true }).writableHighWaterMark);
try { stream.setDefaultHighWaterMark(false, -1); } catch (e) { console.log(e.code, e.message); }
stream.setDefaultHighWaterMark(false, 16384);
console.log(typeof stream.promises.pipeline, typeof stream.promises.finished, typeof require('util').promisify(stream.pipeline));
