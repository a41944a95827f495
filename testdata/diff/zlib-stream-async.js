// zlib streams process their chunks off the loop, as node's thread pool
// does: write() of a chunk above the highWaterMark returns false (the chunk
// is still pending) and 'drain' follows; flushes between writes each come
// out on their own; 'data' is never emitted inside write(); a stream
// destroyed while piping pushes nothing more; and output waits for the
// reader once the readable side is full.
'use strict';
const zlib = require('zlib');
const { Writable } = require('stream');

const steps = [drain, interleaved, inWrite, destroyPipe, backpressure];
function next() {
  const step = steps.shift();
  if (step) step();
}

function drain() {
  const d = zlib.createDeflate({ level: 0, highWaterMark: 16 });
  const ws = d._writableState;
  console.log('drain: write', d.write(Buffer.alloc(10240, 'x')), ws.needDrain);
  d.on('data', (c) => console.log('drain: data', c.length));
  d.on('drain', () => console.log('drain: drain'));
  d.flush(() => {
    console.log('drain: flushed, needDrain', ws.needDrain);
    next();
  });
}

function interleaved() {
  const compress = zlib.createGzip();
  const chunks = [];
  const events = [];
  for (const s of ['abc', 'def', 'ghi']) {
    compress.write(s, () => events.push('written ' + s));
    compress.flush(zlib.constants.Z_PARTIAL_FLUSH, () => {
      events.push('flushed');
      const c = compress.read();
      if (c !== null) chunks.push(c);
    });
  }
  compress.end(() => {
    console.log('interleaved:', events.join(', '), chunks.length);
    const gunzip = zlib.createGunzip();
    gunzip.setEncoding('utf8');
    const reads = [];
    (function write() {
      const c = chunks.shift();
      if (c === undefined) {
        console.log('interleaved: read', reads.join(' '));
        return next();
      }
      gunzip.write(c, () => {
        reads.push(gunzip.read());
        write();
      });
    })();
  });
}

function inWrite() {
  const gzip = zlib.createGzip();
  let writing = false;
  gzip.on('data', () => {
    if (writing) console.log('inWrite: data inside write()');
  });
  gzip.on('end', () => {
    console.log('inWrite: ended, bytesWritten', gzip.bytesWritten);
    next();
  });
  writing = true;
  gzip.write('a');
  gzip.flush();
  gzip.end('bc');
  writing = false;
}

function destroyPipe() {
  const ts = zlib.createGzip();
  let writes = 0;
  const ws = new Writable({
    write(chunk, enc, cb) {
      writes++;
      setImmediate(cb);
      ts.destroy();
    },
  });
  ts.on('close', () => setImmediate(() => {
    console.log('destroyPipe: writes', writes);
    next();
  }));
  const buf = Buffer.alloc(1024 * 1024, 'abcdefgh');
  for (let i = 0; i < buf.length; i += 7) buf[i] = i & 0xff;
  ts.end(buf);
  ts.pipe(ws);
}

function backpressure() {
  const data = Buffer.alloc(200000);
  for (let i = 0; i < data.length; i++) data[i] = (i * 7919) & 0xff;
  const inflate = zlib.createInflateRaw();
  inflate.end(zlib.deflateRawSync(data));
  inflate.once('readable', () => {
    // One chunk fills the readable side: the rest waits to be read.
    console.log('backpressure: buffered', inflate._readableState.length);
    let total = 0;
    inflate.on('data', (c) => total += c.length);
    inflate.on('end', () => {
      console.log('backpressure: total', total);
      next();
    });
  });
}

next();
