'use strict';
// internal/webstreams/adapters: node streams as web streams and back
// (Readable.toWeb/fromWeb, Writable.toWeb/fromWeb, Duplex.toWeb/fromWeb),
// each side's backpressure, end and errors carried to the other.

const { Buffer } = require('buffer');
const { codes, AbortError } = require('internal/streams/errors');
const { destroyer: destroy } = require('internal/streams/destroy');
const eos = require('internal/streams/end-of-stream');
const {
  deferred, isWritableEnded, isReadableStream, isWritableStream, validateObject,
} = require('internal/streams/utils');

function web() {
  return require('stream/web');
}

// strategyOf is the queuing strategy a web stream made from a node stream
// gets: the one given, or the node stream's high-water mark counted in
// chunks (as node's adapters count).
function strategyOf(strategy, objectMode, highWaterMark) {
  if (strategy) return strategy;
  if (objectMode) return new (web().CountQueuingStrategy)({ highWaterMark });
  return { highWaterMark };
}

// callSafely calls a stream's callback; a throw becomes uncaught.
function callSafely(callback, error) {
  try {
    callback(error);
  } catch (err) {
    process.nextTick(() => { throw err; });
  }
}

function readableFromWeb(readableStream, options = {}) {
  if (!isReadableStream(readableStream)) {
    throw codes.ERR_INVALID_ARG_TYPE('readableStream', 'ReadableStream', readableStream);
  }
  validateObject(options, 'options');
  const { highWaterMark, encoding, objectMode = false, signal } = options;
  const { Readable } = require('stream');
  const reader = readableStream.getReader();
  let closed = false;
  const readable = new Readable({
    objectMode,
    highWaterMark,
    encoding,
    signal,
    read() {
      reader.read().then(({ value, done }) => {
        if (done) readable.push(null);
        else readable.push(value);
      }, (error) => destroy(readable, error));
    },
    destroy(error, callback) {
      if (closed) {
        callSafely(callback, error);
        return;
      }
      const done = () => callSafely(callback, error);
      reader.cancel(error).then(done, done);
    },
  });
  reader.closed.then(() => {
    closed = true;
  }, (error) => {
    closed = true;
    destroy(readable, error);
  });
  return readable;
}

function readableToWeb(streamReadable, options = {}) {
  const { Readable } = require('stream');
  if (!(streamReadable instanceof Readable) && typeof streamReadable?.on !== 'function') {
    throw codes.ERR_INVALID_ARG_TYPE('streamReadable', 'stream.Readable', streamReadable);
  }
  validateObject(options, 'options');
  const objectMode = streamReadable.readableObjectMode;
  const strategy = strategyOf(options.strategy, objectMode, streamReadable.readableHighWaterMark);
  let controller;
  const onData = (chunk) => {
    if (Buffer.isBuffer(chunk) && !objectMode) chunk = new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.byteLength);
    controller.enqueue(chunk);
    if (controller.desiredSize <= 0) streamReadable.pause();
  };
  const cleanup = eos(streamReadable, (error) => {
    if (error?.code === 'ERR_STREAM_PREMATURE_CLOSE') error = new AbortError(undefined, { cause: error });
    cleanup();
    streamReadable.on('error', () => {});
    if (error) controller.error(error);
    else controller.close();
  });
  streamReadable.on('data', onData);
  return new (web().ReadableStream)({
    start(c) {
      controller = c;
    },
    pull() {
      streamReadable.resume();
    },
    cancel(reason) {
      destroy(streamReadable, reason);
    },
  }, strategy);
}

function writableFromWeb(writableStream, options = {}) {
  if (!isWritableStream(writableStream)) {
    throw codes.ERR_INVALID_ARG_TYPE('writableStream', 'WritableStream', writableStream);
  }
  validateObject(options, 'options');
  const { highWaterMark, decodeStrings = true, objectMode = false, signal } = options;
  const { Writable } = require('stream');
  const writer = writableStream.getWriter();
  let closed = false;
  const writable = new Writable({
    highWaterMark,
    objectMode,
    decodeStrings,
    signal,
    writev(chunks, callback) {
      const done = (error) => {
        error = Array.isArray(error) ? error.find((e) => e) : error;
        try {
          callback(error);
        } catch (err) {
          destroy(writable, err);
        }
      };
      writer.ready.then(() => Promise.all(chunks.map(({ chunk }) => writer.write(chunk))).then(() => done(), done), done);
    },
    write(chunk, encoding, callback) {
      if (typeof chunk === 'string' && decodeStrings && !objectMode) {
        const bytes = Buffer.from(chunk, encoding);
        chunk = new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
      }
      const done = (error) => {
        try {
          callback(error);
        } catch (err) {
          destroy(writable, err);
        }
      };
      writer.ready.then(() => writer.write(chunk).then(() => done(), done), done);
    },
    destroy(error, callback) {
      if (closed) {
        callSafely(callback, error);
        return;
      }
      const done = () => callSafely(callback, error);
      if (error != null) writer.abort(error).then(done, done);
      else writer.close().then(done, done);
    },
    final(callback) {
      if (!closed) writer.close().then(() => callSafely(callback), (error) => callSafely(callback, error));
    },
  });
  writer.closed.then(() => {
    closed = true;
    if (!isWritableEnded(writable)) destroy(writable, codes.ERR_STREAM_PREMATURE_CLOSE());
  }, (error) => {
    closed = true;
    destroy(writable, error);
  });
  return writable;
}

function writableToWeb(streamWritable) {
  if (typeof streamWritable?.write !== 'function' || typeof streamWritable?.on !== 'function') {
    throw codes.ERR_INVALID_ARG_TYPE('streamWritable', 'stream.Writable', streamWritable);
  }
  const strategy = strategyOf(undefined, streamWritable.writableObjectMode, streamWritable.writableHighWaterMark);
  let controller;
  let backpressure;
  let closed;
  streamWritable.on('drain', () => {
    if (backpressure !== undefined) backpressure.resolve();
  });
  const cleanup = eos(streamWritable, (error) => {
    if (error?.code === 'ERR_STREAM_PREMATURE_CLOSE') error = new AbortError(undefined, { cause: error });
    cleanup();
    streamWritable.on('error', () => {});
    if (error != null) {
      if (backpressure !== undefined) backpressure.reject(error);
      if (closed !== undefined) {
        closed.reject(error);
        closed = undefined;
      }
      controller.error(error);
      controller = undefined;
      return;
    }
    if (closed !== undefined) {
      closed.resolve();
      closed = undefined;
      return;
    }
    controller.error(new AbortError());
    controller = undefined;
  });
  return new (web().WritableStream)({
    start(c) {
      controller = c;
    },
    write(chunk) {
      if (streamWritable.writableNeedDrain || !streamWritable.write(chunk)) {
        backpressure = deferred();
        return backpressure.promise.finally(() => {
          backpressure = undefined;
        });
      }
      return undefined;
    },
    abort(reason) {
      destroy(streamWritable, reason);
    },
    close() {
      if (closed === undefined && !isWritableEnded(streamWritable)) {
        closed = deferred();
        streamWritable.end();
        return closed.promise;
      }
      controller = undefined;
      return Promise.resolve();
    },
  }, strategy);
}

function duplexFromWeb(pair, options = {}) {
  validateObject(pair, 'pair');
  const { readable: readableStream, writable: writableStream } = pair;
  if (!isReadableStream(readableStream)) {
    throw codes.ERR_INVALID_ARG_TYPE('pair.readable', 'ReadableStream', readableStream);
  }
  if (!isWritableStream(writableStream)) {
    throw codes.ERR_INVALID_ARG_TYPE('pair.writable', 'WritableStream', writableStream);
  }
  validateObject(options, 'options');
  const { allowHalfOpen = false, objectMode = false, encoding, decodeStrings = true, highWaterMark, signal } = options;
  // The two halves, each an adapter as above, under one Duplex.
  const readable = readableFromWeb(readableStream, { objectMode, encoding, highWaterMark });
  const writable = writableFromWeb(writableStream, { objectMode, decodeStrings, highWaterMark });
  const { Duplex } = require('stream');
  const duplex = new Duplex({
    allowHalfOpen,
    objectMode,
    encoding,
    decodeStrings,
    highWaterMark,
    signal,
    read() {
      const chunk = readable.read();
      if (chunk !== null) duplex.push(chunk);
      else readable.once('readable', () => duplex._read());
    },
    write(chunk, enc, callback) {
      writable.write(chunk, enc, callback);
    },
    final(callback) {
      writable.end(callback);
    },
    destroy(error, callback) {
      let pending = 2;
      const done = () => {
        if (--pending === 0) callSafely(callback, error);
      };
      eos(readable, done);
      eos(writable, done);
      destroy(readable, error);
      destroy(writable, error);
    },
  });
  readable.on('end', () => duplex.push(null));
  readable.on('error', (error) => destroy(duplex, error));
  writable.on('error', (error) => destroy(duplex, error));
  return duplex;
}

function duplexToWeb(duplex) {
  return { readable: readableToWeb(duplex), writable: writableToWeb(duplex) };
}

module.exports = { readableFromWeb, readableToWeb, writableFromWeb, writableToWeb, duplexFromWeb, duplexToWeb };
