'use strict';
// node's 'string_decoder' module: decodes a byte stream chunk by chunk,
// holding back an incomplete trailing character until its remaining bytes
// arrive (or end() flushes it).

const { Buffer } = require('buffer');
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
  const name = canonical[`${enc}`.toLowerCase()];
  if (name === undefined) throw new ERR_UNKNOWN_ENCODING(enc);
  return name;
}

const kState = Symbol('kState');

// State of one decoder: up to 4 bytes of an incomplete character, how many
// of them are held and how many more are needed.
class DecoderState {
  constructor(encoding) {
    this.encoding = encoding;
    this.chars = Buffer.alloc(4);
    this.buffered = 0;
    this.missing = 0;
  }

  hold(bytes, start, end) {
    for (let i = start; i < end; i++) this.chars[this.buffered++] = bytes[i];
  }

  takeHeld() {
    const s = this.chars.toString(this.encoding, 0, this.buffered);
    this.buffered = 0;
    return s;
  }

  // tailLength decides how many trailing bytes of data[0:n] start an
  // incomplete character, and sets missing accordingly (node's rules).
  tailLength(data, n) {
    switch (this.encoding) {
      case 'utf8': {
        let count = 0;
        for (let i = n - 1; ; i--) {
          count++;
          const c = data[i];
          if ((c & 0xC0) === 0x80) {
            if (count >= 4 || i === 0) return 0;
            continue;
          }
          let need;
          if ((c & 0xE0) === 0xC0) need = 2;
          else if ((c & 0xF0) === 0xE0) need = 3;
          else if ((c & 0xF8) === 0xF0) need = 4;
          else return 0;
          if (count >= need) return 0;
          this.missing = need - count;
          return count;
        }
      }
      case 'utf16le':
        if (n % 2 === 1) {
          this.missing = 1;
          return 1;
        }
        if ((data[n - 1] & 0xFC) === 0xD8) {
          this.missing = 2;
          return 2;
        }
        return 0;
      case 'base64':
      case 'base64url': {
        const rest = n % 3;
        if (rest > 0) this.missing = 3 - rest;
        return rest;
      }
      default:
        return 0;
    }
  }

  decode(data) {
    let start = 0;
    let prefix = '';
    const n = data.length;
    if (this.missing > 0) {
      if (this.encoding === 'utf8') {
        // A non-continuation byte ends the held character early.
        for (let i = 0; i < n && i < this.missing; i++) {
          if ((data[i] & 0xC0) !== 0x80) {
            this.missing = 0;
            this.hold(data, 0, i);
            start = i;
            break;
          }
        }
      }
      const found = Math.min(n - start, this.missing);
      this.hold(data, start, start + found);
      start += found;
      this.missing -= found;
      if (this.missing === 0) prefix = this.takeHeld();
    }
    if (start === n) return prefix;
    const view = Buffer.from(data.buffer, data.byteOffset + start, n - start);
    const tail = this.tailLength(view, view.length);
    const body = view.toString(this.encoding, 0, view.length - tail);
    this.hold(view, view.length - tail, view.length);
    return prefix + body;
  }

  flush() {
    if (this.encoding === 'utf16le' && this.buffered % 2 === 1) {
      this.missing--;
      this.buffered--;
    }
    if (this.buffered === 0) return '';
    this.missing = 0;
    return this.takeHeld();
  }
}

function bytesOf(buf) {
  if (!ArrayBuffer.isView(buf)) throw new ERR_INVALID_ARG_TYPE('buf', ['Buffer', 'TypedArray', 'DataView'], buf);
  return buf instanceof Uint8Array ? buf : new Uint8Array(buf.buffer, buf.byteOffset, buf.byteLength);
}

function StringDecoder(encoding) {
  this.encoding = normalizeEncoding(encoding);
  this[kState] = new DecoderState(this.encoding);
}

function stateOf(decoder) {
  const state = decoder[kState];
  if (!state) throw new ERR_INVALID_THIS('StringDecoder');
  return state;
}

StringDecoder.prototype.write = function write(buf) {
  if (typeof buf === 'string') return buf;
  const data = bytesOf(buf);
  return stateOf(this).decode(data);
};

StringDecoder.prototype.end = function end(buf) {
  let ret = '';
  if (buf !== undefined) ret = this.write(buf);
  const state = stateOf(this);
  if (state.buffered > 0) ret += state.flush();
  return ret;
};

StringDecoder.prototype.text = function text(buf, offset) {
  const state = stateOf(this);
  state.missing = 0;
  state.buffered = 0;
  return this.write(buf.slice(offset));
};

Object.defineProperties(StringDecoder.prototype, {
  lastChar: {
    configurable: true,
    enumerable: true,
    get() {
      return stateOf(this).chars;
    },
  },
  lastNeed: {
    configurable: true,
    enumerable: true,
    get() {
      return stateOf(this).missing;
    },
  },
  lastTotal: {
    configurable: true,
    enumerable: true,
    get() {
      const state = stateOf(this);
      return state.buffered + state.missing;
    },
  },
});

module.exports = { StringDecoder };
