'use strict';
// internal/fs/streams: fs.ReadStream and fs.WriteStream on the stream
// module. The file is opened in _construct (unless an fd or FileHandle is
// given) and read or written through fs's callback API, or through the
// functions of the `fs` option.

const { Readable, Writable, finished } = require('stream');
const fs = require('fs');
const { FileHandle } = require('internal/fs/promises');
const {
  getBuffer,
  ERR_METHOD_NOT_IMPLEMENTED,
  validateFunction,
  validateBoolean,
  validateInteger,
  getValidatedFd,
  getValidatedPath,
  toPathIfFileURL,
  getOptions,
} = require('internal/fs/utils');
const { codes: { ERR_INVALID_ARG_TYPE, ERR_OUT_OF_RANGE } } = require('internal/errors');
const { deprecate } = require('util');

const kIoDone = Symbol('kIoDone');
const kIsPerformingIO = Symbol('kIsPerformingIO');
const kFs = Symbol('kFs');

// handleOps adapts a FileHandle to the callback functions the streams use.
function handleOps(handle) {
  const settle = (p, cb, map) => p.then((r) => map(cb, r), (err) => cb(err));
  return {
    open: () => { throw new ERR_METHOD_NOT_IMPLEMENTED('open()'); },
    read: (fd, buf, off, len, pos, cb) =>
      settle(handle.read(buf, off, len, pos), cb, (done, r) => done(null, r.bytesRead, r.buffer)),
    write: (fd, buf, off, len, pos, cb) =>
      settle(handle.write(buf, off, len, pos), cb, (done, r) => done(null, r.bytesWritten, r.buffer)),
    writev: (fd, bufs, pos, cb) =>
      settle(handle.writev(bufs, pos), cb, (done, r) => done(null, r.bytesWritten, r.buffers)),
    fsync: (fd, cb) => settle(handle.sync(), cb, (done) => done(null)),
    close: (fd, cb) => settle(handle.close(), cb, (done) => done(null)),
  };
}

// setupFd takes the fd, or else the path, flags and mode, and the fs
// functions from the options common to both streams.
function setupFd(stream, path, options, defaultFlags) {
  if (options.fd == null) {
    stream.fd = null;
    stream[kFs] = options.fs || fs;
    validateFunction(stream[kFs].open, 'options.fs.open');
    stream.path = toPathIfFileURL(path);
    stream.flags = options.flags === undefined ? defaultFlags : options.flags;
    stream.mode = options.mode === undefined ? 0o666 : options.mode;
    getValidatedPath(stream.path);
  } else if (options.fd instanceof FileHandle) {
    if (options.fs) throw new ERR_METHOD_NOT_IMPLEMENTED('FileHandle with fs');
    const handle = options.fd;
    stream[kFs] = handleOps(handle);
    stream.fd = getValidatedFd(handle.fd, 'options.fd');
    handle.on('close', () => stream.close());
  } else if (typeof options.fd === 'number') {
    stream[kFs] = options.fs || fs;
    stream.fd = getValidatedFd(options.fd, 'options.fd');
  } else {
    throw new ERR_INVALID_ARG_TYPE('options.fd', ['number', 'FileHandle'], options.fd);
  }
  options.autoDestroy = options.autoClose === undefined ? true : options.autoClose;
}

// The streams' open() is deprecated and does nothing; a subclass or a
// program may replace it to open the file itself (see openStream).
const openReadFs = deprecate(() => {}, 'ReadStream.prototype.open() is deprecated', 'DEP0135');
const openWriteFs = deprecate(() => {}, 'WriteStream.prototype.open() is deprecated', 'DEP0135');

// openStream is the streams' _construct: open the file unless an fd was
// given. A replaced open() is called instead and is done when it emits
// 'open' or 'error'.
function openStream(stream, callback) {
  if (typeof stream.fd === 'number') {
    callback();
    return;
  }
  if (stream.open !== openReadFs && stream.open !== openWriteFs) {
    const emit = stream.emit;
    stream.emit = function (...args) {
      if (args[0] === 'open') {
        this.emit = emit;
        callback();
        Reflect.apply(emit, this, args);
      } else if (args[0] === 'error') {
        this.emit = emit;
        callback(args[1]);
      } else {
        Reflect.apply(emit, this, args);
      }
    };
    stream.open();
    return;
  }
  stream[kFs].open(stream.path, stream.flags, stream.mode, (err, fd) => {
    if (err) {
      callback(err);
      return;
    }
    stream.fd = fd;
    callback();
    stream.emit('open', fd);
    stream.emit('ready');
  });
}

// closeStream is the streams' _destroy: close the fd, after any I/O in
// flight.
function closeStream(stream, err, cb) {
  const close = (e) => {
    if (typeof stream.fd === 'number') {
      stream[kFs].close(stream.fd, (closeErr) => cb(closeErr || e));
      stream.fd = null;
    } else {
      cb(e);
    }
  };
  if (stream[kIsPerformingIO]) stream.once(kIoDone, (ioErr) => close(err || ioErr));
  else close(err);
}

function ReadStream(path, options) {
  if (!(this instanceof ReadStream)) return new ReadStream(path, options);
  options = { ...getOptions(options, {}) };
  if (options.highWaterMark === undefined) options.highWaterMark = 64 * 1024;
  setupFd(this, path, options, 'r');
  validateFunction(this[kFs].read, 'options.fs.read');
  if (options.autoDestroy) validateFunction(this[kFs].close, 'options.fs.close');
  this.start = options.start;
  this.end = options.end === undefined ? Infinity : options.end;
  this.pos = undefined;
  this.bytesRead = 0;
  this[kIsPerformingIO] = false;
  if (this.start !== undefined) {
    validateInteger(this.start, 'start', 0);
    this.pos = this.start;
  }
  if (this.end !== Infinity) {
    validateInteger(this.end, 'end', 0);
    if (this.start !== undefined && this.start > this.end) {
      throw new ERR_OUT_OF_RANGE('start', `<= "end" (here: ${this.end})`, this.start);
    }
  }
  Readable.call(this, options);
}
Object.setPrototypeOf(ReadStream.prototype, Readable.prototype);
Object.setPrototypeOf(ReadStream, Readable);

Object.defineProperties(ReadStream.prototype, {
  pending: {
    __proto__: null,
    get() { return this.fd === null; },
    configurable: true,
  },
  autoClose: {
    __proto__: null,
    get() { return this._readableState.autoDestroy; },
    set(v) { this._readableState.autoDestroy = v; },
    configurable: true,
  },
});

ReadStream.prototype.open = openReadFs;

ReadStream.prototype._construct = function _construct(callback) {
  openStream(this, callback);
};

ReadStream.prototype._read = function _read(n) {
  n = this.pos !== undefined ? Math.min(this.end - this.pos + 1, n) : Math.min(this.end - this.bytesRead + 1, n);
  if (n <= 0) {
    this.push(null);
    return;
  }
  const buf = getBuffer().allocUnsafeSlow(n);
  this[kIsPerformingIO] = true;
  this[kFs].read(this.fd, buf, 0, n, this.pos === undefined ? null : this.pos, (err, bytesRead) => {
    this[kIsPerformingIO] = false;
    if (this.destroyed) {
      this.emit(kIoDone, err);
      return;
    }
    if (err) {
      this.destroy(err);
      return;
    }
    if (bytesRead > 0) {
      if (this.pos !== undefined) this.pos += bytesRead;
      this.bytesRead += bytesRead;
      this.push(bytesRead === buf.length ? buf : buf.subarray(0, bytesRead));
    } else {
      this.push(null);
    }
  });
};

ReadStream.prototype._destroy = function _destroy(err, cb) {
  closeStream(this, err, cb);
};

ReadStream.prototype.close = function close(cb) {
  if (typeof cb === 'function') finished(this, cb);
  this.destroy();
};

function WriteStream(path, options) {
  if (!(this instanceof WriteStream)) return new WriteStream(path, options);
  options = { ...getOptions(options, {}) };
  options.decodeStrings = true;
  setupFd(this, path, options, 'w');
  const ops = this[kFs];
  if (!ops.write && !ops.writev) throw new ERR_INVALID_ARG_TYPE('options.fs.write', 'function', ops.write);
  // Either of write and writev is enough; only the one given is used
  // (Writable's own _write passes single chunks to _writev).
  if (ops.write) validateFunction(ops.write, 'options.fs.write');
  else this._write = Writable.prototype._write;
  if (ops.writev) validateFunction(ops.writev, 'options.fs.writev');
  else this._writev = null;
  if (options.autoDestroy) validateFunction(ops.close, 'options.fs.close');
  this.flush = options.flush == null ? false : options.flush;
  if (this.flush !== false) {
    validateBoolean(this.flush, 'options.flush');
    validateFunction(ops.fsync, 'options.fs.fsync');
  }
  this.start = options.start;
  this.pos = undefined;
  this.bytesWritten = 0;
  this[kIsPerformingIO] = false;
  if (this.start !== undefined) {
    validateInteger(this.start, 'start', 0);
    this.pos = this.start;
  }
  Writable.call(this, options);
  if (options.encoding) this.setDefaultEncoding(options.encoding);
}
Object.setPrototypeOf(WriteStream.prototype, Writable.prototype);
Object.setPrototypeOf(WriteStream, Writable);

Object.defineProperties(WriteStream.prototype, {
  pending: {
    __proto__: null,
    get() { return this.fd === null; },
    configurable: true,
  },
  autoClose: {
    __proto__: null,
    get() { return this._writableState.autoDestroy; },
    set(v) { this._writableState.autoDestroy = v; },
    configurable: true,
  },
});

WriteStream.prototype.open = openWriteFs;

WriteStream.prototype._construct = function _construct(callback) {
  openStream(this, callback);
};

// afterWrite finishes one write or writev.
function afterWrite(stream, cb) {
  return (err, bytesWritten) => {
    stream[kIsPerformingIO] = false;
    if (stream.destroyed) {
      cb(err);
      stream.emit(kIoDone, err);
      return;
    }
    if (err) {
      cb(err);
      return;
    }
    stream.bytesWritten += bytesWritten;
    cb();
  };
}

WriteStream.prototype._write = function _write(data, encoding, cb) {
  this[kIsPerformingIO] = true;
  this[kFs].write(this.fd, data, 0, data.length, this.pos === undefined ? null : this.pos,
    afterWrite(this, cb));
  if (this.pos !== undefined) this.pos += data.length;
};

WriteStream.prototype._writev = function _writev(data, cb) {
  const chunks = data.map((d) => d.chunk);
  const size = chunks.reduce((n, c) => n + c.length, 0);
  this[kIsPerformingIO] = true;
  this[kFs].writev(this.fd, chunks, this.pos === undefined ? null : this.pos, afterWrite(this, cb));
  if (this.pos !== undefined) this.pos += size;
};

WriteStream.prototype._final = function _final(cb) {
  if (!this.flush) {
    cb();
    return;
  }
  this[kFs].fsync(this.fd, cb);
};

WriteStream.prototype._destroy = function _destroy(err, cb) {
  closeStream(this, err, cb);
};

WriteStream.prototype.close = function close(cb) {
  if (cb) {
    if (this.closed) {
      process.nextTick(cb);
      return;
    }
    this.on('close', cb);
  }
  if (!this.autoClose) this.on('finish', this.destroy);
  this.end();
};

WriteStream.prototype.destroySoon = WriteStream.prototype.end;

module.exports = { ReadStream, WriteStream };
