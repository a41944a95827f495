'use strict';
// Node streams and web streams together: Readable/Writable/Duplex toWeb and
// fromWeb (chunks, object mode, encodings, errors and cancellation both
// ways), pipeline with web sources, sinks and transforms, consumers.
const { Readable, Writable, Duplex, PassThrough, pipeline } = require('stream');
const log = (...a) => console.log(...a);
(async () => {
  // fromWeb
  const rs = new ReadableStream({ start(c) { c.enqueue(new TextEncoder().encode('ab')); c.enqueue(new TextEncoder().encode('cd')); c.close(); } });
  const r = Readable.fromWeb(rs);
  const got = [];
  for await (const chunk of r) got.push(Buffer.isBuffer(chunk), String(chunk));
  log('fromWeb', got.join(','), rs.locked);
  const r2 = Readable.fromWeb(new ReadableStream({ start(c) { c.enqueue('x'); c.enqueue({ o: 1 }); c.close(); } }), { objectMode: true });
  const objs = []; for await (const o of r2) objs.push(JSON.stringify(o)); log('objectMode', objs.join(' '));
  const r3 = Readable.fromWeb(new ReadableStream({ start(c) { c.enqueue(new Uint8Array([104, 105])); c.close(); } }), { encoding: 'utf8' });
  r3.on('data', (d) => log('encoding', typeof d, d));
  await new Promise((res) => r3.on('end', res));
  const errored = Readable.fromWeb(new ReadableStream({ pull(c) { c.error(new Error('web failed')); } }));
  errored.on('error', (e) => log('fromWeb error', e.message));
  errored.resume();
  await new Promise((res) => errored.on('close', res));
  try { Readable.fromWeb({}); } catch (e) { log(e.name, e.code, e.message); }
  // toWeb
  const web = Readable.toWeb(Readable.from(['one', 'two', 'three']));
  const reader = web.getReader();
  const parts = [];
  for (;;) { const { value, done } = await reader.read(); if (done) break; parts.push(value); }
  log('toWeb', parts.join('|'));
  const bytesWeb = Readable.toWeb(Readable.from([Buffer.from('xy'), Buffer.from('z')], { objectMode: false }));
  const bparts = []; for await (const c of bytesWeb) bparts.push(c.constructor.name + ':' + Buffer.from(c).toString());
  log('toWeb bytes', bparts.join(' '));
  const failing = new Readable({ read() { this.destroy(new Error('node failed')); } });
  try { await Readable.toWeb(failing).getReader().read(); } catch (e) { log('toWeb error', e.message); }
  const cancelled = new PassThrough();
  cancelled.on('close', () => log('cancel destroyed the node stream', cancelled.destroyed));
  await Readable.toWeb(cancelled).cancel(new Error('stop'));
  // Writable.toWeb
  const sink = []; const w = new Writable({ write(c, e, cb) { sink.push(String(c)); cb(); } });
  const ws = Writable.toWeb(w);
  const writer = ws.getWriter();
  await writer.write('a'); await writer.write(new Uint8Array([98])); await writer.close();
  log('Writable.toWeb', sink.join(','), w.writableFinished);
  // Writable.fromWeb
  const chunks = [];
  const nodeW = Writable.fromWeb(new WritableStream({ write(c) { chunks.push(c.constructor.name + ':' + Buffer.from(c).toString()); }, close() { chunks.push('closed'); } }));
  nodeW.write('hello'); nodeW.write(Buffer.from(' world'));
  nodeW.end();
  await new Promise((res) => nodeW.on('finish', res));
  log('Writable.fromWeb', chunks.join(' '));
  const nodeW2 = Writable.fromWeb(new WritableStream({ write() { throw new Error('sink failed'); } }));
  nodeW2.on('error', (e) => log('fromWeb write error', e.message));
  nodeW2.write('x');
  await new Promise((res) => nodeW2.on('close', res));
  // Duplex
  const ts = new TransformStream({ transform(chunk, c) { c.enqueue(new TextEncoder().encode(Buffer.from(chunk).toString().toUpperCase())); } });
  const d = Duplex.fromWeb(ts);
  const dout = [];
  d.on('data', (c) => dout.push(String(c)));
  d.write('abc'); d.end('def');
  await new Promise((res) => d.on('end', res));
  log('Duplex.fromWeb', dout.join('|'));
  const pair = Duplex.toWeb(new PassThrough());
  const pw = pair.writable.getWriter(); pw.write(new TextEncoder().encode('echo')); pw.close();
  const pout = []; for await (const c of pair.readable) pout.push(Buffer.from(c).toString());
  log('Duplex.toWeb', pout.join(''));
  // pipeline from a fetch-like body
  const body = new Response('piped through').body;
  const collected = [];
  await new Promise((res, rej) => pipeline(Readable.fromWeb(body), new Writable({ write(c, e, cb) { collected.push(String(c)); cb(); } }), (err) => (err ? rej(err) : res())));
  log('pipeline', collected.join(''));
})();
