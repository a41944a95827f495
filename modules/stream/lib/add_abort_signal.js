'use strict';
// addAbortSignal(signal, stream): destroy stream with an AbortError on abort.

const { AbortError, codes } = require('internal/streams/errors');
const { isNodeStream, addAbortListener } = require('internal/streams/utils');
const eos = require('internal/streams/end-of-stream');

function addAbortSignal(signal, stream) {
  if (signal === null || typeof signal !== 'object' || !('aborted' in signal)) {
    throw codes.ERR_INVALID_ARG_TYPE('signal', 'AbortSignal', signal);
  }
  if (!isNodeStream(stream)) {
    throw codes.ERR_INVALID_ARG_TYPE('stream', ['ReadableStream', 'WritableStream', 'Stream'], stream);
  }
  return addAbortSignalNoValidate(signal, stream);
}

function addAbortSignalNoValidate(signal, stream) {
  if (signal === null || typeof signal !== 'object' || !('aborted' in signal)) return stream;
  const onAbort = () => {
    stream.destroy(new AbortError(undefined, { cause: signal.reason }));
  };
  if (signal.aborted) {
    onAbort();
  } else {
    const remove = addAbortListener(signal, onAbort);
    eos(stream, remove);
  }
  return stream;
}

module.exports = { addAbortSignal, addAbortSignalNoValidate };
