'use strict';
// internal/blob: Blob and File, immutable byte sequences with a type (and
// for a File a name and a modification time), as node's buffer module has
// them. The bytes are held in one Buffer.

const { Buffer } = require('buffer');
const { codes: { ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE, ERR_MISSING_ARGS } } = require('internal/errors');

const kInspect = Symbol.for('nodejs.util.inspect.custom');
const kParts = Symbol('parts');
const kBytes = Symbol('bytes');
const kType = Symbol('type');

// normalizeType keeps a type made of printable ASCII, lower-cased; any
// other becomes ''.
function normalizeType(type) {
  type = `${type}`;
  return /^[\x20-\x7e]*$/.test(type) ? type.toLowerCase() : '';
}

// partBuffers is a source part as Buffers: a Blob's own parts, or one.
function partBuffers(part, endings) {
  if (part instanceof Blob) return part[kParts];
  if (part instanceof ArrayBuffer) return [Buffer.from(part.slice(0))];
  if (ArrayBuffer.isView(part)) return [Buffer.from(part.buffer.slice(part.byteOffset, part.byteOffset + part.byteLength))];
  let text = `${part}`;
  if (endings === 'native') text = text.replace(/\r\n|\r/g, '\n');
  return [Buffer.from(text, 'utf8')];
}

// toParts is the bytes of a Blob's sources, one Buffer per non-empty part
// (a stream of the Blob gives one chunk per part, as node's does).
function toParts(sources, options) {
  if (sources === null || typeof sources !== 'object' || typeof sources[Symbol.iterator] !== 'function') {
    throw new ERR_INVALID_ARG_TYPE('sources', 'a sequence', sources);
  }
  if (options !== undefined && (options === null || typeof options !== 'object')) {
    throw new ERR_INVALID_ARG_TYPE('options', 'Object', options);
  }
  const { endings = 'transparent' } = options || {};
  if (endings !== 'transparent' && endings !== 'native') {
    throw new ERR_INVALID_ARG_VALUE('options.endings', endings);
  }
  return [...sources].flatMap((part) => partBuffers(part, endings)).filter((b) => b.length > 0);
}

class Blob {
  constructor(sources = [], options = undefined) {
    this[kParts] = toParts(sources, options);
    this[kType] = normalizeType((options && options.type) || '');
  }

  // (the parts joined; the parts stay apart for stream())
  get [kBytes]() {
    const parts = this[kParts];
    return parts.length === 1 ? parts[0] : Buffer.concat(parts);
  }

  get size() {
    return this[kParts].reduce((n, b) => n + b.length, 0);
  }

  get type() {
    return this[kType];
  }

  slice(start = 0, end = this.size, contentType = '') {
    const size = this.size;
    const clamp = (n) => (n < 0 ? Math.max(size + n, 0) : Math.min(n, size));
    const from = clamp(Math.trunc(Number(start)) || 0);
    const to = Math.max(from, clamp(Math.trunc(Number(end)) || 0));
    const blob = new Blob([], { type: contentType });
    const parts = [];
    let offset = 0;
    for (const part of this[kParts]) {
      const lo = Math.max(from - offset, 0);
      const hi = Math.min(to - offset, part.length);
      if (lo < hi) parts.push(part.subarray(lo, hi));
      offset += part.length;
    }
    blob[kParts] = parts;
    return blob;
  }

  async arrayBuffer() {
    const bytes = this[kBytes];
    return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.length);
  }

  async bytes() {
    return new Uint8Array(await this.arrayBuffer());
  }

  async text() {
    return this[kBytes].toString('utf8');
  }

  stream() {
    const parts = [...this[kParts]];
    return new ReadableStream({
      type: 'bytes',
      pull(controller) {
        if (parts.length > 0) controller.enqueue(new Uint8Array(parts.shift()));
        if (parts.length === 0) controller.close();
      },
    });
  }

  [kInspect](depth, options, inspect) {
    if (depth < 0) return this;
    return `${this.constructor.name} ${inspect({ size: this.size, type: this.type }, options)}`;
  }
}
Object.defineProperty(Blob.prototype, Symbol.toStringTag, { __proto__: null, value: 'Blob', configurable: true });

class File extends Blob {
  #name;
  #lastModified;

  constructor(fileBits, fileName, options = {}) {
    if (arguments.length < 2) throw new ERR_MISSING_ARGS('fileBits', 'fileName');
    super(fileBits, options);
    this.#name = `${fileName}`;
    const { lastModified } = options || {};
    this.#lastModified = lastModified !== undefined ? Number(lastModified) : Date.now();
  }

  get name() {
    return this.#name;
  }

  get lastModified() {
    return this.#lastModified;
  }

  [kInspect](depth, options, inspect) {
    if (depth < 0) return this;
    return `File ${inspect({ size: this.size, type: this.type, name: this.name, lastModified: this.lastModified }, options)}`;
  }
}
Object.defineProperty(File.prototype, Symbol.toStringTag, { __proto__: null, value: 'File', configurable: true });

module.exports = { Blob, File };
