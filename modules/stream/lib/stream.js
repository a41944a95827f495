'use strict';
// The 'stream' module. Only the classes every stream user needs are loaded
// up front; the rest is loaded on first access.

const Stream = module.exports = require('internal/streams/legacy').Stream;
const Readable = require('internal/streams/readable');
const { codes } = require('internal/streams/errors');
const state = require('internal/streams/state');

const customPromisify = Symbol.for('nodejs.util.promisify.custom');

// lazy defines obj[name] as a getter that loads the value once.
function lazy(obj, name, load) {
  Object.defineProperty(obj, name, {
    configurable: true,
    enumerable: true,
    get() {
      const value = load();
      Object.defineProperty(obj, name, { value, writable: true, configurable: true, enumerable: true });
      return value;
    },
    set(value) {
      Object.defineProperty(obj, name, { value, writable: true, configurable: true, enumerable: true });
    },
  });
}

function utils() {
  return require('internal/streams/utils');
}

lazy(Stream, 'isDestroyed', () => utils().isDestroyed);
lazy(Stream, 'isDisturbed', () => utils().isDisturbed);
lazy(Stream, 'isErrored', () => utils().isErrored);
lazy(Stream, 'isReadable', () => utils().isReadable);
lazy(Stream, 'isWritable', () => utils().isWritable);
Stream.Readable = Readable;
Stream.Writable = require('internal/streams/writable');
lazy(Stream, 'Duplex', () => require('internal/streams/duplex'));
lazy(Stream, 'Transform', () => require('internal/streams/transform'));
lazy(Stream, 'PassThrough', () => require('internal/streams/passthrough'));
lazy(Stream, 'pipeline', () => {
  const { pipeline } = require('internal/streams/pipeline');
  Object.defineProperty(pipeline, customPromisify, {
    enumerable: true,
    get() { return require('stream/promises').pipeline; },
  });
  return pipeline;
});
lazy(Stream, 'addAbortSignal', () => require('internal/streams/add-abort-signal').addAbortSignal);
lazy(Stream, 'finished', () => {
  const eos = require('internal/streams/end-of-stream');
  Object.defineProperty(eos, customPromisify, {
    enumerable: true,
    get() { return require('stream/promises').finished; },
  });
  return eos;
});
lazy(Stream, 'destroy', () => require('internal/streams/destroy').destroyer);
lazy(Stream, 'compose', () => require('internal/streams/compose'));
Stream.setDefaultHighWaterMark = state.setDefaultHighWaterMark;
Stream.getDefaultHighWaterMark = state.getDefaultHighWaterMark;
lazy(Stream, 'promises', () => require('stream/promises'));

Stream.Stream = Stream;
Stream._isArrayBufferView = ArrayBuffer.isView;
Stream._isUint8Array = (value) => value instanceof Uint8Array;
Stream._uint8ArrayToBuffer = function _uint8ArrayToBuffer(chunk) {
  return Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
};

// Readable.prototype operators (map, filter, toArray, ...), with their
// implementation loaded on first use. The numbers are the functions' lengths.
const streamOperators = { drop: 1, filter: 2, flatMap: 2, map: 2, take: 1, compose: 2 };
const promiseOperators = { every: 1, forEach: 2, reduce: 3, toArray: 1, some: 1, find: 2 };

function defineOperator(key, length, returnsStream) {
  const fn = function (...args) {
    if (new.target) throw codes.ERR_ILLEGAL_CONSTRUCTOR();
    const ops = require('internal/streams/operators');
    if (returnsStream) return Readable.from(Reflect.apply(ops.streamReturning[key], this, args));
    return Reflect.apply(ops.promiseReturning[key], this, args);
  };
  Object.defineProperty(fn, 'name', { value: key });
  Object.defineProperty(fn, 'length', { value: length });
  Object.defineProperty(Readable.prototype, key, {
    value: fn, enumerable: false, configurable: true, writable: true,
  });
}
for (const key of Object.keys(streamOperators)) defineOperator(key, streamOperators[key], true);
for (const key of Object.keys(promiseOperators)) defineOperator(key, promiseOperators[key], false);
