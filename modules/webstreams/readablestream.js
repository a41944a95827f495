'use strict';
// internal/webstreams/readablestream: ReadableStream, its readers and
// controllers (default and byte), the BYOB request, and the spec's abstract
// operations on them (streams.spec.whatwg.org, "Readable streams"),
// including tee, pipeTo and ReadableStream.from.

const {
  kState, kType, kInspect, errors, validateObject, validateAbortSignal, isBrandCheck,
  extractHighWaterMark, extractSizeAlgorithm, dequeueValue, enqueueValueWithSize, resetQueue,
  deferred, settled, setPromiseHandled, createPromiseCallback, nonOp, nonOpStart, isArrayBufferView,
  isDataView, cloneAsUint8Array, copyArrayBuffer, transferArrayBuffer, isDetached, customInspect,
  defineClass, AsyncIteratorPrototype,
} = require('internal/webstreams/util');
const {
  WritableStreamDefaultWriter, isWritableStream, isWritableStreamLocked, writableStreamAbort,
  writableStreamCloseQueuedOrInFlight, writableStreamDefaultWriterCloseWithErrorPropagation,
  writableStreamDefaultWriterRelease, writableStreamDefaultWriterWrite,
} = require('internal/webstreams/writablestream');

const {
  ERR_ARG_NOT_ITERABLE, ERR_ILLEGAL_CONSTRUCTOR, ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE,
  ERR_INVALID_ARG_VALUE_RANGE, ERR_INVALID_STATE, ERR_INVALID_STATE_RANGE, ERR_INVALID_THIS,
  ERR_OUT_OF_RANGE,
} = errors;

const kSkipThrow = Symbol('kSkipThrow');
// A read request (and a read-into request) is an object with these three
// steps, as the spec's.
const kChunk = Symbol('kChunk');
const kClose = Symbol('kClose');
const kError = Symbol('kError');
// The controllers' internal methods: [[CancelSteps]], [[PullSteps]],
// [[ReleaseSteps]].
const kCancel = Symbol('kCancel');
const kPull = Symbol('kPull');
const kRelease = Symbol('kRelease');

const isReadableStream = isBrandCheck('ReadableStream');
const isReadableStreamDefaultReader = isBrandCheck('ReadableStreamDefaultReader');
const isReadableStreamBYOBReader = isBrandCheck('ReadableStreamBYOBReader');
const isReadableStreamDefaultController = isBrandCheck('ReadableStreamDefaultController');
const isReadableByteStreamController = isBrandCheck('ReadableByteStreamController');
const isReadableStreamBYOBRequest = isBrandCheck('ReadableStreamBYOBRequest');

const viewTypes = ['Buffer', 'TypedArray', 'DataView'];

let releasedError;
let releasingError;

class ReadableStream {
  constructor(source = {}, strategy = {}) {
    validateObject(source, 'source', false);
    validateObject(strategy, 'strategy', true);
    this[kType] = 'ReadableStream';
    this[kState] = newReadableState();
    // The strategy is read before the source, as the spec orders it.
    const size = strategy?.size;
    const highWaterMark = strategy?.highWaterMark;
    const type = source.type;
    if (`${type}` === 'bytes') {
      if (size !== undefined) throw new ERR_INVALID_ARG_VALUE_RANGE('strategy.size', size);
      setupByteControllerFromSource(this, source, extractHighWaterMark(highWaterMark, 0));
    } else {
      if (type !== undefined) throw new ERR_INVALID_ARG_VALUE('source.type', type);
      setupDefaultControllerFromSource(
        this, source, extractHighWaterMark(highWaterMark, 1), extractSizeAlgorithm(size));
    }
  }

  get locked() {
    if (!isReadableStream(this)) throw new ERR_INVALID_THIS('ReadableStream');
    return isReadableStreamLocked(this);
  }

  static from(iterable) {
    return readableStreamFromIterable(iterable);
  }

  cancel(reason = undefined) {
    if (!isReadableStream(this)) return Promise.reject(new ERR_INVALID_THIS('ReadableStream'));
    if (isReadableStreamLocked(this)) return Promise.reject(new ERR_INVALID_STATE('ReadableStream is locked'));
    return readableStreamCancel(this, reason);
  }

  getReader(options = {}) {
    if (!isReadableStream(this)) throw new ERR_INVALID_THIS('ReadableStream');
    validateObject(options, 'options', true);
    const mode = options?.mode;
    if (mode === undefined) return new ReadableStreamDefaultReader(this);
    if (`${mode}` !== 'byob') throw new ERR_INVALID_ARG_VALUE('options.mode', mode);
    return new ReadableStreamBYOBReader(this);
  }

  pipeThrough(transform, options = {}) {
    if (!isReadableStream(this)) throw new ERR_INVALID_THIS('ReadableStream');
    const readable = transform?.readable;
    if (!isReadableStream(readable)) throw new ERR_INVALID_ARG_TYPE('transform.readable', 'ReadableStream', readable);
    const writable = transform?.writable;
    if (!isWritableStream(writable)) throw new ERR_INVALID_ARG_TYPE('transform.writable', 'WritableStream', writable);
    const { preventAbort, preventCancel, preventClose, signal } = pipeOptions(options);
    if (isReadableStreamLocked(this)) throw new ERR_INVALID_STATE('The ReadableStream is locked');
    if (isWritableStreamLocked(writable)) throw new ERR_INVALID_STATE('The WritableStream is locked');
    setPromiseHandled(readableStreamPipeTo(this, writable, preventClose, preventAbort, preventCancel, signal));
    return readable;
  }

  pipeTo(destination, options = {}) {
    try {
      if (!isReadableStream(this)) throw new ERR_INVALID_THIS('ReadableStream');
      if (!isWritableStream(destination)) {
        throw new ERR_INVALID_ARG_TYPE('transform.writable', 'WritableStream', destination);
      }
      const { preventAbort, preventCancel, preventClose, signal } = pipeOptions(options);
      if (isReadableStreamLocked(this)) throw new ERR_INVALID_STATE('The ReadableStream is locked');
      if (isWritableStreamLocked(destination)) throw new ERR_INVALID_STATE('The WritableStream is locked');
      return readableStreamPipeTo(this, destination, preventClose, preventAbort, preventCancel, signal);
    } catch (error) {
      return Promise.reject(error);
    }
  }

  tee() {
    if (!isReadableStream(this)) throw new ERR_INVALID_THIS('ReadableStream');
    return readableStreamTee(this);
  }

  values(options = {}) {
    if (!isReadableStream(this)) throw new ERR_INVALID_THIS('ReadableStream');
    validateObject(options, 'options', true);
    return readableStreamIterator(this, !!options?.preventCancel);
  }

  [kInspect](depth, options) {
    return customInspect(depth, options, 'ReadableStream', {
      locked: this.locked,
      state: this[kState].state,
      supportsBYOB: isReadableByteStreamController(this[kState].controller),
    });
  }
}
defineClass(ReadableStream, ['locked', 'cancel', 'getReader', 'pipeThrough', 'pipeTo', 'tee', 'values']);
Object.defineProperty(ReadableStream.prototype, Symbol.asyncIterator, {
  __proto__: null,
  value: ReadableStream.prototype.values, writable: true, configurable: true,
});
Object.defineProperty(ReadableStream, 'from', { __proto__: null, enumerable: true });

// pipeOptions reads pipeTo's options in the order the spec reads them.
function pipeOptions(options) {
  validateObject(options, 'options', true);
  const preventAbort = options?.preventAbort;
  const preventCancel = options?.preventCancel;
  const preventClose = options?.preventClose;
  const signal = options?.signal;
  if (signal !== undefined) validateAbortSignal(signal, 'options.signal');
  return { preventAbort: !!preventAbort, preventCancel: !!preventCancel, preventClose: !!preventClose, signal };
}

function newReadableState() {
  return { disturbed: false, reader: undefined, state: 'readable', storedError: undefined, controller: undefined };
}

// readableStreamIterator is values(): the async iterator over a reader,
// which serializes next() and return() calls on the promise of the last.
function readableStreamIterator(stream, preventCancel) {
  const reader = new ReadableStreamDefaultReader(stream);
  const state = { done: false, current: undefined };
  let started = false;

  function nextSteps() {
    if (state.done) return Promise.resolve({ done: true, value: undefined });
    if (reader[kState].stream === undefined) {
      return Promise.reject(new ERR_INVALID_STATE('The reader is not bound to a ReadableStream'));
    }
    const promise = deferred();
    readableStreamDefaultReaderRead(reader, {
      [kChunk](value) {
        state.current = undefined;
        promise.resolve({ value, done: false });
      },
      [kClose]() {
        state.current = undefined;
        state.done = true;
        readableStreamReaderGenericRelease(reader);
        promise.resolve({ done: true, value: undefined });
      },
      [kError](error) {
        state.current = undefined;
        state.done = true;
        readableStreamReaderGenericRelease(reader);
        promise.reject(error);
      },
    });
    return promise.promise;
  }

  async function returnSteps(value) {
    if (state.done) return { done: true, value };
    state.done = true;
    if (reader[kState].stream === undefined) {
      throw new ERR_INVALID_STATE('The reader is not bound to a ReadableStream');
    }
    if (!preventCancel) {
      const result = readableStreamReaderGenericCancel(reader, value);
      readableStreamReaderGenericRelease(reader);
      await result;
      return { done: true, value };
    }
    readableStreamReaderGenericRelease(reader);
    return { done: true, value };
  }

  const iterator = Object.create(AsyncIteratorPrototype);
  iterator.next = function next() {
    // The first read waits a microtask, as node's does, so that the
    // controller has started.
    if (!started) {
      state.current = Promise.resolve();
      started = true;
    }
    state.current = state.current !== undefined ? state.current.then(nextSteps, nextSteps) : nextSteps();
    return state.current;
  };
  iterator.return = function(error) {
    return state.current !== undefined ?
      state.current.then(() => returnSteps(error), () => returnSteps(error)) :
      returnSteps(error);
  };
  return iterator;
}

class ReadableStreamBYOBRequest {
  constructor(skip = undefined) {
    if (skip !== kSkipThrow) throw new ERR_ILLEGAL_CONSTRUCTOR();
    this[kType] = 'ReadableStreamBYOBRequest';
  }

  get view() {
    if (!isReadableStreamBYOBRequest(this)) throw new ERR_INVALID_THIS('ReadableStreamBYOBRequest');
    return this[kState].view;
  }

  respond(bytesWritten) {
    if (!isReadableStreamBYOBRequest(this)) throw new ERR_INVALID_THIS('ReadableStreamBYOBRequest');
    const { view, controller } = this[kState];
    if (controller === undefined) throw new ERR_INVALID_STATE('This BYOB request has been invalidated');
    if (isDetached(view.buffer)) throw new ERR_INVALID_STATE('Viewed ArrayBuffer is detached');
    byteControllerRespond(controller, bytesWritten);
  }

  respondWithNewView(view) {
    if (!isReadableStreamBYOBRequest(this)) throw new ERR_INVALID_THIS('ReadableStreamBYOBRequest');
    const { controller } = this[kState];
    if (controller === undefined) throw new ERR_INVALID_STATE('This BYOB request has been invalidated');
    if (!isArrayBufferView(view)) throw new ERR_INVALID_ARG_TYPE('view', viewTypes, view);
    if (isDetached(view.buffer)) throw new ERR_INVALID_STATE('Viewed ArrayBuffer is detached');
    byteControllerRespondWithNewView(controller, view);
  }

  [kInspect](depth, options) {
    return customInspect(depth, options, 'ReadableStreamBYOBRequest', {
      view: this.view,
      controller: this[kState].controller,
    });
  }
}
defineClass(ReadableStreamBYOBRequest, ['view', 'respond', 'respondWithNewView']);

// defaultReadRequest is a read request settling a promise, as read() makes.
function defaultReadRequest(promise) {
  return {
    [kChunk](value) { promise.resolve({ value, done: false }); },
    [kClose](value) { promise.resolve({ value, done: true }); },
    [kError](error) { promise.reject(error); },
  };
}

// ReaderBase holds what the two readers share (closed, cancel,
// releaseLock), which is copied onto their prototypes.
class ReaderBase {
  get closed() {
    if (!this[kIsReader](this)) return Promise.reject(new ERR_INVALID_THIS(this[kReaderName]));
    return this[kState].close.promise;
  }

  cancel(reason = undefined) {
    if (!this[kIsReader](this)) return Promise.reject(new ERR_INVALID_THIS(this[kReaderName]));
    if (this[kState].stream === undefined) {
      return Promise.reject(new ERR_INVALID_STATE('The reader is not attached to a stream'));
    }
    return readableStreamReaderGenericCancel(this, reason);
  }

  releaseLock() {
    if (!this[kIsReader](this)) throw new ERR_INVALID_THIS(this[kReaderName]);
    if (this[kState].stream === undefined) return;
    readableStreamReaderGenericRelease(this);
    releasingError ??= new ERR_INVALID_STATE('Releasing reader');
    const requests = this[kState][this[kRequests]];
    this[kState][this[kRequests]] = [];
    for (const request of requests) request[kError](releasingError);
  }

  [kInspect](depth, options) {
    return customInspect(depth, options, this[kReaderName], {
      stream: this[kState].stream,
      [this[kRequests]]: this[kState][this[kRequests]].length,
      close: this[kState].close.promise,
    });
  }
}
const kIsReader = Symbol('kIsReader');
const kReaderName = Symbol('kReaderName');
const kRequests = Symbol('kRequests');

class ReadableStreamDefaultReader {
  constructor(stream) {
    if (!isReadableStream(stream)) throw new ERR_INVALID_ARG_TYPE('stream', 'ReadableStream', stream);
    this[kType] = 'ReadableStreamDefaultReader';
    this[kState] = { stream: undefined, readRequests: [], close: undefined };
    if (isReadableStreamLocked(stream)) throw new ERR_INVALID_STATE('ReadableStream is locked');
    readableStreamReaderGenericInitialize(this, stream);
  }

  read() {
    if (!isReadableStreamDefaultReader(this)) {
      return Promise.reject(new ERR_INVALID_THIS('ReadableStreamDefaultReader'));
    }
    if (this[kState].stream === undefined) {
      return Promise.reject(new ERR_INVALID_STATE('The reader is not attached to a stream'));
    }
    const promise = deferred();
    readableStreamDefaultReaderRead(this, defaultReadRequest(promise));
    return promise.promise;
  }
}
Object.assign(ReadableStreamDefaultReader.prototype, {
  [kIsReader]: isReadableStreamDefaultReader,
  [kReaderName]: 'ReadableStreamDefaultReader',
  [kRequests]: 'readRequests',
});

class ReadableStreamBYOBReader {
  constructor(stream) {
    if (!isReadableStream(stream)) throw new ERR_INVALID_ARG_TYPE('stream', 'ReadableStream', stream);
    this[kType] = 'ReadableStreamBYOBReader';
    this[kState] = { stream: undefined, readIntoRequests: [], close: undefined };
    if (isReadableStreamLocked(stream)) throw new ERR_INVALID_STATE('ReadableStream is locked');
    if (!isReadableByteStreamController(stream[kState].controller)) {
      throw new ERR_INVALID_ARG_VALUE('stream', stream, 'must be a byte stream');
    }
    readableStreamReaderGenericInitialize(this, stream);
  }

  async read(view, options = {}) {
    if (!isReadableStreamBYOBReader(this)) throw new ERR_INVALID_THIS('ReadableStreamBYOBReader');
    if (!isArrayBufferView(view)) throw new ERR_INVALID_ARG_TYPE('view', viewTypes, view);
    validateObject(options, 'options', true);
    if (view.byteLength === 0 || view.buffer.byteLength === 0) {
      throw new ERR_INVALID_STATE('View or Viewed ArrayBuffer is zero-length or detached');
    }
    const min = options?.min ?? 1;
    if (typeof min !== 'number') throw new ERR_INVALID_ARG_TYPE('options.min', 'number', min);
    if (!Number.isInteger(min)) throw new ERR_INVALID_ARG_VALUE('options.min', min, 'must be an integer');
    if (min <= 0) throw new ERR_INVALID_ARG_VALUE('options.min', min, 'must be greater than 0');
    if (!isDataView(view)) {
      if (min > view.length) throw new ERR_OUT_OF_RANGE('options.min', '<= view.length', min);
    } else if (min > view.byteLength) {
      throw new ERR_OUT_OF_RANGE('options.min', '<= view.byteLength', min);
    }
    if (this[kState].stream === undefined) throw new ERR_INVALID_STATE('The reader is not attached to a stream');
    const promise = deferred();
    readableStreamBYOBReaderRead(this, view, min, defaultReadRequest(promise));
    return promise.promise;
  }
}
Object.assign(ReadableStreamBYOBReader.prototype, {
  [kIsReader]: isReadableStreamBYOBReader,
  [kReaderName]: 'ReadableStreamBYOBReader',
  [kRequests]: 'readIntoRequests',
});
for (const Reader of [ReadableStreamDefaultReader, ReadableStreamBYOBReader]) {
  for (const name of ['closed', 'cancel', 'releaseLock', kInspect]) {
    Object.defineProperty(Reader.prototype, name, {
      __proto__: null, ...Object.getOwnPropertyDescriptor(ReaderBase.prototype, name),
    });
  }
  defineClass(Reader, ['closed', 'read', 'releaseLock', 'cancel']);
}

class ReadableStreamDefaultController {
  constructor(skip = undefined) {
    if (skip !== kSkipThrow) throw new ERR_ILLEGAL_CONSTRUCTOR();
    this[kType] = 'ReadableStreamDefaultController';
    this[kState] = {};
  }

  get desiredSize() {
    return defaultControllerGetDesiredSize(this);
  }

  close() {
    if (!defaultControllerCanCloseOrEnqueue(this)) throw new ERR_INVALID_STATE('Controller is already closed');
    readableStreamDefaultControllerClose(this);
  }

  enqueue(chunk = undefined) {
    if (!defaultControllerCanCloseOrEnqueue(this)) throw new ERR_INVALID_STATE('Controller is already closed');
    readableStreamDefaultControllerEnqueue(this, chunk);
  }

  error(error = undefined) {
    readableStreamDefaultControllerError(this, error);
  }

  [kCancel](reason) {
    resetQueue(this);
    const result = this[kState].cancelAlgorithm(reason);
    defaultControllerClearAlgorithms(this);
    return result;
  }

  [kPull](readRequest) {
    const { stream, queue } = this[kState];
    if (queue.length) {
      const chunk = dequeueValue(this);
      if (this[kState].closeRequested && !queue.length) {
        defaultControllerClearAlgorithms(this);
        readableStreamClose(stream);
      } else {
        defaultControllerCallPullIfNeeded(this);
      }
      readRequest[kChunk](chunk);
      return;
    }
    stream[kState].reader[kState].readRequests.push(readRequest);
    defaultControllerCallPullIfNeeded(this);
  }

  [kRelease]() {}

  [kInspect](depth, options) {
    return customInspect(depth, options, 'ReadableStreamDefaultController', {});
  }
}
defineClass(ReadableStreamDefaultController, ['desiredSize', 'close', 'enqueue', 'error']);

class ReadableByteStreamController {
  constructor(skip = undefined) {
    if (skip !== kSkipThrow) throw new ERR_ILLEGAL_CONSTRUCTOR();
    this[kType] = 'ReadableByteStreamController';
    this[kState] = {};
  }

  get byobRequest() {
    if (!isReadableByteStreamController(this)) throw new ERR_INVALID_THIS('ReadableByteStreamController');
    const state = this[kState];
    if (state.byobRequest === null && state.pendingPullIntos.length) {
      const { buffer, byteOffset, bytesFilled, byteLength } = state.pendingPullIntos[0];
      const request = new ReadableStreamBYOBRequest(kSkipThrow);
      request[kState] = {
        controller: this,
        view: new Uint8Array(buffer, byteOffset + bytesFilled, byteLength - bytesFilled),
      };
      state.byobRequest = request;
    }
    return state.byobRequest;
  }

  get desiredSize() {
    if (!isReadableByteStreamController(this)) throw new ERR_INVALID_THIS('ReadableByteStreamController');
    return byteControllerGetDesiredSize(this);
  }

  close() {
    if (!isReadableByteStreamController(this)) throw new ERR_INVALID_THIS('ReadableByteStreamController');
    if (this[kState].closeRequested) throw new ERR_INVALID_STATE('Controller is already closed');
    if (this[kState].stream[kState].state !== 'readable') {
      throw new ERR_INVALID_STATE('ReadableStream is already closed');
    }
    byteControllerClose(this);
  }

  enqueue(chunk) {
    if (!isReadableByteStreamController(this)) throw new ERR_INVALID_THIS('ReadableByteStreamController');
    if (!isArrayBufferView(chunk)) throw new ERR_INVALID_ARG_TYPE('buffer', viewTypes, chunk);
    if (chunk.byteLength === 0 || chunk.buffer.byteLength === 0) {
      throw new ERR_INVALID_STATE('chunk ArrayBuffer is zero-length or detached');
    }
    if (this[kState].closeRequested) throw new ERR_INVALID_STATE('Controller is already closed');
    if (this[kState].stream[kState].state !== 'readable') {
      throw new ERR_INVALID_STATE('ReadableStream is already closed');
    }
    byteControllerEnqueue(this, chunk);
  }

  error(error = undefined) {
    if (!isReadableByteStreamController(this)) throw new ERR_INVALID_THIS('ReadableByteStreamController');
    byteControllerError(this, error);
  }

  [kCancel](reason) {
    byteControllerClearPendingPullIntos(this);
    resetQueue(this);
    const result = this[kState].cancelAlgorithm(reason);
    byteControllerClearAlgorithms(this);
    return result;
  }

  [kPull](readRequest) {
    const state = this[kState];
    const { stream } = state;
    if (state.queueTotalSize) {
      byteControllerFillReadRequestFromQueue(this, readRequest);
      return;
    }
    const size = state.autoAllocateChunkSize;
    if (size !== undefined) {
      let buffer;
      try {
        buffer = new ArrayBuffer(size);
      } catch (error) {
        readRequest[kError](error);
        return;
      }
      state.pendingPullIntos.push({
        buffer, bufferByteLength: size, byteOffset: 0, byteLength: size, bytesFilled: 0,
        minimumFill: 1, elementSize: 1, ctor: Uint8Array, type: 'default',
      });
    }
    stream[kState].reader[kState].readRequests.push(readRequest);
    byteControllerCallPullIfNeeded(this);
  }

  [kRelease]() {
    const { pendingPullIntos } = this[kState];
    if (pendingPullIntos.length > 0) {
      const first = pendingPullIntos[0];
      first.type = 'none';
      this[kState].pendingPullIntos = [first];
    }
  }

  [kInspect](depth, options) {
    return customInspect(depth, options, 'ReadableByteStreamController', {});
  }
}
defineClass(ReadableByteStreamController, ['byobRequest', 'desiredSize', 'close', 'enqueue', 'error']);

// ---- The stream's abstract operations.

function isReadableStreamLocked(stream) {
  return stream[kState].reader !== undefined;
}

function readerKind(stream) {
  const { reader } = stream[kState];
  return reader === undefined ? undefined : reader[kType];
}

function readableStreamCancel(stream, reason) {
  stream[kState].disturbed = true;
  switch (stream[kState].state) {
    case 'closed':
      return Promise.resolve();
    case 'errored':
      return Promise.reject(stream[kState].storedError);
  }
  readableStreamClose(stream);
  const { reader } = stream[kState];
  if (reader !== undefined && reader[kType] === 'ReadableStreamBYOBReader') {
    const requests = reader[kState].readIntoRequests;
    reader[kState].readIntoRequests = [];
    for (const request of requests) request[kClose]();
  }
  return stream[kState].controller[kCancel](reason).then(() => {});
}

function readableStreamClose(stream) {
  stream[kState].state = 'closed';
  const { reader } = stream[kState];
  if (reader === undefined) return;
  reader[kState].close.resolve();
  if (reader[kType] === 'ReadableStreamDefaultReader') {
    const requests = reader[kState].readRequests;
    reader[kState].readRequests = [];
    for (const request of requests) request[kClose]();
  }
}

function readableStreamError(stream, error) {
  stream[kState].state = 'errored';
  stream[kState].storedError = error;
  const { reader } = stream[kState];
  if (reader === undefined) return;
  setPromiseHandled(reader[kState].close.promise);
  reader[kState].close.reject(error);
  const key = reader[kRequests];
  const requests = reader[kState][key];
  reader[kState][key] = [];
  for (const request of requests) request[kError](error);
}

function numReadRequests(stream) {
  return stream[kState].reader[kState].readRequests.length;
}

function numReadIntoRequests(stream) {
  return stream[kState].reader[kState].readIntoRequests.length;
}

function readableStreamFulfillReadRequest(stream, chunk, done) {
  const request = stream[kState].reader[kState].readRequests.shift();
  if (done) request[kClose]();
  else request[kChunk](chunk);
}

function readableStreamFulfillReadIntoRequest(stream, chunk, done) {
  const request = stream[kState].reader[kState].readIntoRequests.shift();
  if (done) request[kClose](chunk);
  else request[kChunk](chunk);
}

function readableStreamReaderGenericCancel(reader, reason) {
  return readableStreamCancel(reader[kState].stream, reason);
}

function readableStreamReaderGenericInitialize(reader, stream) {
  reader[kState].stream = stream;
  stream[kState].reader = reader;
  switch (stream[kState].state) {
    case 'readable':
      reader[kState].close = deferred();
      break;
    case 'closed':
      reader[kState].close = settled(Promise.resolve());
      break;
    default:
      reader[kState].close = settled(Promise.reject(stream[kState].storedError));
      setPromiseHandled(reader[kState].close.promise);
  }
}

function readableStreamReaderGenericRelease(reader) {
  const { stream } = reader[kState];
  releasedError ??= new ERR_INVALID_STATE('Reader released');
  if (stream[kState].state === 'readable') reader[kState].close.reject(releasedError);
  else reader[kState].close = settled(Promise.reject(releasedError));
  setPromiseHandled(reader[kState].close.promise);
  stream[kState].controller[kRelease]();
  stream[kState].reader = undefined;
  reader[kState].stream = undefined;
}

function readableStreamDefaultReaderRead(reader, readRequest) {
  const { stream } = reader[kState];
  stream[kState].disturbed = true;
  switch (stream[kState].state) {
    case 'closed':
      readRequest[kClose]();
      break;
    case 'errored':
      readRequest[kError](stream[kState].storedError);
      break;
    default:
      stream[kState].controller[kPull](readRequest);
  }
}

function readableStreamBYOBReaderRead(reader, view, min, readIntoRequest) {
  const { stream } = reader[kState];
  stream[kState].disturbed = true;
  if (stream[kState].state === 'errored') {
    readIntoRequest[kError](stream[kState].storedError);
    return;
  }
  byteControllerPullInto(stream[kState].controller, view, min, readIntoRequest);
}

// ---- ReadableStream.from

// iteratorOf is the async iterator of an async or sync iterable, as the
// spec's GetIterator(obj, async): a sync iterator is wrapped so that its
// values are awaited.
function iteratorOf(iterable) {
  let method = iterable?.[Symbol.asyncIterator];
  let sync = false;
  if (method == null) {
    method = iterable?.[Symbol.iterator];
    sync = true;
  }
  if (method === undefined || method === null) throw new ERR_ARG_NOT_ITERABLE(iterable);
  const iterator = Reflect.apply(method, iterable, []);
  if (typeof iterator !== 'object' || iterator === null) {
    throw new ERR_INVALID_STATE('The iterator method must return an object');
  }
  if (!sync) return iterator;
  return {
    next() {
      const result = iterator.next();
      return Promise.resolve(result.value).then((value) => ({ value, done: !!result.done }));
    },
    return(value) {
      if (typeof iterator.return !== 'function') return Promise.resolve({ value, done: true });
      const result = iterator.return(value);
      return Promise.resolve(result.value).then((v) => ({ value: v, done: true }));
    },
  };
}

function readableStreamFromIterable(iterable) {
  const iterator = iteratorOf(iterable);
  const next = iterator.next;
  let stream;
  async function pullAlgorithm() {
    const result = Reflect.apply(next, iterator, []);
    if (typeof result !== 'object' || result === null) {
      throw new ERR_INVALID_STATE('The iterator.next() method must return an object');
    }
    return Promise.resolve(result).then((iterResult) => {
      if (typeof iterResult !== 'object' || iterResult === null) {
        throw new ERR_INVALID_STATE('The promise returned by the iterator.next() method must fulfill with an object');
      }
      if (iterResult.done) readableStreamDefaultControllerClose(stream[kState].controller);
      else readableStreamDefaultControllerEnqueue(stream[kState].controller, iterResult.value);
    });
  }
  async function cancelAlgorithm(reason) {
    const returnMethod = iterator.return;
    if (returnMethod === undefined) return Promise.resolve();
    const result = Reflect.apply(returnMethod, iterator, [reason]);
    return Promise.resolve(result).then((iterResult) => {
      if (typeof iterResult !== 'object' || iterResult === null) {
        throw new ERR_INVALID_STATE('The promise returned by the iterator.return() method must fulfill with an object');
      }
    });
  }
  stream = createReadableStream(nonOpStart, pullAlgorithm, cancelAlgorithm, 0);
  return stream;
}

// ---- pipeTo

function readableStreamPipeTo(source, dest, preventClose, preventAbort, preventCancel, signal) {
  let reader;
  let writer;
  try {
    reader = new ReadableStreamDefaultReader(source);
    writer = new WritableStreamDefaultWriter(dest);
  } catch (error) {
    return Promise.reject(error);
  }
  source[kState].disturbed = true;
  let shuttingDown = false;
  const promise = deferred();
  let currentWrite = Promise.resolve();
  let removeAbortListener;

  // finalize releases both locks and settles the pipe's promise (rejected
  // even with an undefined error when rejected is set).
  function finalize(rejected, error) {
    writableStreamDefaultWriterRelease(writer);
    readableStreamReaderGenericRelease(reader);
    removeAbortListener?.();
    if (rejected) promise.reject(error);
    else promise.resolve();
  }

  async function waitForCurrentWrite() {
    const write = currentWrite;
    await write;
    if (write !== currentWrite) await waitForCurrentWrite();
  }

  // shutdown, with an action or not: first let the write in flight finish
  // when the destination is still writable.
  function shutdownWithAnAction(action, rejected, originalError) {
    if (shuttingDown) return;
    shuttingDown = true;
    const complete = () => action().then(() => finalize(rejected, originalError), (error) => finalize(true, error));
    if (dest[kState].state === 'writable' && !writableStreamCloseQueuedOrInFlight(dest)) {
      waitForCurrentWrite().then(complete, (error) => finalize(true, error));
      return;
    }
    complete();
  }

  function shutdown(rejected, error) {
    if (shuttingDown) return;
    shuttingDown = true;
    if (dest[kState].state === 'writable' && !writableStreamCloseQueuedOrInFlight(dest)) {
      waitForCurrentWrite().then(() => finalize(rejected, error), (e) => finalize(true, e));
      return;
    }
    finalize(rejected, error);
  }

  function abortAlgorithm() {
    const error = signal.reason;
    const actions = [];
    if (!preventAbort) {
      actions.push(() => (dest[kState].state === 'writable' ? writableStreamAbort(dest, error) : Promise.resolve()));
    }
    if (!preventCancel) {
      actions.push(() => (source[kState].state === 'readable' ? readableStreamCancel(source, error) : Promise.resolve()));
    }
    shutdownWithAnAction(() => Promise.all(actions.map((action) => action())), true, error);
  }

  function watchErrored(stream, closed, action) {
    if (stream[kState].state === 'errored') action(stream[kState].storedError);
    else closed.then(undefined, action);
  }

  function watchClosed(stream, closed, action) {
    if (stream[kState].state === 'closed') action();
    else closed.then(action, () => {});
  }

  async function step() {
    if (shuttingDown) return true;
    await writer[kState].ready.promise;
    const read = deferred();
    readableStreamDefaultReaderRead(reader, {
      [kChunk](chunk) {
        currentWrite = writableStreamDefaultWriterWrite(writer, chunk);
        setPromiseHandled(currentWrite);
        read.resolve(false);
      },
      [kClose]() { read.resolve(true); },
      [kError](error) { read.reject(error); },
    });
    return read.promise;
  }

  async function run() {
    while (!await step());
  }

  if (signal !== undefined) {
    if (signal.aborted) {
      abortAlgorithm();
      return promise.promise;
    }
    signal.addEventListener('abort', abortAlgorithm, { once: true });
    removeAbortListener = () => signal.removeEventListener('abort', abortAlgorithm);
  }

  setPromiseHandled(run());

  watchErrored(source, reader[kState].close.promise, (error) => {
    if (!preventAbort) {
      shutdownWithAnAction(() => writableStreamAbort(dest, error), true, error);
      return;
    }
    shutdown(true, error);
  });

  watchErrored(dest, writer[kState].closed.promise, (error) => {
    if (!preventCancel) {
      shutdownWithAnAction(() => readableStreamCancel(source, error), true, error);
      return;
    }
    shutdown(true, error);
  });

  watchClosed(source, reader[kState].close.promise, () => {
    if (!preventClose) {
      shutdownWithAnAction(() => writableStreamDefaultWriterCloseWithErrorPropagation(writer));
      return;
    }
    shutdown();
  });

  if (writableStreamCloseQueuedOrInFlight(dest) || dest[kState].state === 'closed') {
    const error = new ERR_INVALID_STATE('Destination WritableStream is closed');
    if (!preventCancel) shutdownWithAnAction(() => readableStreamCancel(source, error), true, error);
    else shutdown(true, error);
  }

  return promise.promise;
}

// ---- tee

function readableStreamTee(stream) {
  if (isReadableByteStreamController(stream[kState].controller)) return readableByteStreamTee(stream);
  return readableStreamDefaultTee(stream);
}

// teeCancel is the two branches' cancel algorithms: once both have
// cancelled, the source is cancelled with both reasons.
function teeCancel(stream, cancelPromise) {
  const canceled = [false, false];
  const reasons = [undefined, undefined];
  const algorithm = (i) => (reason) => {
    canceled[i] = true;
    reasons[i] = reason;
    if (canceled[1 - i]) cancelPromise.resolve(readableStreamCancel(stream, reasons.slice()));
    return cancelPromise.promise;
  };
  return { canceled, cancel1: algorithm(0), cancel2: algorithm(1) };
}

function readableStreamDefaultTee(stream) {
  const reader = new ReadableStreamDefaultReader(stream);
  let reading = false;
  let branch1;
  let branch2;
  const cancelPromise = deferred();
  const { canceled, cancel1, cancel2 } = teeCancel(stream, cancelPromise);

  function pullAlgorithm() {
    if (reading) return Promise.resolve();
    reading = true;
    readableStreamDefaultReaderRead(reader, {
      [kChunk](value) {
        queueMicrotask(() => {
          reading = false;
          if (!canceled[0]) readableStreamDefaultControllerEnqueue(branch1[kState].controller, value);
          if (!canceled[1]) readableStreamDefaultControllerEnqueue(branch2[kState].controller, value);
        });
      },
      [kClose]() {
        // node closes the branches on the next tick, which is not the spec's.
        process.nextTick(() => {
          reading = false;
          if (!canceled[0]) readableStreamDefaultControllerClose(branch1[kState].controller);
          if (!canceled[1]) readableStreamDefaultControllerClose(branch2[kState].controller);
          if (!canceled[0] || !canceled[1]) cancelPromise.resolve();
        });
      },
      [kError]() {
        reading = false;
      },
    });
    return Promise.resolve();
  }

  branch1 = createReadableStream(nonOpStart, pullAlgorithm, cancel1);
  branch2 = createReadableStream(nonOpStart, pullAlgorithm, cancel2);

  reader[kState].close.promise.then(undefined, (error) => {
    readableStreamDefaultControllerError(branch1[kState].controller, error);
    readableStreamDefaultControllerError(branch2[kState].controller, error);
    if (!canceled[0] || !canceled[1]) cancelPromise.resolve();
  });
  return [branch1, branch2];
}

function readableByteStreamTee(stream) {
  let reader = new ReadableStreamDefaultReader(stream);
  let reading = false;
  let readAgainForBranch1 = false;
  let readAgainForBranch2 = false;
  let branch1;
  let branch2;
  const cancelPromise = deferred();
  const { canceled, cancel1, cancel2 } = teeCancel(stream, cancelPromise);

  function forwardReaderError(thisReader) {
    thisReader[kState].close.promise.then(undefined, (error) => {
      if (thisReader !== reader) return;
      byteControllerError(branch1[kState].controller, error);
      byteControllerError(branch2[kState].controller, error);
      if (!canceled[0] || !canceled[1]) cancelPromise.resolve();
    });
  }

  // afterChunk ends a read: the next one, if a branch asked meanwhile.
  function afterChunk() {
    reading = false;
    if (readAgainForBranch1) pull1Algorithm();
    else if (readAgainForBranch2) pull2Algorithm();
  }

  // cloneOrError copies chunk for the other branch, or errors both
  // branches and cancels the source when it cannot.
  function cloneOrError(chunk, byobBranch, otherBranch) {
    try {
      return cloneAsUint8Array(chunk);
    } catch (error) {
      byteControllerError(byobBranch[kState].controller, error);
      byteControllerError(otherBranch[kState].controller, error);
      cancelPromise.resolve(readableStreamCancel(stream, error));
      return undefined;
    }
  }

  function pullWithDefaultReader() {
    if (isReadableStreamBYOBReader(reader)) {
      reader.releaseLock();
      reader = new ReadableStreamDefaultReader(stream);
      forwardReaderError(reader);
    }
    readableStreamDefaultReaderRead(reader, {
      [kChunk](chunk) {
        queueMicrotask(() => {
          readAgainForBranch1 = false;
          readAgainForBranch2 = false;
          let chunk2 = chunk;
          if (!canceled[0] && !canceled[1]) {
            chunk2 = cloneOrError(chunk, branch1, branch2);
            if (chunk2 === undefined) return;
          }
          if (!canceled[0]) byteControllerEnqueue(branch1[kState].controller, chunk);
          if (!canceled[1]) byteControllerEnqueue(branch2[kState].controller, chunk2);
          afterChunk();
        });
      },
      [kClose]() {
        reading = false;
        if (!canceled[0]) byteControllerClose(branch1[kState].controller);
        if (!canceled[1]) byteControllerClose(branch2[kState].controller);
        for (const branch of [branch1, branch2]) {
          if (branch[kState].controller[kState].pendingPullIntos.length > 0) {
            byteControllerRespond(branch[kState].controller, 0);
          }
        }
        if (!canceled[0] || !canceled[1]) cancelPromise.resolve();
      },
      [kError]() {
        reading = false;
      },
    });
  }

  function pullWithBYOBReader(view, forBranch2) {
    if (isReadableStreamDefaultReader(reader)) {
      reader.releaseLock();
      reader = new ReadableStreamBYOBReader(stream);
      forwardReaderError(reader);
    }
    const byobBranch = forBranch2 ? branch2 : branch1;
    const otherBranch = forBranch2 ? branch1 : branch2;
    const byobIndex = forBranch2 ? 1 : 0;
    readableStreamBYOBReaderRead(reader, view, 1, {
      [kChunk](chunk) {
        queueMicrotask(() => {
          readAgainForBranch1 = false;
          readAgainForBranch2 = false;
          const byobCanceled = canceled[byobIndex];
          const otherCanceled = canceled[1 - byobIndex];
          if (!otherCanceled) {
            const cloned = cloneOrError(chunk, byobBranch, otherBranch);
            if (cloned === undefined) return;
            if (!byobCanceled) byteControllerRespondWithNewView(byobBranch[kState].controller, chunk);
            byteControllerEnqueue(otherBranch[kState].controller, cloned);
          } else if (!byobCanceled) {
            byteControllerRespondWithNewView(byobBranch[kState].controller, chunk);
          }
          afterChunk();
        });
      },
      [kClose](chunk) {
        reading = false;
        const byobCanceled = canceled[byobIndex];
        const otherCanceled = canceled[1 - byobIndex];
        if (!byobCanceled) byteControllerClose(byobBranch[kState].controller);
        if (!otherCanceled) byteControllerClose(otherBranch[kState].controller);
        if (chunk !== undefined) {
          if (!byobCanceled) byteControllerRespondWithNewView(byobBranch[kState].controller, chunk);
          if (!otherCanceled && otherBranch[kState].controller[kState].pendingPullIntos.length > 0) {
            byteControllerRespond(otherBranch[kState].controller, 0);
          }
        }
        if (!byobCanceled || !otherCanceled) cancelPromise.resolve();
      },
      [kError]() {
        reading = false;
      },
    });
  }

  function pullAlgorithm(branch, forBranch2) {
    if (reading) {
      if (forBranch2) readAgainForBranch2 = true;
      else readAgainForBranch1 = true;
      return Promise.resolve();
    }
    reading = true;
    const byobRequest = branch[kState].controller.byobRequest;
    if (byobRequest === null) pullWithDefaultReader();
    else pullWithBYOBReader(byobRequest[kState].view, forBranch2);
    return Promise.resolve();
  }
  function pull1Algorithm() {
    return pullAlgorithm(branch1, false);
  }
  function pull2Algorithm() {
    return pullAlgorithm(branch2, true);
  }

  branch1 = createReadableByteStream(nonOpStart, pull1Algorithm, cancel1);
  branch2 = createReadableByteStream(nonOpStart, pull2Algorithm, cancel2);
  forwardReaderError(reader);
  return [branch1, branch2];
}

// ---- The default controller's abstract operations.

function setupDefaultController(stream, controller, startAlgorithm, pullAlgorithm, cancelAlgorithm, highWaterMark, sizeAlgorithm) {
  controller[kState] = {
    cancelAlgorithm,
    closeRequested: false,
    highWaterMark,
    pullAgain: false,
    pullAlgorithm,
    pulling: false,
    queue: [],
    queueTotalSize: 0,
    started: false,
    sizeAlgorithm,
    stream,
  };
  stream[kState].controller = controller;
  startController(controller, startAlgorithm(), defaultControllerCallPullIfNeeded, readableStreamDefaultControllerError);
}

// startController waits for the start algorithm's result, then marks the
// controller started and pulls, or errors it.
function startController(controller, startResult, callPullIfNeeded, error) {
  new Promise((resolve) => resolve(startResult)).then(() => {
    controller[kState].started = true;
    callPullIfNeeded(controller);
  }, (e) => error(controller, e));
}

// sourceAlgorithms are the algorithms calling the underlying source's start,
// pull and cancel.
function sourceAlgorithms(source, controller) {
  const { start, pull, cancel } = source;
  return [
    start ? () => Reflect.apply(start, source, [controller]) : nonOpStart,
    pull ? createPromiseCallback('source.pull', pull, source) : nonOp,
    cancel ? createPromiseCallback('source.cancel', cancel, source) : nonOp,
  ];
}

function setupDefaultControllerFromSource(stream, source, highWaterMark, sizeAlgorithm) {
  const controller = new ReadableStreamDefaultController(kSkipThrow);
  setupDefaultController(stream, controller, ...sourceAlgorithms(source, controller), highWaterMark, sizeAlgorithm);
}

function readableStreamDefaultControllerClose(controller) {
  if (!defaultControllerCanCloseOrEnqueue(controller)) return;
  controller[kState].closeRequested = true;
  if (!controller[kState].queue.length) {
    defaultControllerClearAlgorithms(controller);
    readableStreamClose(controller[kState].stream);
  }
}

function readableStreamDefaultControllerEnqueue(controller, chunk) {
  if (!defaultControllerCanCloseOrEnqueue(controller)) return;
  const { stream } = controller[kState];
  if (isReadableStreamLocked(stream) && numReadRequests(stream)) {
    readableStreamFulfillReadRequest(stream, chunk, false);
  } else {
    try {
      enqueueValueWithSize(controller, chunk, controller[kState].sizeAlgorithm(chunk));
    } catch (error) {
      readableStreamDefaultControllerError(controller, error);
      throw error;
    }
  }
  defaultControllerCallPullIfNeeded(controller);
}

function readableStreamDefaultControllerHasBackpressure(controller) {
  return !defaultControllerShouldCallPull(controller);
}

function defaultControllerCanCloseOrEnqueue(controller) {
  return !controller[kState].closeRequested && controller[kState].stream[kState].state === 'readable';
}

function defaultControllerGetDesiredSize(controller) {
  const { stream, highWaterMark, queueTotalSize } = controller[kState];
  switch (stream[kState].state) {
    case 'errored': return null;
    case 'closed': return 0;
  }
  return highWaterMark - queueTotalSize;
}

function defaultControllerShouldCallPull(controller) {
  const { stream, started } = controller[kState];
  if (!defaultControllerCanCloseOrEnqueue(controller) || !started) return false;
  if (readerKind(stream) === 'ReadableStreamDefaultReader' && numReadRequests(stream)) return true;
  return defaultControllerGetDesiredSize(controller) > 0;
}

// callPullIfNeeded is the controllers' CallPullIfNeeded: shouldCallPull
// and error are the controller kind's.
function callPullIfNeeded(controller, shouldCallPull, error) {
  if (!shouldCallPull(controller)) return;
  const state = controller[kState];
  if (state.pulling) {
    state.pullAgain = true;
    return;
  }
  state.pulling = true;
  state.pullAlgorithm(controller).then(() => {
    state.pulling = false;
    if (state.pullAgain) {
      state.pullAgain = false;
      callPullIfNeeded(controller, shouldCallPull, error);
    }
  }, (e) => error(controller, e));
}

function defaultControllerCallPullIfNeeded(controller) {
  callPullIfNeeded(controller, defaultControllerShouldCallPull, readableStreamDefaultControllerError);
}

function defaultControllerClearAlgorithms(controller) {
  const state = controller[kState];
  state.pullAlgorithm = state.cancelAlgorithm = state.sizeAlgorithm = undefined;
}

function readableStreamDefaultControllerError(controller, error) {
  const { stream } = controller[kState];
  if (stream[kState].state !== 'readable') return;
  resetQueue(controller);
  defaultControllerClearAlgorithms(controller);
  readableStreamError(stream, error);
}

// ---- The byte controller's abstract operations.

function setupByteController(stream, controller, startAlgorithm, pullAlgorithm, cancelAlgorithm, highWaterMark, autoAllocateChunkSize) {
  controller[kState] = {
    byobRequest: null,
    closeRequested: false,
    pullAgain: false,
    pulling: false,
    started: false,
    stream,
    queue: [],
    queueTotalSize: 0,
    highWaterMark,
    pullAlgorithm,
    cancelAlgorithm,
    autoAllocateChunkSize,
    pendingPullIntos: [],
  };
  stream[kState].controller = controller;
  startController(controller, startAlgorithm(), byteControllerCallPullIfNeeded, byteControllerError);
}

function setupByteControllerFromSource(stream, source, highWaterMark) {
  const controller = new ReadableByteStreamController(kSkipThrow);
  const algorithms = sourceAlgorithms(source, controller);
  const autoAllocateChunkSize = source.autoAllocateChunkSize;
  if (autoAllocateChunkSize === 0) {
    throw new ERR_INVALID_ARG_VALUE('source.autoAllocateChunkSize', autoAllocateChunkSize);
  }
  setupByteController(stream, controller, ...algorithms, highWaterMark, autoAllocateChunkSize);
}

function convertPullIntoDescriptor(desc) {
  const { buffer, bytesFilled, byteLength, byteOffset, ctor, elementSize } = desc;
  if (bytesFilled > byteLength) throw new ERR_INVALID_STATE_RANGE('The buffer size is invalid');
  return new ctor(transferArrayBuffer(buffer), byteOffset, bytesFilled / elementSize);
}

function byteControllerClose(controller) {
  const { closeRequested, pendingPullIntos, queueTotalSize, stream } = controller[kState];
  if (closeRequested || stream[kState].state !== 'readable') return;
  if (queueTotalSize) {
    controller[kState].closeRequested = true;
    return;
  }
  if (pendingPullIntos.length) {
    const first = pendingPullIntos[0];
    if (first.bytesFilled % first.elementSize !== 0) {
      const error = new ERR_INVALID_STATE('Partial read');
      byteControllerError(controller, error);
      throw error;
    }
  }
  byteControllerClearAlgorithms(controller);
  readableStreamClose(stream);
}

function commitPullIntoDescriptor(stream, desc) {
  const done = stream[kState].state === 'closed';
  const filledView = convertPullIntoDescriptor(desc);
  if (desc.type === 'default') readableStreamFulfillReadRequest(stream, filledView, done);
  else readableStreamFulfillReadIntoRequest(stream, filledView, done);
}

function commitPullIntoDescriptors(stream, descriptors) {
  for (const desc of descriptors) commitPullIntoDescriptor(stream, desc);
}

function byteControllerInvalidateBYOBRequest(controller) {
  const request = controller[kState].byobRequest;
  if (request === null) return;
  request[kState].controller = undefined;
  request[kState].view = null;
  controller[kState].byobRequest = null;
}

function byteControllerClearAlgorithms(controller) {
  controller[kState].pullAlgorithm = undefined;
  controller[kState].cancelAlgorithm = undefined;
}

function byteControllerClearPendingPullIntos(controller) {
  byteControllerInvalidateBYOBRequest(controller);
  controller[kState].pendingPullIntos = [];
}

function byteControllerGetDesiredSize(controller) {
  const { stream, highWaterMark, queueTotalSize } = controller[kState];
  switch (stream[kState].state) {
    case 'errored': return null;
    case 'closed': return 0;
  }
  return highWaterMark - queueTotalSize;
}

function byteControllerShouldCallPull(controller) {
  const { stream, closeRequested, started } = controller[kState];
  if (stream[kState].state !== 'readable' || closeRequested || !started) return false;
  const kind = readerKind(stream);
  if (kind === 'ReadableStreamDefaultReader' && numReadRequests(stream) > 0) return true;
  if (kind === 'ReadableStreamBYOBReader' && numReadIntoRequests(stream) > 0) return true;
  return byteControllerGetDesiredSize(controller) > 0;
}

function byteControllerCallPullIfNeeded(controller) {
  callPullIfNeeded(controller, byteControllerShouldCallPull, byteControllerError);
}

function byteControllerHandleQueueDrain(controller) {
  const { closeRequested, queueTotalSize, stream } = controller[kState];
  if (!queueTotalSize && closeRequested) {
    byteControllerClearAlgorithms(controller);
    readableStreamClose(stream);
    return;
  }
  byteControllerCallPullIfNeeded(controller);
}

function byteControllerPullInto(controller, view, min, readIntoRequest) {
  const { closeRequested, stream, pendingPullIntos } = controller[kState];
  let elementSize = 1;
  let ctor = DataView;
  if (!isDataView(view)) {
    elementSize = view.constructor.BYTES_PER_ELEMENT;
    ctor = view.constructor;
  }
  const { byteOffset, byteLength } = view;
  const bufferByteLength = view.buffer.byteLength;
  let buffer;
  try {
    buffer = transferArrayBuffer(view.buffer);
  } catch (error) {
    readIntoRequest[kError](error);
    return;
  }
  const desc = {
    buffer, bufferByteLength, byteOffset, byteLength, bytesFilled: 0,
    minimumFill: min * elementSize, elementSize, ctor, type: 'byob',
  };
  if (pendingPullIntos.length) {
    pendingPullIntos.push(desc);
    stream[kState].reader[kState].readIntoRequests.push(readIntoRequest);
    return;
  }
  if (stream[kState].state === 'closed') {
    readIntoRequest[kClose](new ctor(desc.buffer, byteOffset, 0));
    return;
  }
  if (controller[kState].queueTotalSize) {
    if (fillPullIntoDescriptorFromQueue(controller, desc)) {
      const filledView = convertPullIntoDescriptor(desc);
      byteControllerHandleQueueDrain(controller);
      readIntoRequest[kChunk](filledView);
      return;
    }
    if (closeRequested) {
      const error = new ERR_INVALID_STATE('ReadableStream closed');
      byteControllerError(controller, error);
      readIntoRequest[kError](error);
      return;
    }
  }
  pendingPullIntos.push(desc);
  stream[kState].reader[kState].readIntoRequests.push(readIntoRequest);
  byteControllerCallPullIfNeeded(controller);
}

function byteControllerRespondInternal(controller, bytesWritten) {
  const { stream, pendingPullIntos } = controller[kState];
  const desc = pendingPullIntos[0];
  byteControllerInvalidateBYOBRequest(controller);
  if (stream[kState].state === 'closed') {
    if (bytesWritten) throw new ERR_INVALID_STATE('Controller is closed but view is not zero-length');
    respondInClosedState(controller, desc);
  } else {
    if (!bytesWritten) throw new ERR_INVALID_STATE('View cannot be zero-length');
    respondInReadableState(controller, bytesWritten, desc);
  }
  byteControllerCallPullIfNeeded(controller);
}

function byteControllerRespond(controller, bytesWritten) {
  const { pendingPullIntos, stream } = controller[kState];
  const desc = pendingPullIntos[0];
  if (stream[kState].state === 'closed') {
    if (bytesWritten !== 0) throw new ERR_INVALID_ARG_VALUE('bytesWritten', bytesWritten);
  } else {
    if (!bytesWritten) throw new ERR_INVALID_ARG_VALUE('bytesWritten', bytesWritten);
    if (desc.bytesFilled + bytesWritten > desc.byteLength) {
      throw new ERR_INVALID_ARG_VALUE_RANGE('bytesWritten', bytesWritten);
    }
  }
  desc.buffer = transferArrayBuffer(desc.buffer);
  byteControllerRespondInternal(controller, bytesWritten);
}

function respondInClosedState(controller, desc) {
  if (desc.type === 'none') shiftPendingPullInto(controller);
  const { stream } = controller[kState];
  if (readerKind(stream) === 'ReadableStreamBYOBReader') {
    const filled = [];
    while (filled.length < numReadIntoRequests(stream)) filled.push(shiftPendingPullInto(controller));
    commitPullIntoDescriptors(stream, filled);
  }
}

function byteControllerEnqueue(controller, chunk) {
  const { closeRequested, pendingPullIntos, stream } = controller[kState];
  const { buffer, byteOffset, byteLength } = chunk;
  if (closeRequested || stream[kState].state !== 'readable') return;
  const transferredBuffer = transferArrayBuffer(buffer);
  if (pendingPullIntos.length) {
    const first = pendingPullIntos[0];
    if (isDetached(first.buffer)) throw new ERR_INVALID_STATE('Destination ArrayBuffer is detached');
    byteControllerInvalidateBYOBRequest(controller);
    first.buffer = transferArrayBuffer(first.buffer);
    if (first.type === 'none') enqueueDetachedPullIntoToQueue(controller, first);
  }
  const kind = readerKind(stream);
  if (kind === 'ReadableStreamDefaultReader') {
    processReadRequestsUsingQueue(controller);
    if (!numReadRequests(stream)) {
      enqueueChunkToQueue(controller, transferredBuffer, byteOffset, byteLength);
    } else {
      if (controller[kState].pendingPullIntos.length) shiftPendingPullInto(controller);
      readableStreamFulfillReadRequest(stream, new Uint8Array(transferredBuffer, byteOffset, byteLength), false);
    }
  } else if (kind === 'ReadableStreamBYOBReader') {
    enqueueChunkToQueue(controller, transferredBuffer, byteOffset, byteLength);
    commitPullIntoDescriptors(stream, processPullIntoDescriptorsUsingQueue(controller));
  } else {
    enqueueChunkToQueue(controller, transferredBuffer, byteOffset, byteLength);
  }
  byteControllerCallPullIfNeeded(controller);
}

function enqueueChunkToQueue(controller, buffer, byteOffset, byteLength) {
  controller[kState].queue.push({ buffer, byteOffset, byteLength });
  controller[kState].queueTotalSize += byteLength;
}

function enqueueDetachedPullIntoToQueue(controller, desc) {
  const { buffer, byteOffset, bytesFilled } = desc;
  if (bytesFilled > 0) {
    let clone;
    try {
      clone = buffer.slice(byteOffset, byteOffset + bytesFilled);
    } catch (error) {
      byteControllerError(controller, error);
      throw error;
    }
    enqueueChunkToQueue(controller, clone, 0, bytesFilled);
  }
  shiftPendingPullInto(controller);
}

function fillPullIntoDescriptorFromQueue(controller, desc) {
  const { buffer, byteLength, byteOffset, bytesFilled, minimumFill, elementSize } = desc;
  const maxBytesToCopy = Math.min(controller[kState].queueTotalSize, byteLength - bytesFilled);
  const maxBytesFilled = bytesFilled + maxBytesToCopy;
  const maxAlignedBytes = maxBytesFilled - (maxBytesFilled % elementSize);
  let remaining = maxBytesToCopy;
  let ready = false;
  if (maxAlignedBytes >= minimumFill) {
    remaining = maxAlignedBytes - bytesFilled;
    ready = true;
  }
  const { queue } = controller[kState];
  while (remaining) {
    const head = queue[0];
    const bytesToCopy = Math.min(remaining, head.byteLength);
    copyArrayBuffer(buffer, byteOffset + desc.bytesFilled, head.buffer, head.byteOffset, bytesToCopy);
    if (head.byteLength === bytesToCopy) {
      queue.shift();
    } else {
      head.byteOffset += bytesToCopy;
      head.byteLength -= bytesToCopy;
    }
    controller[kState].queueTotalSize -= bytesToCopy;
    desc.bytesFilled += bytesToCopy;
    remaining -= bytesToCopy;
  }
  return ready;
}

function processPullIntoDescriptorsUsingQueue(controller) {
  const { pendingPullIntos } = controller[kState];
  const filled = [];
  while (pendingPullIntos.length && controller[kState].queueTotalSize) {
    const desc = pendingPullIntos[0];
    if (fillPullIntoDescriptorFromQueue(controller, desc)) {
      shiftPendingPullInto(controller);
      filled.push(desc);
    }
  }
  return filled;
}

function respondInReadableState(controller, bytesWritten, desc) {
  const { stream } = controller[kState];
  if (desc.bytesFilled + bytesWritten > desc.byteLength) {
    throw new ERR_INVALID_STATE_RANGE('The buffer size is invalid');
  }
  desc.bytesFilled += bytesWritten;
  if (desc.type === 'none') {
    enqueueDetachedPullIntoToQueue(controller, desc);
    commitPullIntoDescriptors(stream, processPullIntoDescriptorsUsingQueue(controller));
    return;
  }
  if (desc.bytesFilled < desc.minimumFill) return;
  shiftPendingPullInto(controller);
  const remainderSize = desc.bytesFilled % desc.elementSize;
  if (remainderSize) {
    const end = desc.byteOffset + desc.bytesFilled;
    const remainder = desc.buffer.slice(end - remainderSize, end);
    enqueueChunkToQueue(controller, remainder, 0, remainder.byteLength);
  }
  desc.bytesFilled -= remainderSize;
  const filled = processPullIntoDescriptorsUsingQueue(controller);
  commitPullIntoDescriptor(stream, desc);
  commitPullIntoDescriptors(stream, filled);
}

function byteControllerRespondWithNewView(controller, view) {
  const { stream, pendingPullIntos } = controller[kState];
  const desc = pendingPullIntos[0];
  if (stream[kState].state === 'closed') {
    if (view.byteLength !== 0) throw new ERR_INVALID_STATE('View is not zero-length');
  } else if (view.byteLength === 0) {
    throw new ERR_INVALID_STATE('View is zero-length');
  }
  if (desc.byteOffset + desc.bytesFilled !== view.byteOffset ||
      desc.bytesFilled + view.byteLength > desc.byteLength ||
      desc.bufferByteLength !== view.buffer.byteLength) {
    throw new ERR_INVALID_ARG_VALUE_RANGE('view', view);
  }
  const viewByteLength = view.byteLength;
  desc.buffer = transferArrayBuffer(view.buffer);
  byteControllerRespondInternal(controller, viewByteLength);
}

function shiftPendingPullInto(controller) {
  return controller[kState].pendingPullIntos.shift();
}

function byteControllerError(controller, error) {
  const { stream } = controller[kState];
  if (stream[kState].state !== 'readable') return;
  byteControllerClearPendingPullIntos(controller);
  resetQueue(controller);
  byteControllerClearAlgorithms(controller);
  readableStreamError(stream, error);
}

function byteControllerFillReadRequestFromQueue(controller, readRequest) {
  const { buffer, byteOffset, byteLength } = controller[kState].queue.shift();
  controller[kState].queueTotalSize -= byteLength;
  byteControllerHandleQueueDrain(controller);
  readRequest[kChunk](new Uint8Array(buffer, byteOffset, byteLength));
}

function processReadRequestsUsingQueue(controller) {
  const { reader } = controller[kState].stream[kState];
  while (reader[kState].readRequests.length > 0) {
    if (controller[kState].queueTotalSize === 0) return;
    byteControllerFillReadRequestFromQueue(controller, reader[kState].readRequests.shift());
  }
}

// ---- Streams made over algorithms.

// createReadableStream is the spec's CreateReadableStream.
function createReadableStream(startAlgorithm, pullAlgorithm, cancelAlgorithm, highWaterMark = 1, sizeAlgorithm = () => 1) {
  const stream = Object.create(ReadableStream.prototype);
  stream[kType] = 'ReadableStream';
  stream[kState] = newReadableState();
  const controller = new ReadableStreamDefaultController(kSkipThrow);
  setupDefaultController(stream, controller, startAlgorithm, pullAlgorithm, cancelAlgorithm, highWaterMark, sizeAlgorithm);
  return stream;
}

// createReadableByteStream is the spec's CreateReadableByteStream.
function createReadableByteStream(startAlgorithm, pullAlgorithm, cancelAlgorithm) {
  const stream = Object.create(ReadableStream.prototype);
  stream[kType] = 'ReadableStream';
  stream[kState] = newReadableState();
  const controller = new ReadableByteStreamController(kSkipThrow);
  setupByteController(stream, controller, startAlgorithm, pullAlgorithm, cancelAlgorithm, 0, undefined);
  return stream;
}

module.exports = {
  ReadableStream,
  ReadableStreamDefaultReader,
  ReadableStreamBYOBReader,
  ReadableStreamBYOBRequest,
  ReadableByteStreamController,
  ReadableStreamDefaultController,
  createReadableStream,
  readableStreamDefaultControllerClose,
  readableStreamDefaultControllerEnqueue,
  readableStreamDefaultControllerError,
  readableStreamDefaultControllerHasBackpressure,
  readableStreamDefaultControllerCanCloseOrEnqueue: defaultControllerCanCloseOrEnqueue,
};
