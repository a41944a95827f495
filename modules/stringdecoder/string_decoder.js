'use strict';
// node's 'string_decoder' module over the Go decoder (internal/string_decoder).

const binding = require('internal/string_decoder');
const { ERR_INVALID_ARG_TYPE, ERR_UNKNOWN_ENCODING, ERR_INVALID_THIS } = require('internal/errors').codes;

const canonical = {
  __proto__: null,
  'utf8': 'utf8', 'utf-8': 'utf8',
  'ucs2': 'utf16le', 'ucs-2': 'utf16le', 'utf16le': 'utf16le', 'utf-16le': 'utf16le',
  'latin1': 'latin1', 'binary': 'latin1',
  'ascii': 'ascii', 'base64': 'base64', 'base64url': 'base64url', 'hex': 'hex',
};

function normalizeEncoding(enc) {
  if (enc == null || enc === '' || enc === 'utf8' || enc === 'utf-8') return 'utf8';
  // As node's, only what has a length (a string, a String) is read as a name.
  const name = typeof enc === 'string' || typeof enc?.length === 'number' ? canonical[`${enc}`.toLowerCase()] : undefined;
  if (name === undefined) throw new ERR_UNKNOWN_ENCODING(enc);
  return name;
}

const kNative = Symbol('kNativeDecoder');

function StringDecoder(encoding) {
  this.encoding = normalizeEncoding(encoding);
  this[kNative] = binding.create(this.encoding);
}

function nativeOf(decoder) {
  const native = decoder[kNative];
  if (!native) throw new ERR_INVALID_THIS('StringDecoder');
  return native;
}

StringDecoder.prototype.write = function write(buf) {
  if (typeof buf === 'string') return buf;
  if (!ArrayBuffer.isView(buf)) throw new ERR_INVALID_ARG_TYPE('buf', ['Buffer', 'TypedArray', 'DataView'], buf);
  return nativeOf(this).write(buf);
};

StringDecoder.prototype.end = function end(buf) {
  let ret = '';
  if (buf !== undefined) ret = this.write(buf);
  const native = nativeOf(this);
  if (native.buffered() > 0) ret += native.flush();
  return ret;
};

StringDecoder.prototype.text = function text(buf, offset) {
  nativeOf(this).reset();
  return this.write(buf.slice(offset));
};

Object.defineProperties(StringDecoder.prototype, {
  lastChar: {
    __proto__: null,
    configurable: true,
    enumerable: true,
    get() {
      return nativeOf(this).lastChar();
    },
  },
  lastNeed: {
    __proto__: null,
    configurable: true,
    enumerable: true,
    get() {
      return nativeOf(this).missing();
    },
  },
  lastTotal: {
    __proto__: null,
    configurable: true,
    enumerable: true,
    get() {
      const native = nativeOf(this);
      return native.buffered() + native.missing();
    },
  },
});

module.exports = { StringDecoder };
