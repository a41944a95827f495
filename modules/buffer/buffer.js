'use strict';
// node's 'buffer' module. Buffers are Uint8Arrays whose prototype carries
// node's methods; byte-level work is done by the Go binding internal/buffer.

const binding = require('internal/buffer');
const {
  ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE, ERR_OUT_OF_RANGE, ERR_UNKNOWN_ENCODING,
  ERR_BUFFER_OUT_OF_BOUNDS, ERR_INVALID_BUFFER_SIZE, ERR_MISSING_ARGS,
} = require('internal/errors').codes;
const { makeNodeError } = require('internal/errors');

// The C++ string writers of node throw this terse variant.
const ERR_STRING_ARG = makeNodeError(TypeError, 'ERR_INVALID_ARG_TYPE', () => 'argument must be a string');

const kMaxLength = 2 ** 32;
const kStringMaxLength = 536870888;
let INSPECT_MAX_BYTES = 50;
const customInspect = Symbol.for('nodejs.util.inspect.custom');

class FastBuffer extends Uint8Array {}
binding.setup(FastBuffer);

// Encoding ids shared with the Go binding (codec.go).
const UTF8 = 0;
const UTF16LE = 1;
const LATIN1 = 2;
const ASCII = 3;
const BASE64 = 4;
const BASE64URL = 5;
const HEX = 6;

const encodingIds = {
  __proto__: null,
  'utf8': UTF8, 'utf-8': UTF8,
  'ucs2': UTF16LE, 'ucs-2': UTF16LE, 'utf16le': UTF16LE, 'utf-16le': UTF16LE,
  'latin1': LATIN1, 'binary': LATIN1,
  'ascii': ASCII,
  'base64': BASE64,
  'base64url': BASE64URL,
  'hex': HEX,
};

// encodingId returns the id of a (case-insensitive) encoding name, or -1.
function encodingId(enc) {
  if (enc === 'utf8') return UTF8;
  const id = encodingIds[enc] ?? encodingIds[`${enc}`.toLowerCase()];
  return id === undefined ? -1 : id;
}

const typedArrayTag = Object.getOwnPropertyDescriptor(
  Object.getPrototypeOf(Uint8Array.prototype), Symbol.toStringTag).get;

function isUint8Array(v) {
  return typedArrayTag.call(v) === 'Uint8Array';
}

function isAnyArrayBuffer(v) {
  return v instanceof ArrayBuffer ||
    (typeof SharedArrayBuffer === 'function' && v instanceof SharedArrayBuffer);
}

function validateInteger(value, name, min = Number.MIN_SAFE_INTEGER, max = Number.MAX_SAFE_INTEGER) {
  if (typeof value !== 'number') throw new ERR_INVALID_ARG_TYPE(name, 'number', value);
  if (!Number.isInteger(value)) throw new ERR_OUT_OF_RANGE(name, 'an integer', value);
  if (value < min || value > max) throw new ERR_OUT_OF_RANGE(name, `>= ${min} && <= ${max}`, value);
}

function validateOffset(value, name, min = 0, max = kMaxLength) {
  validateInteger(value, name, min, max);
}

function validateSize(size) {
  if (typeof size !== 'number') throw new ERR_INVALID_ARG_TYPE('size', 'number', size);
  if (!(size >= 0 && size <= kMaxLength)) throw new ERR_OUT_OF_RANGE('size', `>= 0 && <= ${kMaxLength}`, size);
}

function validateBufferArg(value, name) {
  if (!isUint8Array(value)) throw new ERR_INVALID_ARG_TYPE(name, ['Buffer', 'Uint8Array'], value);
}

let warnedDeprecated = false;
let nodeModulesChecks = 0;

// calledFromNodeModules reports whether the code calling Buffer() is a
// package's, in node_modules: its file is on the stack's first frame
// outside gonode's own modules (node:..., gonode:...). The stack is
// gonode's own, whatever the program's Error.prepareStackTrace and
// stackTraceLimit, as node's check is tamper-proof.
function calledFromNodeModules() {
  const { prepareStackTrace, stackTraceLimit } = Error;
  const ownPrepare = Object.hasOwn(Error, 'prepareStackTrace');
  let stack;
  try {
    Error.prepareStackTrace = undefined;
    Error.stackTraceLimit = 50;
    stack = String(new Error().stack);
  } finally {
    if (ownPrepare) Error.prepareStackTrace = prepareStackTrace;
    else delete Error.prepareStackTrace;
    Error.stackTraceLimit = stackTraceLimit;
  }
  const lines = stack.split('\n');
  for (let i = 1; i < lines.length; i++) {
    // The frame's file: "at fn (file:line:col)" or "at file:line:col". As
    // node, a name that neither starts with / nor has a \ is not a
    // program's file (node:..., [eval], evalmachine.<anonymous>).
    const at = lines[i].replace(/^\s*at /, '');
    const file = (at.endsWith(')') ? at.slice(at.lastIndexOf('(') + 1, -1) : at).replace(/:\d+:\d+$/, '');
    if (!/^\/|\\/.test(file)) continue;
    return /[\\/]node_modules[\\/]/.test(file);
  }
  return false;
}

// Buffer is the deprecated constructor; it also works without new. As in
// node, its warning is left out for calls from node_modules (checked on
// the first 10,000 calls at most) unless pending deprecations are on.
function Buffer(arg, encodingOrOffset, length) {
  if (!warnedDeprecated && ++nodeModulesChecks <= 10000 &&
      (require('internal/options').getOptionValue('--pending-deprecation') || !calledFromNodeModules())) {
    warnedDeprecated = true;
    if (typeof process === 'object' && typeof process.emitWarning === 'function') {
      process.emitWarning('Buffer() is deprecated due to security and usability issues. Please use the ' +
        'Buffer.alloc(), Buffer.allocUnsafe(), or Buffer.from() methods instead.', 'DeprecationWarning', 'DEP0005');
    }
  }
  if (typeof arg === 'number') {
    if (typeof encodingOrOffset === 'string') throw new ERR_INVALID_ARG_TYPE('string', 'string', arg);
    return Buffer.alloc(arg);
  }
  return Buffer.from(arg, encodingOrOffset, length);
}

Object.defineProperty(Buffer, Symbol.species, {
  __proto__: null, enumerable: false, configurable: true, get() { return FastBuffer; },
});
Buffer.prototype = FastBuffer.prototype;
Object.defineProperty(FastBuffer.prototype, 'constructor', {
  __proto__: null, value: Buffer, writable: true, configurable: true,
});
Object.setPrototypeOf(Buffer, Uint8Array);
Buffer.poolSize = 8 * 1024;

function fromString(string, encoding) {
  let id = UTF8;
  if (typeof encoding === 'string' && encoding.length !== 0) {
    id = encodingId(encoding);
    if (id === -1) throw new ERR_UNKNOWN_ENCODING(encoding);
  }
  if (string.length === 0) return new FastBuffer();
  return binding.fromString(string, id);
}

function fromArrayBuffer(obj, byteOffset, length) {
  if (byteOffset === undefined) {
    byteOffset = 0;
  } else {
    byteOffset = +byteOffset;
    if (Number.isNaN(byteOffset)) byteOffset = 0;
  }
  const maxLength = obj.byteLength - byteOffset;
  if (maxLength < 0) throw new ERR_BUFFER_OUT_OF_BOUNDS('offset');
  if (length === undefined) {
    length = maxLength;
  } else {
    length = +length;
    if (length > 0) {
      if (length > maxLength) throw new ERR_BUFFER_OUT_OF_BOUNDS('length');
    } else {
      length = 0;
    }
  }
  return new FastBuffer(obj, byteOffset, length);
}

function fromArrayLike(obj) {
  if (obj.length <= 0) return new FastBuffer();
  if (isUint8Array(obj)) return new FastBuffer(obj);
  if (Array.isArray(obj)) return binding.fromArray(obj);
  const len = obj.length;
  const b = new FastBuffer(len);
  for (let i = 0; i < len; i++) b[i] = obj[i];
  return b;
}

function fromObject(obj) {
  if (obj.length !== undefined || isAnyArrayBuffer(obj.buffer)) {
    if (typeof obj.length !== 'number') return new FastBuffer();
    return fromArrayLike(obj);
  }
  if (obj.type === 'Buffer' && Array.isArray(obj.data)) return fromArrayLike(obj.data);
  return undefined;
}

const objectValueOf = Object.prototype.valueOf;

Buffer.from = function from(value, encodingOrOffset, length) {
  if (typeof value === 'string') return fromString(value, encodingOrOffset);
  if (Array.isArray(value) && value.valueOf === objectValueOf) return binding.fromArray(value);
  if (typeof value === 'object' && value !== null) {
    if (isAnyArrayBuffer(value)) return fromArrayBuffer(value, encodingOrOffset, length);
    const valueOf = value.valueOf && value.valueOf();
    if (valueOf != null && valueOf !== value && (typeof valueOf === 'string' || typeof valueOf === 'object')) {
      return from(valueOf, encodingOrOffset, length);
    }
    const b = fromObject(value);
    if (b) return b;
    if (typeof value[Symbol.toPrimitive] === 'function') {
      const primitive = value[Symbol.toPrimitive]('string');
      if (typeof primitive === 'string') return fromString(primitive, encodingOrOffset);
    }
  }
  throw new ERR_INVALID_ARG_TYPE('first argument',
    ['string', 'Buffer', 'ArrayBuffer', 'Array', 'Array-like Object'], value);
};

Buffer.copyBytesFrom = function copyBytesFrom(view, offset, length) {
  if (!ArrayBuffer.isView(view) || view instanceof DataView) {
    throw new ERR_INVALID_ARG_TYPE('view', ['TypedArray'], view);
  }
  const viewLength = view.length;
  if (viewLength === 0) return new FastBuffer();
  if (offset !== undefined || length !== undefined) {
    if (offset !== undefined) {
      validateInteger(offset, 'offset', 0);
      if (offset >= viewLength) return new FastBuffer();
    } else {
      offset = 0;
    }
    let end = viewLength;
    if (length !== undefined) {
      validateInteger(length, 'length', 0);
      end = offset + length;
    }
    view = view.slice(offset, end);
  }
  return new FastBuffer(new Uint8Array(view.buffer, view.byteOffset, view.byteLength));
};

Buffer.of = function of(...items) {
  const b = new FastBuffer(items.length);
  for (let i = 0; i < items.length; i++) b[i] = items[i];
  return b;
};

Buffer.alloc = function alloc(size, fill, encoding) {
  validateSize(size);
  if (fill !== undefined && fill !== 0 && size > 0) {
    return fillImpl(new FastBuffer(size), fill, 0, undefined, encoding);
  }
  return new FastBuffer(size);
};

Buffer.allocUnsafe = function allocUnsafe(size) {
  validateSize(size);
  return new FastBuffer(size);
};

Buffer.allocUnsafeSlow = function allocUnsafeSlow(size) {
  validateSize(size);
  return new FastBuffer(size);
};

function SlowBuffer(size) {
  validateSize(size);
  return new FastBuffer(size);
}
Object.setPrototypeOf(SlowBuffer.prototype, Uint8Array.prototype);
Object.setPrototypeOf(SlowBuffer, Uint8Array);

Buffer.isBuffer = function isBuffer(b) {
  return b instanceof Buffer;
};

Buffer.compare = function compare(buf1, buf2) {
  validateBufferArg(buf1, 'buf1');
  validateBufferArg(buf2, 'buf2');
  if (buf1 === buf2) return 0;
  return binding.compare(buf1, buf2);
};

Buffer.isEncoding = function isEncoding(encoding) {
  return typeof encoding === 'string' && encoding.length !== 0 && encodingId(encoding) !== -1;
};
Buffer[Symbol.for('kIsEncodingSymbol')] = Buffer.isEncoding;

Buffer.concat = function concat(list, length) {
  if (!Array.isArray(list)) throw new ERR_INVALID_ARG_TYPE('list', 'Array', list);
  if (list.length === 0) return new FastBuffer();
  if (length === undefined) {
    length = 0;
    for (let i = 0; i < list.length; i++) {
      if (list[i].length) length += list[i].length;
    }
  } else {
    validateOffset(length, 'length');
  }
  const joined = binding.concat(list, length);
  if (joined !== null) return joined;
  const buffer = new FastBuffer(length);
  let pos = 0;
  for (let i = 0; i < list.length; i++) {
    const buf = list[i];
    if (!isUint8Array(buf)) throw new ERR_INVALID_ARG_TYPE(`list[${i}]`, ['Buffer', 'Uint8Array'], buf);
    pos += copyActual(buf, buffer, pos, 0, buf.length);
  }
  return buffer;
};

function byteLength(string, encoding, mustMatch = false) {
  if (typeof string !== 'string') {
    if (ArrayBuffer.isView(string) || isAnyArrayBuffer(string)) return string.byteLength;
    throw new ERR_INVALID_ARG_TYPE('string', ['string', 'Buffer', 'ArrayBuffer'], string);
  }
  mustMatch = mustMatch === true;
  if (!mustMatch && string.length === 0) return 0;
  let id = -1;
  if (encoding) id = encodingId(encoding);
  if (id === -1) {
    if (mustMatch) return -1;
    id = UTF8;
  }
  return binding.byteLength(string, id);
}
Buffer.byteLength = byteLength;

const proto = Buffer.prototype;

Object.defineProperty(proto, 'parent', {
  __proto__: null,
  enumerable: true,
  configurable: true,
  get() {
    if (!(this instanceof Buffer)) return undefined;
    return this.buffer;
  },
});
Object.defineProperty(proto, 'offset', {
  __proto__: null,
  enumerable: true,
  configurable: true,
  get() {
    if (!(this instanceof Buffer)) return undefined;
    return this.byteOffset;
  },
});

// nameFunction gives fn, made under a computed key, its name (and
// optionally its length) as node has them.
function nameFunction(name, fn, length) {
  Object.defineProperty(fn, 'name', { __proto__: null, value: name });
  if (length !== undefined) Object.defineProperty(fn, 'length', { __proto__: null, value: length });
  return fn;
}

// Per-encoding slice/write methods (utf8Slice, hexWrite, ...).
for (const [name, id] of [['ascii', ASCII], ['base64', BASE64], ['base64url', BASE64URL], ['latin1', LATIN1],
  ['hex', HEX], ['ucs2', UTF16LE], ['utf8', UTF8]]) {
  proto[`${name}Slice`] = nameFunction(`${name}Slice`, function(start = 0, end = this.length) {
    if (start > this.length || end > this.length) throw new ERR_OUT_OF_RANGE('index', `>= 0 && <= ${this.length}`, end);
    return binding.slice(this, id, start, end);
  });
  proto[`${name}Write`] = nameFunction(`${name}Write`, function(string, offset = 0, length = this.length - offset) {
    if (typeof string !== 'string') throw new ERR_STRING_ARG();
    if (offset > this.length) throw new ERR_BUFFER_OUT_OF_BOUNDS('offset');
    return binding.write(this, string, offset, Math.min(length, this.length - offset), id);
  }, 0);
}

proto.toString = function toString(encoding, start, end) {
  // No arguments: the whole buffer as UTF-8 (the binding clamps the end).
  if (encoding === undefined && start === undefined && end === undefined) return binding.slice(this, UTF8, 0, kMaxLength);
  const len = this.length;
  if (start <= 0) start = 0;
  else if (start >= len) return '';
  else start = Math.trunc(start) || 0;
  if (end === undefined || end > len) end = len;
  else end = Math.trunc(end) || 0;
  if (end <= start) return '';
  let id = UTF8;
  if (encoding !== undefined) {
    id = encodingId(encoding);
    if (id === -1) throw new ERR_UNKNOWN_ENCODING(encoding);
  }
  return binding.slice(this, id, start, end);
};
proto.toLocaleString = proto.toString;

proto.equals = function equals(otherBuffer) {
  validateBufferArg(otherBuffer, 'otherBuffer');
  if (this === otherBuffer) return true;
  if (this.byteLength !== otherBuffer.byteLength) return false;
  return this.byteLength === 0 || binding.compare(this, otherBuffer) === 0;
};

proto.compare = function compare(target, targetStart, targetEnd, sourceStart, sourceEnd) {
  validateBufferArg(target, 'target');
  if (arguments.length === 1) return binding.compare(this, target);
  if (targetStart === undefined) targetStart = 0;
  else validateOffset(targetStart, 'targetStart');
  if (targetEnd === undefined) targetEnd = target.length;
  else validateOffset(targetEnd, 'targetEnd', 0, target.length);
  if (sourceStart === undefined) sourceStart = 0;
  else validateOffset(sourceStart, 'sourceStart');
  if (sourceEnd === undefined) sourceEnd = this.length;
  else validateOffset(sourceEnd, 'sourceEnd', 0, this.length);
  if (sourceStart >= sourceEnd) return targetStart >= targetEnd ? 0 : -1;
  if (targetStart >= targetEnd) return 1;
  return binding.compareRange(this, target, targetStart, sourceStart, targetEnd, sourceEnd);
};

function indexOfImpl(buffer, val, byteOffset, encoding, forward) {
  validateBufferArg(buffer, 'buffer');
  if (typeof byteOffset === 'string') {
    encoding = byteOffset;
    byteOffset = undefined;
  } else if (byteOffset > 0x7fffffff) {
    byteOffset = 0x7fffffff;
  } else if (byteOffset < -0x80000000) {
    byteOffset = -0x80000000;
  }
  byteOffset = +byteOffset;
  if (Number.isNaN(byteOffset)) byteOffset = forward ? 0 : (buffer.length || buffer.byteLength);
  if (typeof val === 'number') return binding.indexOf(buffer, val >>> 0, byteOffset, UTF8, forward);
  const id = encoding === undefined ? UTF8 : encodingId(encoding);
  if (typeof val === 'string') {
    if (id === -1) throw new ERR_UNKNOWN_ENCODING(encoding);
    return binding.indexOf(buffer, val, byteOffset, id, forward);
  }
  if (isUint8Array(val)) return binding.indexOf(buffer, val, byteOffset, id === -1 ? UTF8 : id, forward);
  throw new ERR_INVALID_ARG_TYPE('value', ['number', 'string', 'Buffer', 'Uint8Array'], val);
}

proto.indexOf = function indexOf(val, byteOffset, encoding) {
  return indexOfImpl(this, val, byteOffset, encoding, true);
};

proto.lastIndexOf = function lastIndexOf(val, byteOffset, encoding) {
  return indexOfImpl(this, val, byteOffset, encoding, false);
};

proto.includes = function includes(val, byteOffset, encoding) {
  return this.indexOf(val, byteOffset, encoding) !== -1;
};

function fillImpl(buf, value, offset, end, encoding) {
  let id = UTF8;
  if (typeof value === 'string') {
    if (offset === undefined || typeof offset === 'string') {
      encoding = offset;
      offset = 0;
      end = buf.length;
    } else if (typeof end === 'string') {
      encoding = end;
      end = buf.length;
    }
    if (encoding !== undefined && encoding !== null) id = encodingId(encoding);
    if (id === -1) {
      if (typeof encoding !== 'string') throw new ERR_INVALID_ARG_TYPE('encoding', 'string', encoding);
      throw new ERR_UNKNOWN_ENCODING(encoding);
    }
    if (value.length === 0) {
      value = 0;
    } else if (value.length === 1) {
      if (id === UTF8) {
        const code = value.charCodeAt(0);
        if (code < 128) value = code;
      } else if (id === LATIN1) {
        value = value.charCodeAt(0);
      }
    }
  }
  if (offset === undefined) {
    offset = 0;
    end = buf.length;
  } else {
    validateOffset(offset, 'offset');
    if (end === undefined) end = buf.length;
    else validateOffset(end, 'end', 0, buf.length);
    if (offset >= end) return buf;
  }
  if (typeof value === 'number') {
    if (offset > end || end - offset + offset > buf.byteLength) throw new ERR_BUFFER_OUT_OF_BOUNDS();
    Uint8Array.prototype.fill.call(buf, value, offset, end);
    return buf;
  }
  const res = binding.fill(buf, value, offset, end, id);
  if (res < 0) {
    if (res === -1) throw new ERR_INVALID_ARG_VALUE('value', value);
    throw new ERR_BUFFER_OUT_OF_BOUNDS();
  }
  return buf;
}

proto.fill = function fill(value, offset, end, encoding) {
  return fillImpl(this, value, offset, end, encoding);
};

proto.write = function write(string, offset, length, encoding) {
  if (typeof string !== 'string') throw new ERR_STRING_ARG();
  if (offset === undefined) return binding.write(this, string, 0, this.length, UTF8);
  if (length === undefined && typeof offset === 'string') {
    encoding = offset;
    length = this.length;
    offset = 0;
  } else {
    validateOffset(offset, 'offset', 0, this.length);
    const remaining = this.length - offset;
    if (length === undefined) {
      length = remaining;
    } else if (typeof length === 'string') {
      encoding = length;
      length = remaining;
    } else {
      validateOffset(length, 'length', 0, this.length);
      if (length > remaining) length = remaining;
    }
  }
  let id = UTF8;
  if (encoding) {
    id = encodingId(encoding);
    if (id === -1) throw new ERR_UNKNOWN_ENCODING(encoding);
  }
  return binding.write(this, string, offset, length, id);
};

proto.toJSON = function toJSON() {
  const data = new Array(this.length);
  for (let i = 0; i < this.length; i++) data[i] = this[i];
  return { type: 'Buffer', data };
};

function adjustOffset(offset, length) {
  offset = Math.trunc(offset);
  if (offset === 0) return 0;
  if (offset < 0) {
    offset += length;
    return offset > 0 ? offset : 0;
  }
  if (offset < length) return offset;
  return Number.isNaN(offset) ? 0 : length;
}

function subarrayOf(buf, start, end) {
  const srcLength = buf.length;
  start = adjustOffset(start, srcLength);
  end = end !== undefined ? adjustOffset(end, srcLength) : srcLength;
  const newLength = end > start ? end - start : 0;
  return new FastBuffer(buf.buffer, buf.byteOffset + start, newLength);
}
proto.subarray = function subarray(start, end) { return subarrayOf(this, start, end); };
proto.slice = function slice(start, end) { return subarrayOf(this, start, end); };

function toInteger(n, defaultVal) {
  n = +n;
  if (!Number.isNaN(n) && n >= Number.MIN_SAFE_INTEGER && n <= Number.MAX_SAFE_INTEGER) {
    return n % 1 === 0 ? n : Math.floor(n);
  }
  return defaultVal;
}

function copyActual(source, target, targetStart, sourceStart, sourceEnd) {
  if (sourceEnd - sourceStart > target.byteLength - targetStart) {
    sourceEnd = sourceStart + target.byteLength - targetStart;
  }
  let nb = sourceEnd - sourceStart;
  const sourceLen = source.byteLength - sourceStart;
  if (nb > sourceLen) nb = sourceLen;
  if (nb <= 0) return 0;
  return binding.copy(source, target, targetStart, sourceStart, nb);
}

proto.copy = function copy(target, targetStart, sourceStart, sourceEnd) {
  validateBufferArg(this, 'source');
  validateBufferArg(target, 'target');
  if (targetStart === undefined) {
    targetStart = 0;
  } else {
    targetStart = toInteger(targetStart, 0);
    if (targetStart < 0) throw new ERR_OUT_OF_RANGE('targetStart', '>= 0', targetStart);
  }
  if (sourceStart === undefined) {
    sourceStart = 0;
  } else {
    sourceStart = toInteger(sourceStart, 0);
    if (sourceStart < 0 || sourceStart > this.byteLength) {
      throw new ERR_OUT_OF_RANGE('sourceStart', `>= 0 && <= ${this.byteLength}`, sourceStart);
    }
  }
  if (sourceEnd === undefined) {
    sourceEnd = this.byteLength;
  } else {
    sourceEnd = toInteger(sourceEnd, 0);
    if (sourceEnd < 0) throw new ERR_OUT_OF_RANGE('sourceEnd', '>= 0', sourceEnd);
  }
  if (targetStart >= target.byteLength || sourceStart >= sourceEnd) return 0;
  return copyActual(this, target, targetStart, sourceStart, sourceEnd);
};

for (const size of [16, 32, 64]) {
  proto[`swap${size}`] = nameFunction(`swap${size}`, function() {
    if (this.length % (size / 8) !== 0) throw new ERR_INVALID_BUFFER_SIZE(`${size}-bits`);
    return binding.swap(this, size / 8);
  });
}

// Called by util.inspect as (recurseTimes, ctx, inspect): besides the bytes
// it shows the buffer's own non-index properties (enumerable ones, or all
// with showHidden), as node does.
proto.inspect = function inspect(recurseTimes, ctx) {
  let inspectFn = arguments[2]; // not a parameter: node's has length 2
  const actualMax = Math.min(INSPECT_MAX_BYTES, this.length);
  const remaining = this.length - INSPECT_MAX_BYTES;
  let str = binding.slice(this, HEX, 0, actualMax).replace(/(.{2})/g, '$1 ').trim();
  if (remaining > 0) str += ` ... ${remaining} more byte${remaining > 1 ? 's' : ''}`;
  if (ctx) {
    let extras = false;
    const obj = { __proto__: null };
    for (const key of Reflect.ownKeys(this)) {
      if (typeof key === 'string' && isArrayIndex(key)) continue;
      if (!ctx.showHidden && !Object.prototype.propertyIsEnumerable.call(this, key)) continue;
      extras = true;
      obj[key] = this[key];
    }
    if (extras) {
      if (typeof inspectFn !== 'function') inspectFn = require('util').inspect;
      if (this.length !== 0) str += ', ';
      // '[Object: null prototype] {'.length === 26
      str += inspectFn(obj, { ...ctx, breakLength: Infinity, compact: true }).slice(27, -2);
    }
  }
  return `<${this.constructor.name} ${str}>`;
};

// isArrayIndex: key is an array index ('0' .. '4294967294'), which
// getOwnNonIndexProperties leaves out.
function isArrayIndex(key) {
  if (!/^(?:0|[1-9][0-9]*)$/.test(key)) return false;
  return Number(key) < 4294967295;
}
proto[customInspect] = proto.inspect;

// ---- Numeric reads and writes ----

function boundsError(value, length, type) {
  if (Math.floor(value) !== value) {
    if (typeof value !== 'number') throw new ERR_INVALID_ARG_TYPE(type || 'offset', 'number', value);
    throw new ERR_OUT_OF_RANGE(type || 'offset', 'an integer', value);
  }
  if (length < 0) throw new ERR_BUFFER_OUT_OF_BOUNDS();
  throw new ERR_OUT_OF_RANGE(type || 'offset', `>= ${type ? 1 : 0} and <= ${length}`, value);
}

function checkBounds(buf, offset, size) {
  if (typeof offset !== 'number') throw new ERR_INVALID_ARG_TYPE('offset', 'number', offset);
  if (buf[offset] === undefined || buf[offset + size - 1] === undefined) boundsError(offset, buf.length - size);
}

function readUnsigned(buf, offset, size, little) {
  checkBounds(buf, offset, size);
  let v = 0;
  if (little) {
    for (let i = size - 1; i >= 0; i--) v = v * 256 + buf[offset + i];
  } else {
    for (let i = 0; i < size; i++) v = v * 256 + buf[offset + i];
  }
  return v;
}

function readSigned(buf, offset, size, little) {
  const v = readUnsigned(buf, offset, size, little);
  const half = 2 ** (size * 8 - 1);
  return v >= half ? v - 2 * half : v;
}

function rangeText(min, max, size) {
  if (size <= 4) return `>= ${min} and <= ${max}`;
  const bits = size * 8;
  if (min === 0) return `>= 0 and < 2 ** ${bits}`;
  return `>= -(2 ** ${bits - 1}) and < 2 ** ${bits - 1}`;
}

function writeInt(buf, value, offset, size, little, min, max) {
  value = +value;
  if (size === 1) {
    if (typeof offset !== 'number') throw new ERR_INVALID_ARG_TYPE('offset', 'number', offset);
  }
  if (value > max || value < min) throw new ERR_OUT_OF_RANGE('value', rangeText(min, max, size), value);
  checkBounds(buf, offset, size);
  // Bytes beyond the low 32 bits come from the value scaled down, as node does.
  const high = size > 4 ? Math.floor(value * 2 ** -32) : 0;
  for (let i = 0; i < size; i++) {
    const byte = i < 4 ? (value >>> (8 * i)) & 0xff : (high >>> (8 * (i - 4))) & 0xff;
    buf[little ? offset + i : offset + size - 1 - i] = byte;
  }
  return offset + size;
}

const intRanges = [null, [0x80, 0xff], [0x8000, 0xffff], [0x800000, 0xffffff], [0x80000000, 0xffffffff],
  [0x8000000000, 0xffffffffff], [0x800000000000, 0xffffffffffff]];

function defineIntMethods(size, suffixes) {
  const [half, umax] = intRanges[size];
  for (const endian of suffixes) {
    const little = endian !== 'BE';
    const unsignedRead = function(offset = 0) {
      return readUnsigned(this, offset, size, little);
    };
    const signedRead = function(offset = 0) {
      return readSigned(this, offset, size, little);
    };
    const unsignedWrite = function(value, offset = 0) {
      return writeInt(this, value, offset, size, little, 0, umax);
    };
    const signedWrite = function(value, offset = 0) {
      return writeInt(this, value, offset, size, little, -half, half - 1);
    };
    const name = `${size * 8}${endian}`;
    proto[`readUInt${name}`] = proto[`readUint${name}`] = unsignedRead;
    proto[`readInt${name}`] = signedRead;
    proto[`writeUInt${name}`] = proto[`writeUint${name}`] = unsignedWrite;
    proto[`writeInt${name}`] = signedWrite;
  }
}
defineIntMethods(1, ['']);
defineIntMethods(2, ['LE', 'BE']);
defineIntMethods(4, ['LE', 'BE']);

function checkByteLength(byteLength) {
  if (byteLength >= 1 && byteLength <= 6 && byteLength === Math.floor(byteLength)) return;
  boundsError(byteLength, 6, 'byteLength');
}

for (const endian of ['LE', 'BE']) {
  const little = endian === 'LE';
  const readU = function(offset, byteLength) {
    if (offset === undefined) throw new ERR_INVALID_ARG_TYPE('offset', 'number', offset);
    checkByteLength(byteLength);
    return readUnsigned(this, offset, byteLength, little);
  };
  const readS = function(offset, byteLength) {
    if (offset === undefined) throw new ERR_INVALID_ARG_TYPE('offset', 'number', offset);
    checkByteLength(byteLength);
    return readSigned(this, offset, byteLength, little);
  };
  const writeU = function(value, offset, byteLength) {
    checkByteLength(byteLength);
    return writeInt(this, value, offset, byteLength, little, 0, intRanges[byteLength][1]);
  };
  const writeS = function(value, offset, byteLength) {
    checkByteLength(byteLength);
    const half = intRanges[byteLength][0];
    return writeInt(this, value, offset, byteLength, little, -half, half - 1);
  };
  proto[`readUInt${endian}`] = proto[`readUint${endian}`] = readU;
  proto[`readInt${endian}`] = readS;
  proto[`writeUInt${endian}`] = proto[`writeUint${endian}`] = writeU;
  proto[`writeInt${endian}`] = writeS;
}

// Floats go through a scratch typed array; NaN is written as the canonical
// quiet NaN, as V8 does.
const f32 = new Float32Array(1);
const f64 = new Float64Array(1);
const f32Bytes = new Uint8Array(f32.buffer);
const f64Bytes = new Uint8Array(f64.buffer);
const hostLittle = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

function readFloat(buf, offset, size, little) {
  checkBounds(buf, offset, size);
  const bytes = size === 4 ? f32Bytes : f64Bytes;
  const swap = little !== hostLittle;
  for (let i = 0; i < size; i++) bytes[swap ? size - 1 - i : i] = buf[offset + i];
  return size === 4 ? f32[0] : f64[0];
}

function writeFloat(buf, value, offset, size, little) {
  value = +value;
  checkBounds(buf, offset, size);
  const bytes = size === 4 ? f32Bytes : f64Bytes;
  if (size === 4) f32[0] = value;
  else f64[0] = value;
  if (value !== value) {
    bytes.fill(0);
    if (size === 4) {
      bytes[hostLittle ? 3 : 0] = 0x7f;
      bytes[hostLittle ? 2 : 1] = 0xc0;
    } else {
      bytes[hostLittle ? 7 : 0] = 0x7f;
      bytes[hostLittle ? 6 : 1] = 0xf8;
    }
  }
  const swap = little !== hostLittle;
  for (let i = 0; i < size; i++) buf[offset + i] = bytes[swap ? size - 1 - i : i];
  return offset + size;
}

for (const [endian, little] of [['LE', true], ['BE', false]]) {
  proto[`readFloat${endian}`] = function(offset = 0) {
    return readFloat(this, offset, 4, little);
  };
  proto[`readDouble${endian}`] = function(offset = 0) {
    return readFloat(this, offset, 8, little);
  };
  proto[`writeFloat${endian}`] = function(value, offset = 0) {
    return writeFloat(this, value, offset, 4, little);
  };
  proto[`writeDouble${endian}`] = function(value, offset = 0) {
    return writeFloat(this, value, offset, 8, little);
  };
}

// 64-bit BigInt reads and writes.
function readBig(buf, offset, little, signed) {
  if (typeof offset !== 'number') throw new ERR_INVALID_ARG_TYPE('offset', 'number', offset);
  const first = buf[offset];
  const last = buf[offset + 7];
  if (first === undefined || last === undefined) boundsError(offset, buf.length - 8);
  const lo = readUnsigned(buf, little ? offset : offset + 4, 4, little);
  const hi = signed ? readSigned(buf, little ? offset + 4 : offset, 4, little) :
    readUnsigned(buf, little ? offset + 4 : offset, 4, little);
  return (BigInt(hi) << 32n) + BigInt(lo);
}

function writeBig(buf, value, offset, little, min, max) {
  if (value > max || value < min) {
    const range = min === 0n ? '>= 0n and < 2n ** 64n' : '>= -(2n ** 63n) and < 2n ** 63n';
    throw new ERR_OUT_OF_RANGE('value', range, value);
  }
  checkBounds(buf, offset, 8);
  const lo = Number(value & 0xffffffffn);
  const hi = Number((value >> 32n) & 0xffffffffn);
  for (let i = 0; i < 4; i++) {
    buf[little ? offset + i : offset + 7 - i] = (lo >>> (8 * i)) & 0xff;
    buf[little ? offset + 4 + i : offset + 3 - i] = (hi >>> (8 * i)) & 0xff;
  }
  return offset + 8;
}

for (const [endian, little] of [['LE', true], ['BE', false]]) {
  proto[`readBigUInt64${endian}`] = proto[`readBigUint64${endian}`] = function(offset = 0) {
    return readBig(this, offset, little, false);
  };
  proto[`readBigInt64${endian}`] = function(offset = 0) {
    return readBig(this, offset, little, true);
  };
  proto[`writeBigUInt64${endian}`] = proto[`writeBigUint64${endian}`] = function(value, offset = 0) {
    return writeBig(this, value, offset, little, 0n, 0xffffffffffffffffn);
  };
  proto[`writeBigInt64${endian}`] = function(value, offset = 0) {
    return writeBig(this, value, offset, little, -(2n ** 63n), 2n ** 63n - 1n);
  };
}

binding.installNumeric(proto);

// ---- Module-level functions ----

function btoa(input) {
  if (arguments.length === 0) throw new ERR_MISSING_ARGS('input');
  input = `${input}`;
  for (let i = 0; i < input.length; i++) {
    if (input.charCodeAt(i) > 0xff) throw domException('Invalid character', 'InvalidCharacterError');
  }
  return binding.slice(binding.fromString(input, LATIN1), BASE64, 0, input.length);
}

const base64Chars = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

function atob(input) {
  if (arguments.length === 0) throw new ERR_MISSING_ARGS('input');
  input = `${input}`;
  let significant = 0;
  let equals = 0;
  for (let i = 0; i < input.length; i++) {
    const c = input[i];
    if (c === ' ' || c === '\t' || c === '\n' || c === '\f' || c === '\r') continue;
    if (c === '=') {
      equals++;
    } else if (base64Chars.includes(c)) {
      if (equals) throw domException('Invalid character', 'InvalidCharacterError');
    } else {
      throw domException('Invalid character', 'InvalidCharacterError');
    }
    significant++;
    if (equals > 2) throw domException('Invalid character', 'InvalidCharacterError');
  }
  let remainder = significant % 4;
  if (!remainder) {
    remainder = (significant - equals) % 4;
  } else if (equals) {
    throw domException('Invalid character', 'InvalidCharacterError');
  }
  if (remainder === 1) {
    throw domException('The string to be decoded is not correctly encoded.', 'InvalidCharacterError');
  }
  const bytes = binding.fromString(input, BASE64);
  return binding.slice(bytes, LATIN1, 0, bytes.length);
}

function domException(message, name) {
  if (typeof DOMException === 'function') return new DOMException(message, name);
  const err = new Error(message);
  Object.defineProperty(err, 'name', { __proto__: null, value: name, configurable: true, writable: true });
  return err;
}

function isUtf8(input) {
  if (ArrayBuffer.isView(input)) return binding.isUtf8(input);
  if (isAnyArrayBuffer(input)) return binding.isUtf8(new Uint8Array(input));
  throw new ERR_INVALID_ARG_TYPE('input', ['ArrayBuffer', 'Buffer', 'TypedArray'], input);
}

function isAscii(input) {
  if (ArrayBuffer.isView(input)) return binding.isAscii(input);
  if (isAnyArrayBuffer(input)) return binding.isAscii(new Uint8Array(input));
  throw new ERR_INVALID_ARG_TYPE('input', ['ArrayBuffer', 'Buffer', 'TypedArray'], input);
}

function transcode(source, fromEncoding, toEncoding) {
  validateBufferArg(source, 'source');
  const from = encodingId(fromEncoding);
  const to = encodingId(toEncoding);
  const supported = [UTF8, UTF16LE, LATIN1, ASCII];
  if (!supported.includes(from) || !supported.includes(to)) {
    const err = new Error(`Unable to transcode Buffer [U_ILLEGAL_ARGUMENT_ERROR]`);
    err.code = 'U_ILLEGAL_ARGUMENT_ERROR';
    err.errno = 1;
    throw err;
  }
  let text = binding.slice(source, from, 0, source.length);
  if (to === LATIN1) text = text.replace(/[^\x00-\xff]/gu, '?');
  else if (to === ASCII) text = text.replace(/[^\x00-\x7f]/gu, '?');
  return binding.fromString(text, to);
}

module.exports = {
  Buffer,
  SlowBuffer,
  transcode,
  isUtf8,
  isAscii,
  kMaxLength,
  kStringMaxLength,
  btoa,
  atob,
  constants: { MAX_LENGTH: kMaxLength, MAX_STRING_LENGTH: kStringMaxLength },
  // How many bytes inspect shows; set to a number >= 0, as node checks it.
  get INSPECT_MAX_BYTES() {
    return INSPECT_MAX_BYTES;
  },
  set INSPECT_MAX_BYTES(value) {
    require('internal/validators').validateNumber(value, 'INSPECT_MAX_BYTES', 0);
    INSPECT_MAX_BYTES = value;
  },
  FastBuffer,
};
Object.defineProperty(module.exports, 'FastBuffer', { __proto__: null, enumerable: false });
// Blob and File load on first use.
for (const name of ['Blob', 'File']) {
  Object.defineProperty(module.exports, name, {
    __proto__: null,
    get() {
      return require('internal/blob')[name];
    },
    enumerable: true,
    configurable: true,
  });
}
