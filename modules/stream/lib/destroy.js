'use strict';
// destroy(), construct() and error routing shared by all stream classes.

const { codes, AbortError, aggregateTwoErrors } = require('internal/streams/errors');

const kIsDestroyed = Symbol.for('nodejs.stream.destroyed');

const kDestroy = Symbol('kDestroy');
const kConstruct = Symbol('kConstruct');

function recordError(err, w, r) {
  if (!err) return;
  if (w && !w.errored) w.errored = err;
  if (r && !r.errored) r.errored = err;
}

// destroy is Readable/Writable.prototype.destroy.
function destroy(err, cb) {
  const r = this._readableState;
  const w = this._writableState;
  const s = w || r;
  if ((w && w.destroyed) || (r && r.destroyed)) {
    if (typeof cb === 'function') cb();
    return this;
  }
  recordError(err, w, r);
  if (w) w.destroyed = true;
  if (r) r.destroyed = true;
  if (!s.constructed) {
    this.once(kDestroy, function (er) {
      runDestroy(this, aggregateTwoErrors(er, err), cb);
    });
  } else {
    runDestroy(this, err, cb);
  }
  return this;
}

function runDestroy(self, err, cb) {
  let called = false;
  function onDestroy(err) {
    if (called) return;
    called = true;
    const r = self._readableState;
    const w = self._writableState;
    recordError(err, w, r);
    if (w) w.closed = true;
    if (r) r.closed = true;
    if (typeof cb === 'function') cb(err);
    if (err) process.nextTick(emitErrorCloseNT, self, err);
    else process.nextTick(emitCloseNT, self);
  }
  try {
    self._destroy(err || null, onDestroy);
  } catch (e) {
    onDestroy(e);
  }
}

function emitErrorCloseNT(self, err) {
  emitErrorNT(self, err);
  emitCloseNT(self);
}

function emitCloseNT(self) {
  const r = self._readableState;
  const w = self._writableState;
  if (w) w.closeEmitted = true;
  if (r) r.closeEmitted = true;
  if ((w && w.emitClose) || (r && r.emitClose)) self.emit('close');
}

function emitErrorNT(self, err) {
  const r = self._readableState;
  const w = self._writableState;
  if ((w && w.errorEmitted) || (r && r.errorEmitted)) return;
  if (w) w.errorEmitted = true;
  if (r) r.errorEmitted = true;
  self.emit('error', err);
}

// undestroy resets a destroyed stream so that it can be used again. A
// field is set only when it changes, so that a field still at its default
// stays on the prototype (and a stream that was never destroyed, as every
// new net.Socket that connects, only has its fields read).
function undestroy() {
  const r = this._readableState;
  const w = this._writableState;
  if (r) {
    const ended = r.readable === false;
    if (r.constructed !== true) r.constructed = true;
    if (r.closed !== false) r.closed = false;
    if (r.closeEmitted !== false) r.closeEmitted = false;
    if (r.destroyed !== false) r.destroyed = false;
    if (r.errored !== null) r.errored = null;
    if (r.errorEmitted !== false) r.errorEmitted = false;
    if (r.reading !== false) r.reading = false;
    if (r.ended !== ended) r.ended = ended;
    if (r.endEmitted !== ended) r.endEmitted = ended;
  }
  if (w) {
    const ended = w.writable === false;
    if (w.constructed !== true) w.constructed = true;
    if (w.destroyed !== false) w.destroyed = false;
    if (w.closed !== false) w.closed = false;
    if (w.closeEmitted !== false) w.closeEmitted = false;
    if (w.errored !== null) w.errored = null;
    if (w.errorEmitted !== false) w.errorEmitted = false;
    if (w.finalCalled !== false) w.finalCalled = false;
    if (w.prefinished !== false) w.prefinished = false;
    if (w.ended !== ended) w.ended = ended;
    if (w.ending !== ended) w.ending = ended;
    if (w.finished !== ended) w.finished = ended;
  }
}

// errorOrDestroy destroys the stream with err when autoDestroy is on, and
// otherwise records and emits the error.
function errorOrDestroy(stream, err, sync) {
  const r = stream._readableState;
  const w = stream._writableState;
  if ((w && w.destroyed) || (r && r.destroyed)) return;
  if ((r && r.autoDestroy) || (w && w.autoDestroy)) {
    stream.destroy(err);
  } else if (err) {
    if (w && !w.errored) w.errored = err;
    if (r && !r.errored) r.errored = err;
    if (sync) process.nextTick(emitErrorNT, stream, err);
    else emitErrorNT(stream, err);
  }
}

// construct runs stream._construct (if any) on the next tick, holding back
// reads, writes and destroy until its callback.
function construct(stream, cb) {
  if (typeof stream._construct !== 'function') return;
  const r = stream._readableState;
  const w = stream._writableState;
  if (r) r.constructed = false;
  if (w) w.constructed = false;
  stream.once(kConstruct, cb);
  if (stream.listenerCount(kConstruct) > 1) return;
  process.nextTick(constructNT, stream);
}

function constructNT(stream) {
  let called = false;
  function onConstruct(err) {
    if (called) {
      errorOrDestroy(stream, err ?? codes.ERR_MULTIPLE_CALLBACK());
      return;
    }
    called = true;
    const r = stream._readableState;
    const w = stream._writableState;
    const s = w || r;
    if (r) r.constructed = true;
    if (w) w.constructed = true;
    if (s.destroyed) stream.emit(kDestroy, err);
    else if (err) errorOrDestroy(stream, err, true);
    else stream.emit(kConstruct);
  }
  try {
    stream._construct((err) => {
      process.nextTick(onConstruct, err);
    });
  } catch (err) {
    process.nextTick(onConstruct, err);
  }
}

function isRequest(stream) {
  return !!(stream && stream.setHeader && typeof stream.abort === 'function');
}

function emitCloseLegacy(stream) {
  stream.emit('close');
}

function emitErrorCloseLegacy(stream, err) {
  stream.emit('error', err);
  process.nextTick(emitCloseLegacy, stream);
}

// destroyer destroys any kind of stream (stream.destroy()).
function destroyer(stream, err) {
  const { isDestroyed, isFinished, isServerRequest } = require('internal/streams/utils');
  if (!stream || isDestroyed(stream)) return;
  if (!err && !isFinished(stream)) err = new AbortError();
  if (isServerRequest(stream)) {
    stream.socket = null;
    stream.destroy(err);
  } else if (isRequest(stream)) {
    stream.abort();
  } else if (isRequest(stream.req)) {
    stream.req.abort();
  } else if (typeof stream.destroy === 'function') {
    stream.destroy(err);
  } else if (typeof stream.close === 'function') {
    stream.close();
  } else if (err) {
    process.nextTick(emitErrorCloseLegacy, stream, err);
  } else {
    process.nextTick(emitCloseLegacy, stream);
  }
  if (!stream.destroyed) stream[kIsDestroyed] = true;
}

module.exports = { construct, destroyer, destroy, undestroy, errorOrDestroy };
