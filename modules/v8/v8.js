'use strict';
// node:v8 — the serialization API (V8's ValueSerializer format, as node's
// DefaultSerializer writes it: ArrayBufferViews as host objects).

const binding = require('internal/v8');

function serialize(value) {
  return binding.serialize(value);
}

function deserialize(buffer) {
  return binding.deserialize(buffer);
}

module.exports = { serialize, deserialize };
