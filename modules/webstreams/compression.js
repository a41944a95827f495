'use strict';
// internal/webstreams/compression: CompressionStream and
// DecompressionStream, transform streams over a zlib stream: each chunk is
// written to it, its output enqueued as it comes, and closing ends it.

const { kType, kInspect, errors, customInspect, isArrayBufferView } = require('internal/webstreams/util');
const { TransformStream } = require('internal/webstreams/transformstream');
const { defineAccessors, kHandle, kTransform } = require('internal/webstreams/encoding');

const { ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE } = errors;

let zlib;
const makers = {
  compress: { 'deflate': 'createDeflate', 'deflate-raw': 'createDeflateRaw', 'gzip': 'createGzip' },
  decompress: { 'deflate': 'createInflate', 'deflate-raw': 'createInflateRaw', 'gzip': 'createGunzip' },
};

// zlibTransform is the TransformStream over zlib stream handle.
function zlibTransform(handle) {
  let controller;
  let failed;
  handle.on('data', (data) => controller.enqueue(new Uint8Array(data.buffer, data.byteOffset, data.byteLength)));
  handle.on('error', (error) => {
    failed = error;
    controller.error(error);
  });
  return new TransformStream({
    start(c) {
      controller = c;
    },
    transform(chunk) {
      if (!isArrayBufferView(chunk) && !(chunk instanceof ArrayBuffer)) {
        throw new ERR_INVALID_ARG_TYPE('chunk', ['ArrayBuffer', 'Buffer', 'TypedArray', 'DataView'], chunk);
      }
      const bytes = ArrayBuffer.isView(chunk) ?
        new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.byteLength) : new Uint8Array(chunk);
      return new Promise((resolve, reject) => {
        handle.write(bytes, (error) => (error ? reject(error) : resolve()));
      });
    },
    flush() {
      return new Promise((resolve, reject) => {
        if (failed) {
          reject(failed);
          return;
        }
        handle.once('end', resolve);
        handle.once('error', reject);
        handle.end();
      });
    },
    cancel(reason) {
      handle.destroy(reason);
    },
  });
}

function makeClass(name, kind) {
  const Class = {
    [name]: class {
      constructor(format) {
        const maker = Object.hasOwn(makers[kind], format) ? makers[kind][format] : undefined;
        if (maker === undefined) throw new ERR_INVALID_ARG_VALUE('format', format);
        zlib ??= require('zlib');
        this[kType] = name;
        this[kHandle] = zlib[maker]();
        this[kTransform] = zlibTransform(this[kHandle]);
      }

      [kInspect](depth, options) {
        return customInspect(depth, options, name, {
          readable: this[kTransform].readable,
          writable: this[kTransform].writable,
        });
      }
    },
  }[name];
  defineAccessors(Class, {
    readable: (stream) => stream[kTransform].readable,
    writable: (stream) => stream[kTransform].writable,
  });
  return Class;
}

module.exports = {
  CompressionStream: makeClass('CompressionStream', 'compress'),
  DecompressionStream: makeClass('DecompressionStream', 'decompress'),
};
