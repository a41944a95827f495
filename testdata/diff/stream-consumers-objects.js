// stream/consumers over an object-mode stream: blob, arrayBuffer and buffer
// go through a Blob, so objects count as '[object Object]'; text and json
// reject with ERR_INVALID_ARG_TYPE (and the stream is closed). Typed
// arrays and DataViews keep their bytes.
const { PassThrough } = require('stream');
const consumers = require('stream/consumers');
const objects = () => {
  const s = new PassThrough({ objectMode: true });
  s.write({});
  s.end({});
  return s;
};
(async () => {
  for (const name of ['blob', 'arrayBuffer', 'buffer', 'text', 'json']) {
    const s = objects();
    try {
      const r = await consumers[name](s);
      const bytes = r instanceof Blob ? Buffer.from(await r.arrayBuffer()) : Buffer.from(r);
      console.log(name, r.constructor.name, bytes.toString());
    } catch (e) {
      console.log(name, 'rejected', e.code);
    }
    console.log('  destroyed', s.destroyed);
  }
  const u = new PassThrough({ objectMode: true });
  u.write(new Uint16Array([0x6868]));
  u.write(new DataView(new ArrayBuffer(2)));
  u.end('x');
  console.log(await consumers.buffer(u));
})();
