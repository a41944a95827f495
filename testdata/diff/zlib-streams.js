'use strict';
// zlib streams: pipeline gzip -> gunzip, flush() kinds and what they make
// available, multi-member input split at odd places, output cut at
// chunkSize, params() mid-stream, bytesWritten, finishFlush, close()
// and its events, the callback and promise forms, _processChunk.
const zlib = require('zlib');
const util = require('util');
const { pipeline, Readable, Writable } = require('stream');
const { Z_SYNC_FLUSH, Z_FULL_FLUSH, Z_PARTIAL_FLUSH, Z_FINISH } = zlib.constants;

const text = 'The quick brown fox jumps over the lazy dog. '.repeat(2000);
// Made by node: a deflate stream of text, and a gzip stream cut after a
// sync flush in its middle.
const nodeDeflate = zlib.deflateSync(text); // (round-trips below; vectors are in zlib-sync.js)
const flushedVector = Buffer.from('H4sIAAAAAAAAA0rLLCouUchIzEmzBgAAAP//K05Nzs9LUchIzEkDAAn59cAWAAAA', 'base64');

function collector(done) {
  const chunks = [];
  return new Writable({
    write(chunk, enc, next) { chunks.push(chunk); next(); },
    final(cb) { done(Buffer.concat(chunks)); cb(); },
  });
}

const steps = [
  (next) => {
    const src = Readable.from([text.slice(0, 1000), Buffer.from(text.slice(1000, 50000)), text.slice(50000)]);
    const gz = zlib.createGzip();
    const gun = zlib.createGunzip();
    pipeline(src, gz, gun, collector((b) => console.log('pipeline', b.length, b.toString() === text)), (err) => {
      console.log('pipeline done', err, gz.bytesWritten, gun.bytesWritten > 0, gz._closed, gun._closed);
      next();
    });
  },
  (next) => {
    const d = zlib.createDeflate();
    const parts = [];
    d.write('hello');
    d.flush(() => {
      const out = d.read();
      parts.push(out);
      console.log('flush default', out.subarray(-4).toString('hex'),
        zlib.inflateSync(Buffer.concat(parts), { finishFlush: Z_SYNC_FLUSH }).toString());
      d.write(' world');
      d.flush(Z_SYNC_FLUSH, () => {
        const out2 = d.read();
        parts.push(out2);
        console.log('flush sync', out2.subarray(-4).toString('hex'),
          zlib.inflateSync(Buffer.concat(parts), { finishFlush: Z_SYNC_FLUSH }).toString());
        d.write('!');
        d.flush(Z_PARTIAL_FLUSH);
        d.end();
        d.on('data', (c) => parts.push(c));
        d.on('end', () => {
          console.log('flush end', zlib.inflateSync(Buffer.concat(parts)).toString(), d.bytesWritten);
          d.flush(() => { console.log('flush after end'); next(); });
        });
      });
    });
  },
  (next) => {
    const g = zlib.createGzip();
    g.write('abc');
    g.flush(Z_FULL_FLUSH, () => {
      const b = g.read();
      console.log('gzip flush', b.subarray(0, 4).toString('hex'), b.subarray(-4).toString('hex'),
        zlib.gunzipSync(b, { finishFlush: Z_SYNC_FLUSH }).toString());
      g.end();
      g.resume();
      g.on('end', next);
    });
  },
  (next) => {
    const mm = Buffer.concat([zlib.gzipSync('111'), zlib.gzipSync(text), zlib.gzipSync('333')]);
    const g = zlib.createGunzip();
    const u = zlib.createUnzip();
    // The two finish in either order under node (its thread pool): print
    // in a fixed one.
    const results = {};
    for (const [name, s] of [['gunzip', g], ['unzip', u]]) {
      const chunks = [];
      s.on('data', (c) => chunks.push(c));
      s.on('end', () => {
        const out = Buffer.concat(chunks).toString();
        results[name] = [out.length, out.startsWith('111The'), out.endsWith('dog. 333'), s.bytesWritten === mm.length];
        if (Object.keys(results).length === 2) {
          console.log('members', results.gunzip, results.unzip);
          next();
        }
      });
      s.write(mm.subarray(0, 1));
      for (let i = 1; i < mm.length; i += 7) s.write(mm.subarray(i, i + 7));
      s.end();
    }
  },
  (next) => {
    const inf = zlib.createInflate({ chunkSize: 1024 });
    const sizes = [];
    inf.on('data', (d) => sizes.push(d.length));
    inf.on('end', () => {
      console.log('chunkSize', sizes.length, sizes.every((n, i) => n === 1024 || i === sizes.length - 1), sizes.reduce((a, b) => a + b), inf._chunkSize);
      next();
    });
    inf.end(nodeDeflate);
  },
  (next) => {
    const d = zlib.createDeflate({ level: 1 });
    const chunks = [];
    d.on('data', (c) => chunks.push(c));
    d.write(text.slice(0, 100));
    d.params(9, zlib.constants.Z_DEFAULT_STRATEGY, () => {
      console.log('params', d._level, d._strategy);
      d.params(9, 0, () => {
        console.log('params same');
        d.end(text.slice(100));
      });
    });
    d.on('end', () => {
      console.log('params data', zlib.inflateSync(Buffer.concat(chunks)).toString() === text);
      next();
    });
  },
  (next) => {
    const g = zlib.createGunzip({ finishFlush: Z_SYNC_FLUSH });
    const chunks = [];
    g.on('data', (c) => chunks.push(c));
    g.on('error', (e) => console.log('unexpected', e));
    g.on('end', () => {
      console.log('finishFlush stream', Buffer.concat(chunks).toString());
      next();
    });
    g.end(flushedVector.subarray(0, 25));
  },
  (next) => {
    const i = zlib.createInflate();
    const chunks = [];
    i.on('data', (c) => chunks.push(c));
    i.on('end', () => {
      console.log('trailing data', Buffer.concat(chunks).toString(), i.bytesWritten === zlib.deflateSync('first').length);
      next();
    });
    i.end(Buffer.concat([zlib.deflateSync('first'), Buffer.from('ignored after the end')]));
  },
  (next) => {
    const g = zlib.createGzip();
    const order = [];
    g.on('close', () => order.push('close event'));
    g.close(() => {
      order.push('close callback');
      console.log('close', order.join(', '), g._closed, g.destroyed);
      next();
    });
  },
  (next) => {
    const u = zlib.createGunzip({ encoding: 'utf8', objectMode: true });
    u.on('data', (c) => console.log('encoding ignored', Buffer.isBuffer(c), c.toString()));
    u.on('end', next);
    u.end(zlib.gzipSync('bytes'));
  },
  (next) => {
    const r = zlib.createGunzip();
    r.reset();
    r.on('data', (c) => console.log('after reset', c.toString()));
    r.on('end', next);
    r.end(zlib.gzipSync('reset ok'));
  },
  (next) => {
    const d = zlib.createDeflate();
    const out = d._processChunk(Buffer.from('legacy'), Z_FINISH);
    console.log('_processChunk', zlib.inflateSync(out).toString(), d._closed);
    next();
  },
  async (next) => {
    const inputs = ['a string', Buffer.from('a buffer'), new Uint32Array([1, 2, 3]), new Uint8Array([5, 6]).buffer, new DataView(new ArrayBuffer(3))];
    for (const input of inputs) {
      const z = await util.promisify(zlib.gzip)(input);
      const back = await util.promisify(zlib.unzip)(z);
      const raw = await new Promise((resolve, reject) => zlib.deflateRaw(input, { level: 9 }, (e, b) => (e ? reject(e) : resolve(b))));
      const rawBack = await util.promisify(zlib.inflateRaw)(raw);
      console.log('async', util.inspect(back), back.equals(rawBack));
    }
    zlib.gunzip(flushedVector, { info: true }, (err, res) => {
      console.log('info cb', err, res.buffer.toString(), res.engine.constructor.name, res.engine.bytesWritten);
      next();
    });
  },
];
(function run(i) { if (i < steps.length) steps[i](() => run(i + 1)); else console.log('done'); })(0);
