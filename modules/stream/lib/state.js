'use strict';
// What every Readable/Writable needs at construction: highWaterMark handling
// and a few shared helpers (kept apart from utils.js so that loading the
// stream classes stays cheap).

const { codes } = require('internal/streams/errors');

const kOnConstructed = Symbol('kOnConstructed');
const nop = () => {};

function validateObject(value, name) {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw codes.ERR_INVALID_ARG_TYPE(name, 'Object', value);
  }
}

function validateInteger(value, name, min = Number.MIN_SAFE_INTEGER, max = Number.MAX_SAFE_INTEGER) {
  if (typeof value !== 'number') throw codes.ERR_INVALID_ARG_TYPE(name, 'number', value);
  if (!Number.isInteger(value)) throw codes.ERR_OUT_OF_RANGE(name, 'an integer', value);
  if (value < min || value > max) throw codes.ERR_OUT_OF_RANGE(name, `>= ${min} && <= ${max}`, value);
}

let defaultHwmBytes = 16 * 1024;
let defaultHwmObjects = 16;

function getDefaultHighWaterMark(objectMode) {
  return objectMode ? defaultHwmObjects : defaultHwmBytes;
}

function setDefaultHighWaterMark(objectMode, value) {
  validateInteger(value, 'value', 0);
  if (objectMode) defaultHwmObjects = value;
  else defaultHwmBytes = value;
}

// getHighWaterMark reads options.highWaterMark (or the duplex-side key) and
// validates it; objectMode must already be set on state.
function getHighWaterMark(state, options, duplexKey, isDuplex) {
  let hwm = options.highWaterMark;
  if (hwm == null && isDuplex) hwm = options[duplexKey];
  if (hwm != null) {
    if (!Number.isInteger(hwm) || hwm < 0) {
      throw codes.ERR_INVALID_ARG_VALUE(isDuplex ? `options.${duplexKey}` : 'options.highWaterMark', hwm);
    }
    return Math.floor(hwm);
  }
  return getDefaultHighWaterMark(state.objectMode);
}

function isEncoding(enc) {
  return typeof Buffer.isEncoding !== 'function' || Buffer.isEncoding(enc);
}

// applyCommonOptions sets what Readable and Writable options share on a new
// state: emitClose, autoDestroy and a validated defaultEncoding (defaults
// live on the state prototypes, so only changes are written).
function applyCommonOptions(state, options) {
  if (options.emitClose === false) state.emitClose = false;
  if (options.autoDestroy === false) state.autoDestroy = false;
  const defaultEncoding = options.defaultEncoding;
  if (defaultEncoding == null || defaultEncoding === 'utf8' || defaultEncoding === 'utf-8') return;
  if (!isEncoding(defaultEncoding)) throw codes.ERR_UNKNOWN_ENCODING(defaultEncoding);
  state.defaultEncoding = defaultEncoding;
}

module.exports = {
  isEncoding,
  applyCommonOptions,
  kOnConstructed, nop, validateObject, validateInteger,
  getDefaultHighWaterMark, setDefaultHighWaterMark, getHighWaterMark,
};
