'use strict';
// Reading, queuing strategies, backpressure (desiredSize and pull calls over
// time) and the order promise callbacks run in across readers and writers.
const { ReadableStream, WritableStream, CountQueuingStrategy, ByteLengthQueuingStrategy } = require('stream/web');

let seq = 0;
const log = (...a) => console.log(String(++seq).padStart(3), ...a);

async function pulls() {
  let n = 0;
  let ctrl;
  const rs = new ReadableStream({
    start(c) { ctrl = c; log('start desiredSize', c.desiredSize); },
    pull(c) { log('pull', ++n, 'desiredSize', c.desiredSize); if (n <= 4) c.enqueue(n); else c.close(); },
    cancel(r) { log('cancel', r); },
  }, new CountQueuingStrategy({ highWaterMark: 2 }));
  log('after construct', ctrl.desiredSize);
  await null;
  log('tick1', ctrl.desiredSize);
  await null;
  log('tick2', ctrl.desiredSize);
  const reader = rs.getReader();
  for (;;) {
    const r = await reader.read();
    log('read', JSON.stringify(r), ctrl.desiredSize);
    if (r.done) break;
  }
  await reader.closed;
  log('closed');
}

async function bytesStrategy() {
  const s = new ByteLengthQueuingStrategy({ highWaterMark: 10 });
  log('blqs', s.highWaterMark, s.size.name, s.size(new Uint8Array(4)), Object.keys(ByteLengthQueuingStrategy.prototype).join());
  let ctrl;
  const rs = new ReadableStream({ start(c) { ctrl = c; } }, s);
  ctrl.enqueue(new Uint8Array(4));
  log('desired', ctrl.desiredSize);
  ctrl.enqueue(new Uint8Array(8));
  log('desired', ctrl.desiredSize);
  const reader = rs.getReader();
  log('read', (await reader.read()).value.length, ctrl.desiredSize);
  ctrl.close();
  log('after close', ctrl.desiredSize);
  log('read', (await reader.read()).value.length, ctrl.desiredSize);
  log('read', JSON.stringify(await reader.read()));
}

async function interleave() {
  let ctrl;
  const rs = new ReadableStream({ start(c) { ctrl = c; } });
  const reader = rs.getReader();
  const ps = [reader.read(), reader.read(), reader.read()];
  ps.forEach((p, i) => p.then((r) => log('read', i, JSON.stringify(r))));
  reader.closed.then(() => log('reader closed'));
  const writes = [];
  const ws = new WritableStream({
    write(chunk) { log('sink write', chunk); return new Promise((r) => writes.push(r)); },
    close() { log('sink close'); },
  }, { highWaterMark: 2 });
  const writer = ws.getWriter();
  log('ws desiredSize', writer.desiredSize);
  writer.ready.then(() => log('ready 1'));
  writer.write('a').then(() => log('write a done'));
  writer.write('b').then(() => log('write b done'));
  log('ws desiredSize', writer.desiredSize);
  writer.write('c').then(() => log('write c done'));
  log('ws desiredSize', writer.desiredSize);
  writer.ready.then(() => log('ready 2'));
  ctrl.enqueue(1);
  Promise.resolve().then(() => log('microtask'));
  ctrl.enqueue(2);
  ctrl.close();
  writer.close().then(() => log('writer close done'));
  writer.closed.then(() => log('writer closed'));
  for (let i = 0; i < 3; i++) {
    await new Promise((r) => setTimeout(r, 1));
    log('resolving write', i, writer.desiredSize);
    writes.shift()();
  }
  await writer.closed;
  log('done interleave');
}

async function errors() {
  let ctrl;
  const rs = new ReadableStream({ start(c) { ctrl = c; } });
  const reader = rs.getReader();
  reader.read().then(null, (e) => log('read rejected', e.message));
  reader.closed.then(null, (e) => log('closed rejected', e.message));
  ctrl.error(new Error('src failed'));
  log('desired after error', ctrl.desiredSize);
  await reader.read().catch((e) => log('read after error', e.message));
  const ws = new WritableStream({ write() { throw new Error('sink failed'); } });
  const w = ws.getWriter();
  w.write(1).catch((e) => log('write rejected', e.message));
  w.closed.catch((e) => log('ws closed rejected', e.message));
  w.ready.then(() => log('ws ready'), (e) => log('ws ready rejected', e.message));
  await new Promise((r) => setTimeout(r, 1));
  log('ws desired', w.desiredSize);
  await w.write(2).catch((e) => log('write 2 rejected', e.message));
  const ws2 = new WritableStream({ abort(r) { log('sink abort', r); } });
  const w2 = ws2.getWriter();
  w2.write('x').catch((e) => log('w2 write rejected', e));
  const ap = w2.abort('why');
  w2.closed.catch((e) => log('ws2 closed', e));
  await ap;
  log('aborted', ws2.locked);
  log('signal', ws2.getWriter === undefined);
}

(async () => {
  await pulls();
  await bytesStrategy();
  await interleave();
  await errors();
})();
