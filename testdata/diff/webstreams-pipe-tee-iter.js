'use strict';
// tee, pipeTo/pipeThrough (abort via AbortSignal, errors both ways),
// async iteration with break, ReadableStream.from, TransformStream flush
// and backpressure, text encoder/decoder streams.
const {
  ReadableStream, WritableStream, TransformStream, TextEncoderStream, TextDecoderStream,
  CompressionStream, DecompressionStream,
} = require('stream/web');

const fromArray = (items) => new ReadableStream({
  start(c) { for (const i of items) c.enqueue(i); c.close(); },
  cancel(r) { console.log('source cancel', r instanceof Error ? r.message : r); },
});
async function collect(rs) {
  const out = [];
  for await (const chunk of rs) out.push(chunk);
  return out;
}
const sink = (name, out) => new WritableStream({
  write(c) { out.push(c); },
  close() { console.log(name, 'close'); },
  abort(r) { console.log(name, 'abort', r?.name ?? r?.message ?? r); },
});

(async () => {
  const [a, b] = fromArray([1, 2, 3]).tee();
  console.log('tee', await collect(a), await collect(b));
  const [c, d] = fromArray(['x', 'y']).tee();
  const cancelled = c.cancel('c1').then(() => console.log('c cancelled'));
  console.log('tee after one cancel', await collect(d));
  await cancelled;
  const [e, f] = fromArray(['x']).tee();
  await Promise.all([e.cancel('r1'), f.cancel('r2')]);

  let out = [];
  await fromArray([1, 2]).pipeTo(sink('s1', out));
  console.log('piped', out);

  const ac = new AbortController();
  out = [];
  const slow = new ReadableStream({
    pull(ctl) {
      ctl.enqueue(out.length);
      if (out.length === 3) ac.abort();
      return new Promise((r) => setImmediate(r));
    },
    cancel(r) { console.log('slow cancel', r.name); },
  });
  const p = slow.pipeTo(sink('s2', out), { signal: ac.signal });
  await p.catch((err) => console.log('pipe aborted', err.name, err.message));
  console.log('locked after abort', slow.locked);

  await fromArray([1]).pipeTo(sink('s3', []), { signal: AbortSignal.abort('early') })
    .catch((err) => console.log('early abort', err));
  await fromArray([1]).pipeTo(sink('s4', []), { signal: AbortSignal.abort(), preventAbort: true, preventCancel: true })
    .catch((err) => console.log('prevented abort', err.name));

  const failing = new ReadableStream({ start(ctl) { ctl.enqueue('a'); ctl.error(new Error('src broke')); } });
  await failing.pipeTo(sink('s5', [])).catch((err) => console.log('src error', err.message));
  const badSink = new WritableStream({ write() { throw new Error('dest broke'); } });
  await fromArray([1, 2]).pipeTo(badSink).catch((err) => console.log('dest error', err.message));
  const ws = new WritableStream({ close() { console.log('s6 close'); } });
  await fromArray([1]).pipeTo(ws, { preventClose: true });
  console.log('preventClose left open', ws.locked);
  await ws.getWriter().close();

  const upper = new TransformStream({
    transform(chunk, ctl) { ctl.enqueue(String(chunk).toUpperCase()); },
    flush(ctl) { ctl.enqueue('!'); console.log('flush'); },
  });
  console.log('pipeThrough', await collect(fromArray(['a', 'b']).pipeThrough(upper)));

  const it = fromArray([1, 2, 3, 4]);
  for await (const v of it) {
    console.log('iter', v);
    if (v === 2) break;
  }
  console.log('after break locked', it.locked);
  const keep = fromArray([1, 2, 3]);
  for await (const v of keep.values({ preventCancel: true })) {
    if (v === 1) break;
  }
  console.log('preventCancel', keep.locked, (await keep.getReader().read()).value);

  console.log('from array', await collect(ReadableStream.from([1, Promise.resolve(2), 3])));
  async function* gen() { yield 'g1'; yield 'g2'; }
  console.log('from async gen', await collect(ReadableStream.from(gen())));
  function* sync() { try { yield 1; yield 2; } finally { console.log('sync finally'); } }
  for await (const v of ReadableStream.from(sync())) { console.log('from sync', v); break; }

  // Backpressure in a transform: the transform is not called until read.
  const calls = [];
  const ts = new TransformStream({ transform(ch, ctl) { calls.push(ch); ctl.enqueue(ch); } });
  const w = ts.writable.getWriter();
  console.log('ts desired', w.desiredSize, ts.readable.locked);
  w.write('p');
  w.write('q');
  await new Promise((r) => setTimeout(r, 1));
  console.log('ts calls before read', calls, w.desiredSize);
  const r = ts.readable.getReader();
  console.log('ts read', (await r.read()).value, (await r.read()).value, calls);
  w.close();
  console.log('ts done', (await r.read()).done);

  const enc = new TextEncoderStream();
  const dec = new TextDecoderStream();
  console.log(enc.encoding, dec.encoding, dec.fatal, dec.ignoreBOM);
  const text = await collect(fromArray(['h\u00e9', '\u20ac\ud83d', '\ude00!']).pipeThrough(enc).pipeThrough(dec));
  console.log('roundtrip', JSON.stringify(text.join('')));
  const bytes = Buffer.from('a\u20acb\u{1F600}c');
  const pieces = [];
  for (let i = 0; i < bytes.length; i += 2) pieces.push(new Uint8Array(bytes.subarray(i, i + 2)));
  const decoded = await collect(fromArray(pieces).pipeThrough(new TextDecoderStream()));
  console.log('split chunks', decoded.length, JSON.stringify(decoded.join('')));

  const gz = await collect(fromArray([Buffer.from('hello '), Buffer.from('world')])
    .pipeThrough(new CompressionStream('gzip')).pipeThrough(new DecompressionStream('gzip')));
  console.log('gzip', Buffer.concat(gz).toString());
  console.log('globals', typeof globalThis.ReadableStream, ReadableStream === globalThis.ReadableStream,
    Object.keys(globalThis).includes('ReadableStream'));
  console.log(Object.prototype.toString.call(new ReadableStream()), Object.keys(ReadableStream.prototype).join());
})();
