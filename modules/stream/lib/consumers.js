'use strict';
// stream/consumers: read a whole stream (anything async-iterable) into a
// string, a Buffer, an ArrayBuffer or a parsed JSON value.

const { Buffer } = require('buffer');

// each calls onChunk with every chunk of stream, in order; the promise
// settles when the stream ends or fails.
function each(stream, onChunk) {
  return new Promise((resolve, reject) => {
    const it = stream[Symbol.asyncIterator]();
    const step = () => {
      it.next().then(({ value, done }) => {
        if (done) {
          resolve();
          return;
        }
        onChunk(value);
        step();
      }, reject);
    };
    step();
  });
}

async function text(stream) {
  const decoder = new TextDecoder();
  let out = '';
  await each(stream, (chunk) => {
    out += typeof chunk === 'string' ? chunk : decoder.decode(chunk, { stream: true });
  });
  return out + decoder.decode(undefined, { stream: false });
}

async function buffer(stream) {
  const chunks = [];
  await each(stream, (chunk) => {
    chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength));
  });
  return Buffer.concat(chunks);
}

async function arrayBuffer(stream) {
  const buf = await buffer(stream);
  return buf.buffer.slice(buf.byteOffset, buf.byteOffset + buf.byteLength);
}

async function json(stream) {
  return JSON.parse(await text(stream));
}

async function blob(stream) {
  const chunks = [];
  await each(stream, (chunk) => chunks.push(chunk));
  return new (require('buffer').Blob)(chunks);
}

module.exports = { arrayBuffer, blob, buffer, text, json };
