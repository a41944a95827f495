'use strict';
// Writable streams: buffering with backpressure, cork/uncork, writev, final,
// and Node's ordering of callbacks, 'drain', 'prefinish' and 'finish'.

const EE = require('events');
const { Stream } = require('internal/streams/legacy');
const destroyImpl = require('internal/streams/destroy');
const { codes, AbortError } = require('internal/streams/errors');
const {
  kOnConstructed, nop, getHighWaterMark, getDefaultHighWaterMark, isEncoding, applyCommonOptions,
} = require('internal/streams/state');

function addAbortSignal(signal, stream) {
  return require('internal/streams/add-abort-signal').addAbortSignal(signal, stream);
}

const { errorOrDestroy } = destroyImpl;

module.exports = Writable;
Writable.WritableState = WritableState;

Object.setPrototypeOf(Writable.prototype, Stream.prototype);
Object.setPrototypeOf(Writable, Stream);

const kOnFinished = Symbol('kOnFinished');
const kExpectWriteCb = Symbol('kExpectWriteCb');
const kAfterWritePending = Symbol('kAfterWritePending');
const kWritable = Symbol('kWritable');


function WritableState(options, stream, isDuplex) {
  // Only what differs between streams is set here; the other fields start
  // as the prototype's defaults below and become own properties when first
  // assigned (every own property costs an allocation in the engine).
  if (options && (options.objectMode || (isDuplex && options.writableObjectMode))) this.objectMode = true;
  this.highWaterMark = options ?
    getHighWaterMark(this, options, 'writableHighWaterMark', isDuplex) :
    getDefaultHighWaterMark(false);
  if (options) {
    if (options.decodeStrings === false) this.decodeStrings = false;
    applyCommonOptions(this, options);
  }
  // An arrow costs half of what onwrite.bind(undefined, stream) does.
  this.onwrite = (er) => onwrite(stream, er);
}

// noBuffered is buffered while nothing is queued: every state shares it,
// and the first write queued gives the state its own array.
const noBuffered = Object.freeze([]);

Object.assign(WritableState.prototype, {
  objectMode: false,
  finalCalled: false,
  // needDrain: write() returned false and 'drain' is owed.
  needDrain: false,
  // ending: end() was called; ended: end() has returned; finished: 'finish' emitted.
  ending: false,
  ended: false,
  finished: false,
  destroyed: false,
  // decodeStrings: turn strings into Buffers before _write().
  decodeStrings: true,
  defaultEncoding: 'utf8',
  // length: bytes (or objects) written but not yet acknowledged by _write.
  length: 0,
  writing: false,
  corked: 0,
  // sync: _write() is still on the stack (its callback must be deferred).
  sync: true,
  bufferProcessing: false,
  writecb: null,
  writelen: 0,
  afterWriteTickInfo: null,
  // buffered[bufferedIndex..] are the writes waiting for _write().
  buffered: noBuffered,
  bufferedIndex: 0,
  allBuffers: true,
  allNoop: true,
  // pendingcb: write callbacks (and _final) not yet called; 'finish' waits for 0.
  pendingcb: 0,
  constructed: true,
  prefinished: false,
  errorEmitted: false,
  emitClose: true,
  autoDestroy: true,
  errored: null,
  closed: false,
  closeEmitted: false,
});
// end()'s callbacks waiting for 'finish': an array once there is one.
WritableState.prototype[kOnFinished] = null;
WritableState.prototype[kExpectWriteCb] = false;
WritableState.prototype[kAfterWritePending] = false;
WritableState.prototype[kWritable] = undefined;

function resetBuffer(state) {
  if (state.buffered !== noBuffered) state.buffered = noBuffered;
  state.bufferedIndex = 0;
  state.allBuffers = true;
  state.allNoop = true;
}

WritableState.prototype.getBuffer = function getBuffer() {
  return this.buffered.slice(this.bufferedIndex);
};

Object.defineProperties(WritableState.prototype, {
  bufferedRequestCount: {
    __proto__: null,
    get() { return this.buffered.length - this.bufferedIndex; },
  },
  // writable is undefined unless set (false marks a Duplex without a writable side).
  writable: {
    __proto__: null,
    get() { return this[kWritable]; },
    set(value) { this[kWritable] = value == null ? undefined : !!value; },
  },
});

WritableState.prototype[kOnConstructed] = function onConstructed(stream) {
  if (!this.writing) clearBuffer(stream, this);
  if (this.ending) finishMaybe(stream, this);
};

function Writable(options) {
  if (!(this instanceof Writable)) return new Writable(options);

  this._writableState = new WritableState(options, this, false);

  if (options) {
    if (typeof options.write === 'function') this._write = options.write;
    if (typeof options.writev === 'function') this._writev = options.writev;
    if (typeof options.destroy === 'function') this._destroy = options.destroy;
    if (typeof options.final === 'function') this._final = options.final;
    if (typeof options.construct === 'function') this._construct = options.construct;
    if (options.signal) addAbortSignal(options.signal, this);
  }

  Stream.call(this, options);

  if (this._construct != null) {
    destroyImpl.construct(this, () => {
      this._writableState[kOnConstructed](this);
    });
  }
}

// A Duplex is an instanceof Writable too (it only inherits from Readable).
Object.defineProperty(Writable, Symbol.hasInstance, {
  __proto__: null,
  value(object) {
    if (Function.prototype[Symbol.hasInstance].call(this, object)) return true;
    if (this !== Writable) return false;
    return !!(object && object._writableState instanceof WritableState);
  },
});

Writable.prototype.pipe = function () {
  errorOrDestroy(this, codes.ERR_STREAM_CANNOT_PIPE());
};

// writeImpl returns true/false like write(), or the Error it reported.
function writeImpl(stream, chunk, encoding, cb) {
  const state = stream._writableState;
  if (typeof cb !== 'function') cb = nop;
  if (chunk === null) throw codes.ERR_STREAM_NULL_VALUES();

  if (!state.objectMode) {
    if (!encoding) encoding = state.defaultEncoding;
    else if (encoding !== 'buffer' && !isEncoding(encoding)) throw codes.ERR_UNKNOWN_ENCODING(encoding);

    if (typeof chunk === 'string') {
      if (state.decodeStrings) {
        chunk = Buffer.from(chunk, encoding);
        encoding = 'buffer';
      }
    } else if (chunk instanceof Buffer) {
      encoding = 'buffer';
    } else if (ArrayBuffer.isView(chunk)) {
      chunk = Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
      encoding = 'buffer';
    } else {
      throw codes.ERR_INVALID_ARG_TYPE('chunk', ['string', 'Buffer', 'TypedArray', 'DataView'], chunk);
    }
  }

  let err;
  if (state.ending) err = codes.ERR_STREAM_WRITE_AFTER_END();
  else if (state.destroyed) err = codes.ERR_STREAM_DESTROYED('write');

  if (err) {
    process.nextTick(cb, err);
    errorOrDestroy(stream, err, true);
    return err;
  }
  state.pendingcb++;
  return writeOrBuffer(stream, state, chunk, encoding, cb);
}

Writable.prototype.write = function (chunk, encoding, cb) {
  if (typeof encoding === 'function') {
    cb = encoding;
    encoding = null;
  }
  return writeImpl(this, chunk, encoding, cb) === true;
};

Writable.prototype.cork = function () {
  this._writableState.corked++;
};

Writable.prototype.uncork = function () {
  const state = this._writableState;
  if (state.corked) {
    state.corked--;
    if (!state.writing) clearBuffer(this, state);
  }
};

Writable.prototype.setDefaultEncoding = function setDefaultEncoding(encoding) {
  if (typeof encoding === 'string') encoding = encoding.toLowerCase();
  if (!isEncoding(encoding)) throw codes.ERR_UNKNOWN_ENCODING(encoding);
  this._writableState.defaultEncoding = encoding;
  return this;
};

// writeOrBuffer passes the chunk to _write, or queues it while a write is in
// progress, the stream is corked or not yet constructed.
function writeOrBuffer(stream, state, chunk, encoding, callback) {
  const len = state.objectMode ? 1 : chunk.length;
  state.length += len;

  if (state.writing || state.corked || state.errored || !state.constructed) {
    if (state.buffered === noBuffered) state.buffered = [{ chunk, encoding, callback }];
    else state.buffered.push({ chunk, encoding, callback });
    if (state.allBuffers && encoding !== 'buffer') state.allBuffers = false;
    if (state.allNoop && callback !== nop) state.allNoop = false;
  } else {
    state.writelen = len;
    state.writecb = callback;
    state.writing = true;
    state.sync = true;
    state[kExpectWriteCb] = true;
    stream._write(chunk, encoding, state.onwrite);
    state.sync = false;
  }
  return writeResult(state);
}

// writeResult is write()'s return value once the chunk is queued or written.
function writeResult(state) {
  const ret = state.length < state.highWaterMark || state.length === 0;
  if (!ret) state.needDrain = true;
  return ret && !state.destroyed && !state.errored;
}

// writeStarted does what write(chunk) does to an idle stream (nothing
// written, queued, corked or ended) for a stream that has itself started
// writing the chunk's len bytes instead of calling _write: the write then
// completes through state.onwrite, at once if er says it failed. It returns
// what write() returns. (net.Socket writes Buffers this way.)
function writeStarted(stream, len, er) {
  const state = stream._writableState;
  state.pendingcb++;
  state.length += len;
  state.writelen = len;
  state.writecb = nop;
  state.writing = true;
  state.sync = true;
  state[kExpectWriteCb] = true;
  if (er) state.onwrite(er);
  state.sync = false;
  return writeResult(state);
}
Writable[Symbol.for('gonode.streams.writeStarted')] = writeStarted;

function doWrite(stream, state, writev, len, chunk, encoding, cb) {
  state.writelen = len;
  state.writecb = cb;
  state.writing = true;
  state.sync = true;
  state[kExpectWriteCb] = true;
  if (state.destroyed) state.onwrite(codes.ERR_STREAM_DESTROYED('write'));
  else if (writev) stream._writev(chunk, state.onwrite);
  else stream._write(chunk, encoding, state.onwrite);
  state.sync = false;
}

function onwriteError(stream, state, er, cb) {
  --state.pendingcb;
  cb(er);
  // Fail the queued writes too.
  errorBuffer(state);
  errorOrDestroy(stream, er);
}

// onwrite is the callback handed to _write/_writev.
function onwrite(stream, er) {
  const state = stream._writableState;
  if (!state[kExpectWriteCb]) {
    errorOrDestroy(stream, codes.ERR_MULTIPLE_CALLBACK());
    return;
  }

  const sync = state.sync;
  const cb = state.writecb || nop;

  state.writecb = null;
  state.writing = false;
  state[kExpectWriteCb] = false;
  state.length -= state.writelen;
  state.writelen = 0;

  if (er) {
    if (!state.errored) state.errored = er;
    if (stream._readableState && !stream._readableState.errored) stream._readableState.errored = er;
    if (sync) process.nextTick(onwriteError, stream, state, er, cb);
    else onwriteError(stream, state, er, cb);
    return;
  }

  if (state.buffered.length > state.bufferedIndex) clearBuffer(stream, state);

  if (!sync) {
    afterWrite(stream, state, 1, cb);
    return;
  }

  // A synchronous write: callbacks run on the next tick, and consecutive
  // writes with the same callback share one tick.
  // (Node 20 also takes the tick path for every object-mode stream.)
  const needDrain = state.needDrain && state.length === 0;
  const needTick = needDrain || state.objectMode || cb !== nop;
  if (cb === nop) {
    if (!state[kAfterWritePending] && needTick) {
      process.nextTick(afterWrite, stream, state, 1, cb);
      state[kAfterWritePending] = true;
    } else {
      state.pendingcb--;
      if (state.ending) finishMaybe(stream, state, true);
    }
  } else if (state.afterWriteTickInfo !== null && state.afterWriteTickInfo.cb === cb) {
    state.afterWriteTickInfo.count++;
  } else if (needTick) {
    state.afterWriteTickInfo = { count: 1, cb, stream, state };
    process.nextTick(afterWriteTick, state.afterWriteTickInfo);
    state[kAfterWritePending] = true;
  } else {
    state.pendingcb--;
    if (state.ending) finishMaybe(stream, state, true);
  }
}

function afterWriteTick({ stream, state, count, cb }) {
  state.afterWriteTickInfo = null;
  return afterWrite(stream, state, count, cb);
}

function afterWrite(stream, state, count, cb) {
  state[kAfterWritePending] = false;
  const needDrain = !state.ending && !state.destroyed && state.length === 0 && state.needDrain;
  if (needDrain) {
    state.needDrain = false;
    stream.emit('drain');
  }

  while (count-- > 0) {
    state.pendingcb--;
    cb(null);
  }

  if (state.destroyed) errorBuffer(state);
  if (state.ending) finishMaybe(stream, state, true);
}

// errorBuffer fails every queued write and end() callback.
function errorBuffer(state) {
  if (state.writing) return;

  for (let n = state.bufferedIndex; n < state.buffered.length; ++n) {
    const { chunk, callback } = state.buffered[n];
    state.length -= state.objectMode ? 1 : chunk.length;
    callback(state.errored ?? codes.ERR_STREAM_DESTROYED('write'));
  }

  callFinishedCallbacks(state, state.errored ?? codes.ERR_STREAM_DESTROYED('end'));
  resetBuffer(state);
}

// clearBuffer writes out queued chunks: all at once through _writev when
// available, otherwise one by one until a write goes asynchronous.
function clearBuffer(stream, state) {
  if (state.corked || state.bufferProcessing || state.destroyed || !state.constructed) return;

  const { buffered, bufferedIndex, objectMode } = state;
  const bufferedLength = buffered.length - bufferedIndex;
  if (!bufferedLength) return;

  let i = bufferedIndex;
  state.bufferProcessing = true;
  if (bufferedLength > 1 && stream._writev) {
    state.pendingcb -= bufferedLength - 1;
    const callback = state.allNoop ? nop : (err) => {
      for (let n = i; n < buffered.length; ++n) buffered[n].callback(err);
    };
    const chunks = state.allNoop && i === 0 ? buffered : buffered.slice(i);
    chunks.allBuffers = state.allBuffers;
    doWrite(stream, state, true, state.length, chunks, '', callback);
    resetBuffer(state);
  } else {
    do {
      const { chunk, encoding, callback } = buffered[i];
      buffered[i++] = null;
      const len = objectMode ? 1 : chunk.length;
      doWrite(stream, state, false, len, chunk, encoding, callback);
    } while (i < buffered.length && !state.writing);

    if (i === buffered.length) {
      resetBuffer(state);
    } else if (i > 256) {
      buffered.splice(0, i);
      state.bufferedIndex = 0;
    } else {
      state.bufferedIndex = i;
    }
  }
  state.bufferProcessing = false;
}

Writable.prototype._write = function (chunk, encoding, cb) {
  if (this._writev) this._writev([{ chunk, encoding }], cb);
  else throw codes.ERR_METHOD_NOT_IMPLEMENTED('_write()');
};

Writable.prototype._writev = null;

Writable.prototype.end = function (chunk, encoding, cb) {
  const state = this._writableState;

  if (typeof chunk === 'function') {
    cb = chunk;
    chunk = null;
    encoding = null;
  } else if (typeof encoding === 'function') {
    cb = encoding;
    encoding = null;
  }

  let err;
  if (chunk != null) {
    const ret = writeImpl(this, chunk, encoding);
    if (ret instanceof Error) err = ret;
  }

  // end() uncorks completely.
  if (state.corked) {
    state.corked = 1;
    this.uncork();
  }

  if (err) {
    // The write already reported the error.
  } else if (!state.errored && !state.ending) {
    state.ending = true;
    finishMaybe(this, state, true);
    state.ended = true;
  } else if (state.finished) {
    err = codes.ERR_STREAM_ALREADY_FINISHED('end');
  } else if (state.destroyed) {
    err = codes.ERR_STREAM_DESTROYED('end');
  }

  if (typeof cb === 'function') {
    if (err) process.nextTick(cb, err);
    else if (state.errored) process.nextTick(cb, state.errored);
    else if (state.finished) process.nextTick(cb, null);
    else if (state[kOnFinished] === null) state[kOnFinished] = [cb];
    else state[kOnFinished].push(cb);
  }
  return this;
};

function needFinish(state) {
  return state.ending &&
    !state.destroyed &&
    state.constructed &&
    state.length === 0 &&
    !state.errored &&
    state.buffered.length === 0 &&
    !state.finished &&
    !state.writing &&
    !state.errorEmitted &&
    !state.closeEmitted;
}

function onFinish(stream, state, err) {
  if (state.prefinished) {
    errorOrDestroy(stream, err ?? codes.ERR_MULTIPLE_CALLBACK());
    return;
  }
  state.pendingcb--;
  if (err) {
    callFinishedCallbacks(state, err);
    errorOrDestroy(stream, err, state.sync);
  } else if (needFinish(state)) {
    state.prefinished = true;
    stream.emit('prefinish');
    // Backwards compatibility: 'finish' follows on the next tick.
    state.pendingcb++;
    process.nextTick(finish, stream, state);
  }
}

// prefinish calls _final (once), or emits 'prefinish' directly.
function prefinish(stream, state) {
  if (state.prefinished || state.finalCalled) return;
  if (typeof stream._final === 'function' && !state.destroyed) {
    state.finalCalled = true;
    state.sync = true;
    state.pendingcb++;
    try {
      stream._final((err) => onFinish(stream, state, err));
    } catch (err) {
      onFinish(stream, state, err);
    }
    state.sync = false;
  } else {
    state.finalCalled = true;
    state.prefinished = true;
    stream.emit('prefinish');
  }
}

function finishMaybe(stream, state, sync) {
  if (!needFinish(state)) return;
  prefinish(stream, state);
  if (state.pendingcb !== 0) return;
  if (sync) {
    state.pendingcb++;
    process.nextTick(finishIfNeeded, stream, state);
  } else if (needFinish(state)) {
    state.pendingcb++;
    finish(stream, state);
  }
}

function finishIfNeeded(stream, state) {
  if (needFinish(state)) finish(stream, state);
  else state.pendingcb--;
}

function finish(stream, state) {
  state.pendingcb--;
  state.finished = true;

  callFinishedCallbacks(state, null);
  stream.emit('finish');

  if (state.autoDestroy) {
    // A duplex is destroyed once its readable side has ended too.
    const rState = stream._readableState;
    const autoDestroy = !rState || (rState.autoDestroy && (rState.endEmitted || rState.readable === false));
    if (autoDestroy) stream.destroy();
  }
}

function callFinishedCallbacks(state, err) {
  const callbacks = state[kOnFinished];
  if (callbacks === null) return;
  state[kOnFinished] = null;
  for (let i = 0; i < callbacks.length; i++) callbacks[i](err);
}

Object.defineProperties(Writable.prototype, {
  closed: {
    __proto__: null,
    get() { return this._writableState ? this._writableState.closed : false; },
  },
  destroyed: {
    __proto__: null,
    get() { return this._writableState ? this._writableState.destroyed : false; },
    set(value) {
      if (this._writableState) this._writableState.destroyed = value;
    },
  },
  writable: {
    __proto__: null,
    get() {
      const w = this._writableState;
      return !!w && w.writable !== false && !w.destroyed && !w.errored && !w.ending && !w.ended;
    },
    set(val) {
      if (this._writableState) this._writableState.writable = !!val;
    },
  },
  writableFinished: {
    __proto__: null,
    get() { return this._writableState ? this._writableState.finished : false; },
  },
  writableObjectMode: {
    __proto__: null,
    get() { return this._writableState ? this._writableState.objectMode : false; },
  },
  writableBuffer: {
    __proto__: null,
    get() { return this._writableState && this._writableState.getBuffer(); },
  },
  writableEnded: {
    __proto__: null,
    get() { return this._writableState ? this._writableState.ending : false; },
  },
  writableNeedDrain: {
    __proto__: null,
    get() {
      const w = this._writableState;
      if (!w) return false;
      return !w.destroyed && !w.ending && w.needDrain;
    },
  },
  writableHighWaterMark: {
    __proto__: null,
    get() { return this._writableState && this._writableState.highWaterMark; },
  },
  writableCorked: {
    __proto__: null,
    get() { return this._writableState ? this._writableState.corked : 0; },
  },
  writableLength: {
    __proto__: null,
    get() { return this._writableState && this._writableState.length; },
  },
  errored: {
    __proto__: null,
    enumerable: false,
    get() { return this._writableState ? this._writableState.errored : null; },
  },
  writableAborted: {
    __proto__: null,
    get() {
      const w = this._writableState;
      return w.writable !== false && !!(w.destroyed || w.errored) && !w.finished;
    },
  },
});

const destroy = destroyImpl.destroy;
Writable.fromWeb = function (writableStream, options) {
  return require('internal/webstreams/adapters').writableFromWeb(writableStream, options);
};

Writable.toWeb = function (streamWritable) {
  return require('internal/webstreams/adapters').writableToWeb(streamWritable);
};

Writable.prototype.destroy = function (err, cb) {
  const state = this._writableState;
  // Fail pending writes once the stream is destroyed.
  if (!state.destroyed && (state.bufferedIndex < state.buffered.length || state[kOnFinished] !== null)) {
    process.nextTick(errorBuffer, state);
  }
  destroy.call(this, err, cb);
  return this;
};

Writable.prototype._undestroy = destroyImpl.undestroy;
Writable.prototype._destroy = function (err, cb) {
  cb(err);
};

Writable.prototype[EE.captureRejectionSymbol] = function (err) {
  this.destroy(err);
};

if (typeof Symbol.asyncDispose === 'symbol') {
  Writable.prototype[Symbol.asyncDispose] = function () {
    let error;
    if (!this.destroyed) {
      error = this.writableFinished ? null : new AbortError();
      this.destroy(error);
    }
    const eos = require('internal/streams/end-of-stream');
    return new Promise((resolve, reject) =>
      eos(this, (err) => (err && err.name !== 'AbortError' ? reject(err) : resolve(null))));
  };
}
