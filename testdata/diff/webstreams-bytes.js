'use strict';
// Byte streams: BYOB readers, byobRequest.respond/respondWithNewView,
// autoAllocateChunkSize, min reads, byte tee.
const { ReadableStream } = require('stream/web');

let seq = 0;
const log = (...a) => console.log(String(++seq).padStart(3), ...a);
const show = (v) => (v ? `${v.constructor.name}[${Array.from(new Uint8Array(v.buffer, v.byteOffset, v.byteLength))}]` : v);

(async () => {
  let n = 0;
  const rs = new ReadableStream({
    type: 'bytes',
    pull(c) {
      const req = c.byobRequest;
      log('pull', req ? req.view.byteLength : null, c.desiredSize);
      if (n >= 3) { c.close(); if (req) req.respond(0); return; }
      n++;
      if (req) {
        req.view[0] = n; req.view[1] = n * 10;
        req.respond(2);
      } else {
        c.enqueue(new Uint8Array([n, n, n]));
      }
    },
  });
  const reader = rs.getReader({ mode: 'byob' });
  const buf = new Uint8Array(4);
  let r = await reader.read(buf);
  log('read', show(r.value), r.done, buf.byteLength);
  r = await reader.read(new Uint16Array(2));
  log('read u16', show(r.value), r.done);
  r = await reader.read(new Uint8Array(8), { min: 2 });
  log('read min', show(r.value), r.done);
  r = await reader.read(new Uint8Array(8));
  log('read end', show(r.value), r.done);
  reader.releaseLock();

  const auto = new ReadableStream({
    type: 'bytes',
    autoAllocateChunkSize: 3,
    pull(c) {
      const v = c.byobRequest.view;
      log('auto pull', v.byteLength);
      v.set([7, 8, 9]);
      c.byobRequest.respond(3);
      c.close();
    },
  });
  const dr = auto.getReader();
  r = await dr.read();
  log('auto read', show(r.value), r.done);
  r = await dr.read();
  log('auto read', show(r.value), r.done);

  const queued = new ReadableStream({
    type: 'bytes',
    start(c) { c.enqueue(new Uint8Array([1, 2, 3, 4, 5])); c.close(); },
  });
  const qr = queued.getReader({ mode: 'byob' });
  r = await qr.read(new Uint8Array(2));
  log('queued', show(r.value), r.done);
  r = await qr.read(new Uint8Array(2));
  log('queued', show(r.value), r.done);
  r = await qr.read(new Uint8Array(2));
  log('queued', show(r.value), r.done);
  r = await qr.read(new Uint8Array(2));
  log('queued', show(r.value), r.done);

  const enq = new Uint8Array([1, 2]);
  const tee = new ReadableStream({ type: 'bytes', start(c) { c.enqueue(enq); c.close(); } });
  log('detached after enqueue', enq.byteLength);
  const [a, b] = tee.tee();
  const ra = await a.getReader().read();
  const rb = await b.getReader({ mode: 'byob' }).read(new Uint8Array(4));
  log('tee', show(ra.value), show(rb.value));
})();
