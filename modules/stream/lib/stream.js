'use strict';
// The 'stream' module. Its members load on first access, so that a program
// pays only for the classes it uses.

const Stream = module.exports = require('internal/streams/legacy').Stream;

const customPromisify = Symbol.for('nodejs.util.promisify.custom');

// lazy defines obj[name] as a getter that loads the value once.
function lazy(obj, name, load) {
  Object.defineProperty(obj, name, {
    __proto__: null,
    configurable: true,
    enumerable: true,
    get() {
      const value = load();
      Object.defineProperty(obj, name, {
        __proto__: null, value, writable: true, configurable: true, enumerable: true,
      });
      return value;
    },
    set(value) {
      Object.defineProperty(obj, name, {
        __proto__: null, value, writable: true, configurable: true, enumerable: true,
      });
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
lazy(Stream, 'Readable', () => require('internal/streams/readable'));
lazy(Stream, 'Writable', () => require('internal/streams/writable'));
lazy(Stream, 'Duplex', () => require('internal/streams/duplex'));
lazy(Stream, 'Transform', () => require('internal/streams/transform'));
lazy(Stream, 'PassThrough', () => require('internal/streams/passthrough'));
lazy(Stream, 'pipeline', () => {
  const { pipeline } = require('internal/streams/pipeline');
  Object.defineProperty(pipeline, customPromisify, {
    __proto__: null,
    enumerable: true,
    get() { return require('stream/promises').pipeline; },
  });
  return pipeline;
});
lazy(Stream, 'addAbortSignal', () => require('internal/streams/add-abort-signal').addAbortSignal);
lazy(Stream, 'finished', () => {
  const eos = require('internal/streams/end-of-stream');
  Object.defineProperty(eos, customPromisify, {
    __proto__: null,
    enumerable: true,
    get() { return require('stream/promises').finished; },
  });
  return eos;
});
lazy(Stream, 'destroy', () => require('internal/streams/destroy').destroyer);
lazy(Stream, 'compose', () => require('internal/streams/compose'));
lazy(Stream, 'duplexPair', () => require('internal/streams/duplexpair'));
lazy(Stream, 'setDefaultHighWaterMark', () => require('internal/streams/state').setDefaultHighWaterMark);
lazy(Stream, 'getDefaultHighWaterMark', () => require('internal/streams/state').getDefaultHighWaterMark);
lazy(Stream, 'promises', () => require('stream/promises'));

Stream.Stream = Stream;
Stream._isArrayBufferView = ArrayBuffer.isView;
Stream._isUint8Array = (value) => value instanceof Uint8Array;
Stream._uint8ArrayToBuffer = function _uint8ArrayToBuffer(chunk) {
  return Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
};
