'use strict';
// _http_server: http.Server and ServerResponse. Any socket handed to the
// server's 'connection' event — from its own listener, another server, or
// another process — is served as an HTTP connection: the Go parser reads its
// requests; responses go out in request order.

const EE = require('events');
const net = require('net');
const {
  OutgoingMessage, initOutgoing, kOutHeaders, kUniqueHeaders, kNeedDrain, kBeforeFinish, onFinish, kDirectPending,
} = require('_http_outgoing');
const {
  IncomingMessage, pushBody, endMessage, dumpUnread, kHeadersCount, kStreamState,
} = require('_http_incoming');
const common = require('_http_common');

const {
  STATUS_CODES, codes, connResetException, kIncomingMessage, kServerResponse, kParser,
  attachParser, isLenient, untakeOnListeners, afterParser, freeParser, parseError, chunkExpression, continueExpression,
  _checkInvalidHeaderChar: checkInvalidHeaderChar, parseUniqueHeadersOption,
} = common;
const { validateInteger, validateBoolean } = require('internal/streams/utils');
const { validateLinkHeaderValue } = require('internal/validators');
let debug = require('internal/util/debuglog').debuglog('http', (fn) => {
  debug = fn;
});
const { hasObserver, startPerf, stopPerf } = require('internal/perf/observe');
const {
  ERR_HTTP_HEADERS_SENT, ERR_HTTP_INVALID_STATUS_CODE, ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE,
  ERR_INVALID_CHAR, ERR_OUT_OF_RANGE, ERR_HTTP_REQUEST_TIMEOUT, ERR_HTTP_SOCKET_ENCODING,
  ERR_HTTP_SOCKET_ASSIGNED,
} = codes;

const kConnections = Symbol('http.server.connections');
const kConnectionsCheckingInterval = Symbol('http.server.connectionsCheckingInterval');
const kState = Symbol('kState');

// maxHeaderSize is the default limit on a request's head (http.maxHeaderSize:
// 16 KiB, or --max-http-header-size).
const { maxHeaderSize } = require('internal/http_parser');
const defaultMaxHeadersCount = 2000;
const defaultMaxHeaderPairs = defaultMaxHeadersCount << 1;
const keepAliveTimeoutBuffer = 1000;

const kConn = Symbol('kConn');

function ServerResponse(req, options) {
  initOutgoing(this, options);
  if (req.method === 'HEAD') this._hasBody = false;
  this.req = req;
  if (req.httpVersionMajor < 1 || req.httpVersionMinor < 1) {
    this.useChunkedEncodingByDefault = chunkExpression.test(req.headers.te);
    this.shouldKeepAlive = false;
  }
}
Object.setPrototypeOf(ServerResponse.prototype, OutgoingMessage.prototype);
Object.setPrototypeOf(ServerResponse, OutgoingMessage);

Object.assign(ServerResponse.prototype, {
  sendDate: true,
  _sent100: false,
  _expect_continue: false,
  // EventEmitter's and OutgoingMessage's defaults, nearer: a response
  // looks for its listener storage at least twice on its way (and seldom
  // has any), and sets or reads these once or twice.
  _events: undefined,
  _closed: false,
  _last: false,
  finished: false,
  _headerSent: false,
  _header: null,
});

// A response of a connection reports its queued output to the connection,
// which pauses reading while too much waits (node binds this per response).
ServerResponse.prototype._onPendingData = function _onPendingData(delta) {
  const state = this[kConn];
  if (state !== null) updateOutgoingData(state.socket, state, delta);
};

// The connection's bookkeeping when a response finishes.
ServerResponse.prototype[kBeforeFinish] = function beforeFinish() {
  const state = this[kConn];
  if (state !== null) resOnFinish(this.req, this, state.socket, state, state.server);
};

// A response whose observers want one has an 'http' entry (HttpRequest),
// from the request's arrival (startResponsePerf) to the response's end.
const kServerResponseStatistics = Symbol('ServerResponseStatistics');

function startResponsePerf(res, req) {
  startPerf(res, kServerResponseStatistics, {
    type: 'http',
    name: 'HttpRequest',
    detail: { req: { method: req.method, url: req.url, headers: req.headers } },
  });
}

ServerResponse.prototype._finish = function _finish() {
  if (this[kServerResponseStatistics] && hasObserver('http')) {
    stopPerf(this, kServerResponseStatistics, {
      detail: {
        res: {
          statusCode: this.statusCode,
          statusMessage: this.statusMessage,
          headers: typeof this.getHeaders === 'function' ? this.getHeaders() : {},
        },
      },
    });
  }
  OutgoingMessage.prototype._finish.call(this);
};

ServerResponse.prototype.statusCode = 200;
ServerResponse.prototype.statusMessage = undefined;

// A response the server made in one step (parserOnIncoming) keeps its
// server's keep-alive timeout under a symbol; node's constructor copies it
// into an own property, which would be a response's ninth, and objects
// with more than eight own properties cost much more in the engine
// (symbols are kept apart). Setting it makes it an own property.
const kKeepAliveTimeout = Symbol('kKeepAliveTimeout');
// A response the server made in Go (a plain request's, see fastResponses)
// has neither kConn nor kKeepAliveTimeout of its own: its connection's
// parser keeps them, and gives them to the response (materialize) when
// JavaScript first asks. Any other response has its own, or none: kConn
// null, kKeepAliveTimeout 0.
for (const [key, none] of [[kConn, null], [kKeepAliveTimeout, 0]]) {
  Object.defineProperty(ServerResponse.prototype, key, {
    __proto__: null,
    get() { return materialize(this) ? this[key] : none; },
    set(value) { Object.defineProperty(this, key, {
      __proto__: null, value, writable: true, enumerable: true, configurable: true,
    }); },
    configurable: true,
  });
}
const kOwnDestroyed = Symbol('kOwnDestroyed');
ServerResponse.prototype[kOwnDestroyed] = false;
Object.defineProperty(ServerResponse.prototype, '_keepAliveTimeout', {
  __proto__: null,
  get() { return this[kKeepAliveTimeout]; },
  set(value) {
    Object.defineProperty(this, '_keepAliveTimeout', {
      __proto__: null, value, writable: true, enumerable: true, configurable: true,
    });
  },
  configurable: true,
});

function onServerResponseClose() {
  const res = this._httpMessage;
  if (res) emitCloseNT(res);
}

function assignSocket(socket) {
  if (socket._httpMessage) throw new ERR_HTTP_SOCKET_ASSIGNED();
  socket._httpMessage = this;
  // The server's connections listen once for all their responses, from
  // the first one on (where node's first response adds its listener).
  const state = socket[kState];
  if (!state) {
    socket.on('close', onServerResponseClose);
  } else if (state.onResponseClose === null) {
    listenForResponseClose(socket, state);
  }
  this.socket = socket;
  this.emit('socket', socket);
  this._flush();
}
ServerResponse.prototype.assignSocket = assignSocket;

function listenForResponseClose(socket, state) {
  state.onResponseClose = () => afterParser(socket, () => onServerResponseClose.call(socket));
  socket.on('close', state.onResponseClose);
}

const incomingProto = IncomingMessage.prototype;
const responseProto = ServerResponse.prototype;
const kDefaultHighWaterMark = 16384; // as _http_outgoing's

function detachSocket(socket) {
  if (!socket[kState]) socket.removeListener('close', onServerResponseClose);
  socket._httpMessage = null;
  this.socket = null;
}
ServerResponse.prototype.detachSocket = detachSocket;

ServerResponse.prototype.writeContinue = function writeContinue(cb) {
  this._writeRaw('HTTP/1.1 100 Continue\r\n\r\n', 'ascii', cb);
  this._sent100 = true;
};

ServerResponse.prototype.writeProcessing = function writeProcessing(cb) {
  this._writeRaw('HTTP/1.1 102 Processing\r\n\r\n', 'ascii', cb);
};

ServerResponse.prototype.writeEarlyHints = function writeEarlyHints(hints, cb) {
  if (hints === null || typeof hints !== 'object' || Array.isArray(hints)) {
    throw new ERR_INVALID_ARG_TYPE('hints', 'Object', hints);
  }
  if (hints.link === null || hints.link === undefined) return;
  const link = validateLinkHeaderValue(hints.link);
  if (link.length === 0) return;
  let head = 'HTTP/1.1 103 Early Hints\r\nLink: ' + link + '\r\n';
  for (const key of Object.keys(hints)) {
    if (key !== 'link') head += key + ': ' + hints[key] + '\r\n';
  }
  this._writeRaw(head + '\r\n', 'ascii', cb);
};

ServerResponse.prototype._implicitHeader = function _implicitHeader() {
  this.writeHead(this.statusCode);
};

// writeHead's JavaScript path. ServerResponse.prototype.writeHead (below)
// is native: it renders the head in Go (as this function and _storeHeader
// would) when the headers are the response's own or a plain object given
// to it, and calls this function otherwise (headers to merge, arrays,
// anything to throw for).
function writeHead(statusCode, reason, obj) {
  if (this._header) throw new ERR_HTTP_HEADERS_SENT('write');
  const originalStatusCode = statusCode;
  statusCode |= 0;
  if (statusCode < 100 || statusCode > 999) throw new ERR_HTTP_INVALID_STATUS_CODE(originalStatusCode);

  if (typeof reason === 'string') {
    this.statusMessage = reason;
  } else {
    if (!this.statusMessage) this.statusMessage = STATUS_CODES[statusCode] || 'unknown';
    if (obj === undefined || obj === null) obj = reason;
  }
  if (this.statusCode !== statusCode) this.statusCode = statusCode;

  let headers;
  if (this[kOutHeaders]) {
    // Headers set before and given here: the given ones win.
    if (Array.isArray(obj)) {
      if (obj.length % 2 !== 0) throw new ERR_INVALID_ARG_VALUE('headers', obj);
      for (let n = 0; n < obj.length; n += 2) {
        if (obj[n]) this.setHeader(obj[n], obj[n + 1]);
      }
    } else if (obj) {
      for (const k of Object.keys(obj)) {
        if (k) this.setHeader(k, obj[k]);
      }
    }
    headers = this[kOutHeaders];
  } else {
    headers = obj;
  }

  const statusLine = statusLineOf(statusCode, this.statusMessage);
  if (statusCode === 204 || statusCode === 304 || (statusCode >= 100 && statusCode <= 199)) {
    this._hasBody = false;
  }
  // A client that waits for 100 Continue and got a final status instead may
  // still send the body: do not reuse the connection.
  if (this._expect_continue && !this._sent100) this.shouldKeepAlive = false;

  this._storeHeader(statusLine, headers);
  return this;
}

const parserBinding = require('internal/http_parser');
ServerResponse.prototype.writeHead = parserBinding.writeHead(STATUS_CODES, writeHead, OutgoingMessage.prototype._storeHeader);
ServerResponse.prototype.writeHeader = ServerResponse.prototype.writeHead;

// A response of a connection ends in Go (fastEnd) when nothing about it
// needs this module: the head is rendered, head and body go out in one
// write, the response gets the properties end would give it and 'finish'
// follows the write. fastEnd calls outgoingEnd otherwise.
const { end: fastEnd, closeSoon, isClosed, materialize } = parserBinding.fastResponses({
  outgoingEnd: OutgoingMessage.prototype.end,
  socketWrite: net.Socket.prototype.write,
  proto: ServerResponse.prototype,
  kConn,
  kOutHeaders,
  kUniqueHeaders,
  kDirectPending,
  kKeepAliveTimeout,
  kOwnDestroyed,
  kWritable: writableFlagSymbol(),
  onFinish: finishInGo,
  kStreamState,
  keepAliveTimeoutBuffer,
  incomingProto,
  IncomingMessage,
  ServerResponse,
  kIncomingMessage,
  kServerResponse,
  defaultMaxHeaderPairs,
  listenForResponseClose,
  writeFailed(socket, status) {
    socket.destroy(parserBinding.errnoException(status, 'write'));
  },
  emitClose: emitCloseNT,
});

// writableFlagSymbol is the symbol under which a Writable's state keeps
// the flag its writable accessor gets and sets, found and tried here, so
// that Go reads the flag without calling the getter; undefined when the
// state keeps it otherwise.
function writableFlagSymbol() {
  const proto = require('stream').Writable.WritableState.prototype;
  const sym = Object.getOwnPropertySymbols(proto).find((s) => s.description === 'kWritable');
  if (sym === undefined) return undefined;
  const probe = Object.create(proto);
  probe.writable = false;
  if (probe[sym] !== false) return undefined;
  probe[sym] = true;
  return probe.writable === true ? sym : undefined;
}

// A response is destroyed once it closed (_closed), unless destroy() or an
// assignment made destroyed its own: closing sets only _closed, which keeps
// a response that wrote a head within the engine's eight fast own
// properties.
// kOwnDestroyed tells closing (closeResponse, in Go) that destroyed is
// the response's own, without calling the getter.
Object.defineProperty(ServerResponse.prototype, 'destroyed', {
  __proto__: null,
  get: isClosed, // (this._closed, in Go: cheaper to call from there)
  set(value) {
    Object.defineProperty(this, 'destroyed', {
      __proto__: null, value, writable: true, enumerable: true, configurable: true,
    });
    this[kOwnDestroyed] = true;
  },
  configurable: true,
});

// finishInGo is onFinish for a response that ended in Go: the
// connection's bookkeeping, then 'finish'. state is res[kConn]. (The
// binding's finish does the common case itself.)
function finishInGo(res, state) {
  const socket = state.socket;
  if (socket._hadError) return;
  resOnFinish(res.req, res, socket, state, state.server);
  // (An emitter without listener storage has nothing to call; void 0
  // spares the global lookup of undefined.)
  if (res._events !== void 0) res.emit('finish');
}

// end(chunk) ends the response in Go when it can (see fastResponses),
// otherwise it is OutgoingMessage's end.
// Under NODE_DEBUG=http, responses end in JavaScript, whose end logs.
ServerResponse.prototype.end = debug.enabled ? OutgoingMessage.prototype.end : fastEnd;

// statusLines caches the last status line made for each status code.
const statusLines = { __proto__: null };

// statusLineOf is the first line of a response, after checking message.
function statusLineOf(statusCode, message) {
  const cached = statusLines[statusCode];
  if (cached !== undefined && cached.message === message) return cached.line;
  if (checkInvalidHeaderChar(message)) throw new ERR_INVALID_CHAR('statusMessage');
  const line = `HTTP/1.1 ${statusCode} ${message}\r\n`;
  statusLines[statusCode] = { message, line };
  return line;
}

function storeHTTPOptions(options) {
  this[kIncomingMessage] = options.IncomingMessage || IncomingMessage;
  this[kServerResponse] = options.ServerResponse || ServerResponse;

  const { maxHeaderSize: mhs, insecureHTTPParser, requestTimeout, headersTimeout, keepAliveTimeout,
    connectionsCheckingInterval, requireHostHeader, joinDuplicateHeaders,
    rejectNonStandardBodyWrites, highWaterMark } = options;
  if (mhs !== undefined) validateInteger(mhs, 'maxHeaderSize', 0);
  this.maxHeaderSize = mhs;
  if (insecureHTTPParser !== undefined) validateBoolean(insecureHTTPParser, 'options.insecureHTTPParser');
  this.insecureHTTPParser = insecureHTTPParser;
  if (highWaterMark !== undefined) validateInteger(highWaterMark, 'options.highWaterMark', 0);
  this.highWaterMark = highWaterMark !== undefined ? highWaterMark : kDefaultHighWaterMark;

  if (requestTimeout !== undefined) validateInteger(requestTimeout, 'requestTimeout', 0);
  this.requestTimeout = requestTimeout !== undefined ? requestTimeout : 300000;
  if (headersTimeout !== undefined) validateInteger(headersTimeout, 'headersTimeout', 0);
  this.headersTimeout = headersTimeout !== undefined ? headersTimeout : Math.min(60000, this.requestTimeout);
  if (this.requestTimeout > 0 && this.headersTimeout > 0 && this.headersTimeout > this.requestTimeout) {
    throw new ERR_OUT_OF_RANGE('headersTimeout', '<= requestTimeout', headersTimeout);
  }
  if (keepAliveTimeout !== undefined) validateInteger(keepAliveTimeout, 'keepAliveTimeout', 0);
  this.keepAliveTimeout = keepAliveTimeout !== undefined ? keepAliveTimeout : 5000;
  if (connectionsCheckingInterval !== undefined) {
    validateInteger(connectionsCheckingInterval, 'connectionsCheckingInterval', 0);
  }
  this.connectionsCheckingInterval = connectionsCheckingInterval !== undefined ? connectionsCheckingInterval : 30000;
  if (requireHostHeader !== undefined) validateBoolean(requireHostHeader, 'options.requireHostHeader');
  this.requireHostHeader = requireHostHeader !== undefined ? requireHostHeader : true;
  if (joinDuplicateHeaders !== undefined) validateBoolean(joinDuplicateHeaders, 'options.joinDuplicateHeaders');
  this.joinDuplicateHeaders = joinDuplicateHeaders;
  if (rejectNonStandardBodyWrites !== undefined) {
    validateBoolean(rejectNonStandardBodyWrites, 'options.rejectNonStandardBodyWrites');
  }
  this.rejectNonStandardBodyWrites = rejectNonStandardBodyWrites || false;
}

// Server is a net.Server whose connections speak HTTP. It is built with
// Reflect.construct so that it extends net.Server whether that is a class or
// a constructor function, and may itself be called without new.
function Server(options, requestListener) {
  // As node's: a Server called on one of its kind (a subclass of the old
  // style, http.Server.call(this, ...)) makes that one a server.
  if (!(this instanceof Server)) return new Server(options, requestListener);
  if (typeof options === 'function') {
    requestListener = options;
    options = {};
  } else if (options == null) {
    options = {};
  } else if (typeof options !== 'object' || Array.isArray(options)) {
    throw new ERR_INVALID_ARG_TYPE('options', 'object', options);
  }
  const self = this;
  net.Server.call(self, {
    allowHalfOpen: true,
    noDelay: options.noDelay !== undefined ? options.noDelay : true,
    keepAlive: options.keepAlive,
    keepAliveInitialDelay: options.keepAliveInitialDelay,
    highWaterMark: options.highWaterMark,
  });
  initHTTPServer(self, options, requestListener);
  self.on('connection', connectionListener);
  return self;
}
Object.setPrototypeOf(Server.prototype, net.Server.prototype);
Object.setPrototypeOf(Server, net.Server);

// initHTTPServer gives a server that serves HTTP on its connections (an
// http.Server, or https's tls.Server) its HTTP options and state.
function initHTTPServer(self, options, requestListener) {
  storeHTTPOptions.call(self, options);
  if (requestListener) self.on('request', requestListener);
  self.httpAllowHalfOpen = false;
  self.on('listening', setupConnectionsTracking);
  self.timeout = 0;
  self.maxHeadersCount = null;
  self.maxRequestsPerSocket = 0;
  self[kUniqueHeaders] = parseUniqueHeadersOption(options.uniqueHeaders);
  self[kConnections] = new Set();
}

function setupConnectionsTracking() {
  if (this[kConnectionsCheckingInterval]) clearInterval(this[kConnectionsCheckingInterval]);
  this[kConnectionsCheckingInterval] =
    setInterval(checkConnections.bind(this), this.connectionsCheckingInterval).unref();
}

Server.prototype.close = function close() {
  this.closeIdleConnections();
  clearInterval(this[kConnectionsCheckingInterval]);
  net.Server.prototype.close.apply(this, arguments);
  return this;
};

Server.prototype.closeAllConnections = function closeAllConnections() {
  for (const state of [...this[kConnections]]) state.socket.destroy();
};

Server.prototype.closeIdleConnections = function closeIdleConnections() {
  for (const state of [...this[kConnections]]) {
    if (!isIdle(state)) continue;
    const msg = state.socket._httpMessage;
    if (msg && !msg.finished) continue;
    state.socket.destroy();
  }
};

Server.prototype.setTimeout = function setTimeout(msecs, callback) {
  this.timeout = msecs;
  if (callback) this.on('timeout', callback);
  return this;
};

Server.prototype[Symbol.for('nodejs.rejection')] = function (err, event, ...args) {
  if (event === 'request') {
    const res = args[1];
    if (!res.headersSent && !res.writableEnded) {
      for (const name of res.getHeaderNames()) res.removeHeader(name);
      res.statusCode = 500;
      res.end(STATUS_CODES[500]);
    } else {
      res.destroy();
    }
    return;
  }
  net.Server.prototype[Symbol.for('nodejs.rejection')].apply(this, arguments);
};

// A connection is idle between requests: nothing received that is not
// answered yet (a request on its way from the parser is received).
function isIdle(state) {
  return state.firstIncoming === null && state.parser !== null && !state.parser.busy();
}

// A connection's requests not answered yet, oldest first, are
// state.firstIncoming and then state.incoming: most connections have one at
// a time, which then takes no array operation (resOnFinish takes the
// oldest off).
function pushIncoming(state, req) {
  if (state.firstIncoming === null) state.firstIncoming = req;
  else state.incoming.push(req);
}


// checkConnections enforces headersTimeout and requestTimeout: a request
// whose head (or whole message) takes too long gets 408.
function checkConnections() {
  const headersTimeout = Number.isFinite(this.headersTimeout) && this.headersTimeout >= 0 ? this.headersTimeout : 0;
  const requestTimeout = Number.isFinite(this.requestTimeout) && this.requestTimeout >= 0 ? this.requestTimeout : 0;
  if (headersTimeout === 0 && requestTimeout === 0) return;
  const now = Date.now();
  for (const state of [...this[kConnections]]) {
    if (state.parser === null) continue;
    const headStart = state.parser.headStart();
    const req = state.receiving;
    let expired = false;
    if (headStart > 0) {
      expired = (headersTimeout > 0 && now - headStart > headersTimeout) ||
        (requestTimeout > 0 && now - headStart > requestTimeout);
    } else if (req && !req.complete && requestTimeout > 0) {
      expired = now - req[kStarted] > requestTimeout;
    }
    if (expired) socketOnError.call(state.socket, new ERR_HTTP_REQUEST_TIMEOUT());
  }
}
const kStarted = Symbol('kStarted');

function connectionListener(socket) {
  debug('SERVER new http connection');
  const server = this;
  socket.server = server;
  if (server.timeout && typeof socket.setTimeout === 'function') socket.setTimeout(server.timeout);
  socket.on('timeout', socketOnTimeout);

  // The connection's state is also the parser's handlers object: the
  // parser calls them with it as this.
  const state = {
    socket,
    server,
    parser: null,
    firstIncoming: null, // (see pushIncoming)
    incoming: [],
    outgoing: [],
    outgoingData: 0,
    requestsCount: 0,
    keepAliveTimeoutSet: false,
    receiving: null, // the request whose body is arriving
    onClose: null,
    onDrain: null,
    onResponseClose: null, // closes the response on the socket
    onSocketEnd: null, // when the parser reads the socket itself
    eofMidMessage: false, // the input ended inside a request
    // Per-connection constants of the request path.
    writableHighWaterMark: socket.writableHighWaterMark,
    resOptions: null, // the options of its responses
    // Its responses take the default options (see onRequest).
    plainOptions: socket.writableHighWaterMark === kDefaultHighWaterMark || !socket.writableHighWaterMark,
    unrefTimer: typeof socket._unrefTimer === 'function',
    canTimeOut: typeof socket.setTimeout === 'function',
    onHead,
    onRequest,
    onBody,
    onEnd,
    onError: onParseError,
    onEOF,
    onIdle,
  };
  const lenient = server.insecureHTTPParser === undefined ? isLenient() : server.insecureHTTPParser;
  const parser = attachParser(socket, false, server.maxHeaderSize || maxHeaderSize, state, lenient);
  parser.socket = socket;
  parser.incoming = null;
  parser.maxHeaderPairs = typeof server.maxHeadersCount === 'number' ?
    server.maxHeadersCount << 1 : defaultMaxHeaderPairs;
  state.parser = parser;
  socket[kParser] = parser;
  socket.parser = parser;
  socket[kState] = state;

  state.onClose = () => afterParser(socket, () => socketOnClose(state));
  if (parser.taken) {
    // The parser reports the end of the input before net emits 'end':
    // node acts on it in the first 'end' listener, so does this one.
    state.onSocketEnd = () => socketOnEnd(state);
    socket.on('end', state.onSocketEnd);
  }
  state.onDrain = socketOnDrain.bind(undefined, socket, state);
  socket.on('error', socketOnSocketError);
  socket.on('close', state.onClose);
  socket.on('drain', state.onDrain);
  socket.setEncoding = socketSetEncoding;
  socket._paused = false;
  server[kConnections].add(state);
  untakeOnListeners(socket);
}

function socketSetEncoding() {
  throw new ERR_HTTP_SOCKET_ENCODING();
}

function updateOutgoingData(socket, state, delta) {
  state.outgoingData += delta;
  socketOnDrain(socket, state);
}

function socketOnDrain(socket, state) {
  const needPause = state.outgoingData > socket.writableHighWaterMark;
  if (socket._paused && !needPause) {
    socket._paused = false;
    if (state.parser) state.parser.resume();
  }
  const msg = socket._httpMessage;
  if (msg && !msg.finished && msg[kNeedDrain]) {
    msg[kNeedDrain] = false;
    msg.emit('drain');
  }
}

function socketOnTimeout() {
  const req = this.parser && this.parser.incoming;
  const reqTimeout = req && !req.complete && req.emit('timeout', this);
  const res = this._httpMessage;
  const resTimeout = res && res.emit('timeout', this);
  const serverTimeout = this.server.emit('timeout', this);
  if (!reqTimeout && !resTimeout && !serverTimeout) this.destroy();
}

function socketOnClose(state) {
  debug('server socket close');
  const { socket } = state;
  freeParser(socket);
  state.parser = null;
  state.server[kConnections].delete(state);
  abortIncoming(state);
  abortOutgoing(state.outgoing);
}

function abortIncoming(state) {
  if (state.firstIncoming === null) return;
  const reqs = [state.firstIncoming, ...state.incoming];
  state.firstIncoming = null;
  state.incoming = [];
  for (const req of reqs) req.destroy(connResetException('aborted'));
}

function abortOutgoing(outgoing) {
  while (outgoing.length) {
    const res = outgoing.shift();
    res.destroy(connResetException('aborted'));
  }
}

const badRequestResponse = 'HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n';
const requestTimeoutResponse = 'HTTP/1.1 408 Request Timeout\r\nConnection: close\r\n\r\n';
const requestHeaderFieldsTooLargeResponse = 'HTTP/1.1 431 Request Header Fields Too Large\r\nConnection: close\r\n\r\n';
const requestChunkExtensionsTooLargeResponse = 'HTTP/1.1 413 Payload Too Large\r\nConnection: close\r\n\r\n';
const noop = () => {};

// socketOnSocketError handles the socket's own errors once the messages
// read before them are delivered.
function socketOnSocketError(e) {
  afterParser(this, () => socketOnError.call(this, e));
}

function socketOnError(e) {
  this.removeListener('error', socketOnSocketError);
  if (this.listenerCount('error') === 0) this.on('error', noop);
  if (!this.server.emit('clientError', e, this)) {
    // Answer only if nothing of a response went out yet.
    if (this.writable && (!this._httpMessage || !this._httpMessage._headerSent)) {
      let response;
      switch (e.code) {
        case 'HPE_HEADER_OVERFLOW':
          response = requestHeaderFieldsTooLargeResponse;
          break;
        case 'HPE_CHUNK_EXTENSIONS_OVERFLOW':
          response = requestChunkExtensionsTooLargeResponse;
          break;
        case 'ERR_HTTP_REQUEST_TIMEOUT':
          response = requestTimeoutResponse;
          break;
        default:
          response = badRequestResponse;
      }
      this.write(response);
    }
    this.destroy(e);
  }
}

function resetSocketTimeout(server, socket, state) {
  if (!state.keepAliveTimeoutSet) return;
  socket.setTimeout(server.timeout || 0);
  state.keepAliveTimeoutSet = false;
}

// onHead receives a request head from the parser (this: the connection's
// state, as for the parser's other handlers).
function onHead(method, url, major, minor, rawHeaders, keepAlive, upgrade,
  statusCode, statusMessage, body, complete, upgradeHead, seen) {
  const state = this;
  const server = state.server;
  const socket = state.socket;
  const parser = state.parser;
  if (state.keepAliveTimeoutSet) resetSocketTimeout(server, socket, state);
  if (state.unrefTimer && (socket.timeout || socket._parent)) socket._unrefTimer();
  let req;
  const Incoming = server[kIncomingMessage];
  if (Incoming === IncomingMessage && !EE.captureRejections) {
    // What the constructor and the assignments below make, in one step
    // (a literal's properties cost less than assignments, which look for
    // setters along the prototype chain).
    req = { __proto__: incomingProto, socket, rawHeaders, httpVersionMajor: major, httpVersionMinor: minor, method, url };
    if (server.joinDuplicateHeaders) req.joinDuplicateHeaders = true;
  } else {
    req = new Incoming(socket);
    req.httpVersionMajor = major;
    req.httpVersionMinor = minor;
    if (server.joinDuplicateHeaders) req.joinDuplicateHeaders = true;
    req.rawHeaders = rawHeaders;
    req.method = method;
    req.url = url;
  }
  // (0, as node's parser takes it, is no limit.)
  if (parser.maxHeaderPairs > 0 && parser.maxHeaderPairs !== defaultMaxHeaderPairs) req[kHeadersCount] = parser.maxHeaderPairs;
  if (upgrade) req.upgrade = true;
  if (!complete) req[kStarted] = Date.now();
  parser.incoming = req;

  if (upgrade) {
    if (method === 'CONNECT' || server.listenerCount('upgrade') > 0) {
      handOver(state, req, upgradeHead);
      return;
    }
    req.upgrade = false;
    parser.decide(false);
  }

  state.receiving = req;
  parserOnIncoming(server, socket, state, req, keepAlive, seen, major, minor, method);
  if (body !== undefined) pushBody(req, body, parser);
  if (complete) messageComplete(state, req, undefined);
}

// onRequest receives a request head the parser found plain: HTTP/1.1,
// complete without a body, not an upgrade, with a Host header and no
// Expect, not HEAD (this: the connection's state, as for onHead). The
// binding serves such a request in short when nothing about its server or
// connection departs from the defaults (its request, configured through
// fastResponses); otherwise this runs onHead in full.
function onRequest(method, url, rawHeaders, keepAlive) {
  onHead.call(this, method, url, 1, 1, rawHeaders, keepAlive, false, 0, '', undefined, true, undefined, kHasHost);
}

// handOver gives the socket to the 'upgrade' or 'connect' listeners, with
// the bytes that followed the head.
function handOver(state, req, upgradeHead) {
  const { server, socket, parser } = state;
  debug('SERVER upgrade or connect', req.method);
  const left = parser.decide(true);
  socket.removeListener('error', socketOnSocketError);
  socket.removeListener('close', state.onClose);
  if (state.onResponseClose) socket.removeListener('close', state.onResponseClose);
  socket.removeListener('drain', state.onDrain);
  socket.removeListener('timeout', socketOnTimeout);
  if (state.onSocketEnd) socket.removeListener('end', state.onSocketEnd);
  freeParser(socket);
  state.parser = null;
  server[kConnections].delete(state);
  if (left) socket.unshift(left);
  req.complete = true;
  endMessage(req);
  const eventName = req.method === 'CONNECT' ? 'connect' : 'upgrade';
  if (eventName === 'upgrade' || server.listenerCount(eventName) > 0) {
    debug('SERVER have listener for %s', eventName);
    socket.readableFlowing = null;
    server.emit(eventName, req, socket, upgradeHead);
  } else {
    socket.destroy();
  }
}

function onBody(chunk) {
  const state = this;
  const req = state.receiving;
  if (req === null) {
    state.parser.consumed();
    return;
  }
  if (typeof state.socket._unrefTimer === 'function') state.socket._unrefTimer();
  pushBody(req, chunk, state.parser);
}

function onEnd(rawTrailers) {
  const state = this;
  const req = state.receiving;
  if (req !== null) messageComplete(state, req, rawTrailers);
}

function messageComplete(state, req, rawTrailers) {
  state.receiving = null;
  if (rawTrailers) req.rawTrailers = rawTrailers;
  req.complete = true;
  endMessage(req);
}

// onIdle: the keep-alive timeout of an idle connection ran out; it
// times out as its socket would.
function onIdle() {
  const socket = this.socket;
  if (!socket.destroyed) socket.emit('timeout');
}

function onParseError(code, reason, bytesParsed, rawPacket) {
  socketOnError.call(this.socket, parseError(code, reason, false, bytesParsed, rawPacket));
}

// onEOF: the client finished sending. A parser reading the socket itself
// reports it before the socket's 'end', where node acts on it.
// A parser reading the socket itself reports the end of the input before
// net emits 'end', which ends it; one fed from the start, or untaken,
// reports it after 'end', and ends it itself.
function onEOF(midMessage) {
  const state = this;
  if (state.onSocketEnd && state.parser.taken) state.eofMidMessage = midMessage;
  else endOfInput(state, midMessage);
}

function socketOnEnd(state) {
  if (state.parser && !state.parser.taken) return;
  endOfInput(state, state.eofMidMessage);
}

// endOfInput: a request cut short is a parse error; otherwise the
// connection closes once the responses went out.
function endOfInput(state, midMessage) {
  const { server, socket } = state;
  if (midMessage) {
    socketOnError.call(socket, parseError('HPE_INVALID_EOF_STATE', 'Invalid EOF state', true));
  } else if (!server.httpAllowHalfOpen) {
    if (socket.writable) socket.end();
  } else if (state.outgoing.length) {
    state.outgoing[state.outgoing.length - 1]._last = true;
  } else if (socket._httpMessage) {
    socket._httpMessage._last = true;
  } else if (socket.writable) {
    socket.end();
  }
}

function parserOnIncoming(server, socket, state, req, keepAlive, seen, major, minor, method) {
  pushIncoming(state, req);

  // Stop reading while responses wait for a slow reader.
  if (!socket._paused) {
    const ws = socket._writableState;
    if ((ws && ws.needDrain) || state.outgoingData >= state.writableHighWaterMark) {
      socket._paused = true;
      state.parser.pause();
    }
  }

  let options = state.resOptions;
  if (options === null || options.rejectNonStandardBodyWrites !== server.rejectNonStandardBodyWrites) {
    options = state.resOptions = {
      highWaterMark: state.writableHighWaterMark,
      rejectNonStandardBodyWrites: server.rejectNonStandardBodyWrites,
    };
  }
  let res;
  const maxRequests = server.maxRequestsPerSocket;
  const fresh = server[kServerResponse] === ServerResponse && method !== 'HEAD' && !EE.captureRejections &&
    major === 1 && minor >= 1 &&
    (options.highWaterMark === kDefaultHighWaterMark || !options.highWaterMark) &&
    !options.rejectNonStandardBodyWrites;
  const busy = !!socket._httpMessage;
  if (fresh && !busy && responseProto.assignSocket === assignSocket) {
    // What the constructor, the assignments below and assignSocket make
    // for a response nobody has seen yet (no 'socket' listener, nothing
    // queued to flush), in one step.
    const keepAliveTimeout = server.keepAliveTimeout;
    res = keepAlive ?
      { __proto__: responseProto, req, [kConn]: state, [kKeepAliveTimeout]: keepAliveTimeout, socket } :
      { __proto__: responseProto, req, [kConn]: state, [kKeepAliveTimeout]: keepAliveTimeout, socket,
        shouldKeepAlive: false };
    socket._httpMessage = res;
    if (state.onResponseClose === null) listenForResponseClose(socket, state);
    if (maxRequests) res._maxRequestsPerSocket = maxRequests;
    if (server[kUniqueHeaders] !== null) res[kUniqueHeaders] = server[kUniqueHeaders];
  } else {
    if (fresh) {
      res = { __proto__: responseProto, req, [kKeepAliveTimeout]: server.keepAliveTimeout };
    } else {
      res = new server[kServerResponse](req, options);
      res._keepAliveTimeout = server.keepAliveTimeout;
    }
    if (maxRequests) res._maxRequestsPerSocket = maxRequests;
    res[kConn] = state;
    if (res.shouldKeepAlive !== keepAlive) res.shouldKeepAlive = keepAlive;
    if (server[kUniqueHeaders] !== null) res[kUniqueHeaders] = server[kUniqueHeaders];
    if (busy) state.outgoing.push(res);
    else res.assignSocket(socket);
  }

  if (hasObserver('http')) startResponsePerf(res, req);

  let handled = false;
  if (major === 1 && minor === 1) {
    // The parser saw the headers; only a maxHeadersCount makes some not count.
    if (req[kHeadersCount] !== Infinity) seen = scanHeaders(req.rawHeaders, req[kHeadersCount]);
    if (server.requireHostHeader && !(seen & kHasHost)) {
      res.writeHead(400, ['Connection', 'close']);
      res.end();
      return;
    }
    const limited = typeof maxRequests === 'number' && maxRequests > 0;
    if (limited) {
      state.requestsCount++;
      res.maxRequestsOnConnectionReached = maxRequests <= state.requestsCount;
    }
    if (limited && maxRequests < state.requestsCount) {
      handled = true;
      server.emit('dropRequest', req, socket);
      res.writeHead(503);
      res.end();
    } else if (seen & kHasExpect) {
      handled = true;
      if (continueExpression.test(req.headers.expect)) {
        res._expect_continue = true;
        if (server.listenerCount('checkContinue') > 0) {
          server.emit('checkContinue', req, res);
        } else {
          res.writeContinue();
          server.emit('request', req, res);
        }
      } else if (server.listenerCount('checkExpectation') > 0) {
        server.emit('checkExpectation', req, res);
      } else {
        res.writeHead(417);
        res.end();
      }
    }
  }
  if (!handled) server.emit('request', req, res);
}

// The bits of onHead's seen (as the parser sets them).
const kHasHost = 1;
const kHasExpect = 2;

// scanHeaders tells which of Host and Expect the first limit entries of
// raw have, without making req.headers (which most requests never need).
function scanHeaders(raw, limit) {
  let seen = 0;
  const n = Math.min(raw.length, limit);
  for (let i = 0; i < n; i += 2) {
    const name = raw[i];
    if (name.length === 4 && (name === 'Host' || name.toLowerCase() === 'host')) seen |= kHasHost;
    else if (name.length === 6 && name.toLowerCase() === 'expect') seen |= kHasExpect;
  }
  return seen;
}

function resOnFinish(req, res, socket, state, server) {
  const incoming = state.incoming;
  state.firstIncoming = incoming.length === 0 ? null : incoming.shift();
  // Nobody read the body: discard it so the next request can come.
  dumpUnread(req);
  if (res.detachSocket === detachSocket) {
    // (The connection's socket keeps its kState: no listener to remove.)
    socket._httpMessage = null;
    res.socket = null;
  } else {
    res.detachSocket(socket);
  }
  const parser = state.parser;
  if (parser !== null && parser.incoming === req) parser.incoming = null;
  closeSoon(res); // nextTick(emitCloseNT, res), the tick in Go

  if (res._last) {
    if (typeof socket.destroySoon === 'function') socket.destroySoon();
    else socket.end();
  } else if (state.outgoing.length === 0) {
    const keepAliveTimeout = server.keepAliveTimeout;
    if (keepAliveTimeout && state.canTimeOut) {
      // As node, a second more than advertised (fewer resets of requests
      // already on their way).
      const ms = keepAliveTimeout + keepAliveTimeoutBuffer;
      if (parser !== null && !server.timeout && !socket.timeout) {
        // No socket timeout to restore afterwards: the parser times the
        // idle connection, without a timer per request.
        parser.idle(ms);
      } else {
        socket.setTimeout(ms);
        state.keepAliveTimeoutSet = true;
      }
    }
  } else {
    const m = state.outgoing.shift();
    if (m) m.assignSocket(socket);
  }
}

function emitCloseNT(self) {
  if (!self._closed) {
    self._closed = true;
    if (!self.destroyed) self.destroyed = true;
    if (self._events !== undefined) self.emit('close');
  }
}

module.exports = {
  STATUS_CODES,
  Server,
  ServerResponse,
  initHTTPServer,
  setupConnectionsTracking,
  storeHTTPOptions,
  _connectionListener: connectionListener,
  kServerResponse,
  maxHeaderSize,
};
