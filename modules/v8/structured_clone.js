'use strict';
// structuredClone(value[, options]): a copy made as V8's ValueSerializer
// makes it (Maps, Sets, Dates, RegExps, errors, typed arrays and cycles kept;
// a Buffer comes back a Uint8Array), with DataCloneError for what cannot be
// cloned. Transfer lists are accepted; their ArrayBuffers are copied.

const { Serializer, Deserializer } = require('v8');
const { codes: { ERR_INVALID_ARG_TYPE }, makeNodeError } = require('internal/errors');

// node throws this one from C++, with its own wording.
const ERR_MISSING_ARGS = makeNodeError(TypeError, 'ERR_MISSING_ARGS', () => 'The value argument must be specified');

function structuredClone(value, options) {
  if (arguments.length === 0) throw new ERR_MISSING_ARGS();
  if (options !== undefined && (options === null || typeof options !== 'object')) {
    throw new ERR_INVALID_ARG_TYPE('options', 'object', options);
  }
  const serializer = new Serializer();
  serializer.writeHeader();
  try {
    serializer.writeValue(value);
  } catch (err) {
    if (err instanceof Error && / could not be cloned\.$/.test(err.message)) {
      const { DOMException } = require('internal/domexception');
      throw new DOMException(err.message, 'DataCloneError');
    }
    throw err;
  }
  const deserializer = new Deserializer(serializer.releaseBuffer());
  deserializer.readHeader();
  return deserializer.readValue();
}

module.exports = { structuredClone };
