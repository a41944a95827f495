'use strict';
// _http_client: ClientRequest — an outgoing request on a socket from an
// Agent (or a connection of its own), whose response the Go parser reads.

const net = require('net');
const { Buffer } = require('buffer');
const { finished } = require('stream');
const { OutgoingMessage, kOutHeaders, kNeedDrain, kUniqueHeaders } = require('_http_outgoing');
const { IncomingMessage, pushBody, endMessage, kHeadersCount } = require('_http_incoming');
const Agent = require('_http_agent');
const common = require('_http_common');

const {
  codes: {
    ERR_HTTP_HEADERS_SENT, ERR_INVALID_ARG_TYPE, ERR_INVALID_HTTP_TOKEN, ERR_INVALID_PROTOCOL,
    ERR_UNESCAPED_CHARACTERS, ERR_OUT_OF_RANGE,
  },
  connResetException, attachParser, listenForEnd, isLenient, untakeOnListeners, afterParser, freeParser, kParser, parseError, _checkIsHttpToken: checkIsHttpToken,
  parseUniqueHeadersOption,
} = common;
const { validateBoolean, validateAbortSignal } = require('internal/streams/utils');

const { hasObserver, startPerf, stopPerf } = require('internal/perf/observe');
const INVALID_PATH_REGEX = /[^\u0021-\u00ff]/;
const kError = Symbol('kError');
const kClientRequestStatistics = Symbol('ClientRequestStatistics');
const { maxHeaderSize: defaultMaxHeaderSize } = require('internal/http_parser');
const { getTimerDuration } = require('internal/net');
let debug = require('internal/util/debuglog').debuglog('http', (fn) => {
  debug = fn;
});

function validateHost(host, name) {
  if (host !== null && host !== undefined && typeof host !== 'string') {
    throw new ERR_INVALID_ARG_TYPE(`options.${name}`, ['string', 'undefined', 'null'], host);
  }
  return host;
}

// urlToHttpOptions turns a WHATWG URL into request options: url's, which
// keeps the URL's own properties (a url.headers, say), as node's does.
function urlToHttpOptions(url) {
  return require('url').urlToHttpOptions(url);
}

function isURL(v) {
  return v != null && typeof v === 'object' && typeof v.href === 'string' &&
    typeof v.protocol === 'string' && v.auth === undefined && v.path === undefined;
}

function ClientRequest(input, options, cb) {
  OutgoingMessage.call(this);

  if (typeof input === 'string') {
    input = urlToHttpOptions(new URL(input));
  } else if (isURL(input)) {
    input = urlToHttpOptions(input);
  } else {
    cb = options;
    options = input;
    input = null;
  }
  if (typeof options === 'function') {
    cb = options;
    options = input || {};
  } else {
    options = Object.assign(input || {}, options);
  }

  let agent = options.agent;
  const defaultAgent = options._defaultAgent || Agent.globalAgent;
  if (agent === false) {
    agent = new defaultAgent.constructor();
  } else if (agent === null || agent === undefined) {
    if (typeof options.createConnection !== 'function') agent = defaultAgent;
  } else if (typeof agent.addRequest !== 'function') {
    throw new ERR_INVALID_ARG_TYPE('options.agent', ['Agent-like Object', 'undefined', 'false'], agent);
  }
  this.agent = agent;

  const protocol = options.protocol || defaultAgent.protocol;
  let expectedProtocol = defaultAgent.protocol;
  if (this.agent && this.agent.protocol) expectedProtocol = this.agent.protocol;

  if (options.path) {
    const path = String(options.path);
    if (INVALID_PATH_REGEX.test(path)) throw new ERR_UNESCAPED_CHARACTERS('Request path');
  }
  if (protocol !== expectedProtocol) throw new ERR_INVALID_PROTOCOL(protocol, expectedProtocol);

  const defaultPort = options.defaultPort || (this.agent && this.agent.defaultPort);
  const opts = { __proto__: null, ...options };
  const port = opts.port = options.port || defaultPort || 80;
  const host = opts.host = validateHost(options.hostname, 'hostname') ||
    validateHost(options.host, 'host') || 'localhost';
  const setHost = options.setHost === undefined || Boolean(options.setHost);

  this.socketPath = options.socketPath;
  if (options.timeout !== undefined) this.timeout = getTimerDuration(options.timeout, 'timeout');

  const signal = options.signal;
  if (signal) {
    validateAbortSignal(signal, 'signal');
    delete opts.signal;
    const onAbort = () => this.destroy(abortError(signal.reason));
    if (signal.aborted) process.nextTick(onAbort);
    else {
      signal.addEventListener('abort', onAbort, { once: true });
      this.once('close', () => signal.removeEventListener('abort', onAbort));
    }
  }

  let method = options.method;
  if (method !== null && method !== undefined && typeof method !== 'string') {
    throw new ERR_INVALID_ARG_TYPE('options.method', 'string', method);
  }
  if (method) {
    if (!checkIsHttpToken(method)) throw new ERR_INVALID_HTTP_TOKEN('Method', method);
    method = this.method = method.toUpperCase();
  } else {
    method = this.method = 'GET';
  }

  if (options.maxHeaderSize !== undefined) {
    if (typeof options.maxHeaderSize !== 'number') {
      throw new ERR_INVALID_ARG_TYPE('maxHeaderSize', 'number', options.maxHeaderSize);
    }
    if (!Number.isInteger(options.maxHeaderSize)) {
      throw new ERR_OUT_OF_RANGE('maxHeaderSize', 'an integer', options.maxHeaderSize);
    }
    if (options.maxHeaderSize < 0 || options.maxHeaderSize > Number.MAX_SAFE_INTEGER) {
      throw new ERR_OUT_OF_RANGE('maxHeaderSize', `>= 0 && <= ${Number.MAX_SAFE_INTEGER}`, options.maxHeaderSize);
    }
  }
  this.maxHeaderSize = options.maxHeaderSize;
  if (options.insecureHTTPParser !== undefined) {
    validateBoolean(options.insecureHTTPParser, 'options.insecureHTTPParser');
  }
  this.insecureHTTPParser = options.insecureHTTPParser;
  this[kUniqueHeaders] = parseUniqueHeadersOption(options.uniqueHeaders);
  if (options.joinDuplicateHeaders !== undefined && typeof options.joinDuplicateHeaders !== 'boolean') {
    throw new ERR_INVALID_ARG_TYPE('options.joinDuplicateHeaders', 'boolean', options.joinDuplicateHeaders);
  }
  this.joinDuplicateHeaders = options.joinDuplicateHeaders;

  this.path = options.path || '/';
  if (cb) this.once('response', cb);

  this.useChunkedEncodingByDefault = !(method === 'GET' || method === 'HEAD' || method === 'DELETE' ||
    method === 'OPTIONS' || method === 'TRACE' || method === 'CONNECT');

  this._ended = false;
  this.res = null;
  this.aborted = false;
  this.timeoutCb = null;
  this.upgradeOrConnect = false;
  this.parser = null;
  this.maxHeadersCount = null;
  this.reusedSocket = false;
  this.host = host;
  this.protocol = protocol;

  if (this.agent) {
    // Ask for keep-alive only when the agent will reuse the connection.
    if (!this.agent.keepAlive && !Number.isFinite(this.agent.maxSockets)) {
      this._last = true;
      this.shouldKeepAlive = false;
    } else {
      this._last = false;
      this.shouldKeepAlive = true;
    }
  }

  const headersArray = Array.isArray(options.headers);
  if (!headersArray) {
    if (options.headers) {
      for (const key of Object.keys(options.headers)) this.setHeader(key, options.headers[key]);
    }
    if (host && !this.getHeader('host') && setHost) {
      let hostHeader = host;
      const posColon = hostHeader.indexOf(':');
      if (posColon !== -1 && hostHeader.includes(':', posColon + 1) && hostHeader.charCodeAt(0) !== 91) {
        hostHeader = `[${hostHeader}]`;
      }
      if (port && +port !== defaultPort) hostHeader += ':' + port;
      this.setHeader('Host', hostHeader);
    }
    if (options.auth && !this.getHeader('Authorization')) {
      this.setHeader('Authorization', 'Basic ' + Buffer.from(options.auth).toString('base64'));
    }
    if (this.getHeader('expect')) {
      if (this._header) throw new ERR_HTTP_HEADERS_SENT('render');
      this._storeHeader(this.method + ' ' + this.path + ' HTTP/1.1\r\n', this[kOutHeaders]);
    }
  } else {
    this._storeHeader(this.method + ' ' + this.path + ' HTTP/1.1\r\n', options.headers);
  }

  if (this.agent) {
    this.agent.addRequest(this, opts);
  } else {
    this._last = true;
    this.shouldKeepAlive = false;
    let connectOpts = opts;
    if (opts.path || opts.socketPath) {
      connectOpts = { ...opts };
      if (connectOpts.socketPath) connectOpts.path = connectOpts.socketPath;
      else if (connectOpts.path) connectOpts.path = undefined;
    }
    if (typeof connectOpts.createConnection === 'function') {
      let called = false;
      const oncreate = (err, socket) => {
        if (called) return;
        called = true;
        if (err) process.nextTick(() => this.emit('error', err));
        else this.onSocket(socket);
      };
      try {
        const newSocket = connectOpts.createConnection(connectOpts, oncreate);
        if (newSocket) oncreate(null, newSocket);
      } catch (err) {
        oncreate(err);
      }
    } else {
      debug('CLIENT use net.createConnection', connectOpts);
      this.onSocket(net.createConnection(connectOpts));
    }
  }
}
Object.setPrototypeOf(ClientRequest.prototype, OutgoingMessage.prototype);
Object.setPrototypeOf(ClientRequest, OutgoingMessage);

function abortError(reason) {
  const err = new Error('The operation was aborted');
  err.name = 'AbortError';
  err.code = 'ABORT_ERR';
  if (reason !== undefined) err.cause = reason;
  return err;
}

// _finish starts the 'http' entry of a request whose observers want one
// (HttpClient, which its response ends).
ClientRequest.prototype._finish = function _finish() {
  OutgoingMessage.prototype._finish.call(this);
  if (hasObserver('http')) {
    startPerf(this, kClientRequestStatistics, {
      type: 'http',
      name: 'HttpClient',
      detail: {
        req: {
          method: this.method,
          url: `${this.protocol}//${this.host}${this.path}`,
          headers: typeof this.getHeaders === 'function' ? this.getHeaders() : {},
        },
      },
    });
  }
};

ClientRequest.prototype._implicitHeader = function _implicitHeader() {
  if (this._header) throw new ERR_HTTP_HEADERS_SENT('render');
  this._storeHeader(this.method + ' ' + this.path + ' HTTP/1.1\r\n', this[kOutHeaders]);
};

ClientRequest.prototype.abort = function abort() {
  if (this.aborted) return;
  this.aborted = true;
  process.nextTick(emitAbortNT, this);
  this.destroy();
};

ClientRequest.prototype.destroy = function destroy(err) {
  if (this.destroyed) return this;
  this.destroyed = true;
  // The response is of no interest any more.
  if (this.res) this.res._dump();
  this[kError] = err;
  if (this.socket) this.socket.destroy(err);
  return this;
};

function emitAbortNT(req) {
  req.emit('abort');
}

function ondrain() {
  const msg = this._httpMessage;
  if (msg && !msg.finished && msg[kNeedDrain]) {
    msg[kNeedDrain] = false;
    msg.emit('drain');
  }
}

function socketCloseListener() {
  debug('HTTP socket close');
  afterParser(this, () => socketClosed(this));
}

function socketClosed(socket) {
  const req = socket._httpMessage;
  const res = req.res;
  req.destroyed = true;
  if (res) {
    // The connection went away before the response ended.
    if (!res.complete) res.destroy(connResetException('aborted'));
    req._closed = true;
    req.emit('close');
    if (!res.aborted && res.readable) res.push(null);
  } else {
    if (!req.socket._hadError) {
      req.socket._hadError = true;
      req.emit('error', connResetException('socket hang up'));
    }
    req._closed = true;
    req.emit('close');
  }
  if (req.outputData) req.outputData.length = 0;
  freeParser(socket);
}

function socketErrorListener(err) {
  debug('SOCKET ERROR:', err.message, err.stack);
  afterParser(this, () => socketErrored(this, err));
}

function socketErrored(socket, err) {
  const req = socket._httpMessage;
  if (req) {
    req.socket._hadError = true;
    req.emit('error', err);
  }
  freeParser(socket);
  socket.destroy();
}

// onEOF: the server closed its side. Without a response that is a hang-up.
function onEOF(req, socket) {
  if (!req.res && !socket._hadError) {
    socket._hadError = true;
    req.emit('error', connResetException('socket hang up'));
  }
  freeParser(socket);
  socket.destroy();
}

function onParseError(req, socket, code, reason, bytesParsed, rawPacket) {
  freeParser(socket);
  socket.destroy();
  socket._hadError = true;
  req.emit('error', parseError(code, reason, false, bytesParsed, rawPacket));
}

function statusIsInformational(status) {
  return status < 200 && status >= 100 && status !== 101;
}

// onHead receives a response head from the parser.
function onHead(req, socket, method, url, major, minor, rawHeaders, keepAlive, upgrade,
  statusCode, statusMessage, body, complete, upgradeHead) {
  debug('AGENT incoming response!');
  const parser = socket[kParser];
  const res = new IncomingMessage(socket);
  res.httpVersionMajor = major;
  res.httpVersionMinor = minor;
  res.httpVersion = `${major}.${minor}`;
  res.joinDuplicateHeaders = req.joinDuplicateHeaders;
  res.rawHeaders = rawHeaders;
  if (parser.maxHeaderPairs > 0) res[kHeadersCount] = parser.maxHeaderPairs;
  res.statusCode = statusCode;
  res.statusMessage = statusMessage;
  res.upgrade = upgrade;

  if (req.res) {
    // A second response to one request.
    socket.destroy();
    return;
  }

  if (upgrade) {
    req.res = res;
    const left = parser.decide(true);
    freeParser(socket);
    socket.removeListener('drain', ondrain);
    if (req.timeoutCb) socket.removeListener('timeout', req.timeoutCb);
    socket.removeListener('timeout', responseOnTimeout);
    if (left) socket.unshift(left);
    const eventName = req.method === 'CONNECT' ? 'connect' : 'upgrade';
    if (req.listenerCount(eventName) > 0) {
      req.upgradeOrConnect = true;
      socket.emit('agentRemove');
      socket.removeListener('close', socketCloseListener);
      socket.removeListener('error', socketErrorListener);
      socket._httpMessage = null;
      socket.readableFlowing = null;
      req.emit(eventName, res, socket, upgradeHead);
      req.destroyed = true;
      req._closed = true;
      req.emit('close');
    } else {
      socket.destroy();
    }
    return;
  }

  if (statusIsInformational(statusCode)) {
    if (statusCode === 100) req.emit('continue');
    req.emit('information', {
      statusCode, statusMessage, httpVersion: res.httpVersion, httpVersionMajor: major,
      httpVersionMinor: minor, headers: res.headers, rawHeaders,
    });
    return;
  }

  if (req.shouldKeepAlive && !keepAlive && !req.upgradeOrConnect) req.shouldKeepAlive = false;
  if (req[kClientRequestStatistics] && hasObserver('http')) {
    stopPerf(req, kClientRequestStatistics, {
      detail: { res: { statusCode: res.statusCode, statusMessage: res.statusMessage, headers: res.headers } },
    });
  }
  req.res = res;
  res.req = req;
  res.on('end', responseOnEnd);
  req.on('finish', requestOnFinish);
  socket.on('timeout', responseOnTimeout);
  if (req.aborted || !req.emit('response', res)) res._dump();

  if (body !== undefined) pushBody(res, body, parser);
  if (complete) responseComplete(socket, res, undefined);
}

function onBody(socket, chunk) {
  const req = socket._httpMessage;
  const parser = socket[kParser];
  if (!req || !req.res) {
    parser.consumed();
    return;
  }
  pushBody(req.res, chunk, parser);
}

function onEnd(socket, rawTrailers) {
  const req = socket._httpMessage;
  if (req && req.res) responseComplete(socket, req.res, rawTrailers);
}

function responseComplete(socket, res, rawTrailers) {
  if (rawTrailers) res.rawTrailers = rawTrailers;
  res.complete = true;
  // The parser's work for this request is done.
  freeParser(socket);
  socket.removeListener('drain', ondrain);
  endMessage(res);
}

function responseKeepAlive(req) {
  const socket = req.socket;
  debug('AGENT socket keep-alive');
  if (req.timeoutCb) {
    socket.setTimeout(0, req.timeoutCb);
    req.timeoutCb = null;
  }
  socket.removeListener('close', socketCloseListener);
  socket.removeListener('error', socketErrorListener);
  freeParser(socket);
  // Free the socket after the user's 'end' handlers ran.
  process.nextTick(emitFreeNT, req);
  req.destroyed = true;
  // Detach the socket so that destroying the response does not destroy it.
  if (req.res) req.res.socket = null;
}

function responseOnEnd() {
  const req = this.req;
  const socket = req.socket;
  if (socket) {
    if (req.timeoutCb) socket.removeListener('timeout', emitRequestTimeout);
    socket.removeListener('timeout', responseOnTimeout);
  }
  req._ended = true;
  if (!req.shouldKeepAlive) {
    if (socket.writable) {
      debug('AGENT socket.destroySoon()');
      if (typeof socket.destroySoon === 'function') socket.destroySoon();
      else socket.end();
    }
  } else if (req.writableFinished && !this.aborted) {
    responseKeepAlive(req);
  }
}

function responseOnTimeout() {
  const req = this._httpMessage;
  if (req && req.res) req.res.emit('timeout');
}

// The whole response may arrive before the request finished sending.
function requestOnFinish() {
  if (this.shouldKeepAlive && this._ended) responseKeepAlive(this);
}

function emitFreeNT(req) {
  req._closed = true;
  req.emit('close');
  if (req.socket) req.socket.emit('free');
}

function tickOnSocket(req, socket) {
  req.socket = socket;
  socket._httpMessage = req;
  // The parser reads the connection directly once it is connected.
  const lenient = req.insecureHTTPParser === undefined ? isLenient() : req.insecureHTTPParser;
  if (socket.connecting) {
    listenForEnd(socket);
    socket.once('connect', () => setupParser(req, socket, lenient));
  } else {
    setupParser(req, socket, lenient);
  }

  socket.on('error', socketErrorListener);
  socket.on('close', socketCloseListener);
  socket.on('drain', ondrain);

  if (req.timeout !== undefined || (req.agent && req.agent.options && req.agent.options.timeout)) {
    listenSocketTimeout(req);
  }
  req.emit('socket', socket);
}

function setupParser(req, socket, lenient) {
  if (socket.destroyed || socket._httpMessage !== req) return;
  const parser = attachParser(socket, true, req.maxHeaderSize || defaultMaxHeaderSize, {
    onHead: (...args) => onHead(req, socket, ...args),
    onBody: (chunk) => onBody(socket, chunk),
    onEnd: (trailers) => onEnd(socket, trailers),
    onError: (code, reason, bytesParsed, rawPacket) => onParseError(req, socket, code, reason, bytesParsed, rawPacket),
    onEOF: () => onEOF(req, socket),
  }, lenient);
  parser.expect(req.method);
  parser.maxHeaderPairs = typeof req.maxHeadersCount === 'number' ? req.maxHeadersCount << 1 : 4000;
  parser.socket = socket;
  parser.outgoing = req;
  req.parser = parser;
  socket[kParser] = parser;
  socket.parser = parser;
  untakeOnListeners(socket);
  // node's client parser is fed by 'data' events: listeners the socket has
  // already (added at 'socket') see the response's bytes too.
  if (parser.taken && (socket.listenerCount('data') > 1 || socket.listenerCount('readable') > 0)) {
    parser.untake();
  }
}

function emitRequestTimeout() {
  const req = this._httpMessage;
  if (req) req.emit('timeout');
}

function listenSocketTimeout(req) {
  if (req.timeoutCb) return;
  req.timeoutCb = emitRequestTimeout;
  if (req.socket) req.socket.once('timeout', emitRequestTimeout);
  else req.on('socket', (socket) => socket.once('timeout', emitRequestTimeout));
}

ClientRequest.prototype.onSocket = function onSocket(socket, err) {
  process.nextTick(onSocketNT, this, socket, err);
};

function onSocketNT(req, socket, err) {
  if (req.destroyed || err) {
    req.destroyed = true;
    const destroyReq = (e) => {
      if (!req.aborted && !e) e = connResetException('socket hang up');
      if (e) req.emit('error', e);
      req._closed = true;
      req.emit('close');
    };
    if (socket) {
      if (!err && req.agent && !socket.destroyed) {
        socket.emit('free');
      } else {
        finished(socket.destroy(err || req[kError]), (er) => {
          if (er && er.code === 'ERR_STREAM_PREMATURE_CLOSE') er = null;
          destroyReq(er || err);
        });
        return;
      }
    }
    destroyReq(err || req[kError]);
  } else {
    tickOnSocket(req, socket);
    req._flush();
  }
}

ClientRequest.prototype._deferToConnect = function _deferToConnect(method, args) {
  const callSocketMethod = () => {
    if (method) this.socket[method](...args);
  };
  const onSocket = () => {
    if (this.socket.writable) callSocketMethod();
    else this.socket.once('connect', callSocketMethod);
  };
  if (!this.socket) this.once('socket', onSocket);
  else onSocket();
};

ClientRequest.prototype.setTimeout = function setTimeout(msecs, callback) {
  if (this._ended) return this;
  listenSocketTimeout(this);
  msecs = getTimerDuration(msecs, 'msecs');
  if (callback) this.once('timeout', callback);
  if (this.socket) setSocketTimeout(this.socket, msecs);
  else this.once('socket', (sock) => setSocketTimeout(sock, msecs));
  return this;
};

function setSocketTimeout(sock, msecs) {
  if (sock.connecting) sock.once('connect', () => sock.setTimeout(msecs));
  else sock.setTimeout(msecs);
}

ClientRequest.prototype.setNoDelay = function setNoDelay(noDelay) {
  this._deferToConnect('setNoDelay', [noDelay]);
};

ClientRequest.prototype.setSocketKeepAlive = function setSocketKeepAlive(enable, initialDelay) {
  this._deferToConnect('setKeepAlive', [enable, initialDelay]);
};

ClientRequest.prototype.clearTimeout = function clearTimeout(cb) {
  this.setTimeout(0, cb);
};

module.exports = { ClientRequest, urlToHttpOptions };
