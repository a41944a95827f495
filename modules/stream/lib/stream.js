'use strict';
// The 'stream' module.

const { pipeline } = require('internal/streams/pipeline');
const eos = require('internal/streams/end-of-stream');
const { destroyer } = require('internal/streams/destroy');
const utils = require('internal/streams/utils');
const { addAbortSignal } = require('internal/streams/add-abort-signal');
const operators = require('internal/streams/operators');
const promises = require('stream/promises');

const Stream = module.exports = require('internal/streams/legacy').Stream;

Stream.isDestroyed = utils.isDestroyed;
Stream.isDisturbed = utils.isDisturbed;
Stream.isErrored = utils.isErrored;
Stream.isReadable = utils.isReadable;
Stream.isWritable = utils.isWritable;
Stream.Readable = require('internal/streams/readable');
operators.install(Stream.Readable);
Stream.Writable = require('internal/streams/writable');
Stream.Duplex = require('internal/streams/duplex');
Stream.Transform = require('internal/streams/transform');
Stream.PassThrough = require('internal/streams/passthrough');
Stream.pipeline = pipeline;
Stream.addAbortSignal = addAbortSignal;
Stream.finished = eos;
Stream.destroy = destroyer;
Stream.compose = require('internal/streams/compose');
Stream.setDefaultHighWaterMark = utils.setDefaultHighWaterMark;
Stream.getDefaultHighWaterMark = utils.getDefaultHighWaterMark;

Object.defineProperty(Stream, 'promises', {
  configurable: true,
  enumerable: true,
  get() { return promises; },
});

// util.promisify(stream.pipeline) / util.promisify(stream.finished).
const customPromisify = Symbol.for('nodejs.util.promisify.custom');
Object.defineProperty(pipeline, customPromisify, {
  enumerable: true,
  get() { return promises.pipeline; },
});
Object.defineProperty(eos, customPromisify, {
  enumerable: true,
  get() { return promises.finished; },
});

Stream.Stream = Stream;
Stream._isArrayBufferView = ArrayBuffer.isView;
Stream._isUint8Array = (value) => value instanceof Uint8Array;
Stream._uint8ArrayToBuffer = function _uint8ArrayToBuffer(chunk) {
  return Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
};
