'use strict';
// Error factories for the stream modules, built on the shared internal/errors
// (message texts match Node's).

const { codes: base, makeNodeError } = require('internal/errors');

const streamErrors = {
  ERR_ILLEGAL_CONSTRUCTOR: makeNodeError(TypeError, 'ERR_ILLEGAL_CONSTRUCTOR', () => 'Illegal constructor'),
  ERR_METHOD_NOT_IMPLEMENTED: makeNodeError(Error, 'ERR_METHOD_NOT_IMPLEMENTED',
    (method) => `The ${method} method is not implemented`),
  ERR_MULTIPLE_CALLBACK: makeNodeError(Error, 'ERR_MULTIPLE_CALLBACK', () => 'Callback called multiple times'),
  ERR_STREAM_ALREADY_FINISHED: makeNodeError(Error, 'ERR_STREAM_ALREADY_FINISHED',
    (name) => `Cannot call ${name} after a stream was finished`),
  ERR_STREAM_CANNOT_PIPE: makeNodeError(Error, 'ERR_STREAM_CANNOT_PIPE', () => 'Cannot pipe, not readable'),
  ERR_STREAM_DESTROYED: makeNodeError(Error, 'ERR_STREAM_DESTROYED',
    (name) => `Cannot call ${name} after a stream was destroyed`),
  ERR_STREAM_NULL_VALUES: makeNodeError(TypeError, 'ERR_STREAM_NULL_VALUES', () => 'May not write null values to stream'),
  ERR_STREAM_PREMATURE_CLOSE: makeNodeError(Error, 'ERR_STREAM_PREMATURE_CLOSE', () => 'Premature close'),
  ERR_STREAM_PUSH_AFTER_EOF: makeNodeError(Error, 'ERR_STREAM_PUSH_AFTER_EOF', () => 'stream.push() after EOF'),
  ERR_STREAM_UNSHIFT_AFTER_END_EVENT: makeNodeError(Error, 'ERR_STREAM_UNSHIFT_AFTER_END_EVENT',
    () => 'stream.unshift() after end event'),
  ERR_STREAM_WRITE_AFTER_END: makeNodeError(Error, 'ERR_STREAM_WRITE_AFTER_END', () => 'write after end'),
};

// codes maps each error code to a factory function: codes.ERR_X(...args).
const codes = {};
for (const name of ['ERR_INVALID_ARG_TYPE', 'ERR_INVALID_ARG_VALUE', 'ERR_INVALID_RETURN_VALUE',
  'ERR_MISSING_ARGS', 'ERR_OUT_OF_RANGE', 'ERR_UNKNOWN_ENCODING']) {
  const Ctor = base[name];
  codes[name] = (...args) => new Ctor(...args);
}
for (const name of Object.keys(streamErrors)) {
  const Ctor = streamErrors[name];
  codes[name] = (...args) => new Ctor(...args);
}

class AbortError extends Error {
  constructor(message = 'The operation was aborted', options = undefined) {
    super(message, options);
    this.code = 'ABORT_ERR';
    this.name = 'AbortError';
  }
}

// aggregateTwoErrors combines an earlier error with a later one, as Node does
// when a stream fails while already failing.
function aggregateTwoErrors(inner, outer) {
  if (inner && outer && inner !== outer) {
    if (Array.isArray(outer.errors)) {
      outer.errors.push(inner);
      return outer;
    }
    const err = new AggregateError([outer, inner], outer.message);
    err.code = outer.code;
    return err;
  }
  return inner || outer;
}

module.exports = { codes, AbortError, aggregateTwoErrors };
