'use strict';
// node:v8 — the serialization API in V8's ValueSerializer format.
// serialize/deserialize run natively; the classes are node's, over a
// native serializer (binding.newSerializer/newDeserializer) that calls back
// _writeHostObject/_readHostObject for host objects.

const binding = require('internal/v8');
const { Buffer } = require('buffer');
const { validateString } = require('internal/validators');

const kHandle = Symbol('kHandle');

class Serializer {
  constructor() {
    this[kHandle] = binding.newSerializer(this);
  }

  writeHeader() { this[kHandle].writeHeader(); }

  writeValue(value) { return this[kHandle].writeValue(value); }

  releaseBuffer() { return this[kHandle].releaseBuffer(); }

  transferArrayBuffer(id, arrayBuffer) { this[kHandle].transferArrayBuffer(id, arrayBuffer); }

  writeUint32(value) { this[kHandle].writeUint32(value); }

  writeUint64(hi, lo) { this[kHandle].writeUint64(hi, lo); }

  writeDouble(value) { this[kHandle].writeDouble(value); }

  writeRawBytes(source) { this[kHandle].writeRawBytes(source); }

  _setTreatArrayBufferViewsAsHostObjects(flag) {
    this[kHandle].setTreatArrayBufferViewsAsHostObjects(flag);
  }
}
Serializer.prototype._getDataCloneError = Error;

class Deserializer {
  constructor(buffer) {
    this[kHandle] = binding.newDeserializer(this, buffer);
    this.buffer = buffer;
  }

  readHeader() { return this[kHandle].readHeader(); }

  readValue() { return this[kHandle].readValue(); }

  getWireFormatVersion() { return this[kHandle].getWireFormatVersion(); }

  transferArrayBuffer(id, arrayBuffer) { this[kHandle].transferArrayBuffer(id, arrayBuffer); }

  readUint32() { return this[kHandle].readUint32(); }

  readUint64() { return this[kHandle].readUint64(); }

  readDouble() { return this[kHandle].readDouble(); }

  _readRawBytes(length) { return this[kHandle].readRawBytes(length); }

  readRawBytes(length) {
    const offset = this._readRawBytes(length);
    return Buffer.from(this.buffer.buffer, this.buffer.byteOffset + offset, length);
  }
}

const viewTypes = [Int8Array, Uint8Array, Uint8ClampedArray, Int16Array, Uint16Array, Int32Array, Uint32Array,
  Float32Array, Float64Array, DataView, Buffer, BigInt64Array, BigUint64Array];
const viewIndexes = { __proto__: null };
viewTypes.forEach((ctor, i) => { if (ctor !== Buffer) viewIndexes[`[object ${ctor.name}]`] = i; });

class DefaultSerializer extends Serializer {
  constructor() {
    super();
    this._setTreatArrayBufferViewsAsHostObjects(true);
  }

  _writeHostObject(abView) {
    // Views are written with their own bytes only (never a pooled Buffer's
    // whole ArrayBuffer); index 10 is Buffer.
    let i = 10;
    if (abView.constructor !== Buffer) {
      i = viewIndexes[Object.prototype.toString.call(abView)];
      if (i === undefined) {
        throw new this._getDataCloneError(`Unserializable host object: ${require('util').inspect(abView)}`);
      }
    }
    this.writeUint32(i);
    this.writeUint32(abView.byteLength);
    this.writeRawBytes(new Uint8Array(abView.buffer, abView.byteOffset, abView.byteLength));
  }
}

class DefaultDeserializer extends Deserializer {
  _readHostObject() {
    const typeIndex = this.readUint32();
    const ctor = viewTypes[typeIndex];
    const byteLength = this.readUint32();
    const byteOffset = this._readRawBytes(byteLength);
    const BYTES_PER_ELEMENT = ctor.BYTES_PER_ELEMENT || 1;
    const offset = this.buffer.byteOffset + byteOffset;
    if (ctor === Buffer) return Buffer.from(this.buffer.buffer, offset, byteLength);
    if (offset % BYTES_PER_ELEMENT === 0) {
      return new ctor(this.buffer.buffer, offset, byteLength / BYTES_PER_ELEMENT);
    }
    // Copy to an aligned buffer first.
    const copy = Buffer.allocUnsafe(byteLength);
    copy.set(new Uint8Array(this.buffer.buffer, offset, byteLength));
    return new ctor(copy.buffer, copy.byteOffset, byteLength / BYTES_PER_ELEMENT);
  }
}

function serialize(value) {
  return binding.serialize(value);
}

function deserialize(buffer) {
  return binding.deserialize(buffer);
}

function getHeapStatistics() {
  return binding.heapStatistics();
}

function getHeapSpaceStatistics() {
  return binding.heapSpaceStatistics();
}

function getHeapCodeStatistics() {
  return binding.heapCodeStatistics();
}

// V8's flags have no meaning here: the string is checked, then ignored, as
// the command line's V8 flags are.
function setFlagsFromString(flags) {
  validateString(flags, 'flags');
}

// cachedDataVersionTag identifies the engine that made cached data; gonode
// makes none, so any fixed integer serves.
function cachedDataVersionTag() {
  return 0x676f6e6f; // 'gono'
}

module.exports = {
  cachedDataVersionTag,
  getHeapStatistics,
  getHeapSpaceStatistics,
  getHeapCodeStatistics,
  setFlagsFromString,
  Serializer,
  Deserializer,
  DefaultSerializer,
  DefaultDeserializer,
  serialize,
  deserialize,
};
