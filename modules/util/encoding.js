'use strict';
// internal/encoding: the WHATWG TextEncoder and TextDecoder (UTF-8, UTF-16LE,
// UTF-16BE and windows-1252, which node decodes as latin1).

const binding = require('internal/encoding_binding');
const { codes: { ERR_INVALID_ARG_TYPE, ERR_INVALID_THIS }, makeNodeError } = require('internal/errors');
const { isArrayBufferView, isAnyArrayBuffer, isUint8Array } = require('internal/util/types');

const customInspect = Symbol.for('nodejs.util.inspect.custom');
const ERR_ENCODING_NOT_SUPPORTED = makeNodeError(RangeError, 'ERR_ENCODING_NOT_SUPPORTED',
  (enc) => `The "${enc}" encoding is not supported`);
// node 20 reports a bad decode() input without the received value, in
// words that depend on its decoder: 'list' on the UTF-8 fast path (until a
// streaming decode), 'input' with the types in another order for
// windows-1252, and 'input' otherwise.
const ERR_INVALID_DECODE_INPUT = makeNodeError(TypeError, 'ERR_INVALID_ARG_TYPE', (state) => {
  if (state.utf8FastPath) return 'The "list" argument must be an instance of SharedArrayBuffer, ArrayBuffer or ArrayBufferView.';
  if (state.encoding === 'windows-1252') return 'The "input" argument must be an instance of ArrayBuffer, SharedArrayBuffer, or ArrayBufferView.';
  return 'The "input" argument must be an instance of SharedArrayBuffer, ArrayBuffer or ArrayBufferView.';
});
const ERR_ENCODING_INVALID_ENCODED_DATA = makeNodeError(TypeError, 'ERR_ENCODING_INVALID_ENCODED_DATA',
  (enc) => `The encoded data was not valid for encoding ${enc}`);

const labels = new Map();
for (const [encoding, names] of [
  ['utf-8', 'unicode-1-1-utf-8 unicode11utf8 unicode20utf8 utf8 utf-8 x-unicode20utf8'],
  ['windows-1252', 'ansi_x3.4-1968 ascii cp1252 cp819 csisolatin1 ibm819 iso-8859-1 iso-ir-100 ' +
    'iso8859-1 iso88591 iso_8859-1 iso_8859-1:1987 l1 latin1 us-ascii windows-1252 x-cp1252'],
  ['utf-16be', 'unicodefffe utf-16be'],
  ['utf-16le', 'csunicode iso-10646-ucs-2 ucs-2 unicode unicodefeff utf-16le utf-16'],
]) {
  for (const name of names.split(' ')) labels.set(name, encoding);
}

function encodingFromLabel(label) {
  return labels.get(label) ?? labels.get(label.toLowerCase().replace(/^[\t\n\f\r ]+|[\t\n\f\r ]+$/g, ''));
}

const kEncoder = Symbol('encoder');
const kDecoder = Symbol('decoder');

function validateEncoder(obj) {
  if (obj == null || obj[kEncoder] !== true) throw new ERR_INVALID_THIS('TextEncoder');
}

function validateDecoder(obj) {
  if (obj == null || obj[kDecoder] === undefined) throw new ERR_INVALID_THIS('TextDecoder');
}

function constructorOf(obj) {
  for (let p = obj; p !== null; p = Object.getPrototypeOf(p)) {
    const d = Object.getOwnPropertyDescriptor(p, 'constructor');
    if (d !== undefined && typeof d.value === 'function' && d.value.name !== '') return d.value;
  }
  return null;
}

class TextEncoder {
  constructor() {
    this[kEncoder] = true;
  }

  get encoding() {
    validateEncoder(this);
    return 'utf-8';
  }

  encode(input = '') {
    validateEncoder(this);
    return new Uint8Array(binding.encodeUtf8(`${input}`));
  }

  encodeInto(src, dest) {
    validateEncoder(this);
    if (typeof src !== 'string') throw new ERR_INVALID_ARG_TYPE('src', 'string', src);
    if (!dest || !isUint8Array(dest)) throw new ERR_INVALID_ARG_TYPE('dest', 'Uint8Array', dest);
    const [read, written] = binding.encodeInto(src, dest);
    return { read, written };
  }

  [customInspect](depth, opts, inspect) {
    validateEncoder(this);
    if (typeof depth === 'number' && depth < 0) return this;
    const obj = { __proto__: { constructor: constructorOf(this) ?? TextEncoder } };
    obj.encoding = this.encoding;
    return inspect(obj, opts);
  }
}

class TextDecoder {
  constructor(encoding = 'utf-8', options = {}) {
    encoding = `${encoding}`;
    if (options !== null && typeof options !== 'object' && typeof options !== 'function') {
      throw new ERR_INVALID_ARG_TYPE('options', 'object', options);
    }
    const enc = encodingFromLabel(encoding);
    if (enc === undefined) throw new ERR_ENCODING_NOT_SUPPORTED(encoding);
    const fatal = Boolean(options?.fatal);
    const ignoreBOM = Boolean(options?.ignoreBOM);
    this[kDecoder] = {
      encoding: enc, fatal, ignoreBOM, utf8FastPath: enc === 'utf-8', decode: binding.decoder(enc, fatal, ignoreBOM),
    };
  }

  decode(input = new Uint8Array(0), options = {}) {
    validateDecoder(this);
    const state = this[kDecoder];
    state.utf8FastPath &&= !options?.stream;
    let buffer, offset, length;
    if (isAnyArrayBuffer(input)) {
      buffer = input;
      offset = 0;
      length = input.byteLength;
    } else if (isArrayBufferView(input)) {
      buffer = input.buffer;
      offset = input.byteOffset;
      length = input.byteLength;
    } else {
      throw new ERR_INVALID_DECODE_INPUT(state);
    }
    const out = state.decode(buffer, offset, length, Boolean(options?.stream));
    if (out === null) throw new ERR_ENCODING_INVALID_ENCODED_DATA(state.encoding);
    return out;
  }

  get encoding() {
    validateDecoder(this);
    return this[kDecoder].encoding;
  }

  get fatal() {
    validateDecoder(this);
    return this[kDecoder].fatal;
  }

  get ignoreBOM() {
    validateDecoder(this);
    return this[kDecoder].ignoreBOM;
  }

  [customInspect](depth, opts, inspect) {
    validateDecoder(this);
    if (typeof depth === 'number' && depth < 0) return this;
    const constructor = constructorOf(this) || TextDecoder;
    const obj = { __proto__: { constructor } };
    obj.encoding = this.encoding;
    obj.fatal = this.fatal;
    obj.ignoreBOM = this.ignoreBOM;
    return `${constructor.name} ${inspect(obj)}`;
  }
}

const enumerable = { enumerable: true };
Object.defineProperties(TextEncoder.prototype, {
  encode: enumerable,
  encodeInto: enumerable,
  encoding: enumerable,
  [Symbol.toStringTag]: { __proto__: null, configurable: true, value: 'TextEncoder' },
});
Object.defineProperty(TextEncoder.prototype, customInspect, { __proto__: null, enumerable: false });
Object.defineProperties(TextDecoder.prototype, {
  decode: enumerable,
  encoding: enumerable,
  fatal: enumerable,
  ignoreBOM: enumerable,
  [Symbol.toStringTag]: { __proto__: null, configurable: true, value: 'TextDecoder' },
});
Object.defineProperty(TextDecoder.prototype, customInspect, { __proto__: null, enumerable: false });

module.exports = { TextEncoder, TextDecoder };
