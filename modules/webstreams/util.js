'use strict';
// internal/webstreams/util: what the stream classes share. Internal slots
// live in one state object under kState, and kType names the class for the
// brand checks. Errors are node's (internal/errors); the codes it lacks are
// made here with its makeNodeError.

const { codes, makeNodeError } = require('internal/errors');
const binding = require('internal/webstreams/binding');

const kState = Symbol('kState');
const kType = Symbol('kType');
const kInspect = Symbol.for('nodejs.util.inspect.custom');

const { ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE } = codes;
// rangeVariant is code's error class as node's ERR_X.RangeError: the same
// message from a RangeError.
function rangeVariant(Ctor, code) {
  return makeNodeError(RangeError, code, (...args) => new Ctor(...args).message);
}
const ERR_INVALID_STATE = makeNodeError(TypeError, 'ERR_INVALID_STATE', (msg) => `Invalid state: ${msg}`);
const errors = {
  ...codes,
  ERR_INVALID_STATE,
  ERR_INVALID_STATE_RANGE: rangeVariant(ERR_INVALID_STATE, 'ERR_INVALID_STATE'),
  ERR_INVALID_ARG_VALUE_RANGE: rangeVariant(ERR_INVALID_ARG_VALUE, 'ERR_INVALID_ARG_VALUE'),
  ERR_ILLEGAL_CONSTRUCTOR: makeNodeError(TypeError, 'ERR_ILLEGAL_CONSTRUCTOR', () => 'Illegal constructor'),
  ERR_MISSING_OPTION: makeNodeError(TypeError, 'ERR_MISSING_OPTION', (name) => `${name} is required`),
};

// validateObject accepts objects, arrays and functions, and null when
// nullable, as node's validateObject with kValidateObjectAllowObjects(AndNull).
function validateObject(value, name, nullable) {
  if (value === null ? !nullable : typeof value !== 'object' && typeof value !== 'function') {
    throw new ERR_INVALID_ARG_TYPE(name, 'Object', value);
  }
}

function validateFunction(value, name) {
  if (typeof value !== 'function') throw new ERR_INVALID_ARG_TYPE(name, 'Function', value);
}

function validateAbortSignal(signal, name) {
  if (signal === null || typeof signal !== 'object' || !('aborted' in signal)) {
    throw new ERR_INVALID_ARG_TYPE(name, 'AbortSignal', signal);
  }
}

function isBrandCheck(brand) {
  return (value) => value != null && value[kState] !== undefined && value[kType] === brand;
}

function extractHighWaterMark(value, defaultHWM) {
  if (value === undefined) return defaultHWM;
  value = +value;
  if (Number.isNaN(value) || value < 0) {
    throw new errors.ERR_INVALID_ARG_VALUE_RANGE('strategy.highWaterMark', value);
  }
  return value;
}

function extractSizeAlgorithm(size) {
  if (size === undefined) return () => 1;
  validateFunction(size, 'strategy.size');
  return size;
}

// The queue-with-sizes operations over controller[kState].queue.
function dequeueValue(controller) {
  const state = controller[kState];
  const { value, size } = state.queue.shift();
  state.queueTotalSize = Math.max(0, state.queueTotalSize - size);
  return value;
}

function enqueueValueWithSize(controller, value, size) {
  size = +size;
  if (Number.isNaN(size) || size < 0 || size === Infinity) {
    throw new errors.ERR_INVALID_ARG_VALUE_RANGE('size', size);
  }
  controller[kState].queue.push({ value, size });
  controller[kState].queueTotalSize += size;
}

function peekQueueValue(controller) {
  return controller[kState].queue[0].value;
}

function resetQueue(controller) {
  controller[kState].queue = [];
  controller[kState].queueTotalSize = 0;
}

// deferred is a promise with its resolving functions, and whether they
// have been called yet (pending).
function deferred() {
  const d = { promise: undefined, resolve: undefined, reject: undefined, pending: true };
  d.promise = new Promise((resolve, reject) => {
    d.resolve = (value) => {
      d.pending = false;
      resolve(value);
    };
    d.reject = (error) => {
      d.pending = false;
      reject(error);
    };
  });
  return d;
}

// settled is a settled promise in the shape of deferred(): resolving it
// does nothing.
function settled(promise) {
  return { promise, resolve() {}, reject() {}, pending: false };
}

function setPromiseHandled(promise) {
  promise.then(() => {}, () => {});
}

// invokePromiseCallback calls fn as WebIDL invokes a callback returning a
// promise: what it throws or returns settles a new promise.
async function invokePromiseCallback(fn, thisArg, ...args) {
  return Reflect.apply(fn, thisArg, args);
}

// createPromiseCallback is the algorithm calling the underlying source's,
// sink's or transformer's method fn (checked to be a function).
function createPromiseCallback(name, fn, thisArg) {
  validateFunction(fn, name);
  return (...args) => invokePromiseCallback(fn, thisArg, ...args);
}

async function nonOp() {}
function nonOpStart() {}

function isArrayBufferView(value) {
  return ArrayBuffer.isView(value);
}

function isDataView(value) {
  return value instanceof DataView;
}

// cloneAsUint8Array copies a view's bytes into a new Uint8Array.
function cloneAsUint8Array(view) {
  return new Uint8Array(view.buffer.slice(view.byteOffset, view.byteOffset + view.byteLength));
}

function copyArrayBuffer(dest, destOffset, src, srcOffset, length) {
  new Uint8Array(dest, destOffset, length).set(new Uint8Array(src, srcOffset, length));
}

function transferArrayBuffer(buffer) {
  return binding.transfer(buffer);
}

const isDetached = binding.isDetached;

let inspect;
// customInspect renders a stream object as "Name { ...data }" for
// util.inspect.
function customInspect(depth, options, name, data) {
  if (depth < 0) return this;
  inspect ??= require('util').inspect;
  const opts = { ...options, depth: options.depth == null ? null : options.depth - 1 };
  return `${name} ${inspect(data, opts)}`;
}

// defineClass makes the prototype members named enumerable, as WebIDL
// does, and sets the class's toStringTag.
function defineClass(Class, names) {
  const proto = Class.prototype;
  for (const name of names) {
    Object.defineProperty(proto, name, { __proto__: null, enumerable: true });
  }
  Object.defineProperty(proto, Symbol.toStringTag, { __proto__: null, value: Class.name, configurable: true });
}

// AsyncIteratorPrototype stands for %AsyncIteratorPrototype%, which goja
// lacks: the stream's iterators inherit its [Symbol.asyncIterator].
const AsyncIteratorPrototype = {
  [Symbol.asyncIterator]() { return this; },
};

module.exports = {
  kState,
  kType,
  kInspect,
  errors,
  validateObject,
  validateFunction,
  validateAbortSignal,
  isBrandCheck,
  extractHighWaterMark,
  extractSizeAlgorithm,
  dequeueValue,
  enqueueValueWithSize,
  peekQueueValue,
  resetQueue,
  deferred,
  settled,
  setPromiseHandled,
  createPromiseCallback,
  nonOp,
  nonOpStart,
  isArrayBufferView,
  isDataView,
  cloneAsUint8Array,
  copyArrayBuffer,
  transferArrayBuffer,
  isDetached,
  customInspect,
  defineClass,
  AsyncIteratorPrototype,
};
