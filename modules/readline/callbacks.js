'use strict';
// internal/readline/callbacks: readline's cursor functions (cursorTo,
// moveCursor, clearLine, clearScreenDown) that write ANSI sequences to a
// stream, the validators and errors the readline modules share.

const { codes, makeNodeError } = require('internal/errors');
const { validateString, validateFunction, validateBoolean, validateArray, validateAbortSignal, validateNumber, validateInteger, validateUint32 } = require('internal/validators');

const { ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE, ERR_OUT_OF_RANGE } = codes;
const ERR_USE_AFTER_CLOSE = makeNodeError(Error, 'ERR_USE_AFTER_CLOSE', (name) => `${name} was closed`);
const ERR_INVALID_CURSOR_POS = makeNodeError(TypeError, 'ERR_INVALID_CURSOR_POS',
  () => 'Cannot set cursor row without setting its column');

const CSI = {
  kClearToLineBeginning: '\x1b[1K',
  kClearToLineEnd: '\x1b[0K',
  kClearLine: '\x1b[2K',
  kClearScreenDown: '\x1b[0J',
};

// noStream reports success without a stream, calling back on the next tick.
function noStream(callback) {
  if (typeof callback === 'function') process.nextTick(callback, null);
  return true;
}

// cursorTo moves the cursor to column x (and row y when given).
function cursorTo(stream, x, y, callback) {
  if (callback !== undefined) validateFunction(callback, 'callback');
  if (typeof y === 'function') {
    callback = y;
    y = undefined;
  }
  if (Number.isNaN(x)) throw new ERR_INVALID_ARG_VALUE('x', x);
  if (Number.isNaN(y)) throw new ERR_INVALID_ARG_VALUE('y', y);
  if (stream == null || (typeof x !== 'number' && typeof y !== 'number')) return noStream(callback);
  if (typeof x !== 'number') throw new ERR_INVALID_CURSOR_POS();
  const data = typeof y !== 'number' ? `\x1b[${x + 1}G` : `\x1b[${y + 1};${x + 1}H`;
  return stream.write(data, callback);
}

// moveCursor moves the cursor dx columns and dy rows from where it is.
function moveCursor(stream, dx, dy, callback) {
  if (callback !== undefined) validateFunction(callback, 'callback');
  if (stream == null || !(dx || dy)) return noStream(callback);
  let data = '';
  if (dx < 0) data += `\x1b[${-dx}D`;
  else if (dx > 0) data += `\x1b[${dx}C`;
  if (dy < 0) data += `\x1b[${-dy}A`;
  else if (dy > 0) data += `\x1b[${dy}B`;
  return stream.write(data, callback);
}

// clearLine clears left of the cursor (dir < 0), right of it (dir > 0) or the
// whole line.
function clearLine(stream, dir, callback) {
  if (callback !== undefined) validateFunction(callback, 'callback');
  if (stream === null || stream === undefined) return noStream(callback);
  const data = dir < 0 ? CSI.kClearToLineBeginning : dir > 0 ? CSI.kClearToLineEnd : CSI.kClearLine;
  return stream.write(data, callback);
}

// clearScreenDown clears from the cursor to the end of the screen.
function clearScreenDown(stream, callback) {
  if (callback !== undefined) validateFunction(callback, 'callback');
  if (stream === null || stream === undefined) return noStream(callback);
  return stream.write(CSI.kClearScreenDown, callback);
}

module.exports = {
  cursorTo, moveCursor, clearLine, clearScreenDown, CSI,
  ERR_USE_AFTER_CLOSE, ERR_INVALID_CURSOR_POS,
  validateString, validateFunction, validateBoolean, validateArray, validateAbortSignal,
  validateNumber, validateInteger, validateUint32,
};
