'use strict';
// stream/consumers: read a whole stream (anything async-iterable) into a
// Blob, an ArrayBuffer, a Buffer, a string or a parsed JSON value. As in
// node, the binary forms go through a Blob, so object chunks count as
// their string forms.

const { Buffer, Blob } = require('buffer');

// each calls onChunk with every chunk of stream, in order, as a for-await
// loop would (embedded code is not rewritten for those): a throw from
// onChunk closes the iterator and rejects.
async function each(stream, onChunk) {
  const it = stream[Symbol.asyncIterator]();
  for (;;) {
    const { value, done } = await it.next();
    if (done) return;
    try {
      onChunk(value);
    } catch (err) {
      if (typeof it.return === 'function') await it.return().catch(() => {});
      throw err;
    }
  }
}

async function blob(stream) {
  const chunks = [];
  await each(stream, (chunk) => chunks.push(chunk));
  return new Blob(chunks);
}

async function arrayBuffer(stream) {
  return (await blob(stream)).arrayBuffer();
}

async function buffer(stream) {
  return Buffer.from(await arrayBuffer(stream));
}

async function text(stream) {
  const decoder = new TextDecoder();
  let out = '';
  await each(stream, (chunk) => {
    out += typeof chunk === 'string' ? chunk : decoder.decode(chunk, { stream: true });
  });
  return out + decoder.decode(undefined, { stream: false });
}

async function json(stream) {
  return JSON.parse(await text(stream));
}

module.exports = { arrayBuffer, blob, buffer, text, json };
