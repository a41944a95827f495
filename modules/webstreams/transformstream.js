'use strict';
// internal/webstreams/transformstream: TransformStream and its controller
// (streams.spec.whatwg.org, "Transform streams"): a writable side whose
// sink runs the transformer and a readable side it enqueues to, with
// backpressure from the readable side holding writes.

const {
  kState, kType, kInspect, errors, validateObject, isBrandCheck, extractHighWaterMark,
  extractSizeAlgorithm, deferred, createPromiseCallback, nonOp, customInspect, defineClass,
} = require('internal/webstreams/util');
const {
  createReadableStream, readableStreamDefaultControllerClose, readableStreamDefaultControllerEnqueue,
  readableStreamDefaultControllerError, readableStreamDefaultControllerHasBackpressure,
  readableStreamDefaultControllerCanCloseOrEnqueue,
} = require('internal/webstreams/readablestream');
const {
  createWritableStream, writableStreamDefaultControllerErrorIfNeeded,
} = require('internal/webstreams/writablestream');

const {
  ERR_ILLEGAL_CONSTRUCTOR, ERR_INVALID_ARG_VALUE_RANGE, ERR_INVALID_STATE, ERR_INVALID_THIS,
} = errors;

const kSkipThrow = Symbol('kSkipThrow');
const isTransformStream = isBrandCheck('TransformStream');
const isTransformStreamDefaultController = isBrandCheck('TransformStreamDefaultController');

class TransformStream {
  constructor(transformer = {}, writableStrategy = {}, readableStrategy = {}) {
    validateObject(transformer, 'transformer', false);
    validateObject(writableStrategy, 'writableStrategy', true);
    validateObject(readableStrategy, 'readableStrategy', true);
    const { readableType, writableType, start } = transformer;
    if (readableType !== undefined) throw new ERR_INVALID_ARG_VALUE_RANGE('transformer.readableType', readableType);
    if (writableType !== undefined) throw new ERR_INVALID_ARG_VALUE_RANGE('transformer.writableType', writableType);
    const readableHighWaterMark = readableStrategy?.highWaterMark;
    const readableSize = readableStrategy?.size;
    const writableHighWaterMark = writableStrategy?.highWaterMark;
    const writableSize = writableStrategy?.size;
    const readableHWM = extractHighWaterMark(readableHighWaterMark, 0);
    const readableSizeAlgorithm = extractSizeAlgorithm(readableSize);
    const writableHWM = extractHighWaterMark(writableHighWaterMark, 1);
    const writableSizeAlgorithm = extractSizeAlgorithm(writableSize);
    this[kType] = 'TransformStream';
    const startPromise = deferred();
    initializeTransformStream(this, startPromise, writableHWM, writableSizeAlgorithm, readableHWM, readableSizeAlgorithm);
    setupControllerFromTransformer(this, transformer);
    if (start !== undefined) startPromise.resolve(Reflect.apply(start, transformer, [this[kState].controller]));
    else startPromise.resolve();
  }

  get readable() {
    if (!isTransformStream(this)) throw new ERR_INVALID_THIS('TransformStream');
    return this[kState].readable;
  }

  get writable() {
    if (!isTransformStream(this)) throw new ERR_INVALID_THIS('TransformStream');
    return this[kState].writable;
  }

  [kInspect](depth, options) {
    return customInspect(depth, options, 'TransformStream', {
      readable: this.readable,
      writable: this.writable,
      backpressure: this[kState].backpressure,
    });
  }
}
defineClass(TransformStream, ['readable', 'writable']);

class TransformStreamDefaultController {
  constructor(skip = undefined) {
    if (skip !== kSkipThrow) throw new ERR_ILLEGAL_CONSTRUCTOR();
    this[kType] = 'TransformStreamDefaultController';
    this[kState] = {};
  }

  get desiredSize() {
    if (!isTransformStreamDefaultController(this)) throw new ERR_INVALID_THIS('TransformStreamDefaultController');
    const readable = this[kState].stream[kState].readable;
    return readable[kState].controller.desiredSize;
  }

  enqueue(chunk = undefined) {
    if (!isTransformStreamDefaultController(this)) throw new ERR_INVALID_THIS('TransformStreamDefaultController');
    controllerEnqueue(this, chunk);
  }

  error(reason = undefined) {
    if (!isTransformStreamDefaultController(this)) throw new ERR_INVALID_THIS('TransformStreamDefaultController');
    transformStreamError(this[kState].stream, reason);
  }

  terminate() {
    if (!isTransformStreamDefaultController(this)) throw new ERR_INVALID_THIS('TransformStreamDefaultController');
    const { stream } = this[kState];
    readableStreamDefaultControllerClose(stream[kState].readable[kState].controller);
    errorWritableAndUnblockWrite(stream, new ERR_INVALID_STATE('TransformStream has been terminated'));
  }

  [kInspect](depth, options) {
    return customInspect(depth, options, 'TransformStreamDefaultController', { stream: this[kState].stream });
  }
}
defineClass(TransformStreamDefaultController, ['desiredSize', 'enqueue', 'error', 'terminate']);

function initializeTransformStream(stream, startPromise, writableHWM, writableSize, readableHWM, readableSize) {
  const startAlgorithm = () => startPromise.promise;
  const writable = createWritableStream(
    startAlgorithm,
    (chunk) => sinkWriteAlgorithm(stream, chunk),
    () => sinkCloseAlgorithm(stream),
    (reason) => sinkAbortAlgorithm(stream, reason),
    writableHWM,
    writableSize);
  const readable = createReadableStream(
    startAlgorithm,
    () => sourcePullAlgorithm(stream),
    (reason) => sourceCancelAlgorithm(stream, reason),
    readableHWM,
    readableSize);
  stream[kState] = {
    readable,
    writable,
    controller: undefined,
    backpressure: undefined,
    backpressureChange: undefined,
  };
  setBackpressure(stream, true);
}

function setupControllerFromTransformer(stream, transformer) {
  const controller = new TransformStreamDefaultController(kSkipThrow);
  const { transform, flush, cancel } = transformer;
  controller[kState] = {
    stream,
    transformAlgorithm: transform ?
      createPromiseCallback('transformer.transform', transform, transformer) :
      defaultTransformAlgorithm,
    flushAlgorithm: flush ? createPromiseCallback('transformer.flush', flush, transformer) : nonOp,
    cancelAlgorithm: cancel ? createPromiseCallback('transformer.cancel', cancel, transformer) : nonOp,
    finishPromise: undefined,
  };
  stream[kState].controller = controller;
}

async function defaultTransformAlgorithm(chunk, controller) {
  controllerEnqueue(controller, chunk);
}

function transformStreamError(stream, error) {
  readableStreamDefaultControllerError(stream[kState].readable[kState].controller, error);
  errorWritableAndUnblockWrite(stream, error);
}

function errorWritableAndUnblockWrite(stream, error) {
  clearAlgorithms(stream[kState].controller);
  writableStreamDefaultControllerErrorIfNeeded(stream[kState].writable[kState].controller, error);
  unblockWrite(stream);
}

function unblockWrite(stream) {
  if (stream[kState].backpressure) setBackpressure(stream, false);
}

function setBackpressure(stream, backpressure) {
  stream[kState].backpressureChange?.resolve();
  stream[kState].backpressureChange = deferred();
  stream[kState].backpressure = backpressure;
}

function clearAlgorithms(controller) {
  const state = controller[kState];
  state.transformAlgorithm = state.flushAlgorithm = state.cancelAlgorithm = undefined;
}

function controllerEnqueue(controller, chunk) {
  const { stream } = controller[kState];
  const { readable } = stream[kState];
  const readableController = readable[kState].controller;
  if (!readableStreamDefaultControllerCanCloseOrEnqueue(readableController)) {
    throw new ERR_INVALID_STATE('Unable to enqueue');
  }
  try {
    readableStreamDefaultControllerEnqueue(readableController, chunk);
  } catch (error) {
    errorWritableAndUnblockWrite(stream, error);
    throw readable[kState].storedError;
  }
  const backpressure = readableStreamDefaultControllerHasBackpressure(readableController);
  if (backpressure !== stream[kState].backpressure) setBackpressure(stream, true);
}

async function performTransform(controller, chunk) {
  try {
    return await controller[kState].transformAlgorithm(chunk, controller);
  } catch (error) {
    transformStreamError(controller[kState].stream, error);
    throw error;
  }
}

function sinkWriteAlgorithm(stream, chunk) {
  const { controller } = stream[kState];
  if (stream[kState].backpressure) {
    return stream[kState].backpressureChange.promise.then(() => {
      const { writable } = stream[kState];
      if (writable[kState].state === 'erroring') throw writable[kState].storedError;
      return performTransform(controller, chunk);
    });
  }
  return performTransform(controller, chunk);
}

// finish runs the flush (close) or cancel algorithm once: the sink's close
// and abort and the source's cancel share its promise. onFulfilled and
// onRejected settle the other side, returning the error to reject with,
// if any.
function finish(stream, start, onFulfilled, onRejected) {
  const { controller } = stream[kState];
  if (controller[kState].finishPromise !== undefined) return controller[kState].finishPromise;
  const { promise, resolve, reject } = deferred();
  controller[kState].finishPromise = promise;
  const result = start(controller);
  clearAlgorithms(controller);
  result.then(() => {
    const error = onFulfilled();
    if (error !== undefined) reject(error.value);
    else resolve();
  }, (error) => {
    onRejected(error);
    reject(error);
  });
  return promise;
}

function sinkAbortAlgorithm(stream, reason) {
  const { readable } = stream[kState];
  return finish(stream, (controller) => controller[kState].cancelAlgorithm(reason), () => {
    if (readable[kState].state === 'errored') return { value: readable[kState].storedError };
    readableStreamDefaultControllerError(readable[kState].controller, reason);
    return undefined;
  }, (error) => readableStreamDefaultControllerError(readable[kState].controller, error));
}

function sinkCloseAlgorithm(stream) {
  const { readable } = stream[kState];
  return finish(stream, (controller) => controller[kState].flushAlgorithm(controller), () => {
    if (readable[kState].state === 'errored') return { value: readable[kState].storedError };
    readableStreamDefaultControllerClose(readable[kState].controller);
    return undefined;
  }, (error) => readableStreamDefaultControllerError(readable[kState].controller, error));
}

function sourcePullAlgorithm(stream) {
  setBackpressure(stream, false);
  return stream[kState].backpressureChange.promise;
}

function sourceCancelAlgorithm(stream, reason) {
  const { writable } = stream[kState];
  return finish(stream, (controller) => controller[kState].cancelAlgorithm(reason), () => {
    if (writable[kState].state === 'errored') return { value: writable[kState].storedError };
    writableStreamDefaultControllerErrorIfNeeded(writable[kState].controller, reason);
    unblockWrite(stream);
    return undefined;
  }, (error) => {
    writableStreamDefaultControllerErrorIfNeeded(writable[kState].controller, error);
    unblockWrite(stream);
  });
}

module.exports = {
  TransformStream,
  TransformStreamDefaultController,
  isTransformStream,
};
