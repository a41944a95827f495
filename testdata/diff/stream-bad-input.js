// Bad arguments give Node-shaped errors.
const stream = require('stream');
const { Readable, Writable, pipeline, finished, PassThrough } = stream;
function attempt(name, fn) {
  try {
    fn();
    console.log(name, 'no throw');
  } catch (e) {
    console.log(name, e.name, e.code, e.message);
  }
}
attempt('pipeline no callback', () => pipeline(new PassThrough(), new PassThrough()));
attempt('pipeline one stream', () => pipeline(new PassThrough(), () => {}));
attempt('pipeline bad stream', () => pipeline(new PassThrough(), 42, () => {}));
attempt('finished non-stream', () => finished({}, () => {}));
attempt('finished no callback', () => finished(new PassThrough()));
attempt('finished bad options', () => finished(new PassThrough(), 'x', () => {}));
attempt('readable bad hwm', () => new Readable({ highWaterMark: 1.5 }));
attempt('readable bad encoding', () => new Readable({ encoding: 'nope' }));
attempt('writable bad defaultEncoding', () => new Writable({ defaultEncoding: 'nope' }));
attempt('read huge', () => new Readable({ read() {} }).read(2 ** 31));
attempt('iterator bad options', () => new Readable().iterator(5));
attempt('from nothing', () => Readable.from());
const r = new Readable({ read() {} });
r.on('error', (e) => console.log('push bad chunk ->', e.name, e.code, e.message));
r.push(42);
const nr = new Readable();
nr.on('error', (e) => console.log('no _read ->', e.code, e.message));
nr.read();
attempt('no _write', () => new Writable().write('x'));
const wp = new Writable({ write(c, e, cb) { cb(); } });
wp.on('error', (e) => console.log('pipe from writable ->', e.code, e.message));
wp.pipe(new PassThrough());
const twice = new Writable({ write(c, e, cb) { cb(); cb(); } });
twice.on('error', (e) => console.log('callback twice ->', e.code, e.message));
twice.write('x');
