'use strict';
// Error names, codes and messages of the WHATWG streams API.
const w = require('stream/web');

const out = [];
function show(label, e) { out.push(`${label}: ${e.name} ${e.code} ${e.message}`); }
function t(label, f) {
  try {
    const r = f();
    if (r && typeof r.then === 'function') return r.then((v) => out.push(`${label}: ok ${v}`), (e) => show(label, e));
    out.push(`${label}: ok`);
  } catch (e) {
    show(label, e);
  }
  return Promise.resolve();
}

(async () => {
  const rs = new w.ReadableStream();
  rs.getReader();
  await t('locked getReader', () => rs.getReader());
  await t('locked cancel', () => rs.cancel());
  await t('locked tee', () => rs.tee());
  await t('locked pipeTo', () => rs.pipeTo(new w.WritableStream()));
  await t('locked pipeThrough', () => rs.pipeThrough(new w.TransformStream()));
  await t('locked values', () => rs.values());
  await t('bad mode', () => new w.ReadableStream().getReader({ mode: 'x' }));
  await t('bad type', () => new w.ReadableStream({ type: 'x' }));
  await t('bad hwm', () => new w.ReadableStream({}, { highWaterMark: -1 }));
  await t('NaN hwm', () => new w.WritableStream({}, { highWaterMark: NaN }));
  await t('bad size', () => new w.ReadableStream({}, { size: 1 }));
  await t('bad pull', () => new w.ReadableStream({ pull: 1 }));
  await t('bad write', () => new w.WritableStream({ write: 'x' }));
  await t('bad src', () => new w.ReadableStream(1));
  await t('null src', () => new w.ReadableStream(null));
  await t('bad strategy', () => new w.ReadableStream({}, 1));
  await t('reader bad', () => new w.ReadableStreamDefaultReader(1));
  for (const C of ['ReadableStreamDefaultController', 'ReadableByteStreamController', 'ReadableStreamBYOBRequest',
    'WritableStreamDefaultController', 'TransformStreamDefaultController']) {
    await t(C, () => new w[C]());
  }
  await t('getReader this', () => w.ReadableStream.prototype.getReader.call({}));
  await t('cancel this', () => w.ReadableStream.prototype.cancel.call({}));
  await t('read this', () => w.ReadableStreamDefaultReader.prototype.read.call({}));
  await t('write this', () => w.WritableStreamDefaultWriter.prototype.write.call({}));
  const r2 = new w.ReadableStream().getReader();
  r2.releaseLock();
  await t('released read', () => r2.read());
  await t('released closed', () => r2.closed);
  await t('released cancel', () => r2.cancel());
  await t('released releaseLock', () => r2.releaseLock());
  const r3 = new w.ReadableStream().getReader();
  const p1 = t('pending read', () => r3.read());
  const p2 = t('closed after release', () => r3.closed);
  r3.releaseLock();
  await p1; await p2;
  new w.ReadableStream({
    start(c) {
      c.close();
      t('enqueue after close', () => c.enqueue(1));
      t('close twice', () => c.close());
    },
  });
  new w.ReadableStream({
    start(c) {
      c.error(new Error('boom'));
      t('enqueue errored', () => c.enqueue(1));
    },
  });
  const ws = new w.WritableStream();
  const wr = ws.getWriter();
  await t('ws locked', () => ws.getWriter());
  await t('ws abort locked', () => ws.abort());
  await t('ws close locked', () => ws.close());
  const wr4 = new w.WritableStream().getWriter();
  wr4.close();
  await t('write after close', () => wr4.write(1));
  await wr.close();
  await t('close after close', () => wr.close());
  const wr2 = new w.WritableStream().getWriter();
  wr2.releaseLock();
  await t('released write', () => wr2.write(1));
  await t('released ready', () => wr2.ready);
  await t('released desiredSize', () => wr2.desiredSize);
  await t('ws type', () => new w.WritableStream({ type: 'x' }));
  await t('ts readableType', () => new w.TransformStream({ readableType: 'x' }));
  await t('ts transform', () => new w.TransformStream({ transform: 1 }));
  await t('cqs none', () => new w.CountQueuingStrategy());
  await t('cqs empty', () => new w.CountQueuingStrategy({}));
  await t('tds bad', () => new w.TextDecoderStream('nope'));
  await t('pipeTo bad', () => new w.ReadableStream().pipeTo(1));
  await t('pipeTo signal', () => new w.ReadableStream().pipeTo(new w.WritableStream(), { signal: 1 }));
  await t('pipeThrough bad', () => new w.ReadableStream().pipeThrough({ readable: 1 }));
  await t('from number', () => w.ReadableStream.from(1));
  await t('byob on default', () => new w.ReadableStreamBYOBReader(new w.ReadableStream()));
  await t('cs format', () => new w.CompressionStream('zip'));
  const ts = new w.TransformStream({ start(c) { c.terminate(); } });
  await t('ts terminated write', () => ts.writable.getWriter().write(1));
  const src = new w.ReadableStream({ pull(c) { c.enqueue(1); } }, { size() { return -1; } });
  await t('negative size', () => src.getReader().read());
  const sizeErr = new w.ReadableStream({ start(c) { try { c.enqueue('x'); } catch (e) { show('size throws', e); } } },
    { size() { throw new RangeError('bad size'); } });
  await t('after size throw', () => sizeErr.getReader().read());
  console.log(out.join('\n'));
})();
