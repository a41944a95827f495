// DOMException: a global whose instances are Errors with name, message and
// code read from prototype getters, and the legacy code constants.
'use strict';
const util = require('util');

console.log(typeof DOMException, DOMException.name, DOMException.length);
console.log(Object.getPrototypeOf(DOMException) === Function.prototype);
console.log(Object.getPrototypeOf(DOMException.prototype) === Error.prototype);
console.log(Object.getOwnPropertyNames(DOMException.prototype).join());
console.log(Object.keys(DOMException).join());
console.log(DOMException.ABORT_ERR, DOMException.INVALID_STATE_ERR, DOMException.TIMEOUT_ERR,
  DOMException.DATA_CLONE_ERR, DOMException.prototype.NOT_FOUND_ERR);

const d = new DOMException('gone', 'NotFoundError');
console.log(d instanceof Error, d instanceof DOMException, d.name, d.message, d.code);
console.log(Object.keys(d), JSON.stringify(d), Object.getOwnPropertyNames(d));
console.log(String(d), Object.prototype.toString.call(d), d.ABORT_ERR);
console.log(d.stack.split('\n')[0]);
console.log(util.inspect(d).split('\n')[0]);

const plain = new DOMException();
console.log(JSON.stringify(plain.name), JSON.stringify(plain.message), plain.code);
console.log(util.inspect(plain).split('\n')[0]);

for (const name of ['IndexSizeError', 'SyntaxError', 'ValidationError', 'DOMStringSizeError',
  'AbortError', 'TimeoutError', 'DataCloneError', 'NoSuchError', 'QuotaExceededError']) {
  console.log(name, new DOMException('m', name).code);
}

const withCause = new DOMException('m2', { name: 'DataCloneError', cause: 42 });
console.log(withCause.name, withCause.code, withCause.cause,
  Object.getOwnPropertyDescriptor(withCause, 'cause').enumerable);
console.log(new DOMException('m3', {}).name, new DOMException(5, 7).name, new DOMException(5).message);

for (const key of ['name', 'message', 'code']) {
  const desc = Object.getOwnPropertyDescriptor(DOMException.prototype, key);
  try {
    desc.get.call({});
  } catch (err) {
    console.log(key, desc.enumerable, err.name, err.code, err.message, String(err));
  }
}
const abortDesc = Object.getOwnPropertyDescriptor(DOMException, 'ABORT_ERR');
console.log(abortDesc.writable, abortDesc.enumerable, abortDesc.configurable);
const tag = Object.getOwnPropertyDescriptor(DOMException.prototype, Symbol.toStringTag);
console.log(tag.value, tag.writable, tag.enumerable, tag.configurable);

try {
  throw new DOMException('thrown', 'InvalidStateError');
} catch (err) {
  console.log(err.name, err.code, err.message, err.stack.split('\n')[0]);
}
console.log(Object.getOwnPropertyDescriptor(globalThis, 'DOMException').enumerable);
