'use strict';
// net: Socket (a stream.Duplex over a native TCP or Pipe handle) and Server,
// following Node's lib/net.js behaviour: event order, error shapes, half-open
// handling, timeouts, and the cluster hooks of listen().

const EventEmitter = require('events');
const stream = require('stream');
const { validateAbortSignal, addAbortListener } = require('internal/streams/utils');
const { Buffer } = require('buffer');
const internal = require('internal/net');
const { hasObserver, startPerf, stopPerf } = require('internal/perf/observe');
const {
  binding, isIP, isIPv4, isIPv6, isPipeName, toNumber,
  validateString, validateFunction, validateNumber, validateInt32, validatePort,
  getTimerDuration, errnoException, exceptionWithHostPort, uvExceptionWithHostPort, uvException,
  HandleOptions,
} = internal;
const {
  ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE, ERR_MISSING_ARGS, ERR_SERVER_ALREADY_LISTEN,
  ERR_SERVER_NOT_RUNNING, ERR_SOCKET_CLOSED, ERR_SOCKET_CLOSED_BEFORE_CONNECTION, ERR_INVALID_IP_ADDRESS,
  ERR_INVALID_FD_TYPE, ERR_INVALID_ADDRESS_FAMILY, ERR_INVALID_HANDLE_TYPE, ERR_SOCKET_CONNECTION_TIMEOUT,
  ERR_WRITE_NOT_BUFFER,
} = internal.codes;
const { TCP, Pipe, UV_EOF, UV_EINVAL, UV_ENOTCONN } = binding;
const kDataListening = stream.Readable[Symbol.for('gonode.streams.kDataListening')];
const pushedFlowing = stream.Readable[Symbol.for('gonode.streams.pushedFlowing')];

const kOwner = Symbol('owner');
const kTimeout = Symbol('timeout');
const kLastWriteQueueSize = Symbol('lastWriteQueueSize');
const kSetNoDelay = Symbol('kSetNoDelay');
const kSetKeepAlive = Symbol('kSetKeepAlive');
const kKeepAliveInitialDelay = Symbol('kKeepAliveInitialDelay');
// kClosedHandle: the handle a destroyed socket had, for its byte counts.
const kClosedHandle = Symbol('kClosedHandle');
const kNormalized = Symbol('normalizedArgs');
// The onread option: the user's buffer (or true while a function makes
// them), that function, and the callback chunks go to instead of 'data'.
const kBuffer = Symbol('kBuffer');
const kBufferGen = Symbol('kBufferGen');
const kBufferCb = Symbol('kBufferCb');

const DEFAULT_IPV4_ADDR = '0.0.0.0';
const DEFAULT_IPV6_ADDR = '::';
const UV_EADDRINUSE = -98;
const UV_ETIMEDOUT = -110;
const UV_ECANCELED = -125;

let autoSelectFamilyDefault = binding.autoSelectFamilyDefault;
let autoSelectFamilyAttemptTimeoutDefault = binding.autoSelectFamilyAttemptTimeoutDefault;

function noop() {}
const kNoOptions = Object.freeze({});

// cluster is loaded on first listen(); a cluster worker's servers listen
// through the primary.
let cluster;
function loadCluster() {
  try {
    return require('cluster');
  } catch (err) {
    if (err && err.code === 'MODULE_NOT_FOUND') return null;
    throw err;
  }
}

function createHandle(fd, isServer) {
  const type = binding.guessHandleType(fd);
  if (type === 'PIPE') return new Pipe(isServer ? binding.SERVER : binding.SOCKET);
  if (type === 'TCP') return new TCP(isServer ? binding.SERVER : binding.SOCKET);
  throw new ERR_INVALID_FD_TYPE(type);
}

function isStreamHandle(h) {
  return h instanceof TCP || h instanceof Pipe;
}

// normalizeArgs turns (options[, cb]), (path[, cb]) and ([port][, host][, cb])
// into [options, cb].
function normalizeArgs(args) {
  let arr;
  if (args.length === 0) {
    arr = [{}, null];
    arr[kNormalized] = true;
    return arr;
  }
  const arg0 = args[0];
  let options = {};
  if (typeof arg0 === 'object' && arg0 !== null) {
    options = arg0;
  } else if (isPipeName(arg0)) {
    options.path = arg0;
  } else {
    options.port = arg0;
    if (args.length > 1 && typeof args[1] === 'string') options.host = args[1];
  }
  const cb = args[args.length - 1];
  arr = typeof cb === 'function' ? [options, cb] : [options, null];
  arr[kNormalized] = true;
  return arr;
}

function createServer(options, connectionListener) {
  return new Server(options, connectionListener);
}

function connect(...args) {
  const normalized = normalizeArgs(args);
  const options = normalized[0];
  const socket = new Socket(options);
  if (options.timeout) socket.setTimeout(options.timeout);
  return socket.connect(normalized);
}

// ---------------------------------------------------------------- Socket

// initSocketHandle ties self to its handle. A socket being constructed has
// no destroyed state to undo, unless a subclass's _construct is pending
// (undestroy then marks it constructed, as in node).
function initSocketHandle(self, constructing) {
  if (!constructing || !self._readableState.constructed || !self._writableState.constructed) {
    self._undestroy();
  }
  if (self._sockname !== null) self._sockname = null;
  if (self._handle) {
    self._handle[kOwner] = self;
    self._handle.onread = onStreamRead;
    let userBuf = self[kBuffer];
    if (userBuf) {
      const bufGen = self[kBufferGen];
      if (bufGen !== null) {
        userBuf = bufGen();
        if (!(userBuf instanceof Uint8Array)) return;
        self[kBuffer] = userBuf;
      }
      self._handle.onread = onUserBufferRead;
      self._handle.useUserBuffer(userBuf);
    }
  }
}

function Socket(options) {
  if (!(this instanceof Socket)) return new Socket(options);
  if (options instanceof HandleOptions) {
    stream.Duplex.call(this);
  } else {
    if (options && options.objectMode) {
      throw new ERR_INVALID_ARG_VALUE('options.objectMode', options.objectMode, 'is not supported');
    } else if (options && (options.readableObjectMode || options.writableObjectMode)) {
      throw new ERR_INVALID_ARG_VALUE(
        `options.${options.readableObjectMode ? 'readableObjectMode' : 'writableObjectMode'}`,
        options.readableObjectMode || options.writableObjectMode, 'is not supported');
    }
    if (typeof options === 'number') options = { fd: options };
    else if (options == null) options = kNoOptions;
    // The Duplex reads the caller's options as they are (cheaper than
    // node's copy of them).
    stream.Duplex.call(this, options);
  }

  // Four options are not the caller's: half-open handling is the Duplex's
  // (allowHalfOpen false ends the writable side after 'end'); 'close' is
  // emitted by the handle's close.
  this.allowHalfOpen = Boolean(options.allowHalfOpen);
  const rState = this._readableState;
  const wState = this._writableState;
  rState.emitClose = false;
  wState.emitClose = false;
  if (options.autoDestroy === false) {
    rState.autoDestroy = true;
    wState.autoDestroy = true;
  }
  wState.decodeStrings = false;

  if (options.handle) {
    this._handle = options.handle;
  } else if (options.fd !== undefined) {
    const { fd } = options;
    validateInt32(fd, 'fd', 0);
    this._handle = createHandle(fd, false);
    const err = this._handle.open(fd);
    if (err) throw errnoException(err, 'open');
  }

  // As node: chunks go to onread.callback in onread.buffer (or a buffer
  // onread.buffer() makes), not to 'data'.
  const onread = options.onread;
  if (onread !== null && typeof onread === 'object' &&
      (onread.buffer instanceof Uint8Array || typeof onread.buffer === 'function') &&
      typeof onread.callback === 'function') {
    if (typeof onread.buffer === 'function') {
      this[kBuffer] = true;
      this[kBufferGen] = onread.buffer;
    } else {
      this[kBuffer] = onread.buffer;
    }
    this[kBufferCb] = onread.callback;
    Object.defineProperty(this, 'read', { __proto__: null, value: userBufferRead, writable: true, configurable: true });
  }

  this.on('end', onReadableStreamEnd);
  initSocketHandle(this, true);

  if (this._handle && options.readable !== false) {
    if (options.pauseOnCreate) {
      this._handle.reading = false;
      this._handle.readStop();
      this.readableFlowing = false;
    } else if (!options.manualStart) {
      startReading(this);
    }
  }

  if (options.noDelay) this[kSetNoDelay] = true;
  if (options.keepAlive) this[kSetKeepAlive] = true;
  if (options.keepAliveInitialDelay !== undefined) {
    validateNumber(options.keepAliveInitialDelay, 'options.keepAliveInitialDelay');
    if (options.keepAliveInitialDelay > 0) this[kKeepAliveInitialDelay] = ~~(options.keepAliveInitialDelay / 1000);
  }
}
Object.setPrototypeOf(Socket.prototype, stream.Duplex.prototype);
Object.setPrototypeOf(Socket, stream.Duplex);
// Defaults of the internal fields, kept on the prototype until a socket
// changes them (fewer own properties make sockets cheaper to create; a
// goja object slows down past eight).
Socket.prototype.connecting = false;
Socket.prototype[kBuffer] = null;
Socket.prototype[kBufferGen] = null;
Socket.prototype[kBufferCb] = null;
Socket.prototype._hadError = false;
Socket.prototype._handle = null;
Socket.prototype._parent = null;
Socket.prototype._host = null;
Socket.prototype._sockname = null;
Socket.prototype._pendingData = null;
Socket.prototype._pendingEncoding = '';
Socket.prototype.server = null;
Socket.prototype._server = null;
Socket.prototype[kLastWriteQueueSize] = 0;
Socket.prototype[kTimeout] = null;
Socket.prototype[kClosedHandle] = null;
Socket.prototype[kSetNoDelay] = false;
Socket.prototype[kSetKeepAlive] = false;
Socket.prototype[kKeepAliveInitialDelay] = 0;

// Refresh the inactivity timeout of the socket (and of its parents). The
// socket's own paths call it only when it or a parent has a timeout
// (self[kTimeout] !== null || self._parent !== null), which most sockets
// never have.
Socket.prototype._unrefTimer = function _unrefTimer() {
  for (let s = this; s !== null; s = s._parent) {
    if (s[kTimeout]) s[kTimeout].refresh();
  }
};

// Called when the readable side has ended ('end').
function onReadableStreamEnd() {
  if (!this.allowHalfOpen) this.write = writeAfterFIN;
}

// A better error than 'write after end' for writing once the peer's FIN
// ended the socket.
function writeAfterFIN(chunk, encoding, cb) {
  if (!this.writableEnded) return stream.Duplex.prototype.write.call(this, chunk, encoding, cb);
  if (typeof encoding === 'function') cb = encoding;
  const er = new Error('This socket has been ended by the other party');
  er.code = 'EPIPE';
  if (typeof cb === 'function') process.nextTick(cb, er);
  this.destroy(er);
  return false;
}

Socket.prototype.setTimeout = function setTimeout(msecs, callback) {
  if (this.destroyed) return this;
  this.timeout = msecs;
  msecs = getTimerDuration(msecs, 'msecs');
  clearTimeout(this[kTimeout]);
  this[kTimeout] = null;
  if (msecs === 0) {
    if (callback !== undefined) {
      validateFunction(callback, 'callback');
      this.removeListener('timeout', callback);
    }
  } else {
    this[kTimeout] = globalThis.setTimeout(this._onTimeout.bind(this), msecs);
    this[kTimeout].unref();
    if (callback !== undefined) {
      validateFunction(callback, 'callback');
      this.once('timeout', callback);
    }
  }
  return this;
};

Socket.prototype._onTimeout = function _onTimeout() {
  const handle = this._handle;
  const last = this[kLastWriteQueueSize];
  if (last > 0 && handle) {
    // Writes still progressing count as activity.
    const size = handle.writeQueueSize;
    if (last !== size) {
      this[kLastWriteQueueSize] = size;
      this._unrefTimer();
      return;
    }
  }
  this.emit('timeout');
};

Socket.prototype.setNoDelay = function setNoDelay(enable) {
  enable = Boolean(enable === undefined ? true : enable);
  if (!this._handle) {
    this[kSetNoDelay] = enable;
    return this;
  }
  if (this._handle.setNoDelay && enable !== this[kSetNoDelay]) {
    this[kSetNoDelay] = enable;
    this._handle.setNoDelay(enable);
  }
  return this;
};

Socket.prototype.setKeepAlive = function setKeepAlive(enable, initialDelayMsecs) {
  enable = Boolean(enable);
  const initialDelay = ~~(initialDelayMsecs / 1000);
  if (!this._handle) {
    this[kSetKeepAlive] = enable;
    this[kKeepAliveInitialDelay] = initialDelay;
    return this;
  }
  if (!this._handle.setKeepAlive) return this;
  if (enable !== this[kSetKeepAlive] || (enable && this[kKeepAliveInitialDelay] !== initialDelay)) {
    this[kSetKeepAlive] = enable;
    this[kKeepAliveInitialDelay] = initialDelay;
    this._handle.setKeepAlive(enable, initialDelay);
  }
  return this;
};

Socket.prototype.address = function address() {
  return this._getsockname();
};

Object.defineProperty(Socket.prototype, '_connecting', {
  __proto__: null,
  get() {
    return this.connecting;
  },
});

Object.defineProperty(Socket.prototype, 'pending', {
  __proto__: null,
  get() {
    return !this._handle || this.connecting;
  },
  configurable: true,
});

Object.defineProperty(Socket.prototype, 'readyState', {
  __proto__: null,
  get() {
    if (this.connecting) return 'opening';
    if (this.readable && this.writable) return 'open';
    if (this.readable && !this.writable) return 'readOnly';
    if (!this.readable && this.writable) return 'writeOnly';
    return 'closed';
  },
});

Object.defineProperty(Socket.prototype, 'bufferSize', {
  __proto__: null,
  get() {
    if (this._handle) return this.writableLength;
    return undefined;
  },
});

Object.defineProperty(Socket.prototype, 'timeout', {
  __proto__: null,
  value: undefined,
  writable: true,
  configurable: true,
});

const socketRead = function _read(n) {
  if (this.connecting || !this._handle) {
    this.once('connect', () => this._read(n));
  } else if (!this._handle.reading) {
    tryReadStart(this);
  }
};

Socket.prototype._read = socketRead;

const readableRead = stream.Readable.prototype.read;

// startReading is a new socket's read(0): with nothing buffered, ended or
// reading, that read only starts the handle reading (its _read) and sets
// the state as below.
function startReading(socket) {
  const state = socket._readableState;
  if (socket.read !== readableRead || socket._read !== socketRead || state.reading || state.ended ||
      state.destroyed || state.errored || !state.constructed || state.length !== 0) {
    socket.read(0);
    return;
  }
  state.reading = true;
  state.needReadable = true;
  // read() runs _read with sync set (a new state's default).
  if (!state.sync) state.sync = true;
  tryReadStart(socket);
  state.sync = false;
}

function tryReadStart(socket) {
  socket._handle.reading = true;
  const err = socket._handle.readStart();
  if (err) socket.destroy(errnoException(err, 'read'));
}

const duplexEnd = stream.Duplex.prototype.end;
const writeStarted = stream.Writable[Symbol.for('gonode.streams.writeStarted')];

// write is Writable's write with a shortcut for its most common use, in the
// binding (writeSocket): a Buffer (or a string in the default utf8) written
// without a callback to a connected socket that is writing nothing else
// goes to the handle at once, and when the kernel takes all of it, nothing
// in the stream's state changes (but sync, which a write leaves false).
// Otherwise the stream is left as _write() would have left it, with
// writeRest's help.
Socket.prototype.write = binding.writeSocket;

// writeRest finishes a write the handle did not complete at once: r > 0 when
// a write request took the rest, r < 0 an errno. It returns what write()
// returns.
function writeRest(chunk, r) {
  if (r > 0) this[kLastWriteQueueSize] = this._handle.writeQueueSize;
  return writeStarted(this, chunk.length, r < 0 ? errnoException(r, 'write') : null);
}

// end(data) writes data as write(data) would (with its shortcut).
Socket.prototype.end = function end(data, encoding, callback) {
  if (data != null && encoding === undefined && callback === undefined && typeof data !== 'function' &&
      binding.tryWriteAtOnce(this, data) !== undefined) {
    data = undefined;
  }
  duplexEnd.call(this, data, encoding, callback);
  return this;
};

Socket.prototype.destroySoon = function destroySoon() {
  if (this.writable) this.end();
  if (this.writableFinished) this.destroy();
  else this.once('finish', this.destroy);
};

Socket.prototype._destroy = function _destroy(exception, cb) {
  if (this.connecting) this.connecting = false;
  for (let s = this; s !== null; s = s._parent) {
    if (s[kTimeout] !== null) clearTimeout(s[kTimeout]);
  }
  if (this._handle) {
    const isException = Boolean(exception);
    const handle = this._handle;
    this[kClosedHandle] = handle;
    const onClose = () => this.emit('close', isException);
    if (this.resetAndClosing) {
      this.resetAndClosing = false;
      const err = handle.reset(onClose);
      if (err) this.emit('error', errnoException(err, 'reset'));
    } else {
      handle.close(onClose);
    }
    handle.onread = noop;
    this._handle = null;
    if (this._sockname !== null) this._sockname = null;
    cb(exception);
  } else {
    cb(exception);
    process.nextTick(emitCloseNT, this);
  }
  if (this._server) {
    this._server._connections--;
    if (this._server._emitCloseIfDrained) this._server._emitCloseIfDrained();
  }
};

function emitCloseNT(self) {
  self.emit('close');
}

Socket.prototype._reset = function _reset() {
  this.resetAndClosing = true;
  return this.destroy();
};

Socket.prototype.resetAndDestroy = function resetAndDestroy() {
  if (this._handle) {
    if (!(this._handle instanceof TCP)) throw new ERR_INVALID_HANDLE_TYPE();
    if (this.connecting) this.once('connect', () => this._reset());
    else this._reset();
    return this;
  }
  this.destroy(new ERR_SOCKET_CLOSED());
  return this;
};

// A socket reading into its user's buffer (the onread option) pushes
// nothing, so the stream's flow does not start or stop its reads: pause,
// resume and read (userBufferRead) do, as node's.
Socket.prototype.pause = function pause() {
  if (this[kBuffer] && !this.connecting && this._handle && this._handle.reading) {
    this._handle.reading = false;
    if (!this.destroyed) {
      const err = this._handle.readStop();
      if (err) this.destroy(errnoException(err, 'read'));
    }
  }
  return stream.Duplex.prototype.pause.call(this);
};

Socket.prototype.resume = function resume() {
  if (this[kBuffer] && !this.connecting && this._handle && !this._handle.reading) tryReadStart(this);
  return stream.Duplex.prototype.resume.call(this);
};

// userBufferRead is the read of a socket reading into its user's buffer
// (node's Socket.prototype.read does this for every socket; here only
// these sockets have it, saving the others a call per read).
function userBufferRead(n) {
  if (!this.connecting && this._handle && !this._handle.reading) tryReadStart(this);
  return stream.Duplex.prototype.read.call(this, n);
}

// onStreamRead is the handle's onread: a chunk, EOF or a read error. (A
// chunk for a socket flowing with nothing queued the binding delivers
// itself, see its onStreamRead.)
function onStreamRead(nread, buf) {
  const handle = this;
  const self = handle[kOwner];
  if (self === undefined) return;
  // (_unrefTimer has nothing to do for a socket with no timeouts.)
  if (self[kTimeout] !== null || self._parent !== null) self._unrefTimer();
  if (nread > 0) {
    // A socket is destroyed only once its readable side is (Duplex's
    // getter), and reading that field costs far less than the getter.
    const state = self._readableState;
    if (state.destroyed && self.destroyed) return;
    if (!self.push(buf)) stopReading(handle, self);
    return;
  }
  if (nread === 0) return;
  if (nread !== UV_EOF) {
    self.destroy(errnoException(nread, 'read'));
    return;
  }
  // EOF: push null so that 'end' follows the data already buffered.
  handle.reading = false;
  if (!self._readableState.endEmitted) {
    self.push(null);
    self.read(0);
  }
}

// onUserBufferRead is the onread of a socket made with the onread option:
// a chunk is copied into the user's buffer (reads take at most its length)
// for the user's callback, and a callback returning false stops reading;
// the end and errors are onStreamRead's.
function onUserBufferRead(nread, buf) {
  const handle = this;
  const self = handle[kOwner];
  if (self === undefined) return;
  if (nread <= 0) {
    onStreamRead.call(handle, nread, buf);
    return;
  }
  if (self.destroyed) return;
  if (self[kTimeout] !== null || self._parent !== null) self._unrefTimer();
  // (A chunk longer than the buffer, read before a smaller one replaced
  // it, is handed over in pieces.)
  for (let off = 0; off < nread;) {
    const userBuf = self[kBuffer];
    const n = Math.min(userBuf.length, nread - off);
    if (n === 0) break;
    userBuf.set(off === 0 && n === nread ? buf : buf.subarray(off, off + n));
    off += n;
    const more = self[kBufferCb](n, userBuf) !== false;
    const bufGen = self[kBufferGen];
    if (bufGen !== null) {
      const next = bufGen();
      if (next instanceof Uint8Array) {
        self[kBuffer] = next;
        handle.useUserBuffer(next);
      }
    }
    if (!more) stopReading(handle, self);
  }
}

// stopReading stops a handle that is reading for a socket that will take no
// more (push() returned false).
function stopReading(handle, self) {
  if (!handle.reading) return;
  handle.reading = false;
  const err = handle.readStop();
  if (err) self.destroy(errnoException(err, 'read'));
}

// afterFlowingData finishes a chunk the binding handed to 'data' itself
// when the socket was not left reading: the rest of push()'s work.
function afterFlowingData(handle, self, state) {
  if (!pushedFlowing(self, state)) stopReading(handle, self);
}

Socket.prototype._getpeername = function _getpeername() {
  if (!this._handle || !this._handle.getpeername || this.connecting) return this._peername || {};
  if (!this._peername) {
    const out = {};
    if (this._handle.getpeername(out)) return out;
    this._peername = out;
  }
  return this._peername;
};

Socket.prototype._getsockname = function _getsockname() {
  if (!this._handle || !this._handle.getsockname) return {};
  if (!this._sockname) {
    const out = {};
    if (this._handle.getsockname(out)) return out;
    this._sockname = out;
  }
  return this._sockname;
};

function protoGetter(name, get) {
  Object.defineProperty(Socket.prototype, name, { __proto__: null, configurable: false, enumerable: true, get });
}

protoGetter('bytesRead', function bytesRead() {
  const handle = this._handle || this[kClosedHandle];
  return handle ? handle.bytesRead : 0;
});

protoGetter('remoteAddress', function remoteAddress() {
  return this._getpeername().address;
});

protoGetter('remoteFamily', function remoteFamily() {
  return this._getpeername().family;
});

protoGetter('remotePort', function remotePort() {
  return this._getpeername().port;
});

protoGetter('localAddress', function localAddress() {
  return this._getsockname().address;
});

protoGetter('localPort', function localPort() {
  return this._getsockname().port;
});

protoGetter('localFamily', function localFamily() {
  return this._getsockname().family;
});

protoGetter('bytesWritten', function bytesWritten() {
  const handle = this._handle || this[kClosedHandle];
  let bytes = handle ? handle.bytesWritten : 0;
  const buffered = this.writableBuffer;
  if (!buffered) return undefined;
  for (const el of buffered) {
    bytes += el.chunk instanceof Buffer ? el.chunk.length : Buffer.byteLength(el.chunk, el.encoding);
  }
  const data = this._pendingData;
  if (Array.isArray(data)) {
    for (const el of data) {
      bytes += el.chunk instanceof Buffer ? el.chunk.length : Buffer.byteLength(el.chunk, el.encoding);
    }
  } else if (data) {
    bytes += typeof data === 'string' ? Buffer.byteLength(data, this._pendingEncoding) : data.length;
  }
  return bytes;
});

Socket.prototype._writeGeneric = function _writeGeneric(writev, data, encoding, cb) {
  // Still connecting: hold this write (the Writable holds later ones).
  if (this.connecting) {
    this._pendingData = data;
    this._pendingEncoding = encoding;
    const onClose = () => cb(new ERR_SOCKET_CLOSED_BEFORE_CONNECTION());
    this.once('connect', function onConnect() {
      this.off('close', onClose);
      this._writeGeneric(writev, data, encoding, cb);
    });
    this.once('close', onClose);
    return;
  }
  this._pendingData = null;
  this._pendingEncoding = '';
  if (!this._handle) {
    cb(new ERR_SOCKET_CLOSED());
    return;
  }
  if (this[kTimeout] !== null || this._parent !== null) this._unrefTimer();
  const handle = this._handle;
  const done = writeDone(this, cb);
  let r;
  if (writev) {
    const bufs = new Array(data.length);
    for (let i = 0; i < data.length; i++) {
      const { chunk, encoding: enc } = data[i];
      bufs[i] = typeof chunk === 'string' ? Buffer.from(chunk, enc) : chunk;
    }
    r = handle.writev(done, bufs);
  } else if (typeof data === 'string') {
    // A string said to be a buffer is what node's handle rejects.
    if (encoding === 'buffer') throw new ERR_WRITE_NOT_BUFFER();
    r = encoding === 'utf8' || encoding === 'utf-8' ?
      handle.writeUtf8String(done, data) : handle.writeBuffer(done, Buffer.from(data, encoding));
  } else {
    r = handle.writeBuffer(done, data);
  }
  if (r < 0) {
    cb(errnoException(r, 'write'));
  } else if (r === 0) {
    cb();
  } else {
    this[kLastWriteQueueSize] = handle.writeQueueSize;
  }
};

// writeDone is the completion handed to the handle with a write (called if
// the kernel does not take it at once): one function for the Writable's own
// callback, which nearly every write has, and a new one for any other.
function writeDone(self, cb) {
  if (cb === self._writableState.onwrite) return ownWriteDone;
  return (status) => afterWrite(self, status, cb);
}

// ownWriteDone completes a write made with the Writable's own callback; the
// handle calls it with itself as this.
function ownWriteDone(status) {
  const self = this[kOwner];
  afterWrite(self, status, self._writableState.onwrite);
}

// afterWrite completes a write the kernel did not take at once.
function afterWrite(self, status, cb) {
  if (self.destroyed) {
    cb(null);
    return;
  }
  if (status < 0) {
    cb(errnoException(status, 'write'));
    return;
  }
  if (self[kTimeout] !== null || self._parent !== null) self._unrefTimer();
  self[kLastWriteQueueSize] = 0;
  cb(null);
}

Socket.prototype._writev = function _writev(chunks, cb) {
  this._writeGeneric(true, chunks, '', cb);
};

const socketWrite = function _write(data, encoding, cb) {
  this._writeGeneric(false, data, encoding, cb);
};
Socket.prototype._write = socketWrite;

// _final shuts the writing side down once everything is written.
Socket.prototype._final = function _final(cb) {
  // (this.pending, without the getter's call)
  if (!this._handle || this.connecting) {
    this.once('connect', () => this._final(cb));
    return;
  }
  if (!this._handle) {
    cb();
    return;
  }
  const err = this._handle.shutdown((status) => {
    if (!this.destroyed) cb();
  });
  if (err === UV_ENOTCONN) cb();
  else if (err !== 0) cb(errnoException(err, 'shutdown'));
};

Socket.prototype.connect = function connect(...args) {
  let normalized;
  if (Array.isArray(args[0]) && args[0][kNormalized]) normalized = args[0];
  else normalized = normalizeArgs(args);
  const options = normalized[0];
  const cb = normalized[1];

  if (options.port === undefined && options.path == null) {
    throw new ERR_MISSING_ARGS(['options', 'port', 'path']);
  }
  if (this.write !== Socket.prototype.write) this.write = Socket.prototype.write;
  if (this.destroyed) {
    this._handle = null;
    this._peername = null;
    this._sockname = null;
    this._undestroy();
  }
  const { path } = options;
  const pipe = !!path;
  if (!this._handle) {
    this._handle = pipe ? new Pipe(binding.SOCKET) : new TCP(binding.SOCKET);
    initSocketHandle(this);
  }
  if (cb !== null) this.once('connect', cb);
  if (this[kTimeout] !== null || this._parent !== null) this._unrefTimer();
  this.connecting = true;
  if (pipe) {
    validateString(path, 'options.path');
    internalConnect(this, path);
  } else {
    lookupAndConnect(this, options);
  }
  return this;
};

// ADDRCONFIG is dns.ADDRCONFIG (getaddrinfo's AI_ADDRCONFIG).
const ADDRCONFIG = 32;

function socketToDnsFamily(family) {
  switch (family) {
    case 'IPv4':
      return 4;
    case 'IPv6':
      return 6;
  }
  return family;
}

function lookupAndConnect(self, options) {
  const { localAddress, localPort } = options;
  const host = options.host || 'localhost';
  let { port } = options;

  if (localAddress && !isIP(localAddress)) throw new ERR_INVALID_IP_ADDRESS(localAddress);
  if (localPort) validateNumber(localPort, 'options.localPort');
  if (typeof port !== 'undefined') {
    if (typeof port !== 'number' && typeof port !== 'string') {
      throw new ERR_INVALID_ARG_TYPE('options.port', ['number', 'string'], port);
    }
    validatePort(port);
  }
  port |= 0;
  if (options.autoSelectFamily != null && typeof options.autoSelectFamily !== 'boolean') {
    throw new ERR_INVALID_ARG_TYPE('options.autoSelectFamily', 'boolean', options.autoSelectFamily);
  }
  let attemptTimeout = options.autoSelectFamilyAttemptTimeout;
  if (attemptTimeout != null) {
    validateInt32(attemptTimeout, 'options.autoSelectFamilyAttemptTimeout', 1);
    if (attemptTimeout < 10) attemptTimeout = 10;
  } else {
    attemptTimeout = autoSelectFamilyAttemptTimeoutDefault;
  }

  const addressType = isIP(host);
  if (addressType) {
    process.nextTick(() => {
      if (self.connecting) internalConnect(self, host, port, addressType, localAddress, localPort);
    });
    return;
  }

  if (options.lookup != null) validateFunction(options.lookup, 'options.lookup');
  const family = socketToDnsFamily(options.family);
  const dnsopts = { family, hints: options.hints || 0 };
  // Without a family, addresses of families the host has configured (as
  // node asks for on POSIX systems).
  if (family !== 4 && family !== 6 && dnsopts.hints === 0) dnsopts.hints = ADDRCONFIG;
  self._host = host;
  const lookup = options.lookup || internal.lookup;
  const autoSelectFamily = options.autoSelectFamily !== undefined ? options.autoSelectFamily : autoSelectFamilyDefault;

  if (family !== 4 && family !== 6 && !localAddress && autoSelectFamily) {
    dnsopts.all = true;
    lookupAndConnectMultiple(self, lookup, host, options, dnsopts, port, localAddress, localPort, attemptTimeout);
    return;
  }

  lookup(host, dnsopts, (err, ip, ipType) => {
    self.emit('lookup', err, ip, ipType, host);
    if (!self.connecting) return;
    if (err) {
      process.nextTick(connectErrorNT, self, err);
    } else if (!isIP(ip)) {
      process.nextTick(connectErrorNT, self, new ERR_INVALID_IP_ADDRESS(ip));
    } else if (ipType !== 4 && ipType !== 6) {
      process.nextTick(connectErrorNT, self, new ERR_INVALID_ADDRESS_FAMILY(ipType, options.host, options.port));
    } else {
      if (self[kTimeout] !== null || self._parent !== null) self._unrefTimer();
      internalConnect(self, ip, port, ipType, localAddress, localPort);
    }
  });
}

// lookupAndConnectMultiple connects to every address host resolves to
// (happy eyeballs), as node's: the addresses of the two families
// alternate, the first address's family first, each tried once; a single
// one is connected to as without autoSelectFamily.
function lookupAndConnectMultiple(self, lookup, host, options, dnsopts, port, localAddress, localPort, timeout) {
  lookup(host, dnsopts, (err, addresses) => {
    // It's possible we were destroyed while looking this up.
    if (!self.connecting) return;
    if (err) {
      self.emit('lookup', err, undefined, undefined, host);
      process.nextTick(connectErrorNT, self, err);
      return;
    }
    const validAddresses = [[], []];
    const validIps = [[], []];
    let destinations;
    for (const address of addresses) {
      const { address: ip, family: addressType } = address;
      self.emit('lookup', err, ip, addressType, host);
      if (!self.connecting) return;
      if (isIP(ip) && (addressType === 4 || addressType === 6)) {
        destinations ||= addressType === 6 ? { 6: 0, 4: 1 } : { 4: 0, 6: 1 };
        const destination = destinations[addressType];
        if (!validIps[destination].includes(ip)) {
          validAddresses[destination].push(address);
          validIps[destination].push(ip);
        }
      }
    }
    // When no AAAA or A records are available, fail on the first one.
    if (!validAddresses[0].length && !validAddresses[1].length) {
      const { address: firstIp, family: firstAddressType } = addresses[0] || {};
      if (!isIP(firstIp)) {
        process.nextTick(connectErrorNT, self, new ERR_INVALID_IP_ADDRESS(firstIp));
      } else if (firstAddressType !== 4 && firstAddressType !== 6) {
        process.nextTick(connectErrorNT, self, new ERR_INVALID_ADDRESS_FAMILY(firstAddressType, options.host, options.port));
      }
      return;
    }
    const toAttempt = [];
    for (let i = 0, l = Math.max(validAddresses[0].length, validAddresses[1].length); i < l; i++) {
      if (i in validAddresses[0]) toAttempt.push(validAddresses[0][i]);
      if (i in validAddresses[1]) toAttempt.push(validAddresses[1][i]);
    }
    if (self[kTimeout] !== null || self._parent !== null) self._unrefTimer();
    if (toAttempt.length === 1) {
      const { address: ip, family: addressType } = toAttempt[0];
      internalConnect(self, ip, port, addressType, localAddress, localPort);
      return;
    }
    self.autoSelectFamilyAttemptedAddresses = [];
    const context = { socket: self, addresses: toAttempt, current: 0, port, localPort, timeout, timer: null, errors: [] };
    internalConnectMultiple(context);
  });
}

// internalConnectMultiple tries the next address of context, on a fresh
// handle after the first; an attempt that does not finish within the
// timeout gives way to the next address. With every address tried, the
// socket fails with all their errors (an AggregateError).
function internalConnectMultiple(context, canceled) {
  clearTimeout(context.timer);
  const self = context.socket;
  if (canceled || context.current === context.addresses.length) {
    if (context.errors.length === 0) {
      self.destroy(new ERR_SOCKET_CONNECTION_TIMEOUT());
      return;
    }
    self.destroy(aggregateError(context.errors));
    return;
  }
  const current = context.current++;
  if (current > 0) reinitializeHandle(self, new TCP(binding.SOCKET));
  const { port } = context;
  const { address, family: addressType } = context.addresses[current];
  self.emit('connectionAttempt', address, port, addressType);
  const req = { oncomplete: null, address, port, localAddress: undefined, localPort: context.localPort, addressType, socket: self, handle: self._handle };
  req.oncomplete = function oncomplete(status) {
    afterConnectMultiple.call(this, context, current, status);
  };
  self.autoSelectFamilyAttemptedAddresses.push(`${address}:${port}`);
  const err = self._handle.connect(req, address, port);
  if (err) {
    const ex = connectCallError(self, err, address, port);
    context.errors.push(ex);
    self.emit('connectionAttemptFailed', address, port, addressType, ex);
    internalConnectMultiple(context);
    return;
  }
  if (current < context.addresses.length - 1) {
    context.timer = setTimeout(internalConnectMultipleTimeout, context.timeout, context, req, self._handle);
  }
}

// afterConnectMultiple is an attempt's completion (this is its request).
function afterConnectMultiple(context, current, status) {
  clearTimeout(context.timer);
  const req = this;
  const self = context.socket;
  // An attempt that connected after its time ran out is dropped.
  if (status === 0 && current !== context.current - 1) {
    req.handle.close();
    return;
  }
  if (status !== 0) {
    const ex = connectionError(req, status);
    context.errors.push(ex);
    self.emit('connectionAttemptFailed', req.address, req.port, req.addressType, ex);
    if (self.connecting) internalConnectMultiple(context, status === UV_ECANCELED);
    return;
  }
  startConnectPerf(self, req.address, req.port);
  afterConnect.call(req, status);
}

// startConnectPerf starts the 'net' connect entry of a TCP connect, when
// PerformanceObserver watches them; afterConnect ends it.
const kPerfHooksNetConnectContext = Symbol('kPerfHooksNetConnectContext');
function startConnectPerf(self, host, port) {
  if (hasObserver('net')) {
    startPerf(self, kPerfHooksNetConnectContext, { type: 'net', name: 'connect', detail: { host, port } });
  }
}

function internalConnectMultipleTimeout(context, req, handle) {
  context.socket.emit('connectionAttemptTimeout', req.address, req.port, req.addressType);
  req.oncomplete = noop;
  context.errors.push(connectionError(req, UV_ETIMEDOUT));
  handle.close();
  if (context.socket.connecting) internalConnectMultiple(context);
}

// connectionError is a failed connect request's error, as afterConnect
// makes it.
function connectionError(req, status) {
  let details;
  if (req.localAddress && req.localPort) details = `${req.localAddress}:${req.localPort}`;
  const ex = exceptionWithHostPort(status, 'connect', req.address, req.port, details);
  if (details) {
    ex.localAddress = req.localAddress;
    ex.localPort = req.localPort;
  }
  return ex;
}

// aggregateError is node's NodeAggregateError: an AggregateError of
// errors whose code is the first's.
function aggregateError(errors) {
  const e = new AggregateError(errors);
  e.code = errors[0] && errors[0].code;
  return e;
}

// reinitializeHandle gives a connecting socket a new handle, for the next
// address of a connect to several.
function reinitializeHandle(self, handle) {
  const old = self._handle;
  self._handle = handle;
  initSocketHandle(self);
  if (old) {
    old.onread = noop;
    old.close();
  }
}

function connectErrorNT(self, err) {
  self.destroy(err);
}

function internalConnect(self, address, port, addressType, localAddress, localPort) {
  let err;
  if (localAddress || localPort) {
    if (addressType === 4) {
      localAddress = localAddress || DEFAULT_IPV4_ADDR;
      err = self._handle.bind(localAddress, localPort);
    } else {
      localAddress = localAddress || DEFAULT_IPV6_ADDR;
      err = self._handle.bind6(localAddress, localPort, 0);
    }
    if (err) {
      self.destroy(exceptionWithHostPort(err, 'bind', localAddress, localPort));
      return;
    }
  }
  self.emit('connectionAttempt', address, port, addressType);
  const req = { oncomplete: afterConnect, address, port, localAddress, localPort, addressType, socket: self };
  if (addressType === 6 || addressType === 4) {
    err = self._handle.connect(req, address, port);
  } else {
    err = self._handle.connect(req, address);
  }
  if (err) self.destroy(connectCallError(self, err, address, port));
  else if (addressType === 6 || addressType === 4) startConnectPerf(self, address, port);
}

// connectCallError is the error of a connect call that failed at once,
// naming the local address the socket was bound to.
function connectCallError(self, err, address, port) {
  const sockname = self._getsockname();
  let details;
  if (sockname && sockname.address) details = `${sockname.address}:${sockname.port}`;
  return exceptionWithHostPort(err, 'connect', address, port, details);
}

// afterConnect is the connect request's completion (this is the request).
function afterConnect(status) {
  const req = this;
  const self = req.socket;
  if (self.destroyed) return;
  self.connecting = false;
  self._sockname = null;
  if (status === 0) {
    if (self[kTimeout] !== null || self._parent !== null) self._unrefTimer();
    if (self[kSetNoDelay] && self._handle.setNoDelay) self._handle.setNoDelay(true);
    if (self[kSetKeepAlive] && self._handle.setKeepAlive) {
      self._handle.setKeepAlive(true, self[kKeepAliveInitialDelay]);
    }
    self.emit('connect');
    self.emit('ready');
    // Start reading, or get an immediate EOF.
    if (!self.isPaused()) self.read(0);
    if (self[kPerfHooksNetConnectContext] && hasObserver('net')) stopPerf(self, kPerfHooksNetConnectContext);
  } else {
    const ex = connectionError(req, status);
    self.emit('connectionAttemptFailed', req.address, req.port, req.addressType, ex);
    self.destroy(ex);
  }
}

Socket.prototype.ref = function ref() {
  if (!this._handle) {
    this.once('connect', this.ref);
    return this;
  }
  this._handle.ref();
  return this;
};

Socket.prototype.unref = function unref() {
  if (!this._handle) {
    this.once('connect', this.unref);
    return this;
  }
  this._handle.unref();
  return this;
};

// ---------------------------------------------------------------- Server

function Server(options, connectionListener) {
  if (!(this instanceof Server)) return new Server(options, connectionListener);
  EventEmitter.call(this);
  if (typeof options === 'function') {
    connectionListener = options;
    options = {};
    this.on('connection', connectionListener);
  } else if (options == null || typeof options === 'object') {
    options = { ...options };
    if (typeof connectionListener === 'function') this.on('connection', connectionListener);
  } else {
    throw new ERR_INVALID_ARG_TYPE('options', 'Object', options);
  }
  if (typeof options.keepAliveInitialDelay !== 'undefined') {
    validateNumber(options.keepAliveInitialDelay, 'options.keepAliveInitialDelay');
    if (options.keepAliveInitialDelay < 0) options.keepAliveInitialDelay = 0;
  }
  if (typeof options.highWaterMark !== 'undefined') {
    validateNumber(options.highWaterMark, 'options.highWaterMark');
    if (options.highWaterMark < 0) options.highWaterMark = stream.getDefaultHighWaterMark();
  }

  this._connections = 0;
  this._handle = null;
  this._usingWorkers = false;
  this._workers = [];
  this._unref = false;
  this._listeningId = 1;
  this.allowHalfOpen = options.allowHalfOpen || false;
  this.pauseOnConnect = !!options.pauseOnConnect;
  this.noDelay = Boolean(options.noDelay);
  this.keepAlive = Boolean(options.keepAlive);
  this.keepAliveInitialDelay = ~~(options.keepAliveInitialDelay / 1000);
  this.highWaterMark = options.highWaterMark ?? stream.getDefaultHighWaterMark();
}
Object.setPrototypeOf(Server.prototype, EventEmitter.prototype);
Object.setPrototypeOf(Server, EventEmitter);

// createServerHandle returns a bound handle, or a negative errno.
function createServerHandle(address, port, addressType, fd, flags) {
  let err = 0;
  let handle;
  let isTCP = false;
  if (typeof fd === 'number' && fd >= 0) {
    try {
      handle = createHandle(fd, true);
    } catch {
      return UV_EINVAL;
    }
    err = handle.open(fd);
    if (err) return err;
  } else if (port === -1 && addressType === -1) {
    handle = new Pipe(binding.SERVER);
  } else {
    handle = new TCP(binding.SERVER);
    isTCP = true;
  }
  if (address || port || isTCP) {
    if (!address) {
      // Try the IPv6 any address first, as Node does.
      err = handle.bind6(DEFAULT_IPV6_ADDR, port, flags);
      if (err) {
        handle.close();
        return createServerHandle(DEFAULT_IPV4_ADDR, port);
      }
    } else if (addressType === 6) {
      err = handle.bind6(address, port, flags);
    } else {
      err = handle.bind(address, port, flags);
    }
  }
  if (err) {
    handle.close();
    return err;
  }
  return handle;
}

function setupListenHandle(address, port, addressType, backlog, fd, flags) {
  if (!this._handle) {
    let rval = null;
    if (!address && typeof fd !== 'number') {
      rval = createServerHandle(DEFAULT_IPV6_ADDR, port, 6, fd, flags);
      if (typeof rval === 'number') {
        rval = null;
        address = DEFAULT_IPV4_ADDR;
        addressType = 4;
      } else {
        address = DEFAULT_IPV6_ADDR;
        addressType = 6;
      }
    }
    if (rval === null) rval = createServerHandle(address, port, addressType, fd, flags);
    if (typeof rval === 'number') {
      const error = uvExceptionWithHostPort(rval, 'listen', address, port);
      process.nextTick(emitErrorNT, this, error);
      return;
    }
    this._handle = rval;
  }
  this._handle[kOwner] = this;
  this._handle.onconnection = onconnection;
  // 511, so that the kernel rounds the backlog up to 512.
  const err = this._handle.listen(backlog || 511);
  if (err) {
    const ex = uvExceptionWithHostPort(err, 'listen', address, port);
    this._handle.close();
    this._handle = null;
    process.nextTick(emitErrorNT, this, ex);
    return;
  }
  this._connectionKey = `${addressType}:${address}:${port}`;
  if (this._unref) this.unref();
  process.nextTick(emitListeningNT, this);
}

Server.prototype._listen2 = setupListenHandle;

function emitErrorNT(self, err) {
  self.emit('error', err);
}

function emitListeningNT(self) {
  // The handle may have been closed in the meantime.
  if (self._handle) self.emit('listening');
}

// A bind error may surface only at listen (EADDRINUSE): a handle from the
// cluster primary bound to another port than asked means the port is taken.
function checkBindError(err, port, handle) {
  if (err === 0 && port > 0 && handle.getsockname) {
    const out = {};
    err = handle.getsockname(out);
    if (err === 0 && port !== out.port) err = UV_EADDRINUSE;
  }
  return err;
}

function listenInCluster(server, address, port, addressType, backlog, fd, exclusive, flags, options) {
  exclusive = !!exclusive;
  if (cluster === undefined) cluster = loadCluster();
  if (cluster === null || cluster.isPrimary || cluster.isMaster || exclusive) {
    server._listen2(address, port, addressType, backlog, fd, flags);
    return;
  }
  const serverQuery = { address, port, addressType, fd, flags, backlog, ...options };
  const listeningId = server._listeningId;
  cluster._getServer(server, serverQuery, (err, handle) => {
    if (listeningId !== server._listeningId) {
      // listen() was called again meanwhile: this share is not wanted.
      if (handle) handle.close();
      return;
    }
    err = checkBindError(err, port, handle);
    if (err) {
      server.emit('error', exceptionWithHostPort(err, 'bind', address, port));
      return;
    }
    server._handle = handle;
    server._listen2(address, port, addressType, backlog, fd, flags);
  });
}

function getFlags(options) {
  let flags = 0;
  if (options.ipv6Only) flags |= binding.TCP_IPV6ONLY;
  if (options.reusePort) flags |= binding.TCP_REUSEPORT;
  return flags;
}

Server.prototype.listen = function listen(...args) {
  const normalized = normalizeArgs(args);
  let options = normalized[0];
  const cb = normalized[1];

  if (this._handle) throw new ERR_SERVER_ALREADY_LISTEN();
  if (cb !== null) this.once('listening', cb);
  addServerAbortSignal(this, options);
  const backlogFromArgs = toNumber(args.length > 1 && args[1]) || toNumber(args.length > 2 && args[2]);

  options = options._handle || options.handle || options;
  const flags = getFlags(options);
  this._listeningId++;

  // (handle[, backlog][, cb]): a native handle.
  if (isStreamHandle(options)) {
    this._handle = options;
    listenInCluster(this, null, -1, -1, backlogFromArgs, undefined, true);
    return this;
  }
  // ({fd}[, backlog][, cb])
  if (typeof options.fd === 'number' && options.fd >= 0) {
    listenInCluster(this, null, null, null, backlogFromArgs, options.fd);
    return this;
  }
  // listen(), listen(null), listen(cb), listen({port: undefined}): any port.
  if (args.length === 0 || typeof args[0] === 'function' ||
      (typeof options.port === 'undefined' && 'port' in options) || options.port === null) {
    options.port = 0;
  }
  let backlog;
  if (typeof options.port === 'number' || typeof options.port === 'string') {
    validatePort(options.port, 'options.port');
    backlog = options.backlog || backlogFromArgs;
    if (options.reusePort === true) options.exclusive = true;
    if (options.host) {
      lookupAndListen(this, options.port | 0, options.host, backlog, options.exclusive, flags);
    } else {
      // As node 20: no flags without a host (ipv6Only and reusePort need one;
      // a cluster worker's queryServer then has no "flags" field).
      listenInCluster(this, null, options.port | 0, 4, backlog, undefined, options.exclusive);
    }
    return this;
  }
  if (options.path && isPipeName(options.path)) {
    const pipeName = this._pipeName = options.path;
    backlog = options.backlog || backlogFromArgs;
    listenInCluster(this, pipeName, -1, -1, backlog, undefined, options.exclusive);
    if (!this._handle) return this;
    let mode = 0;
    if (options.readableAll === true) mode |= binding.UV_READABLE;
    if (options.writableAll === true) mode |= binding.UV_WRITABLE;
    if (mode !== 0) {
      const err = this._handle.fchmod(mode);
      if (err) {
        this._handle.close();
        this._handle = null;
        throw uvException(err, 'uv_pipe_chmod');
      }
    }
    return this;
  }
  if (!('port' in options || 'path' in options)) {
    throw new ERR_INVALID_ARG_VALUE('options', options, 'must have the property "port" or "path"');
  }
  throw new ERR_INVALID_ARG_VALUE('options', options);
};

function lookupAndListen(self, port, address, backlog, exclusive, flags) {
  const listeningId = self._listeningId;
  internal.lookup(address, (err, ip, addressType) => {
    if (listeningId !== self._listeningId) return;
    if (err) {
      self.emit('error', err);
    } else {
      addressType = ip ? addressType : 4;
      listenInCluster(self, ip, port, addressType, backlog, undefined, exclusive, flags);
    }
  });
}

Object.defineProperty(Server.prototype, 'listening', {
  __proto__: null,
  get() {
    return !!this._connectionKey && !!this._handle;
  },
  configurable: true,
  enumerable: true,
});

// With captureRejections, a rejection from an async 'connection' listener
// destroys that socket with it; one from any other listener is the
// server's 'error', as in node.
Server.prototype[EventEmitter.captureRejectionSymbol] = function (err, event, sock) {
  switch (event) {
    case 'connection':
      sock.destroy(err);
      break;
    default:
      this.emit('error', err);
  }
};

Server.prototype.address = function address() {
  if (this._handle && this._handle.getsockname) {
    const out = {};
    const err = this._handle.getsockname(out);
    if (err) throw errnoException(err, 'address');
    return out;
  } else if (this._pipeName) {
    return this._pipeName;
  }
  return null;
};

// onconnection is the listening handle's callback for each accepted client.
function onconnection(err, clientHandle) {
  const handle = this;
  const self = handle[kOwner];
  if (err) {
    self.emit('error', errnoException(err, 'accept'));
    return;
  }
  if (self.maxConnections && self._connections >= self.maxConnections) {
    if (clientHandle.getsockname || clientHandle.getpeername) {
      const data = Object.create(null);
      const local = {};
      const remote = {};
      if (clientHandle.getsockname && !clientHandle.getsockname(local)) {
        data.localAddress = local.address;
        data.localPort = local.port;
        data.localFamily = local.family;
      }
      if (clientHandle.getpeername && !clientHandle.getpeername(remote)) {
        data.remoteAddress = remote.address;
        data.remotePort = remote.port;
        data.remoteFamily = remote.family;
      }
      self.emit('drop', data);
    } else {
      self.emit('drop');
    }
    clientHandle.close();
    return;
  }
  const socket = self.highWaterMark === stream.getDefaultHighWaterMark(false) ?
    new Socket(new HandleOptions(clientHandle, self.allowHalfOpen, self.pauseOnConnect)) :
    new Socket({
      handle: clientHandle,
      allowHalfOpen: self.allowHalfOpen,
      pauseOnCreate: self.pauseOnConnect,
      readable: true,
      writable: true,
      readableHighWaterMark: self.highWaterMark,
      writableHighWaterMark: self.highWaterMark,
    });
  if (self.noDelay && clientHandle.setNoDelay) {
    socket[kSetNoDelay] = true;
    clientHandle.setNoDelay(true);
  }
  if (self.keepAlive && clientHandle.setKeepAlive) {
    socket[kSetKeepAlive] = true;
    socket[kKeepAliveInitialDelay] = self.keepAliveInitialDelay;
    clientHandle.setKeepAlive(true, self.keepAliveInitialDelay);
  }
  self._connections++;
  socket.server = self;
  socket._server = self;
  self.emit('connection', socket);
}

Server.prototype.getConnections = function getConnections(cb) {
  const self = this;
  function end(err, connections) {
    process.nextTick(cb, err, connections);
  }
  if (!this._usingWorkers) {
    end(null, this._connections);
    return this;
  }
  // Add the counts of the processes this server's sockets were sent to.
  let left = this._workers.length;
  let total = this._connections;
  function oncount(err, count) {
    if (err) {
      left = -1;
      return end(err);
    }
    total += count;
    if (--left === 0) return end(null, total);
  }
  for (let n = 0; n < this._workers.length; n++) {
    this._workers[n].getConnections(oncount);
  }
  return self;
};

Server.prototype.close = function close(cb) {
  if (typeof cb === 'function') {
    if (!this._handle) {
      this.once('close', function close() {
        cb(new ERR_SERVER_NOT_RUNNING());
      });
    } else {
      this.once('close', cb);
    }
  }
  // A listen() still looking up its host is called off.
  this._listeningId++;
  if (this._handle) {
    this._handle.close();
    this._handle = null;
  }
  if (this._usingWorkers) {
    let left = this._workers.length;
    const onWorkerClose = () => {
      if (--left !== 0) return;
      this._connections = 0;
      this._emitCloseIfDrained();
    };
    // One more connection so that 'close' is emitted once even if every
    // socket closes while the peers are polled.
    this._connections++;
    for (let n = 0; n < this._workers.length; n++) {
      this._workers[n].close(onWorkerClose);
    }
  } else {
    this._emitCloseIfDrained();
  }
  return this;
};

Server.prototype._emitCloseIfDrained = function _emitCloseIfDrained() {
  if (this._handle || this._connections) return;
  process.nextTick(emitCloseNT, this);
};

Server.prototype._setupWorker = function _setupWorker(socketList) {
  this._usingWorkers = true;
  this._workers.push(socketList);
  socketList.once('exit', (list) => {
    const index = this._workers.indexOf(list);
    this._workers.splice(index, 1);
  });
};

Server.prototype.ref = function ref() {
  this._unref = false;
  if (this._handle) this._handle.ref();
  return this;
};

Server.prototype.unref = function unref() {
  this._unref = true;
  if (this._handle) this._handle.unref();
  return this;
};

// addServerAbortSignal closes server when options.signal aborts (at once,
// on the next tick, if it has already).
function addServerAbortSignal(server, options) {
  const signal = options && options.signal;
  if (signal === undefined) return;
  validateAbortSignal(signal, 'options.signal');
  const onAborted = () => server.close();
  if (signal.aborted) process.nextTick(onAborted);
  else server.once('close', addAbortListener(signal, onAborted));
}

Server.prototype[Symbol.asyncDispose] = async function asyncDispose() {
  if (!this._handle) return undefined;
  return new Promise((resolve, reject) => this.close((err) => (err ? reject(err) : resolve())));
};

// ---------------------------------------------------------------- exports

function getDefaultAutoSelectFamily() {
  return autoSelectFamilyDefault;
}

function setDefaultAutoSelectFamily(value) {
  if (typeof value !== 'boolean') throw new ERR_INVALID_ARG_TYPE('value', 'boolean', value);
  autoSelectFamilyDefault = value;
}

function getDefaultAutoSelectFamilyAttemptTimeout() {
  return autoSelectFamilyAttemptTimeoutDefault;
}

function setDefaultAutoSelectFamilyAttemptTimeout(value) {
  validateInt32(value, 'value', 1);
  autoSelectFamilyAttemptTimeoutDefault = value < 10 ? 10 : value;
}

// A socket piped into a socket tells its handle, which may then write
// chunks to the other's handle itself (the binding's pipeChunk).
Socket.prototype[Symbol.for('gonode.streams.piped')] = function piped(dest, ondata) {
  if (this._handle !== null && dest instanceof Socket) this._handle.pipeTo(dest, ondata);
};

binding.setClasses(Server, Socket, {
  kOwner, kTimeout, kDataListening, onread: onStreamRead, afterFlowingData, read: socketRead, write: socketWrite,
  duplexWrite: stream.Duplex.prototype.write, ownWriteDone, writeRest,
});

// _setSimultaneousAccepts is a Windows knob, deprecated (DEP0121); it
// warns once.
let warnedSimultaneousAccepts = false;
function _setSimultaneousAccepts() {
  if (warnedSimultaneousAccepts) return;
  warnedSimultaneousAccepts = true;
  process.emitWarning('net._setSimultaneousAccepts() is deprecated and will be removed.', 'DeprecationWarning', 'DEP0121');
}

module.exports = {
  _createServerHandle: createServerHandle,
  _normalizeArgs: normalizeArgs,
  _setSimultaneousAccepts,
  connect,
  createConnection: connect,
  createServer,
  isIP,
  isIPv4,
  isIPv6,
  Server,
  Socket,
  Stream: Socket,
  getDefaultAutoSelectFamily,
  setDefaultAutoSelectFamily,
  getDefaultAutoSelectFamilyAttemptTimeout,
  setDefaultAutoSelectFamilyAttemptTimeout,
};
// BlockList and SocketAddress are compiled on first use.
for (const name of ['BlockList', 'SocketAddress']) {
  Object.defineProperty(module.exports, name, {
    __proto__: null,
    configurable: true,
    enumerable: true,
    get() { return require('internal/blocklist')[name]; },
  });
}
