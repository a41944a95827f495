'use strict';
// internal/webstreams/encoding: TextEncoderStream and TextDecoderStream,
// transform streams over a TextEncoder and a streaming TextDecoder.

const { kType, kInspect, errors, customInspect, defineClass } = require('internal/webstreams/util');
const { TransformStream } = require('internal/webstreams/transformstream');
const { TextEncoder, TextDecoder } = require('util');

const { ERR_INVALID_THIS } = errors;
const kHandle = Symbol('kHandle');
const kTransform = Symbol('kTransform');

// brandGetter is a getter checking that this is a name instance.
function brandGetter(name, get) {
  return function() {
    if (this?.[kType] !== name || this[kHandle] === undefined) throw new ERR_INVALID_THIS(name);
    return get(this);
  };
}

class TextEncoderStream {
  constructor() {
    this[kType] = 'TextEncoderStream';
    this[kHandle] = new TextEncoder();
    // pending is a lead surrogate that ended the last chunk.
    let pending;
    this[kTransform] = new TransformStream({
      transform: (chunk, controller) => {
        chunk = String(chunk);
        if (pending !== undefined) {
          chunk = pending + chunk;
          pending = undefined;
        }
        const last = chunk.charCodeAt(chunk.length - 1);
        if (last >= 0xD800 && last <= 0xDBFF) {
          pending = chunk[chunk.length - 1];
          chunk = chunk.slice(0, -1);
        }
        if (chunk) controller.enqueue(this[kHandle].encode(chunk));
      },
      flush: (controller) => {
        if (pending !== undefined) controller.enqueue(new Uint8Array([0xEF, 0xBF, 0xBD]));
      },
    });
  }

  [kInspect](depth, options) {
    return customInspect(depth, options, 'TextEncoderStream', {
      encoding: this[kHandle].encoding,
      readable: this[kTransform].readable,
      writable: this[kTransform].writable,
    });
  }
}

class TextDecoderStream {
  constructor(encoding = 'utf-8', options = {}) {
    this[kType] = 'TextDecoderStream';
    this[kHandle] = new TextDecoder(encoding, options);
    this[kTransform] = new TransformStream({
      transform: (chunk, controller) => {
        const value = this[kHandle].decode(chunk, { stream: true });
        if (value) controller.enqueue(value);
      },
      flush: (controller) => {
        const value = this[kHandle].decode();
        if (value) controller.enqueue(value);
        controller.terminate();
      },
    });
  }

  [kInspect](depth, options) {
    return customInspect(depth, options, 'TextDecoderStream', {
      encoding: this[kHandle].encoding,
      fatal: this[kHandle].fatal,
      ignoreBOM: this[kHandle].ignoreBOM,
      readable: this[kTransform].readable,
      writable: this[kTransform].writable,
    });
  }
}

// defineAccessors adds the brand-checked getters of a stream class.
function defineAccessors(Class, getters) {
  for (const [key, get] of Object.entries(getters)) {
    Object.defineProperty(Class.prototype, key, {
      __proto__: null,
      get: brandGetter(Class.name, get), enumerable: true, configurable: true,
    });
  }
  defineClass(Class, []);
}

const transformGetters = {
  readable: (stream) => stream[kTransform].readable,
  writable: (stream) => stream[kTransform].writable,
};
defineAccessors(TextEncoderStream, { encoding: (stream) => stream[kHandle].encoding, ...transformGetters });
defineAccessors(TextDecoderStream, {
  encoding: (stream) => stream[kHandle].encoding,
  fatal: (stream) => stream[kHandle].fatal,
  ignoreBOM: (stream) => stream[kHandle].ignoreBOM,
  ...transformGetters,
});

module.exports = { TextEncoderStream, TextDecoderStream, defineAccessors, kHandle, kTransform };
