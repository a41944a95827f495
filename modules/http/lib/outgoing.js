'use strict';
// _http_outgoing: OutgoingMessage, the base of ServerResponse and
// ClientRequest. It keeps the headers, renders the head, frames the body
// (Content-Length or chunked) and writes to the socket, or queues the output
// until the message's turn on the connection comes.

const EE = require('events');
const Stream = require('stream');
const net = require('net');
const { Buffer } = require('buffer');
const common = require('_http_common');
const { errnoException } = require('internal/http_parser');
let debug = require('internal/util/debuglog').debuglog('http', (fn) => {
  debug = fn;
});

const {
  codes: {
    ERR_HTTP_HEADERS_SENT, ERR_HTTP_TRAILER_INVALID, ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE,
    ERR_METHOD_NOT_IMPLEMENTED, ERR_STREAM_CANNOT_PIPE, ERR_STREAM_ALREADY_FINISHED,
    ERR_STREAM_WRITE_AFTER_END, ERR_STREAM_NULL_VALUES, ERR_STREAM_DESTROYED,
    ERR_HTTP_BODY_NOT_ALLOWED, ERR_HTTP_CONTENT_LENGTH_MISMATCH, ERR_INVALID_CHAR,
  },
  validateHeaderName, validateHeaderValue, utcDate, chunkExpression,
} = common;

const kOutHeaders = Symbol('kOutHeaders');
const kNeedDrain = Symbol('kNeedDrain');
const kCorked = Symbol('corked');
const kHighWaterMark = Symbol('kHighWaterMark');
const kRejectNonStandardBodyWrites = Symbol('kRejectNonStandardBodyWrites');
const kBytesWritten = Symbol('kBytesWritten');
const kErrored = Symbol('kErrored');
// The bytes of the message's direct writes (writeDirect, or the server's
// Go end) that the handle has not finished yet: still the socket's to
// write, as node counts them until the write's callback.
const kDirectPending = Symbol('kDirectPending');

const HIGH_WATER_MARK = 16384;
const nop = () => {};
const RE_CONN_CLOSE = /(?:^|\W)close(?:$|\W)/i;

function isUint8Array(v) {
  return v instanceof Uint8Array;
}

// The EventEmitter state is left to be made on first use (EventEmitter's
// methods all accept an emitter that was never initialised): a response
// is made per request, and most get no listener. Only captureRejections,
// which an emitter takes when it is made, needs EventEmitter's init.
function OutgoingMessage(options) {
  initOutgoing(this, options);
}

// initOutgoing is OutgoingMessage's constructor as a plain function, for
// subclasses here (cheaper than OutgoingMessage.call).
function initOutgoing(msg, options) {
  if (EE.captureRejections) EE.init.call(msg);
  if (options) {
    if (options.highWaterMark && options.highWaterMark !== HIGH_WATER_MARK) {
      msg[kHighWaterMark] = options.highWaterMark;
    }
    if (options.rejectNonStandardBodyWrites) msg[kRejectNonStandardBodyWrites] = true;
  }
}
Object.setPrototypeOf(OutgoingMessage.prototype, Stream.prototype);
Object.setPrototypeOf(OutgoingMessage, Stream);

// A rejected async listener (with captureRejections) destroys the message.
OutgoingMessage.prototype[EE.captureRejectionSymbol] = function (err, event) {
  this.destroy(err);
};

// Defaults shared through the prototype: a message sets only what differs.
Object.assign(OutgoingMessage.prototype, {
  outputSize: 0,
  writable: true,
  destroyed: false,
  _last: false,
  chunkedEncoding: false,
  shouldKeepAlive: true,
  maxRequestsOnConnectionReached: false,
  _defaultKeepAlive: true,
  useChunkedEncodingByDefault: true,
  sendDate: false,
  _removedConnection: false,
  _removedContLen: false,
  _removedTE: false,
  strictContentLength: false,
  [kBytesWritten]: 0,
  _contentLength: null,
  _hasBody: true,
  _trailer: '',
  [kNeedDrain]: false,
  finished: false,
  _headerSent: false,
  [kCorked]: 0,
  _closed: false,
  socket: null,
  _header: null,
  [kOutHeaders]: null,
  _keepAliveTimeout: 0,
  _maxRequestsPerSocket: undefined,
  _onPendingData: nop,
  [kErrored]: null,
  [kDirectPending]: 0,
  [kHighWaterMark]: HIGH_WATER_MARK,
  [kRejectNonStandardBodyWrites]: false,
});

Object.defineProperties(OutgoingMessage.prototype, {
  // outputData, the output queued until the message's turn on the
  // connection comes, is an own property made on first use: most responses
  // go out whole without it.
  outputData: common.lazyOwnList('outputData'),
  errored: { get() { return this[kErrored]; }, configurable: true },
  closed: { get() { return this._closed; }, configurable: true },
  writableFinished: {
    get() {
      return this.finished && this.outputSize === 0 && this[kDirectPending] === 0 &&
        (!this.socket || this.socket.writableLength === 0);
    },
    configurable: true,
  },
  writableObjectMode: { get() { return false; }, configurable: true },
  writableLength: {
    get() { return this.outputSize + this[kDirectPending] + (this.socket ? this.socket.writableLength : 0); },
    configurable: true,
  },
  writableHighWaterMark: {
    get() { return this.socket ? this.socket.writableHighWaterMark : this[kHighWaterMark]; },
    configurable: true,
  },
  writableCorked: {
    get() { return (this.socket ? this.socket.writableCorked : 0) + this[kCorked]; },
    configurable: true,
  },
  writableEnded: { get() { return this.finished; }, configurable: true },
  writableNeedDrain: {
    get() { return !this.destroyed && !this.finished && this[kNeedDrain]; },
    configurable: true,
  },
  connection: {
    get() { return this.socket; },
    set(val) { this.socket = val; },
    configurable: true,
  },
  headersSent: { get() { return !!this._header; }, configurable: true },
});

OutgoingMessage.prototype._renderHeaders = function _renderHeaders() {
  if (this._header) throw new ERR_HTTP_HEADERS_SENT('render');
  const headersMap = this[kOutHeaders];
  const headers = {};
  if (headersMap !== null) {
    for (const key of Object.keys(headersMap)) headers[headersMap[key][0]] = headersMap[key][1];
  }
  return headers;
};

OutgoingMessage.prototype.cork = function cork() {
  if (this.socket) this.socket.cork();
  else this[kCorked]++;
};

OutgoingMessage.prototype.uncork = function uncork() {
  if (this.socket) this.socket.uncork();
  else if (this[kCorked]) this[kCorked]--;
};

OutgoingMessage.prototype.setTimeout = function setTimeout(msecs, callback) {
  if (callback) this.on('timeout', callback);
  if (!this.socket) {
    this.once('socket', (socket) => socket.setTimeout(msecs));
  } else {
    this.socket.setTimeout(msecs);
  }
  return this;
};

OutgoingMessage.prototype.destroy = function destroy(error) {
  if (this.destroyed) return this;
  this.destroyed = true;
  this[kErrored] = error;
  if (this.socket) {
    this.socket.destroy(error);
  } else {
    this.once('socket', (socket) => socket.destroy(error));
  }
  return this;
};

// _send writes data, putting the head in front of the first write.
OutgoingMessage.prototype._send = function _send(data, encoding, callback, byteLength) {
  if (!this._headerSent && this._header !== null) {
    if (typeof data === 'string' && (encoding === 'utf8' || encoding === 'latin1' || !encoding)) {
      data = this._header + data;
    } else {
      const header = this._header;
      this.outputData.unshift({ data: header, encoding: 'latin1', callback: null });
      this.outputSize += header.length;
      this._onPendingData(header.length);
    }
    this._headerSent = true;
  }
  return this._writeRaw(data, encoding, callback, byteLength);
};

OutgoingMessage.prototype._writeRaw = function _writeRaw(data, encoding, callback) {
  const conn = this.socket;
  if (conn && conn.destroyed) return false;
  if (typeof encoding === 'function') {
    callback = encoding;
    encoding = null;
  }
  if (conn && conn._httpMessage === this && conn.writable) {
    if (this.outputData.length) this._flushOutput(conn);
    return conn.write(data, encoding, callback);
  }
  this.outputData.push({ data, encoding, callback });
  this.outputSize += data.length;
  this._onPendingData(data.length);
  return this.outputSize < this[kHighWaterMark];
};

// _storeHeader renders the head: the first line, the headers, and the
// headers node adds (Date, Connection, Keep-Alive, Content-Length or
// Transfer-Encoding), deciding the body's framing and the connection's fate.
// While it runs, the head being built and what it has seen are kept in the
// module-level render* variables (objects are costly to make here).
let renderHead = '';
let renderSeen = 0;
const kSawConnection = 1;
const kSawContLen = 2;
const kSawTE = 4;
const kSawDate = 8;
const kSawExpect = 16;
const kSawTrailer = 32;

OutgoingMessage.prototype._storeHeader = function _storeHeader(firstLine, headers) {
  renderHead = firstLine;
  renderSeen = 0;
  if (headers) {
    if (headers === this[kOutHeaders]) {
      const keys = Object.keys(headers);
      for (let i = 0; i < keys.length; i++) {
        const entry = headers[keys[i]];
        processHeader(this, entry[0], entry[1], false);
      }
    } else if (Array.isArray(headers)) {
      if (headers.length && Array.isArray(headers[0])) {
        for (let i = 0; i < headers.length; i++) {
          const entry = headers[i];
          processHeader(this, entry[0], entry[1], true);
        }
      } else {
        if (headers.length % 2 !== 0) throw new ERR_INVALID_ARG_VALUE('headers', headers);
        for (let n = 0; n < headers.length; n += 2) {
          processHeader(this, headers[n], headers[n + 1], true);
        }
      }
    } else {
      const keys = Object.keys(headers);
      for (let i = 0; i < keys.length; i++) processHeader(this, keys[i], headers[keys[i]], true);
    }
  }

  let header = renderHead;
  const seen = renderSeen;
  renderHead = '';
  if (this.sendDate && !(seen & kSawDate)) header += dateLine();

  // 204 and 304 responses cannot carry chunks: close the connection instead.
  if (this.chunkedEncoding && (this.statusCode === 204 || this.statusCode === 304)) {
    this.chunkedEncoding = false;
    this.shouldKeepAlive = false;
  }

  if (this._removedConnection) {
    // Without a Connection header an HTTP/1.1 peer keeps the connection.
    this._last = !this.shouldKeepAlive;
  } else if (!(seen & kSawConnection)) {
    const shouldSendKeepAlive = this.shouldKeepAlive &&
      ((seen & kSawContLen) || this.useChunkedEncodingByDefault || this.agent);
    if (shouldSendKeepAlive && this.maxRequestsOnConnectionReached) {
      header += 'Connection: close\r\n';
    } else if (shouldSendKeepAlive) {
      if (this._keepAliveTimeout && this._defaultKeepAlive) {
        header += keepAliveLines(Math.floor(this._keepAliveTimeout / 1000), this._maxRequestsPerSocket);
      } else {
        header += 'Connection: keep-alive\r\n';
      }
    } else {
      this._last = true;
      header += 'Connection: close\r\n';
    }
  }

  if (!(seen & (kSawContLen | kSawTE))) {
    if (!this._hasBody) {
      this.chunkedEncoding = false;
    } else if (!this.useChunkedEncodingByDefault) {
      this._last = true;
    } else if (!(seen & kSawTrailer) && !this._removedContLen && typeof this._contentLength === 'number') {
      header += 'Content-Length: ' + this._contentLength + '\r\n';
    } else if (!this._removedTE) {
      header += 'Transfer-Encoding: chunked\r\n';
      this.chunkedEncoding = true;
    } else {
      // Both framing headers removed: the body ends where the connection
      // does, so it cannot be kept alive (as node).
      this._last = true;
    }
  }

  if (this.chunkedEncoding !== true && (seen & kSawTrailer)) throw new ERR_HTTP_TRAILER_INVALID();

  this._header = header + '\r\n';
  if (this._headerSent) this._headerSent = false;

  // Send the head at once when the peer waits for it (Expect: 100-continue).
  if (seen & kSawExpect) this._send('');
};

// dateLine is the Date header line, made once for each value of utcDate.
let lastDate = '';
let lastDateLine = '';
function dateLine() {
  const date = utcDate();
  if (date !== lastDate) {
    lastDate = date;
    lastDateLine = 'Date: ' + date + '\r\n';
  }
  return lastDateLine;
}

// keepAliveLines are the Connection and Keep-Alive header lines of a
// connection kept alive, the last ones made kept for the next response.
let lastKeepAlive = { seconds: -1, max: undefined, lines: '' };
function keepAliveLines(seconds, max) {
  const last = lastKeepAlive;
  if (last.seconds === seconds && last.max === max) return last.lines;
  const lines = 'Connection: keep-alive\r\nKeep-Alive: timeout=' + seconds +
    (~~max > 0 ? `, max=${max}` : '') + '\r\n';
  lastKeepAlive = { seconds, max, lines };
  return lines;
}

function processHeader(self, key, value, validate) {
  if (validate) validateHeaderName(key);
  // With a known length, a Content-Disposition value's characters are taken
  // as the bytes of UTF-8 text (RFC 6266 §4.3), as node does since
  // nodejs/node#46528: a filename set with latin1 code units of UTF-8 reaches
  // the wire as that UTF-8.
  if (self._contentLength && isContentDispositionField(key)) {
    if (Array.isArray(value)) {
      for (let i = 0; i < value.length; i++) value[i] = Buffer.from(value[i], 'latin1');
    } else {
      value = Buffer.from(value, 'latin1');
    }
  }
  if (Array.isArray(value)) {
    if ((value.length < 2 || !isCookieField(key)) && (!self[kUniqueHeadersKey] ||
        !self[kUniqueHeadersKey].has(key.toLowerCase()))) {
      for (let i = 0; i < value.length; i++) storeHeader(self, key, value[i], validate);
      return;
    }
    value = value.join('; ');
  }
  storeHeader(self, key, value, validate);
}

const kUniqueHeadersKey = Symbol('kUniqueHeaders');

function isContentDispositionField(s) {
  return s.length === 19 && s.toLowerCase() === 'content-disposition';
}

function isCookieField(s) {
  return s.length === 6 && s.toLowerCase() === 'cookie';
}

function storeHeader(self, key, value, validate) {
  if (validate) validateHeaderValue(key, value);
  renderHead += key + ': ' + value + '\r\n';
  if (key.length >= 4 && key.length <= 17) matchHeader(self, key, value);
}

// matchHeader notes the headers that decide the framing and keep-alive.
function matchHeader(self, field, value) {
  switch (field.toLowerCase()) {
    case 'connection':
      renderSeen |= kSawConnection;
      self._removedConnection = false;
      if (RE_CONN_CLOSE.test(value)) self._last = true;
      else self.shouldKeepAlive = true;
      break;
    case 'transfer-encoding':
      renderSeen |= kSawTE;
      self._removedTE = false;
      if (chunkExpression.test(value)) self.chunkedEncoding = true;
      break;
    case 'content-length':
      renderSeen |= kSawContLen;
      self._contentLength = +value;
      self._removedContLen = false;
      break;
    case 'date':
      renderSeen |= kSawDate;
      break;
    case 'expect':
      renderSeen |= kSawExpect;
      break;
    case 'trailer':
      renderSeen |= kSawTrailer;
      break;
    case 'keep-alive':
      self._defaultKeepAlive = false;
      break;
  }
}

OutgoingMessage.prototype.setHeader = function setHeader(name, value) {
  if (this._header) throw new ERR_HTTP_HEADERS_SENT('set');
  validateHeaderName(name);
  validateHeaderValue(name, value);
  let headers = this[kOutHeaders];
  if (headers === null) this[kOutHeaders] = headers = { __proto__: null };
  headers[name.toLowerCase()] = [name, value];
  return this;
};

OutgoingMessage.prototype.setHeaders = function setHeaders(headers) {
  if (this._header) throw new ERR_HTTP_HEADERS_SENT('set');
  if (!headers || Array.isArray(headers) || typeof headers.keys !== 'function' ||
      typeof headers.get !== 'function') {
    throw new ERR_INVALID_ARG_TYPE('headers', ['Headers', 'Map'], headers);
  }
  const cookies = [];
  for (const { 0: key, 1: value } of headers) {
    if (key === 'set-cookie') {
      if (Array.isArray(value)) cookies.push(...value);
      else cookies.push(value);
      continue;
    }
    this.setHeader(key, value);
  }
  if (cookies.length) this.setHeader('set-cookie', cookies);
  return this;
};

OutgoingMessage.prototype.appendHeader = function appendHeader(name, value) {
  if (this._header) throw new ERR_HTTP_HEADERS_SENT('append');
  validateHeaderName(name);
  validateHeaderValue(name, value);
  const field = name.toLowerCase();
  const headers = this[kOutHeaders];
  if (headers === null || !headers[field]) return this.setHeader(name, value);
  if (!Array.isArray(headers[field][1])) headers[field][1] = [headers[field][1]];
  const existing = headers[field][1];
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) existing.push(value[i]);
  } else {
    existing.push(value);
  }
  return this;
};

function validateString(value, name) {
  if (typeof value !== 'string') throw new ERR_INVALID_ARG_TYPE(name, 'string', value);
}

OutgoingMessage.prototype.getHeader = function getHeader(name) {
  validateString(name, 'name');
  const headers = this[kOutHeaders];
  if (headers === null) return undefined;
  const entry = headers[name.toLowerCase()];
  return entry && entry[1];
};

OutgoingMessage.prototype.getHeaderNames = function getHeaderNames() {
  return this[kOutHeaders] !== null ? Object.keys(this[kOutHeaders]) : [];
};

OutgoingMessage.prototype.getRawHeaderNames = function getRawHeaderNames() {
  const headers = this[kOutHeaders];
  if (headers === null) return [];
  return Object.values(headers).map((entry) => entry[0]);
};

OutgoingMessage.prototype.getHeaders = function getHeaders() {
  const headers = this[kOutHeaders];
  const ret = { __proto__: null };
  if (headers) {
    for (const key of Object.keys(headers)) ret[key] = headers[key][1];
  }
  return ret;
};

OutgoingMessage.prototype.hasHeader = function hasHeader(name) {
  validateString(name, 'name');
  return this[kOutHeaders] !== null && !!this[kOutHeaders][name.toLowerCase()];
};

OutgoingMessage.prototype.removeHeader = function removeHeader(name) {
  validateString(name, 'name');
  if (this._header) throw new ERR_HTTP_HEADERS_SENT('remove');
  const key = name.toLowerCase();
  switch (key) {
    case 'connection':
      this._removedConnection = true;
      break;
    case 'content-length':
      this._removedContLen = true;
      break;
    case 'transfer-encoding':
      this._removedTE = true;
      break;
    case 'date':
      this.sendDate = false;
      break;
  }
  if (this[kOutHeaders] !== null) delete this[kOutHeaders][key];
};

OutgoingMessage.prototype._implicitHeader = function _implicitHeader() {
  throw new ERR_METHOD_NOT_IMPLEMENTED('_implicitHeader()');
};

OutgoingMessage.prototype.write = function write(chunk, encoding, callback) {
  if (typeof encoding === 'function') {
    callback = encoding;
    encoding = null;
  }
  const ret = write_(this, chunk, encoding, callback, false);
  if (!ret) this[kNeedDrain] = true;
  return ret;
};

function byteLengthOf(chunk, encoding) {
  return typeof chunk === 'string' ? Buffer.byteLength(chunk, encoding) : chunk.byteLength;
}

function write_(msg, chunk, encoding, callback, fromEnd) {
  if (typeof callback !== 'function') callback = nop;
  if (chunk === null) {
    throw new ERR_STREAM_NULL_VALUES();
  } else if (typeof chunk !== 'string' && !isUint8Array(chunk)) {
    throw new ERR_INVALID_ARG_TYPE('chunk', ['string', 'Buffer', 'Uint8Array'], chunk);
  }
  let err;
  if (msg.finished) err = new ERR_STREAM_WRITE_AFTER_END();
  else if (msg.destroyed) err = new ERR_STREAM_DESTROYED('write');
  if (err) {
    if (!msg.destroyed) onError(msg, err, callback);
    else process.nextTick(callback, err);
    return false;
  }

  let len;
  if (msg.strictContentLength) {
    len = byteLengthOf(chunk, encoding);
    if (strictContentLength(msg) && (fromEnd ? msg[kBytesWritten] + len !== msg._contentLength :
      msg[kBytesWritten] + len > msg._contentLength)) {
      throw new ERR_HTTP_CONTENT_LENGTH_MISMATCH(len + msg[kBytesWritten], msg._contentLength);
    }
    msg[kBytesWritten] += len;
  }

  if (!msg._header) {
    if (fromEnd) {
      if (len === undefined) len = byteLengthOf(chunk, encoding);
      msg._contentLength = len;
    }
    msg._implicitHeader();
  }

  if (!msg._hasBody) {
    if (msg[kRejectNonStandardBodyWrites]) throw new ERR_HTTP_BODY_NOT_ALLOWED();
    process.nextTick(callback);
    return true;
  }

  if (!fromEnd && msg.socket && !msg.socket.writableCorked) {
    msg.socket.cork();
    process.nextTick(connectionCorkNT, msg.socket);
  }

  let ret;
  if (msg.chunkedEncoding && chunk.length !== 0) {
    if (len === undefined) len = byteLengthOf(chunk, encoding);
    if (typeof chunk === 'string' && encoding !== 'hex' && encoding !== 'base64' &&
        encoding !== 'base64url' && encoding !== 'ucs2' && encoding !== 'ucs-2' &&
        encoding !== 'utf16le' && encoding !== 'utf-16le' && !headNeedsLatin1(msg, encoding) &&
        !writesObserved(msg.socket)) {
      // One string, one socket write, as the peer sees the same bytes.
      ret = msg._send(len.toString(16) + '\r\n' + chunk + '\r\n', encoding, callback);
    } else {
      msg._send(len.toString(16), 'latin1', null);
      msg._send('\r\n', null, null);
      msg._send(chunk, encoding, null);
      ret = msg._send('\r\n', null, callback);
    }
  } else {
    ret = msg._send(chunk, encoding, callback);
  }
  debug('write ret = ' + ret);
  return ret;
}

// headNeedsLatin1 reports whether the head, still unsent, has characters
// that encoding would write other than as latin1 does. node sends a chunked
// message's head with the first chunk's size, in latin1.
function headNeedsLatin1(msg, encoding) {
  return !msg._headerSent && msg._header !== null && encoding !== 'latin1' && encoding !== 'binary' &&
    nonASCII.test(msg._header);
}

const nonASCII = /[^\x00-\x7f]/;

// writesObserved reports whether the writes to socket are seen one by one:
// its write is not a net.Socket's (another stream's, or one its user
// wrapped). A message then makes node's writes, not fewer joined ones.
function writesObserved(socket) {
  return socket != null && socket.write !== socketWrite;
}
const socketWrite = net.Socket.prototype.write;

function connectionCorkNT(conn) {
  conn.uncork();
}

function strictContentLength(msg) {
  return msg.strictContentLength && msg._contentLength != null && msg._hasBody &&
    !msg._removedContLen && !msg.chunkedEncoding && !msg.hasHeader('transfer-encoding');
}

function onError(msg, err, callback) {
  if (msg.destroyed) return;
  process.nextTick(emitErrorNt, msg, err, callback);
}

function emitErrorNt(msg, err, callback) {
  callback(err);
  if (typeof msg.emit === 'function' && !msg.destroyed) msg.emit('error', err);
}

OutgoingMessage.prototype.addTrailers = function addTrailers(headers) {
  this._trailer = '';
  const keys = Object.keys(headers);
  const isArray = Array.isArray(headers);
  for (let i = 0, l = keys.length; i < l; i++) {
    let field, value;
    const key = keys[i];
    if (isArray) {
      field = headers[key][0];
      value = headers[key][1];
    } else {
      field = key;
      value = headers[key];
    }
    validateHeaderName(field, 'Trailer name');
    if (Array.isArray(value) && value.length > 1 && (!this[kUniqueHeadersKey] ||
        !this[kUniqueHeadersKey].has(field.toLowerCase()))) {
      for (let j = 0, n = value.length; j < n; j++) {
        if (common._checkInvalidHeaderChar(value[j])) throw new ERR_INVALID_CHAR('trailer content', field);
        this._trailer += field + ': ' + value[j] + '\r\n';
      }
    } else {
      if (Array.isArray(value)) value = value.join('; ');
      if (common._checkInvalidHeaderChar(value)) throw new ERR_INVALID_CHAR('trailer content', field);
      this._trailer += field + ': ' + value + '\r\n';
    }
  }
};

const kBeforeFinish = Symbol('kBeforeFinish');

// onFinish emits 'finish'; the server's own bookkeeping (kBeforeFinish)
// runs first, as the first 'finish' listener does in node.
function onFinish(outmsg) {
  if (outmsg && outmsg.socket && outmsg.socket._hadError) return;
  if (outmsg[kBeforeFinish] !== undefined) outmsg[kBeforeFinish]();
  outmsg.emit('finish');
}

OutgoingMessage.prototype.end = function end(chunk, encoding, callback) {
  if (typeof chunk === 'function') {
    callback = chunk;
    chunk = null;
    encoding = null;
  } else if (typeof encoding === 'function') {
    callback = encoding;
    encoding = null;
  }

  if (chunk && !this.finished && endInOneWrite(this, chunk, encoding, callback)) return this;
  if (chunk) {
    if (this.finished) {
      onError(this, new ERR_STREAM_WRITE_AFTER_END(), typeof callback !== 'function' ? nop : callback);
      return this;
    }
    if (this.socket) this.socket.cork();
    write_(this, chunk, encoding, null, true);
  } else if (this.finished) {
    if (typeof callback === 'function') {
      if (!this.writableFinished) this.on('finish', callback);
      else callback(new ERR_STREAM_ALREADY_FINISHED('end'));
    }
    return this;
  } else if (!this._header) {
    if (this.socket) this.socket.cork();
    this._contentLength = 0;
    this._implicitHeader();
  }

  if (typeof callback === 'function') this.once('finish', callback);

  if (strictContentLength(this) && this[kBytesWritten] !== this._contentLength) {
    throw new ERR_HTTP_CONTENT_LENGTH_MISMATCH(this[kBytesWritten], this._contentLength);
  }

  const finish = () => onFinish(this);
  if (this._hasBody && this.chunkedEncoding) {
    this._send('0\r\n' + this._trailer + '\r\n', 'latin1', finish);
  } else if (!this._headerSent || this.writableLength || chunk) {
    this._send('', 'latin1', finish);
  } else {
    process.nextTick(finish);
  }

  if (this.socket) {
    // Undo every cork at once: the whole message goes out together.
    while (this.socket.writableCorked) this.socket.uncork();
  }
  this[kCorked] = 0;

  this.finished = true;
  debug('outgoing message end.');

  // The first message in the queue whose output all reached the socket is
  // done here; later ones finish when their turn comes (_flush).
  if (this.outputData.length === 0 && this.socket && this.socket._httpMessage === this) {
    this._finish();
  }
  return this;
};

// endInOneWrite ends the message with its last chunk in a single socket
// write — head (if not sent yet), chunk and, when chunked, the terminating
// chunk — the common res.end(body). It reports false, having done nothing,
// when the general path must run instead, as it must for a socket whose
// writes are observed (writesObserved): that sees node's writes one by
// one, an empty last one included.
function endInOneWrite(msg, chunk, encoding, callback) {
  const isString = typeof chunk === 'string';
  if ((!isString && !isUint8Array(chunk)) || msg.destroyed || msg.strictContentLength ||
      writesObserved(msg.socket)) {
    return false;
  }
  if (isString && encoding && encoding !== 'utf8' && encoding !== 'utf-8' && encoding !== 'latin1' &&
      encoding !== 'binary' && encoding !== 'ascii') {
    return false;
  }
  if (!msg._header) {
    msg._contentLength = byteLengthOf(chunk, encoding);
    msg._implicitHeader();
  }
  if (!msg._hasBody || (msg.chunkedEncoding && !isString)) return false;
  let data = chunk;
  if (msg.chunkedEncoding) {
    data = byteLengthOf(chunk, encoding).toString(16) + '\r\n' + chunk + '\r\n0\r\n' + msg._trailer + '\r\n';
  }
  if (typeof callback === 'function') msg.once('finish', callback);
  const socket = msg.socket;
  let ret = true;
  if (!writeDirect(msg, socket, data, isString, encoding)) {
    // A Buffer goes out after the head as a second write: keep them together.
    if (socket && !isString) socket.cork();
    ret = msg._send(data, encoding, () => onFinish(msg));
    if (socket) {
      while (socket.writableCorked) socket.uncork();
    }
  }
  debug('write ret = ' + ret);
  if (msg[kCorked] !== 0) msg[kCorked] = 0;
  msg.finished = true;
  debug('outgoing message end.');
  if (msg.outputData.length === 0 && msg.socket && msg.socket._httpMessage === msg) msg._finish();
  return true;
}

// writeDirect writes a message's last output, head included, straight to
// the handle of a gonode net.Socket whose own write queue is idle — what
// the socket's Writable would do, without its per-write bookkeeping, which
// is most of the cost of a small response. The handle orders this write
// with any later ones and counts it in bytesWritten; 'finish' follows the
// write as it would follow the socket's write callback. It reports false
// when the socket's queue is busy or the handle refuses, leaving the write
// to the general path.
function writeDirect(msg, socket, data, isString, encoding) {
  if (!socket || socket._httpMessage !== msg || msg._headerSent || msg.outputData.length !== 0) {
    return false;
  }
  const handle = socket._handle;
  if (!handle || typeof handle.writeUtf8String !== 'function' || socket.connecting) return false;
  // The socket's Writable holds nothing and accepts writes (its writable,
  // writableLength and writableCorked, read from its state at once).
  const ws = socket._writableState;
  if (!ws || ws.length !== 0 || ws.corked !== 0 || ws.writable === false || ws.destroyed ||
      ws.errored || ws.ending || ws.ended) {
    return false;
  }
  const writes = directWritesOf(socket);
  writes.msgs.push(msg);
  const head = msg._header;
  let r;
  if (isString && (!encoding || encoding === 'utf8' || encoding === 'utf-8')) {
    r = handle.writeUtf8String(writes.done, head + data);
  } else if (isString) {
    r = handle.writeBuffer(writes.done, Buffer.from(head + data, encoding));
  } else {
    r = handle.writev(writes.done, [Buffer.from(head, 'latin1'), data]);
  }
  if (r <= 0) writes.msgs.pop(); // no callback comes
  if (r < 0) return false;
  if (r === 1) msg[kDirectPending] = Buffer.byteLength(head, 'latin1') + byteLengthOf(data, encoding);
  msg._headerSent = true;
  if ((socket.timeout || socket._parent) && typeof socket._unrefTimer === 'function') socket._unrefTimer();
  if (r === 0) process.nextTick(onFinish, msg);
  return true;
}

const kDirectWrites = Symbol('kDirectWrites');

// directWritesOf is the socket's record of its direct writes that complete
// later: the messages, in order (the handle completes writes in order), and
// the one callback they share.
function directWritesOf(socket) {
  let writes = socket[kDirectWrites];
  if (writes === undefined) {
    const msgs = [];
    writes = socket[kDirectWrites] = {
      msgs,
      done(status) {
        const msg = msgs.shift();
        if (status < 0) {
          socket.destroy(errnoException(status, 'write'));
        } else {
          msg[kDirectPending] = 0;
          onFinish(msg);
        }
      },
    };
  }
  return writes;
}

OutgoingMessage.prototype._finish = function _finish() {
  this.emit('prefinish');
};

// _flush sends the output queued while the message waited for its socket.
OutgoingMessage.prototype._flush = function _flush() {
  const socket = this.socket;
  if (socket && socket.writable) {
    const ret = this._flushOutput(socket);
    if (this.finished) {
      this._finish();
    } else if (ret && this[kNeedDrain]) {
      this[kNeedDrain] = false;
      this.emit('drain');
    }
  }
};

OutgoingMessage.prototype._flushOutput = function _flushOutput(socket) {
  while (this[kCorked]) {
    this[kCorked]--;
    socket.cork();
  }
  const outputLength = this.outputData.length;
  if (outputLength <= 0) return undefined;
  const outputData = this.outputData;
  socket.cork();
  let ret;
  for (let i = 0; i < outputLength; i++) {
    const { data, encoding, callback } = outputData[i];
    outputData[i].data = null;
    ret = socket.write(data, encoding, callback);
  }
  socket.uncork();
  this.outputData = [];
  this._onPendingData(-this.outputSize);
  this.outputSize = 0;
  return ret;
};

OutgoingMessage.prototype.flushHeaders = function flushHeaders() {
  if (!this._header) this._implicitHeader();
  // Force-flush the head.
  this._send('');
};

OutgoingMessage.prototype.pipe = function pipe() {
  this.emit('error', new ERR_STREAM_CANNOT_PIPE());
};

module.exports = {
  OutgoingMessage,
  initOutgoing,
  kOutHeaders,
  kNeedDrain,
  kUniqueHeaders: kUniqueHeadersKey,
  kBeforeFinish,
  onFinish,
  kDirectPending,
  validateHeaderName,
  validateHeaderValue,
};
