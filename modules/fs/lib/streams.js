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
  validateInteger,
  getValidatedFd,
  getValidatedPath,
  toPathIfFileURL,
  getOptions,
} = require('internal/fs/utils');
const { codes: { ERR_INVALID_ARG_TYPE, ERR_OUT_OF_RANGE } } = require('internal/errors');

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

// setupFd takes the fd, path, flags, mode and fs functions from the options
// common to both streams; io is 'read' or 'write'.
function setupFd(stream, path, options, io) {
  if (options.fd instanceof FileHandle) {
    const handle = options.fd;
    stream[kFs] = handleOps(handle);
    stream.fd = handle.fd;
    handle.on('close', () => stream.close());
  } else {
    stream[kFs] = options.fs || fs;
    if (options.fd == null) {
      validateFunction(stream[kFs].open, 'options.fs.open');
      stream.fd = null;
      path = getValidatedPath(path);
    } else {
      if (typeof options.fd !== 'number') {
        throw new ERR_INVALID_ARG_TYPE('options.fd', ['number', 'FileHandle'], options.fd);
      }
      stream.fd = getValidatedFd(options.fd, 'options.fd');
    }
    validateFunction(stream[kFs][io], `options.fs.${io}`);
    if (options.autoDestroy) validateFunction(stream[kFs].close, 'options.fs.close');
  }
  stream.path = toPathIfFileURL(path);
  stream.flags = options.flags === undefined ? stream.defaultFlags : options.flags;
  stream.mode = options.mode === undefined ? 0o666 : options.mode;
}

// openStream is the streams' _construct: open the file unless an fd was given.
function openStream(stream, callback) {
  if (typeof stream.fd === 'number') {
    callback();
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
      const fd = stream.fd;
      stream.fd = null;
      stream[kFs].close(fd, (closeErr) => cb(e || closeErr));
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
  options.autoDestroy = options.autoClose === undefined ? true : options.autoClose;
  setupFd(this, path, options, 'read');
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
ReadStream.prototype.defaultFlags = 'r';

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
  options.autoDestroy = options.autoClose === undefined ? true : options.autoClose;
  setupFd(this, path, options, 'write');
  this.flush = options.flush === undefined ? false : !!options.flush;
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
WriteStream.prototype.defaultFlags = 'w';

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
  const writev = this[kFs].writev || fs.writev;
  writev(this.fd, chunks, this.pos === undefined ? null : this.pos, afterWrite(this, cb));
  if (this.pos !== undefined) this.pos += size;
};

WriteStream.prototype._final = function _final(cb) {
  if (!this.flush) {
    cb();
    return;
  }
  (this[kFs].fsync || fs.fsync)(this.fd, cb);
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
