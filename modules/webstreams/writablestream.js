'use strict';
// internal/webstreams/writablestream: WritableStream, its default writer
// and controller, and the spec's abstract operations on them
// (streams.spec.whatwg.org, "Writable streams"), which readable and
// transform streams use too.

const {
  kState, kType, kInspect, errors, validateObject, isBrandCheck, extractHighWaterMark,
  extractSizeAlgorithm, dequeueValue, enqueueValueWithSize, peekQueueValue, resetQueue,
  deferred, settled, setPromiseHandled, createPromiseCallback, nonOp, nonOpStart, customInspect,
  defineClass,
} = require('internal/webstreams/util');

const {
  ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE_RANGE, ERR_INVALID_STATE, ERR_INVALID_THIS,
  ERR_ILLEGAL_CONSTRUCTOR,
} = errors;

const kSkipThrow = Symbol('kSkipThrow');
const kCloseSentinel = Symbol('kCloseSentinel');

const isWritableStream = isBrandCheck('WritableStream');
const isWritableStreamDefaultWriter = isBrandCheck('WritableStreamDefaultWriter');
const isWritableStreamDefaultController = isBrandCheck('WritableStreamDefaultController');

function notBound() {
  return new ERR_INVALID_STATE('Writer is not bound to a WritableStream');
}

class WritableStream {
  constructor(sink = {}, strategy = {}) {
    validateObject(sink, 'sink', false);
    validateObject(strategy, 'strategy', true);
    const type = sink.type;
    if (type !== undefined) throw new ERR_INVALID_ARG_VALUE_RANGE('type', type);
    this[kType] = 'WritableStream';
    this[kState] = newWritableState();
    const size = extractSizeAlgorithm(strategy?.size);
    const highWaterMark = extractHighWaterMark(strategy?.highWaterMark, 1);
    setupControllerFromSink(this, sink, highWaterMark, size);
  }

  get locked() {
    if (!isWritableStream(this)) throw new ERR_INVALID_THIS('WritableStream');
    return isWritableStreamLocked(this);
  }

  abort(reason = undefined) {
    if (!isWritableStream(this)) return Promise.reject(new ERR_INVALID_THIS('WritableStream'));
    if (isWritableStreamLocked(this)) return Promise.reject(new ERR_INVALID_STATE('WritableStream is locked'));
    return writableStreamAbort(this, reason);
  }

  close() {
    if (!isWritableStream(this)) return Promise.reject(new ERR_INVALID_THIS('WritableStream'));
    if (isWritableStreamLocked(this)) return Promise.reject(new ERR_INVALID_STATE('WritableStream is locked'));
    if (writableStreamCloseQueuedOrInFlight(this)) {
      return Promise.reject(new ERR_INVALID_STATE('Failure closing WritableStream'));
    }
    return writableStreamClose(this);
  }

  getWriter() {
    if (!isWritableStream(this)) throw new ERR_INVALID_THIS('WritableStream');
    return new WritableStreamDefaultWriter(this);
  }

  [kInspect](depth, options) {
    return customInspect(depth, options, 'WritableStream', {
      locked: this.locked,
      state: this[kState].state,
    });
  }
}
defineClass(WritableStream, ['locked', 'abort', 'close', 'getWriter']);

function newWritableState() {
  return {
    state: 'writable',
    storedError: undefined,
    writer: undefined,
    controller: undefined,
    inFlightWriteRequest: undefined,
    closeRequest: undefined,
    inFlightCloseRequest: undefined,
    pendingAbortRequest: undefined,
    writeRequests: [],
    backpressure: false,
  };
}

class WritableStreamDefaultWriter {
  constructor(stream) {
    if (!isWritableStream(stream)) throw new ERR_INVALID_ARG_TYPE('stream', 'WritableStream', stream);
    this[kType] = 'WritableStreamDefaultWriter';
    this[kState] = { stream: undefined, ready: undefined, closed: undefined };
    setupWritableStreamDefaultWriter(this, stream);
  }

  get closed() {
    if (!isWritableStreamDefaultWriter(this)) {
      return Promise.reject(new ERR_INVALID_THIS('WritableStreamDefaultWriter'));
    }
    return this[kState].closed.promise;
  }

  get desiredSize() {
    if (!isWritableStreamDefaultWriter(this)) throw new ERR_INVALID_THIS('WritableStreamDefaultWriter');
    if (this[kState].stream === undefined) throw notBound();
    return writerGetDesiredSize(this);
  }

  get ready() {
    if (!isWritableStreamDefaultWriter(this)) {
      return Promise.reject(new ERR_INVALID_THIS('WritableStreamDefaultWriter'));
    }
    return this[kState].ready.promise;
  }

  abort(reason = undefined) {
    if (!isWritableStreamDefaultWriter(this)) {
      return Promise.reject(new ERR_INVALID_THIS('WritableStreamDefaultWriter'));
    }
    if (this[kState].stream === undefined) return Promise.reject(notBound());
    return writableStreamAbort(this[kState].stream, reason);
  }

  close() {
    if (!isWritableStreamDefaultWriter(this)) {
      return Promise.reject(new ERR_INVALID_THIS('WritableStreamDefaultWriter'));
    }
    const { stream } = this[kState];
    if (stream === undefined) return Promise.reject(notBound());
    if (writableStreamCloseQueuedOrInFlight(stream)) {
      return Promise.reject(new ERR_INVALID_STATE('Failure to close WritableStream'));
    }
    return writableStreamClose(stream);
  }

  releaseLock() {
    if (!isWritableStreamDefaultWriter(this)) throw new ERR_INVALID_THIS('WritableStreamDefaultWriter');
    if (this[kState].stream === undefined) return;
    writableStreamDefaultWriterRelease(this);
  }

  write(chunk = undefined) {
    if (!isWritableStreamDefaultWriter(this)) {
      return Promise.reject(new ERR_INVALID_THIS('WritableStreamDefaultWriter'));
    }
    if (this[kState].stream === undefined) return Promise.reject(notBound());
    return writableStreamDefaultWriterWrite(this, chunk);
  }

  [kInspect](depth, options) {
    return customInspect(depth, options, 'WritableStreamDefaultWriter', {
      stream: this[kState].stream,
      close: this[kState].closed.promise,
      ready: this[kState].ready.promise,
      desiredSize: this[kState].stream === undefined ? undefined : writerGetDesiredSize(this),
    });
  }
}
defineClass(WritableStreamDefaultWriter, ['closed', 'desiredSize', 'ready', 'abort', 'close', 'releaseLock', 'write']);

class WritableStreamDefaultController {
  constructor(skip = undefined) {
    if (skip !== kSkipThrow) throw new ERR_ILLEGAL_CONSTRUCTOR();
    this[kType] = 'WritableStreamDefaultController';
    this[kState] = {};
  }

  get signal() {
    if (!isWritableStreamDefaultController(this)) throw new ERR_INVALID_THIS('WritableStreamDefaultController');
    return this[kState].abortController.signal;
  }

  error(error = undefined) {
    if (!isWritableStreamDefaultController(this)) throw new ERR_INVALID_THIS('WritableStreamDefaultController');
    if (this[kState].stream[kState].state !== 'writable') return;
    controllerError(this, error);
  }

  [kInspect](depth, options) {
    return customInspect(depth, options, 'WritableStreamDefaultController', {
      stream: this[kState].stream,
    });
  }
}
defineClass(WritableStreamDefaultController, ['signal', 'error']);

// ---- The stream's abstract operations.

function isWritableStreamLocked(stream) {
  return stream[kState].writer !== undefined;
}

function setupWritableStreamDefaultWriter(writer, stream) {
  if (isWritableStreamLocked(stream)) throw new ERR_INVALID_STATE('WritableStream is locked');
  writer[kState].stream = stream;
  stream[kState].writer = writer;
  const { state, backpressure, storedError } = stream[kState];
  switch (state) {
    case 'writable':
      writer[kState].ready = !writableStreamCloseQueuedOrInFlight(stream) && backpressure ?
        deferred() : settled(Promise.resolve());
      writer[kState].closed = deferred();
      break;
    case 'erroring':
      writer[kState].ready = settled(Promise.reject(storedError));
      setPromiseHandled(writer[kState].ready.promise);
      writer[kState].closed = deferred();
      break;
    case 'closed':
      writer[kState].ready = settled(Promise.resolve());
      writer[kState].closed = settled(Promise.resolve());
      break;
    default:
      writer[kState].ready = settled(Promise.reject(storedError));
      setPromiseHandled(writer[kState].ready.promise);
      writer[kState].closed = settled(Promise.reject(storedError));
      setPromiseHandled(writer[kState].closed.promise);
  }
}

function writableStreamAbort(stream, reason) {
  const { state, controller } = stream[kState];
  if (state === 'closed' || state === 'errored') return Promise.resolve();
  controller[kState].abortController.abort(reason);
  // Aborting the signal runs listeners, which may have changed the state.
  if (stream[kState].state === 'closed' || stream[kState].state === 'errored') return Promise.resolve();
  if (stream[kState].pendingAbortRequest !== undefined) {
    return stream[kState].pendingAbortRequest.abort.promise;
  }
  let wasAlreadyErroring = false;
  if (stream[kState].state === 'erroring') {
    wasAlreadyErroring = true;
    reason = undefined;
  }
  const abort = deferred();
  stream[kState].pendingAbortRequest = { abort, reason, wasAlreadyErroring };
  if (!wasAlreadyErroring) writableStreamStartErroring(stream, reason);
  return abort.promise;
}

function writableStreamClose(stream) {
  const { state, writer, backpressure, controller } = stream[kState];
  if (state === 'closed' || state === 'errored') {
    return Promise.reject(new ERR_INVALID_STATE('WritableStream is closed'));
  }
  stream[kState].closeRequest = deferred();
  const { promise } = stream[kState].closeRequest;
  if (writer !== undefined && backpressure && state === 'writable') writer[kState].ready.resolve();
  controllerClose(controller);
  return promise;
}

function writableStreamAddWriteRequest(stream) {
  const request = deferred();
  stream[kState].writeRequests.push(request);
  return request.promise;
}

function writableStreamCloseQueuedOrInFlight(stream) {
  return stream[kState].closeRequest !== undefined || stream[kState].inFlightCloseRequest !== undefined;
}

function writableStreamDealWithRejection(stream, error) {
  if (stream[kState].state === 'writable') {
    writableStreamStartErroring(stream, error);
    return;
  }
  writableStreamFinishErroring(stream);
}

function writableStreamFinishErroring(stream) {
  const state = stream[kState];
  state.state = 'errored';
  resetQueue(state.controller);
  const { storedError } = state;
  for (const request of state.writeRequests) request.reject(storedError);
  state.writeRequests = [];
  const abortRequest = state.pendingAbortRequest;
  if (abortRequest === undefined) {
    writableStreamRejectCloseAndClosedPromiseIfNeeded(stream);
    return;
  }
  state.pendingAbortRequest = undefined;
  if (abortRequest.wasAlreadyErroring) {
    abortRequest.abort.reject(storedError);
    writableStreamRejectCloseAndClosedPromiseIfNeeded(stream);
    return;
  }
  const controller = state.controller;
  const promise = controller[kState].abortAlgorithm(abortRequest.reason);
  controllerClearAlgorithms(controller);
  promise.then(() => {
    abortRequest.abort.resolve();
    writableStreamRejectCloseAndClosedPromiseIfNeeded(stream);
  }, (error) => {
    abortRequest.abort.reject(error);
    writableStreamRejectCloseAndClosedPromiseIfNeeded(stream);
  });
}

function writableStreamFinishInFlightClose(stream) {
  const state = stream[kState];
  state.inFlightCloseRequest.resolve();
  state.inFlightCloseRequest = undefined;
  if (state.state === 'erroring') {
    state.storedError = undefined;
    if (state.pendingAbortRequest !== undefined) {
      state.pendingAbortRequest.abort.resolve();
      state.pendingAbortRequest = undefined;
    }
  }
  state.state = 'closed';
  if (state.writer !== undefined) state.writer[kState].closed.resolve();
}

function writableStreamFinishInFlightCloseWithError(stream, error) {
  const state = stream[kState];
  state.inFlightCloseRequest.reject(error);
  state.inFlightCloseRequest = undefined;
  if (state.pendingAbortRequest !== undefined) {
    state.pendingAbortRequest.abort.reject(error);
    state.pendingAbortRequest = undefined;
  }
  writableStreamDealWithRejection(stream, error);
}

function writableStreamFinishInFlightWrite(stream) {
  stream[kState].inFlightWriteRequest.resolve();
  stream[kState].inFlightWriteRequest = undefined;
}

function writableStreamFinishInFlightWriteWithError(stream, error) {
  stream[kState].inFlightWriteRequest.reject(error);
  stream[kState].inFlightWriteRequest = undefined;
  writableStreamDealWithRejection(stream, error);
}

function writableStreamHasOperationMarkedInFlight(stream) {
  return stream[kState].inFlightWriteRequest !== undefined || stream[kState].inFlightCloseRequest !== undefined;
}

function writableStreamRejectCloseAndClosedPromiseIfNeeded(stream) {
  const state = stream[kState];
  if (state.closeRequest !== undefined) {
    state.closeRequest.reject(state.storedError);
    state.closeRequest = undefined;
  }
  if (state.writer !== undefined) {
    setPromiseHandled(state.writer[kState].closed.promise);
    state.writer[kState].closed.reject(state.storedError);
  }
}

function writableStreamStartErroring(stream, reason) {
  const state = stream[kState];
  state.state = 'erroring';
  state.storedError = reason;
  if (state.writer !== undefined) writerEnsureReadyPromiseRejected(state.writer, reason);
  if (!writableStreamHasOperationMarkedInFlight(stream) && state.controller[kState].started) {
    writableStreamFinishErroring(stream);
  }
}

function writableStreamUpdateBackpressure(stream, backpressure) {
  const { writer } = stream[kState];
  if (writer !== undefined && backpressure !== stream[kState].backpressure) {
    if (backpressure) writer[kState].ready = deferred();
    else writer[kState].ready.resolve();
  }
  stream[kState].backpressure = backpressure;
}

// ---- The writer's abstract operations.

function writableStreamDefaultWriterCloseWithErrorPropagation(writer) {
  const stream = writer[kState].stream;
  const { state, storedError } = stream[kState];
  if (writableStreamCloseQueuedOrInFlight(stream) || state === 'closed') return Promise.resolve();
  if (state === 'errored') return Promise.reject(storedError);
  return writableStreamClose(stream);
}

// rejectSlot rejects the writer's ready or closed promise with error, or
// replaces it with one rejected so when it has settled.
function rejectSlot(writer, slot, error) {
  const current = writer[kState][slot];
  if (current.pending) {
    current.reject(error);
  } else {
    writer[kState][slot] = settled(Promise.reject(error));
  }
  setPromiseHandled(writer[kState][slot].promise);
}

function writerEnsureReadyPromiseRejected(writer, error) {
  rejectSlot(writer, 'ready', error);
}

function writerGetDesiredSize(writer) {
  const stream = writer[kState].stream;
  switch (stream[kState].state) {
    case 'errored':
    case 'erroring':
      return null;
    case 'closed':
      return 0;
  }
  return controllerGetDesiredSize(stream[kState].controller);
}

let releasedError;
function writableStreamDefaultWriterRelease(writer) {
  const stream = writer[kState].stream;
  releasedError ??= new ERR_INVALID_STATE('Writer has been released');
  writerEnsureReadyPromiseRejected(writer, releasedError);
  rejectSlot(writer, 'closed', releasedError);
  stream[kState].writer = undefined;
  writer[kState].stream = undefined;
}

function writableStreamDefaultWriterWrite(writer, chunk) {
  const stream = writer[kState].stream;
  const controller = stream[kState].controller;
  const chunkSize = controllerGetChunkSize(controller, chunk);
  if (stream !== writer[kState].stream) {
    return Promise.reject(new ERR_INVALID_STATE('Mismatched WritableStreams'));
  }
  const { state, storedError } = stream[kState];
  if (state === 'errored') return Promise.reject(storedError);
  if (writableStreamCloseQueuedOrInFlight(stream) || state === 'closed') {
    return Promise.reject(new ERR_INVALID_STATE('WritableStream is closed'));
  }
  if (state === 'erroring') return Promise.reject(storedError);
  const promise = writableStreamAddWriteRequest(stream);
  controllerWrite(controller, chunk, chunkSize);
  return promise;
}

// ---- The controller's abstract operations.

function setupWritableStreamDefaultController(
  stream, controller, startAlgorithm, writeAlgorithm, closeAlgorithm, abortAlgorithm, highWaterMark, sizeAlgorithm) {
  controller[kState] = {
    stream,
    queue: [],
    queueTotalSize: 0,
    abortController: new AbortController(),
    started: false,
    sizeAlgorithm,
    highWaterMark,
    writeAlgorithm,
    closeAlgorithm,
    abortAlgorithm,
  };
  stream[kState].controller = controller;
  writableStreamUpdateBackpressure(stream, controllerGetBackpressure(controller));
  const startResult = startAlgorithm();
  new Promise((resolve) => resolve(startResult)).then(() => {
    controller[kState].started = true;
    controllerAdvanceQueueIfNeeded(controller);
  }, (error) => {
    controller[kState].started = true;
    writableStreamDealWithRejection(stream, error);
  });
}

function setupControllerFromSink(stream, sink, highWaterMark, sizeAlgorithm) {
  const controller = new WritableStreamDefaultController(kSkipThrow);
  const { start, write, close, abort } = sink;
  setupWritableStreamDefaultController(
    stream,
    controller,
    start === undefined ? nonOpStart : () => Reflect.apply(start, sink, [controller]),
    write === undefined ? nonOp : createPromiseCallback('sink.write', write, sink),
    close === undefined ? nonOp : createPromiseCallback('sink.close', close, sink),
    abort === undefined ? nonOp : createPromiseCallback('sink.abort', abort, sink),
    highWaterMark,
    sizeAlgorithm);
}

function controllerAdvanceQueueIfNeeded(controller) {
  const { stream, started, queue } = controller[kState];
  if (!started || stream[kState].inFlightWriteRequest !== undefined) return;
  const state = stream[kState].state;
  if (state === 'closed' || state === 'errored') return;
  if (state === 'erroring') {
    writableStreamFinishErroring(stream);
    return;
  }
  if (queue.length === 0) return;
  const value = peekQueueValue(controller);
  if (value === kCloseSentinel) controllerProcessClose(controller);
  else controllerProcessWrite(controller, value);
}

function controllerClearAlgorithms(controller) {
  const state = controller[kState];
  state.writeAlgorithm = state.closeAlgorithm = state.abortAlgorithm = state.sizeAlgorithm = undefined;
}

function controllerClose(controller) {
  enqueueValueWithSize(controller, kCloseSentinel, 0);
  controllerAdvanceQueueIfNeeded(controller);
}

function writableStreamDefaultControllerErrorIfNeeded(controller, error) {
  if (controller[kState].stream[kState].state === 'writable') controllerError(controller, error);
}

function controllerGetBackpressure(controller) {
  return controllerGetDesiredSize(controller) <= 0;
}

function controllerGetChunkSize(controller, chunk) {
  const { sizeAlgorithm } = controller[kState];
  if (sizeAlgorithm === undefined) return 1;
  try {
    return sizeAlgorithm(chunk);
  } catch (error) {
    writableStreamDefaultControllerErrorIfNeeded(controller, error);
    return 1;
  }
}

function controllerGetDesiredSize(controller) {
  return controller[kState].highWaterMark - controller[kState].queueTotalSize;
}

function controllerProcessClose(controller) {
  const stream = controller[kState].stream;
  stream[kState].inFlightCloseRequest = stream[kState].closeRequest;
  stream[kState].closeRequest = undefined;
  dequeueValue(controller);
  const sinkClosePromise = controller[kState].closeAlgorithm();
  controllerClearAlgorithms(controller);
  sinkClosePromise.then(
    () => writableStreamFinishInFlightClose(stream),
    (error) => writableStreamFinishInFlightCloseWithError(stream, error));
}

function controllerProcessWrite(controller, chunk) {
  const stream = controller[kState].stream;
  stream[kState].inFlightWriteRequest = stream[kState].writeRequests.shift();
  const sinkWritePromise = controller[kState].writeAlgorithm(chunk, controller);
  sinkWritePromise.then(() => {
    writableStreamFinishInFlightWrite(stream);
    dequeueValue(controller);
    if (!writableStreamCloseQueuedOrInFlight(stream) && stream[kState].state === 'writable') {
      writableStreamUpdateBackpressure(stream, controllerGetBackpressure(controller));
    }
    controllerAdvanceQueueIfNeeded(controller);
  }, (error) => {
    if (stream[kState].state === 'writable') controllerClearAlgorithms(controller);
    writableStreamFinishInFlightWriteWithError(stream, error);
  });
}

function controllerWrite(controller, chunk, chunkSize) {
  try {
    enqueueValueWithSize(controller, chunk, chunkSize);
  } catch (error) {
    writableStreamDefaultControllerErrorIfNeeded(controller, error);
    return;
  }
  const stream = controller[kState].stream;
  if (!writableStreamCloseQueuedOrInFlight(stream) && stream[kState].state === 'writable') {
    writableStreamUpdateBackpressure(stream, controllerGetBackpressure(controller));
  }
  controllerAdvanceQueueIfNeeded(controller);
}

function controllerError(controller, error) {
  const stream = controller[kState].stream;
  controllerClearAlgorithms(controller);
  writableStreamStartErroring(stream, error);
}

// createWritableStream makes a WritableStream over algorithms, as the
// spec's CreateWritableStream (for TransformStream).
function createWritableStream(startAlgorithm, writeAlgorithm, closeAlgorithm, abortAlgorithm, highWaterMark, sizeAlgorithm) {
  const stream = Object.create(WritableStream.prototype);
  stream[kType] = 'WritableStream';
  stream[kState] = newWritableState();
  const controller = new WritableStreamDefaultController(kSkipThrow);
  setupWritableStreamDefaultController(
    stream, controller, startAlgorithm, writeAlgorithm, closeAlgorithm, abortAlgorithm, highWaterMark, sizeAlgorithm);
  return stream;
}

module.exports = {
  WritableStream,
  WritableStreamDefaultWriter,
  WritableStreamDefaultController,
  isWritableStream,
  isWritableStreamLocked,
  createWritableStream,
  writableStreamAbort,
  writableStreamCloseQueuedOrInFlight,
  writableStreamDefaultControllerErrorIfNeeded,
  writableStreamDefaultWriterCloseWithErrorPropagation,
  writableStreamDefaultWriterRelease,
  writableStreamDefaultWriterWrite,
};
