'use strict';
// node's 'crypto' module (hashes, hmac, AES ciphers, pbkdf2, scrypt, hkdf and random parts) over the
// Go binding internal/crypto. Arguments are checked here, as node checks
// them, and the binding gets strings or Uint8Arrays.

const binding = require('internal/crypto');
const { Buffer } = require('buffer');
const stream = require('stream');
const { codes, makeNodeError } = require('internal/errors');
const {
  validateString, validateNumber, validateInteger, validateInt32, validateUint32, validateFunction,
} = require('internal/validators');
const {
  ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE, ERR_OUT_OF_RANGE, ERR_UNKNOWN_ENCODING,
  ERR_INVALID_THIS,
} = codes;

const ERR_CRYPTO_HASH_FINALIZED = makeNodeError(Error, 'ERR_CRYPTO_HASH_FINALIZED', () => 'Digest already called');
const ERR_CRYPTO_HASH_UPDATE_FAILED = makeNodeError(Error, 'ERR_CRYPTO_HASH_UPDATE_FAILED', () => 'Hash update failed');

// Errors node raises from C++: a code property, but no code in the stack
// header.
function nativeError(Base, code, message) {
  const err = new Base(message);
  err.code = code;
  return err;
}

function invalidDigest(digest) {
  return nativeError(TypeError, 'ERR_CRYPTO_INVALID_DIGEST', `Invalid digest: ${digest}`);
}

// The binding's failure codes.
const kUnknownDigest = 0;
const kNotXOF = 1;

const kMaxInt32 = 2 ** 31 - 1;
const kMaxUint32 = 2 ** 32 - 1;

// ---- argument checks, as node's internal/validators ----

function validateObject(value, name) {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw new ERR_INVALID_ARG_TYPE(name, 'Object', value);
  }
}

function isAnyArrayBuffer(value) {
  return value instanceof ArrayBuffer ||
    (typeof SharedArrayBuffer === 'function' && value instanceof SharedArrayBuffer);
}

// bytes views an ArrayBuffer or ArrayBufferView as a Uint8Array.
function bytes(value) {
  if (value instanceof Uint8Array) return value;
  if (ArrayBuffer.isView(value)) return new Uint8Array(value.buffer, value.byteOffset, value.byteLength);
  return new Uint8Array(value);
}

// bytesOrString accepts a string (encoded in encoding) or binary data, as
// node's getArrayBufferOrView.
function bytesOrString(value, name, encoding = 'utf8') {
  if (typeof value === 'string') return bytes(Buffer.from(value, encoding));
  if (isAnyArrayBuffer(value) || ArrayBuffer.isView(value)) return bytes(value);
  throw new ERR_INVALID_ARG_TYPE(name, ['string', 'ArrayBuffer', 'Buffer', 'TypedArray', 'DataView'], value);
}

function normalizeEncoding(enc) {
  if (enc == null || enc === 'utf8' || enc === 'utf-8') return 'utf8';
  switch (`${enc}`.toLowerCase()) {
    case 'utf8': case 'utf-8': return 'utf8';
    case 'ucs2': case 'ucs-2': case 'utf16le': case 'utf-16le': return 'utf16le';
    case 'latin1': case 'binary': return 'latin1';
    case 'ascii': return 'ascii';
    case 'base64': return 'base64';
    case 'base64url': return 'base64url';
    case 'hex': return 'hex';
    default: return undefined;
  }
}

function digestNotSupported() {
  return new Error('Digest method not supported');
}

// opensslError is the error node rethrows from an OpenSSL failure.
function opensslError(message, library, reason, code) {
  const err = new Error(message);
  if (library !== undefined) {
    err.library = library;
    err.reason = reason;
    err.code = code;
  }
  return err;
}

function notXOFError() {
  return opensslError('error:030000B2:digital envelope routines::not XOF or invalid length',
    'digital envelope routines', 'not XOF or invalid length', 'ERR_OSSL_EVP_NOT_XOF_OR_INVALID_LENGTH');
}

// ---- LazyTransform: the stream side of Hash and Hmac, set up on first use ----

function LazyTransform(options) {
  this._options = options;
}
Object.setPrototypeOf(LazyTransform.prototype, stream.Transform.prototype);
Object.setPrototypeOf(LazyTransform, stream.Transform);

function lazyState(name) {
  return {
    configurable: true,
    enumerable: true,
    get() {
      stream.Transform.call(this, this._options);
      this._writableState.decodeStrings = false;
      return this[name];
    },
    set(value) {
      Object.defineProperty(this, name, {
        __proto__: null, value, enumerable: true, configurable: true, writable: true,
      });
    },
  };
}
Object.defineProperties(LazyTransform.prototype, {
  _readableState: lazyState('_readableState'),
  _writableState: lazyState('_writableState'),
  _transformState: lazyState('_transformState'),
});

// ---- Hash and Hmac ----

const kHandle = Symbol('kHandle');
const kFinalized = Symbol('kFinalized');

function outputLengthOf(options) {
  const len = options !== null && typeof options === 'object' ? options.outputLength : undefined;
  if (len !== undefined) validateInteger(len, 'options.outputLength', 0, kMaxUint32);
  return len;
}

function Hash(algorithm, options) {
  if (!new.target) return new Hash(algorithm, options);
  const len = outputLengthOf(options);
  let handle;
  if (algorithm instanceof Hash) {
    handle = binding.hashCopy(algorithm[kHandle], len);
  } else {
    validateString(algorithm, 'algorithm');
    handle = binding.hashCreate(algorithm, len);
    if (handle === kUnknownDigest) throw digestNotSupported();
  }
  if (handle === kNotXOF) throw notXOFError();
  this[kHandle] = handle;
  this[kFinalized] = false;
  LazyTransform.call(this, options);
}
Object.setPrototypeOf(Hash.prototype, LazyTransform.prototype);
Object.setPrototypeOf(Hash, LazyTransform);

Hash.prototype.copy = function copy(options) {
  if (this[kFinalized]) throw new ERR_CRYPTO_HASH_FINALIZED();
  return new Hash(this, options);
};

function update(data, encoding) {
  if (this[kFinalized]) throw new ERR_CRYPTO_HASH_FINALIZED();
  if (typeof data === 'string') {
    if (normalizeEncoding(encoding) === 'hex' && data.length % 2 !== 0) {
      throw new ERR_INVALID_ARG_VALUE('encoding', encoding, `is invalid for data of length ${data.length}`);
    }
    binding.hashUpdate(this[kHandle], data, encoding);
  } else if (ArrayBuffer.isView(data)) {
    binding.hashUpdate(this[kHandle], bytes(data));
  } else {
    throw new ERR_INVALID_ARG_TYPE('data', ['string', 'Buffer', 'TypedArray', 'DataView'], data);
  }
  return this;
}
Hash.prototype.update = update;

Hash.prototype.digest = function digest(outputEncoding) {
  if (this[kFinalized]) throw new ERR_CRYPTO_HASH_FINALIZED();
  // A truthy non-string encoding is converted, as node does.
  const ret = binding.hashDigest(this[kHandle], outputEncoding ? `${outputEncoding}` : undefined);
  this[kFinalized] = true;
  return ret;
};

function transform(chunk, encoding, callback) {
  if (typeof chunk === 'string') binding.hashUpdate(this[kHandle], chunk, encoding);
  else if (ArrayBuffer.isView(chunk)) binding.hashUpdate(this[kHandle], bytes(chunk));
  else return callback(new ERR_CRYPTO_HASH_UPDATE_FAILED());
  callback();
}
Hash.prototype._transform = transform;

Hash.prototype._flush = function _flush(callback) {
  this.push(binding.hashDigest(this[kHandle]));
  callback();
};

// secretKey converts an Hmac key: a string (in options.encoding), an
// ArrayBuffer or a view.
function secretKey(key, options) {
  let encoding;
  if (options !== null && typeof options === 'object' && options.encoding !== undefined) {
    encoding = options.encoding;
    if (typeof encoding !== 'string') throw new ERR_INVALID_ARG_TYPE('options.encoding', 'string', encoding);
    if (normalizeEncoding(encoding) === undefined && encoding !== 'buffer') throw new ERR_UNKNOWN_ENCODING(encoding);
  }
  if (typeof key === 'string') return bytes(Buffer.from(key, normalizeEncoding(encoding) || 'utf8'));
  if (isAnyArrayBuffer(key) || ArrayBuffer.isView(key)) return bytes(key);
  if (key instanceof KeyObject) {
    if (key.type !== 'secret') throw new ERR_CRYPTO_INVALID_KEY_OBJECT_TYPE(key.type, 'secret');
    return key[kKeyBytes];
  }
  throw new ERR_INVALID_ARG_TYPE('key',
    ['string', 'ArrayBuffer', 'Buffer', 'TypedArray', 'DataView', 'KeyObject', 'CryptoKey'], key);
}

// Keys: secret keys only (gonode has no asymmetric cryptography). A
// KeyObject's handle is a SecretKeyHandle, which only this module makes.
const kKeyType = Symbol('kKeyType');
const kKeyBytes = Symbol('kKeyBytes');
const ERR_CRYPTO_INVALID_KEY_OBJECT_TYPE = makeNodeError(TypeError, 'ERR_CRYPTO_INVALID_KEY_OBJECT_TYPE',
  (actual, expected) => `Invalid key object type ${actual}, expected ${expected}.`);

class SecretKeyHandle {
  constructor(keyBytes) {
    this.bytes = keyBytes;
  }
}

class KeyObject {
  constructor(type, handle) {
    if (type !== 'secret' && type !== 'public' && type !== 'private') throw new ERR_INVALID_ARG_VALUE('type', type);
    if (!(handle instanceof SecretKeyHandle)) throw new ERR_INVALID_ARG_TYPE('handle', 'object', handle);
    this[kKeyType] = type;
    this[kKeyBytes] = handle.bytes;
  }

  // from makes a KeyObject of a web CryptoKey, which gonode has none of.
  static from(key) {
    throw new ERR_INVALID_ARG_TYPE('key', 'CryptoKey', key);
  }

  get type() {
    return this[kKeyType];
  }

  equals(otherKeyObject) {
    if (!(otherKeyObject instanceof KeyObject)) {
      throw new ERR_INVALID_ARG_TYPE('otherKeyObject', 'KeyObject', otherKeyObject);
    }
    return otherKeyObject.type === this.type && Buffer.compare(this[kKeyBytes], otherKeyObject[kKeyBytes]) === 0;
  }
}

class SecretKeyObject extends KeyObject {
  constructor(handle) {
    super('secret', handle);
  }

  get symmetricKeySize() {
    return this[kKeyBytes].length;
  }

  export(options) {
    if (options !== undefined) {
      if (options === null || typeof options !== 'object') throw new ERR_INVALID_ARG_TYPE('options', 'object', options);
      const { format } = options;
      if (format === 'jwk') return { kty: 'oct', k: Buffer.from(this[kKeyBytes]).toString('base64url') };
      if (format !== undefined && format !== 'buffer') {
        throw new ERR_INVALID_ARG_VALUE('options.format', format, "must be one of: undefined, 'buffer', 'jwk'");
      }
    }
    return Buffer.from(this[kKeyBytes]);
  }
}

// createPrivateKey and createPublicKey read asymmetric keys, which gonode
// does not support: after node's argument check they throw
// ERR_GONODE_NO_ASYMMETRIC_KEYS. (Libraries such as jsonwebtoken try them
// first and fall back to createSecretKey.)
const ERR_GONODE_NO_ASYMMETRIC_KEYS = makeNodeError(Error, 'ERR_GONODE_NO_ASYMMETRIC_KEYS',
  (what) => `${what} needs asymmetric keys, which gonode does not support`);

function asymmetricKey(what) {
  return (key) => {
    if (typeof key !== 'string' && !isAnyArrayBuffer(key) && !ArrayBuffer.isView(key) &&
        (key === null || typeof key !== 'object')) {
      throw new ERR_INVALID_ARG_TYPE('key', ['string', 'ArrayBuffer', 'Buffer', 'TypedArray', 'DataView', 'object'], key);
    }
    throw new ERR_GONODE_NO_ASYMMETRIC_KEYS(what);
  };
}
const createPrivateKey = asymmetricKey('crypto.createPrivateKey()');
const createPublicKey = asymmetricKey('crypto.createPublicKey()');

// createSecretKey(key[, encoding]) copies key (binary data, or a string in
// encoding) into a secret KeyObject.
function createSecretKey(key, encoding) {
  let keyBytes;
  if (typeof key === 'string') {
    keyBytes = Buffer.from(key, normalizeEncoding(encoding) || 'utf8');
  } else if (isAnyArrayBuffer(key) || ArrayBuffer.isView(key)) {
    keyBytes = bytes(key);
  } else {
    throw new ERR_INVALID_ARG_TYPE('key', ['ArrayBuffer', 'Buffer', 'TypedArray', 'DataView'], key);
  }
  // A copy: the key does not change with the caller's buffer.
  return new SecretKeyObject(new SecretKeyHandle(new Uint8Array(keyBytes)));
}

function Hmac(hmac, key, options) {
  if (!(this instanceof Hmac)) return new Hmac(hmac, key, options);
  validateString(hmac, 'hmac');
  const handle = binding.hmacCreate(hmac, secretKey(key, options));
  if (handle === kUnknownDigest) throw invalidDigest(hmac);
  if (handle === kNotXOF) throw opensslError('error:00000000:lib(0)::reason(0)');
  this[kHandle] = handle;
  this[kFinalized] = false;
  LazyTransform.call(this, options);
}
Object.setPrototypeOf(Hmac.prototype, LazyTransform.prototype);
Object.setPrototypeOf(Hmac, LazyTransform);

Hmac.prototype.update = update;

Hmac.prototype.digest = function digest(outputEncoding) {
  if (this[kFinalized]) {
    // A second digest gives an empty result (node 20 does not throw).
    const empty = Buffer.alloc(0);
    if (outputEncoding && outputEncoding !== 'buffer') return empty.toString(outputEncoding);
    return empty;
  }
  const ret = binding.hashDigest(this[kHandle], outputEncoding ? `${outputEncoding}` : undefined);
  this[kFinalized] = true;
  return ret;
};

Hmac.prototype._transform = transform;

Hmac.prototype._flush = function _flush(callback) {
  this.push(binding.hashDigest(this[kHandle]));
  this[kFinalized] = true;
  callback();
};

function createHash(algorithm, options) {
  return new Hash(algorithm, options);
}

function createHmac(hmac, key, options) {
  return new Hmac(hmac, key, options);
}

// hash is crypto.hash(algorithm, data[, outputEncoding]), a one-shot digest.
function hash(algorithm, input, outputEncoding = 'hex') {
  validateString(algorithm, 'algorithm');
  if (typeof input !== 'string' && !ArrayBuffer.isView(input)) {
    throw new ERR_INVALID_ARG_TYPE('input', ['Buffer', 'TypedArray', 'DataView', 'string'], input);
  }
  let normalized = outputEncoding;
  if (outputEncoding !== 'hex') {
    validateString(outputEncoding, 'outputEncoding');
    normalized = normalizeEncoding(outputEncoding);
    if (normalized === undefined) {
      if (outputEncoding.toLowerCase() !== 'buffer') throw new ERR_INVALID_ARG_VALUE('outputEncoding', outputEncoding);
      normalized = 'buffer';
    }
  }
  const ret = binding.hashOnce(algorithm, typeof input === 'string' ? input : bytes(input), normalized);
  if (ret === kUnknownDigest || ret === kNotXOF) throw new Error(`Digest method ${algorithm} is not supported`);
  return ret;
}

function getHashes() {
  return binding.getHashes();
}

// ---- pbkdf2 ----

function pbkdf2Check(password, salt, iterations, keylen, digest) {
  validateString(digest, 'digest');
  password = bytesOrString(password, 'password');
  salt = bytesOrString(salt, 'salt');
  validateInteger(iterations, 'iterations', 1, kMaxInt32);
  validateInteger(keylen, 'keylen', 0, kMaxInt32);
  return [password, salt];
}

function pbkdf2Failure(code, digest) {
  if (code === kUnknownDigest) return invalidDigest(digest);
  return new Error('Deriving bits failed');
}

function pbkdf2Sync(password, salt, iterations, keylen, digest) {
  [password, salt] = pbkdf2Check(password, salt, iterations, keylen, digest);
  const key = binding.pbkdf2(password, salt, iterations, keylen, digest);
  if (typeof key === 'number') throw pbkdf2Failure(key, digest);
  return key;
}

function pbkdf2(password, salt, iterations, keylen, digest, callback) {
  if (typeof digest === 'function') {
    callback = digest;
    digest = undefined;
  }
  [password, salt] = pbkdf2Check(password, salt, iterations, keylen, digest);
  validateFunction(callback, 'callback');
  const ret = binding.pbkdf2(password, salt, iterations, keylen, digest, (key) => callback(null, key));
  if (ret === kUnknownDigest) throw pbkdf2Failure(ret, digest);
  if (ret === kNotXOF) {
    const err = pbkdf2Failure(ret, digest);
    process.nextTick(() => callback(err));
  }
}

// ---- scrypt ----

const kScryptDefaults = { N: 16384, r: 8, p: 1, maxmem: 32 << 20 };
const ERR_CRYPTO_SCRYPT_INVALID_PARAMETER = makeNodeError(Error, 'ERR_CRYPTO_SCRYPT_INVALID_PARAMETER',
  () => 'Invalid scrypt parameter');

// scryptCheck checks scrypt's arguments as node does: each parameter under
// its name or its long name (not both), 0 for its default.
function scryptCheck(password, salt, keylen, options) {
  password = bytesOrString(password, 'password');
  salt = bytesOrString(salt, 'salt');
  validateInt32(keylen, 'keylen', 0);
  let { N, r, p, maxmem } = kScryptDefaults;
  if (options && options !== kScryptDefaults) {
    for (const [short, long] of [['N', 'cost'], ['r', 'blockSize'], ['p', 'parallelization']]) {
      let value;
      if (options[short] !== undefined) {
        value = options[short];
        validateUint32(value, short);
      }
      if (options[long] !== undefined) {
        if (value !== undefined) throw new ERR_CRYPTO_SCRYPT_INVALID_PARAMETER();
        value = options[long];
        validateUint32(value, long);
      }
      if (value === undefined || value === 0) continue;
      if (short === 'N') N = value;
      else if (short === 'r') r = value;
      else p = value;
    }
    if (options.maxmem !== undefined) {
      validateInteger(options.maxmem, 'maxmem', 0);
      if (options.maxmem !== 0) maxmem = options.maxmem;
    }
  }
  return [password, salt, keylen, N, r, p, maxmem];
}

// scryptFailure is node's error for parameters OpenSSL refuses (the
// binding's code 1 is its "memory limit exceeded").
function scryptFailure(code) {
  return nativeError(RangeError, 'ERR_CRYPTO_INVALID_SCRYPT_PARAMS', code === 1 ?
    'Invalid scrypt params: error:030000AC:digital envelope routines::memory limit exceeded' : 'Invalid scrypt params');
}

function scryptSync(password, salt, keylen, options = kScryptDefaults) {
  const key = binding.scrypt(...scryptCheck(password, salt, keylen, options));
  if (typeof key === 'number') throw scryptFailure(key);
  return key;
}

function scrypt(password, salt, keylen, options, callback = kScryptDefaults) {
  if (callback === kScryptDefaults) {
    callback = options;
    options = kScryptDefaults;
  }
  const args = scryptCheck(password, salt, keylen, options);
  validateFunction(callback, 'callback');
  const ret = binding.scrypt(...args, (key) => callback(null, key));
  if (typeof ret === 'number') throw scryptFailure(ret);
}

// ---- Cipheriv and Decipheriv (AES: cbc, ecb, ctr, cfb, ofb, gcm) ----

const ERR_CRYPTO_INVALID_STATE = makeNodeError(Error, 'ERR_CRYPTO_INVALID_STATE',
  (op) => `Invalid state for operation ${op}`);
const kDecoder = Symbol('kDecoder');
const kDecoderEncoding = Symbol('kDecoderEncoding');
let StringDecoder;

// The binding's cipher failure codes (modules/crypto/cipher.go).
const kCipherAuthTagLength = 13;

// cipherFailure is node's error for a cipher failure code of the binding.
function cipherFailure(code, tagLength) {
  switch (code) {
    case 10: return nativeError(Error, 'ERR_CRYPTO_UNKNOWN_CIPHER', 'Unknown cipher');
    case 11: return nativeError(RangeError, 'ERR_CRYPTO_INVALID_KEYLEN', 'Invalid key length');
    case 12: return nativeError(TypeError, 'ERR_CRYPTO_INVALID_IV', 'Invalid initialization vector');
    case kCipherAuthTagLength:
      return nativeError(TypeError, 'ERR_CRYPTO_INVALID_AUTH_TAG', `Invalid authentication tag length: ${tagLength}`);
    case 20: return opensslError('error:1C800064:Provider routines::bad decrypt',
      'Provider routines', 'bad decrypt', 'ERR_OSSL_BAD_DECRYPT');
    case 21: return opensslError('error:1C80006B:Provider routines::wrong final block length',
      'Provider routines', 'wrong final block length', 'ERR_OSSL_WRONG_FINAL_BLOCK_LENGTH');
    case 22: return new Error('Unsupported state or unable to authenticate data');
    default: return nativeError(Error, 'ERR_CRYPTO_INVALID_STATE', 'Invalid state');
  }
}

function initCipher(self, cipher, key, iv, options, decrypt) {
  validateString(cipher, 'cipher');
  key = secretKey(key, options);
  if (iv !== null) iv = bytesOrString(iv, 'iv');
  let tagLength = -1;
  if (options !== null && typeof options === 'object' && options.authTagLength !== undefined) {
    tagLength = options.authTagLength;
    if (!Number.isInteger(tagLength) || tagLength < 0 || tagLength > kMaxUint32) {
      throw new ERR_INVALID_ARG_VALUE('options.authTagLength', tagLength);
    }
  }
  const handle = binding.cipherCreate(cipher, key, iv, decrypt, tagLength);
  if (typeof handle === 'number') throw cipherFailure(handle, tagLength);
  self[kHandle] = handle;
  self[kDecoder] = null;
  LazyTransform.call(self, options);
}

function Cipheriv(cipher, key, iv, options) {
  if (!(this instanceof Cipheriv)) return new Cipheriv(cipher, key, iv, options);
  initCipher(this, cipher, key, iv, options, false);
}

function Decipheriv(cipher, key, iv, options) {
  if (!(this instanceof Decipheriv)) return new Decipheriv(cipher, key, iv, options);
  initCipher(this, cipher, key, iv, options, true);
}

// cipherOutput is buf in outputEncoding, through a decoder kept from call
// to call (a character may span two outputs).
function cipherOutput(self, buf, outputEncoding, end) {
  if (!outputEncoding || outputEncoding === 'buffer') return buf;
  StringDecoder ??= require('string_decoder').StringDecoder;
  let decoder = self[kDecoder];
  if (decoder === null) {
    decoder = self[kDecoder] = new StringDecoder(outputEncoding);
    self[kDecoderEncoding] = outputEncoding;
  } else if (outputEncoding !== self[kDecoderEncoding] &&
             decoder.encoding !== new StringDecoder(outputEncoding).encoding) {
    // (Another name of the same encoding, 'UTF-8' after 'utf8', is the same.)
    throw new codes.ERR_INTERNAL_ASSERTION('Cannot change encoding');
  }
  return end ? decoder.end(buf) : decoder.write(buf);
}

const cipherMethods = {
  _transform(chunk, encoding, callback) {
    this.push(this.update(chunk, encoding));
    callback();
  },
  _flush(callback) {
    try {
      this.push(this.final());
    } catch (err) {
      callback(err);
      return;
    }
    callback();
  },
  update(data, inputEncoding, outputEncoding) {
    let input;
    if (typeof data === 'string') {
      if (normalizeEncoding(inputEncoding) === 'hex' && data.length % 2 !== 0) {
        throw new ERR_INVALID_ARG_VALUE('encoding', inputEncoding, `is invalid for data of length ${data.length}`);
      }
      input = bytes(Buffer.from(data, Buffer.isEncoding(inputEncoding) ? inputEncoding : 'utf8'));
    } else if (ArrayBuffer.isView(data)) {
      input = bytes(data);
    } else {
      throw new ERR_INVALID_ARG_TYPE('data', ['string', 'Buffer', 'TypedArray', 'DataView'], data);
    }
    const out = binding.cipherUpdate(this[kHandle], input);
    if (out === null) throw new Error('Trying to add data in unsupported state');
    return cipherOutput(this, out, outputEncoding, false);
  },
  final(outputEncoding) {
    const out = binding.cipherFinal(this[kHandle]);
    if (typeof out === 'number') throw cipherFailure(out);
    return cipherOutput(this, out, outputEncoding, true);
  },
  setAutoPadding(ap) {
    if (!binding.cipherSetAutoPadding(this[kHandle], !!ap)) throw new ERR_CRYPTO_INVALID_STATE('setAutoPadding');
    return this;
  },
  getAuthTag() {
    const tag = binding.cipherGetAuthTag(this[kHandle]);
    if (tag === undefined) throw new ERR_CRYPTO_INVALID_STATE('getAuthTag');
    return tag;
  },
  setAuthTag(tag, encoding) {
    tag = bytesOrString(tag, 'buffer', encoding);
    const ok = binding.cipherSetAuthTag(this[kHandle], tag);
    if (ok === kCipherAuthTagLength) throw cipherFailure(ok, tag.byteLength);
    if (!ok) throw new ERR_CRYPTO_INVALID_STATE('setAuthTag');
    return this;
  },
  setAAD(aad, options) {
    const encoding = options !== null && typeof options === 'object' ? options.encoding : undefined;
    if (!binding.cipherSetAAD(this[kHandle], bytesOrString(aad, 'aadbuf', encoding))) {
      throw new ERR_CRYPTO_INVALID_STATE('setAAD');
    }
    return this;
  },
};

for (const [Class, authTag] of [[Cipheriv, 'getAuthTag'], [Decipheriv, 'setAuthTag']]) {
  Object.setPrototypeOf(Class.prototype, LazyTransform.prototype);
  Object.setPrototypeOf(Class, LazyTransform);
  for (const name of ['_transform', '_flush', 'update', 'final', 'setAutoPadding', authTag, 'setAAD']) {
    Object.defineProperty(Class.prototype, name, {
      __proto__: null,
      value: cipherMethods[name], writable: true, enumerable: true, configurable: true,
    });
  }
}

function createCipheriv(cipher, key, iv, options) {
  return new Cipheriv(cipher, key, iv, options);
}

function createDecipheriv(cipher, key, iv, options) {
  return new Decipheriv(cipher, key, iv, options);
}

function getCiphers() {
  return binding.getCiphers();
}

function getCipherInfo(nameOrNid, options) {
  if (typeof nameOrNid !== 'string' && typeof nameOrNid !== 'number') {
    throw new ERR_INVALID_ARG_TYPE('nameOrNid', ['string', 'number'], nameOrNid);
  }
  if (typeof nameOrNid === 'number') validateInt32(nameOrNid, 'nameOrNid');
  let keyLength;
  let ivLength;
  if (options !== undefined) {
    validateObject(options, 'options');
    ({ keyLength, ivLength } = options);
    if (keyLength !== undefined) validateInt32(keyLength, 'options.keyLength');
    if (ivLength !== undefined) validateInt32(ivLength, 'options.ivLength');
  }
  const info = binding.cipherInfo(typeof nameOrNid === 'number' ? nameOrNid : `${nameOrNid}`);
  if (info === undefined) return undefined;
  const [name, mode, nid, blockSize, ivLen, keyLen] = info;
  if (keyLength !== undefined && keyLength !== keyLen) return undefined;
  if (ivLength !== undefined) {
    if (mode === 'gcm' ? ivLength < 1 : ivLength !== ivLen) return undefined;
  }
  const ret = { mode, name, nid, blockSize };
  if (ivLen !== 0) ret.ivLength = ivLength !== undefined ? ivLength : ivLen;
  ret.keyLength = keyLen;
  return ret;
}

// ---- hkdf ----

const kHkdfKeyTypes = ['string', 'SecretKeyObject', 'ArrayBuffer', 'TypedArray', 'DataView', 'Buffer'];

// byteSource is node's validateByteSource: a string (as UTF-8) or binary
// data.
function byteSource(value, name) {
  if (typeof value === 'string') return bytes(Buffer.from(value));
  if (isAnyArrayBuffer(value) || ArrayBuffer.isView(value)) return bytes(value);
  throw new ERR_INVALID_ARG_TYPE(name, ['string', 'ArrayBuffer', 'TypedArray', 'DataView', 'Buffer'], value);
}

function hkdfCheck(digest, ikm, salt, info, length) {
  validateString(digest, 'digest');
  if (ikm instanceof KeyObject) ikm = ikm[kKeyBytes];
  else if (typeof ikm === 'string') ikm = bytes(Buffer.from(ikm));
  else if (isAnyArrayBuffer(ikm) || ArrayBuffer.isView(ikm)) ikm = bytes(ikm);
  else throw new ERR_INVALID_ARG_TYPE('ikm', kHkdfKeyTypes, ikm);
  salt = byteSource(salt, 'salt');
  info = byteSource(info, 'info');
  validateInteger(length, 'length', 0, 2 ** 32);
  if (info.byteLength > 1024) {
    throw new ERR_OUT_OF_RANGE('info', 'must not contain more than 1024 bytes', info.byteLength);
  }
  return [digest, ikm, salt, info, length];
}

// hkdfFailure is node's error for the binding's failure code: thrown when
// the job is made, but for a digest that cannot derive bits, which is the
// job's own failure (a callback gets it).
function hkdfFailure(code, digest) {
  if (code === kUnknownDigest) return invalidDigest(digest);
  if (code === kNotXOF) return new Error('Deriving bits failed');
  return nativeError(RangeError, 'ERR_CRYPTO_INVALID_KEYLEN', 'Invalid key length');
}

function hkdfSync(digest, ikm, salt, info, length) {
  const bits = binding.hkdf(...hkdfCheck(digest, ikm, salt, info, length));
  if (typeof bits === 'number') throw hkdfFailure(bits, digest);
  return bits;
}

function hkdf(digest, ikm, salt, info, length, callback) {
  const args = hkdfCheck(digest, ikm, salt, info, length);
  validateFunction(callback, 'callback');
  const ret = binding.hkdf(...args, (bits) => callback(null, bits));
  if (ret === kNotXOF) process.nextTick(callback, hkdfFailure(ret, digest));
  else if (typeof ret === 'number') throw hkdfFailure(ret, digest);
}

// ---- random ----

const kMaxPossibleLength = kMaxInt32;

function assertOffset(offset, elementSize, length) {
  validateNumber(offset, 'offset');
  offset *= elementSize;
  const maxLength = Math.min(length, kMaxPossibleLength);
  if (Number.isNaN(offset) || offset > maxLength || offset < 0) {
    throw new ERR_OUT_OF_RANGE('offset', `>= 0 && <= ${maxLength}`, offset);
  }
  return offset >>> 0;
}

function assertSize(size, elementSize, offset, length) {
  validateNumber(size, 'size');
  size *= elementSize;
  if (Number.isNaN(size) || size > kMaxPossibleLength || size < 0) {
    throw new ERR_OUT_OF_RANGE('size', `>= 0 && <= ${kMaxPossibleLength}`, size);
  }
  if (size + offset > length) throw new ERR_OUT_OF_RANGE('size + offset', `<= ${length}`, size + offset);
  return size >>> 0;
}

function randomBytes(size, callback) {
  size = assertSize(size, 1, 0, Infinity);
  if (callback !== undefined) validateFunction(callback, 'callback');
  const buf = Buffer.alloc(size);
  if (callback === undefined) {
    binding.randomFill(buf, 0, size);
    return buf;
  }
  binding.randomFill(buf, 0, size, (err) => (err ? callback(err) : callback(null, buf)));
}

function checkFillTarget(buf) {
  if (!ArrayBuffer.isView(buf) && !isAnyArrayBuffer(buf)) {
    throw new ERR_INVALID_ARG_TYPE('buf', ['ArrayBuffer', 'ArrayBufferView'], buf);
  }
  return buf.BYTES_PER_ELEMENT || 1;
}

function randomFillSync(buf, offset = 0, size) {
  const elementSize = checkFillTarget(buf);
  offset = assertOffset(offset, elementSize, buf.byteLength);
  if (size === undefined) size = buf.byteLength - offset;
  else size = assertSize(size, elementSize, offset, buf.byteLength);
  binding.randomFill(bytes(buf), offset, size);
  return buf;
}

function randomFill(buf, offset, size, callback) {
  const elementSize = checkFillTarget(buf);
  if (typeof offset === 'function') {
    callback = offset;
    offset = 0;
    size = undefined;
  } else if (typeof size === 'function') {
    callback = size;
    size = undefined;
  } else {
    validateFunction(callback, 'callback');
  }
  offset = assertOffset(offset, elementSize, buf.byteLength);
  if (size === undefined) size = buf.byteLength - offset;
  else size = assertSize(size, elementSize, offset, buf.byteLength);
  binding.randomFill(bytes(buf), offset, size, (err) => (err ? callback(err) : callback(null, buf)));
}

const kRandMax = 0xFFFF_FFFF_FFFF;

// randomInt([min, ]max[, callback]) is an integer in [min, max).
function randomInt(min, max, callback) {
  const minNotSpecified = typeof max === 'undefined' || typeof max === 'function';
  if (minNotSpecified) {
    callback = max;
    max = min;
    min = 0;
  }
  const isSync = typeof callback === 'undefined';
  if (!isSync) validateFunction(callback, 'callback');
  if (!Number.isSafeInteger(min)) throw new ERR_INVALID_ARG_TYPE('min', 'a safe integer', min);
  if (!Number.isSafeInteger(max)) throw new ERR_INVALID_ARG_TYPE('max', 'a safe integer', max);
  if (max <= min) throw new ERR_OUT_OF_RANGE('max', `greater than the value of "min" (${min})`, max);
  const range = max - min;
  if (!(range <= kRandMax)) {
    throw new ERR_OUT_OF_RANGE(`max${minNotSpecified ? '' : ' - min'}`, `<= ${kRandMax}`, range);
  }
  if (isSync) return binding.randomInt(range) + min;
  binding.randomInt(range, (err, n) => (err ? callback(err) : callback(undefined, n + min)));
}

function randomUUID(options) {
  if (options !== undefined) validateObject(options, 'options');
  const { disableEntropyCache = false } = { ...options };
  if (typeof disableEntropyCache !== 'boolean') {
    throw new ERR_INVALID_ARG_TYPE('options.disableEntropyCache', 'boolean', disableEntropyCache);
  }
  return binding.randomUUID();
}

function timingSafeEqual(buf1, buf2) {
  for (const [name, buf] of [['buf1', buf1], ['buf2', buf2]]) {
    if (!ArrayBuffer.isView(buf) && !isAnyArrayBuffer(buf)) {
      throw nativeError(TypeError, 'ERR_INVALID_ARG_TYPE',
        `The "${name}" argument must be an instance of ArrayBuffer, Buffer, TypedArray, or DataView.`);
    }
  }
  if (buf1.byteLength !== buf2.byteLength) {
    throw nativeError(RangeError, 'ERR_CRYPTO_TIMING_SAFE_EQUAL_LENGTH', 'Input buffers must have the same byte length');
  }
  return binding.timingSafeEqual(bytes(buf1), bytes(buf2));
}

// ---- webcrypto: getRandomValues and randomUUID only ----

function domException(message, name, code) {
  if (typeof DOMException === 'function') return new DOMException(message, name);
  const err = new Error(message);
  Object.defineProperty(err, 'name', { __proto__: null, value: name, configurable: true, writable: true });
  Object.defineProperty(err, 'code', { __proto__: null, value: code, configurable: true, writable: true });
  return err;
}

const kIntegerArrays = [Int8Array, Uint8Array, Uint8ClampedArray, Int16Array, Uint16Array,
  Int32Array, Uint32Array, BigInt64Array, BigUint64Array];

function isIntegerTypedArray(data) {
  return ArrayBuffer.isView(data) && kIntegerArrays.some((C) => data instanceof C);
}

const kConstructing = Symbol('kConstructing');

class Crypto {
  constructor(token) {
    if (token !== kConstructing) throw new TypeError('Illegal constructor');
  }

  getRandomValues(data) {
    if (!(this instanceof Crypto)) throw new ERR_INVALID_THIS('Crypto');
    if (arguments.length < 1) {
      throw nativeError(TypeError, 'ERR_MISSING_ARGS',
        "Failed to execute 'getRandomValues' on 'Crypto': 1 argument required, but only 0 present.");
    }
    if (!isIntegerTypedArray(data)) {
      throw domException('The data argument must be an integer-type TypedArray', 'TypeMismatchError', 17);
    }
    if (data.byteLength > 65536) {
      throw domException('The requested length exceeds 65,536 bytes', 'QuotaExceededError', 22);
    }
    binding.randomFill(bytes(data), 0, data.byteLength);
    return data;
  }

  randomUUID() {
    if (!(this instanceof Crypto)) throw new ERR_INVALID_THIS('Crypto');
    return binding.randomUUID();
  }
}
Object.defineProperty(Crypto.prototype, Symbol.toStringTag, { __proto__: null, value: 'Crypto', configurable: true });
for (const name of ['getRandomValues', 'randomUUID']) {
  Object.defineProperty(Crypto.prototype, name, { __proto__: null, enumerable: true });
}

const webcrypto = new Crypto(kConstructing);

function getRandomValues(array) {
  return webcrypto.getRandomValues(array);
}

// constants are node's numeric OpenSSL constants (OpenSSL 3), for code that
// passes them along; gonode itself has no TLS, keys or signatures.
const constants = Object.freeze({
  __proto__: null,
  SSL_OP_ALL: 2147485776, SSL_OP_ALLOW_NO_DHE_KEX: 1024, SSL_OP_ALLOW_UNSAFE_LEGACY_RENEGOTIATION: 262144,
  SSL_OP_CIPHER_SERVER_PREFERENCE: 4194304, SSL_OP_CISCO_ANYCONNECT: 32768, SSL_OP_COOKIE_EXCHANGE: 8192,
  SSL_OP_CRYPTOPRO_TLSEXT_BUG: 2147483648, SSL_OP_DONT_INSERT_EMPTY_FRAGMENTS: 2048,
  SSL_OP_LEGACY_SERVER_CONNECT: 4, SSL_OP_NO_COMPRESSION: 131072, SSL_OP_NO_ENCRYPT_THEN_MAC: 524288,
  SSL_OP_NO_QUERY_MTU: 4096, SSL_OP_NO_RENEGOTIATION: 1073741824,
  SSL_OP_NO_SESSION_RESUMPTION_ON_RENEGOTIATION: 65536, SSL_OP_NO_SSLv2: 0, SSL_OP_NO_SSLv3: 33554432,
  SSL_OP_NO_TICKET: 16384, SSL_OP_NO_TLSv1: 67108864, SSL_OP_NO_TLSv1_1: 268435456,
  SSL_OP_NO_TLSv1_2: 134217728, SSL_OP_NO_TLSv1_3: 536870912, SSL_OP_PRIORITIZE_CHACHA: 2097152,
  SSL_OP_TLS_ROLLBACK_BUG: 8388608, ENGINE_METHOD_RSA: 1, ENGINE_METHOD_DSA: 2, ENGINE_METHOD_DH: 4,
  ENGINE_METHOD_RAND: 8, ENGINE_METHOD_EC: 2048, ENGINE_METHOD_CIPHERS: 64, ENGINE_METHOD_DIGESTS: 128,
  ENGINE_METHOD_PKEY_METHS: 512, ENGINE_METHOD_PKEY_ASN1_METHS: 1024, ENGINE_METHOD_ALL: 65535,
  ENGINE_METHOD_NONE: 0, DH_CHECK_P_NOT_SAFE_PRIME: 2, DH_CHECK_P_NOT_PRIME: 1,
  DH_UNABLE_TO_CHECK_GENERATOR: 4, DH_NOT_SUITABLE_GENERATOR: 8, RSA_PKCS1_PADDING: 1, RSA_NO_PADDING: 3,
  RSA_PKCS1_OAEP_PADDING: 4, RSA_X931_PADDING: 5, RSA_PKCS1_PSS_PADDING: 6, RSA_PSS_SALTLEN_DIGEST: -1,
  RSA_PSS_SALTLEN_MAX_SIGN: -2, RSA_PSS_SALTLEN_AUTO: -2, TLS1_VERSION: 769, TLS1_1_VERSION: 770,
  TLS1_2_VERSION: 771, TLS1_3_VERSION: 772, POINT_CONVERSION_COMPRESSED: 2, POINT_CONVERSION_UNCOMPRESSED: 4,
  POINT_CONVERSION_HYBRID: 6,
});

module.exports = {
  Cipheriv,
  Decipheriv,
  createCipheriv,
  createDecipheriv,
  createHash,
  createHmac,
  createPrivateKey,
  createPublicKey,
  createSecretKey,
  getCipherInfo,
  getCiphers,
  getHashes,
  hash,
  hkdf,
  hkdfSync,
  pbkdf2,
  pbkdf2Sync,
  randomBytes,
  randomFill,
  randomFillSync,
  randomInt,
  randomUUID,
  scrypt,
  scryptSync,
  timingSafeEqual,
  getRandomValues,
  Hash,
  Hmac,
  KeyObject,
  webcrypto,
  constants,
};
