'use strict';
// stream.pipeline and stream/consumers with web streams: a web source, a
// web sink, a TransformStream between node streams, a failing web sink.
const { pipeline } = require('stream/promises');
const { Writable } = require('stream');
const { text } = require('stream/consumers');
(async () => {
  const out = [];
  await pipeline(new Response('web source').body, new Writable({ write(c, e, cb) { out.push(String(c)); cb(); } }));
  console.log('pipeline web source', out.join(''));
  console.log('consumers', await text(new Response('consumed').body));
  const ws = new WritableStream({ write(c) { out.push('W:' + Buffer.from(c).toString()); } });
  await pipeline(require('stream').Readable.from([Buffer.from('to web')]), ws);
  console.log(out.join(' '));
})().catch((e) => console.log('error', e.message));
(async () => {
  const out = [];
  const upper = new TransformStream({ transform(c, ctl) { ctl.enqueue(new TextEncoder().encode(Buffer.from(c).toString().toUpperCase())); } });
  await pipeline(require('stream').Readable.from([Buffer.from('via transform')]), upper, new Writable({ write(c, e, cb) { out.push(String(c)); cb(); } }));
  console.log('transform stream', out.join(''));
  try {
    await pipeline(require('stream').Readable.from([Buffer.from('x')]), new WritableStream({ write() { throw new Error('sink broke'); } }));
  } catch (e) { console.log('web sink error', e.message); }
})();
