'use strict';
// Error factories for the stream modules, built on the shared internal/errors
// (message texts match Node's). internal/errors is loaded on the first error.

const streamMessages = {
  ERR_ILLEGAL_CONSTRUCTOR: [TypeError, () => 'Illegal constructor'],
  ERR_METHOD_NOT_IMPLEMENTED: [Error, (method) => `The ${method} method is not implemented`],
  ERR_MULTIPLE_CALLBACK: [Error, () => 'Callback called multiple times'],
  ERR_STREAM_ALREADY_FINISHED: [Error, (name) => `Cannot call ${name} after a stream was finished`],
  ERR_STREAM_CANNOT_PIPE: [Error, () => 'Cannot pipe, not readable'],
  ERR_STREAM_DESTROYED: [Error, (name) => `Cannot call ${name} after a stream was destroyed`],
  ERR_STREAM_NULL_VALUES: [TypeError, () => 'May not write null values to stream'],
  ERR_STREAM_PREMATURE_CLOSE: [Error, () => 'Premature close'],
  ERR_STREAM_PUSH_AFTER_EOF: [Error, () => 'stream.push() after EOF'],
  ERR_STREAM_UNSHIFT_AFTER_END_EVENT: [Error, () => 'stream.unshift() after end event'],
  ERR_STREAM_WRITE_AFTER_END: [Error, () => 'write after end'],
};
const sharedCodes = ['ERR_INVALID_ARG_TYPE', 'ERR_INVALID_ARG_VALUE', 'ERR_INVALID_RETURN_VALUE',
  'ERR_MISSING_ARGS', 'ERR_OUT_OF_RANGE', 'ERR_UNKNOWN_ENCODING'];

const ctors = new Map();
function ctor(code) {
  let C = ctors.get(code);
  if (C === undefined) {
    const shared = require('internal/errors');
    const def = streamMessages[code];
    C = def ? shared.makeNodeError(def[0], code, def[1]) : shared.codes[code];
    ctors.set(code, C);
  }
  return C;
}

// codes maps each error code to a factory function: codes.ERR_X(...args).
const codes = {};
for (const code of [...sharedCodes, ...Object.keys(streamMessages)]) {
  codes[code] = (...args) => new (ctor(code))(...args);
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
