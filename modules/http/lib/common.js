'use strict';
// _http_common: what the server, the client and the messages share — the
// method and status tables, header validation, the HTTP errors, the cached
// Date header, and attachParser, which connects a socket to the Go parser
// (internal/http_parser) that reads its messages.

const { makeNodeError, codes: base, formatS } = require('internal/errors');
const binding = require('internal/http_parser');

const METHODS = [
  'ACL', 'BIND', 'CHECKOUT', 'CONNECT', 'COPY', 'DELETE', 'GET', 'HEAD', 'LINK', 'LOCK',
  'M-SEARCH', 'MERGE', 'MKACTIVITY', 'MKCALENDAR', 'MKCOL', 'MOVE', 'NOTIFY', 'OPTIONS',
  'PATCH', 'POST', 'PROPFIND', 'PROPPATCH', 'PURGE', 'PUT', 'QUERY', 'REBIND', 'REPORT',
  'SEARCH', 'SOURCE', 'SUBSCRIBE', 'TRACE', 'UNBIND', 'UNLINK', 'UNLOCK', 'UNSUBSCRIBE',
];

const STATUS_CODES = {
  100: 'Continue', 101: 'Switching Protocols', 102: 'Processing', 103: 'Early Hints',
  200: 'OK', 201: 'Created', 202: 'Accepted', 203: 'Non-Authoritative Information',
  204: 'No Content', 205: 'Reset Content', 206: 'Partial Content', 207: 'Multi-Status',
  208: 'Already Reported', 226: 'IM Used',
  300: 'Multiple Choices', 301: 'Moved Permanently', 302: 'Found', 303: 'See Other',
  304: 'Not Modified', 305: 'Use Proxy', 307: 'Temporary Redirect', 308: 'Permanent Redirect',
  400: 'Bad Request', 401: 'Unauthorized', 402: 'Payment Required', 403: 'Forbidden',
  404: 'Not Found', 405: 'Method Not Allowed', 406: 'Not Acceptable',
  407: 'Proxy Authentication Required', 408: 'Request Timeout', 409: 'Conflict', 410: 'Gone',
  411: 'Length Required', 412: 'Precondition Failed', 413: 'Payload Too Large',
  414: 'URI Too Long', 415: 'Unsupported Media Type', 416: 'Range Not Satisfiable',
  417: 'Expectation Failed', 418: 'I\'m a Teapot', 421: 'Misdirected Request',
  422: 'Unprocessable Entity', 423: 'Locked', 424: 'Failed Dependency', 425: 'Too Early',
  426: 'Upgrade Required', 428: 'Precondition Required', 429: 'Too Many Requests',
  431: 'Request Header Fields Too Large', 451: 'Unavailable For Legal Reasons',
  500: 'Internal Server Error', 501: 'Not Implemented', 502: 'Bad Gateway',
  503: 'Service Unavailable', 504: 'Gateway Timeout', 505: 'HTTP Version Not Supported',
  506: 'Variant Also Negotiates', 507: 'Insufficient Storage', 508: 'Loop Detected',
  509: 'Bandwidth Limit Exceeded', 510: 'Not Extended', 511: 'Network Authentication Required',
};

const E = (Base, code, format) => makeNodeError(Base, code, format);
const codes = {
  ERR_INVALID_ARG_TYPE: base.ERR_INVALID_ARG_TYPE,
  ERR_INVALID_ARG_VALUE: base.ERR_INVALID_ARG_VALUE,
  ERR_OUT_OF_RANGE: base.ERR_OUT_OF_RANGE,
  ERR_HTTP_HEADERS_SENT: E(Error, 'ERR_HTTP_HEADERS_SENT',
    (arg) => `Cannot ${arg} headers after they are sent to the client`),
  ERR_HTTP_INVALID_HEADER_VALUE: E(TypeError, 'ERR_HTTP_INVALID_HEADER_VALUE',
    (value, name) => `Invalid value "${value}" for header "${name}"`),
  ERR_HTTP_INVALID_STATUS_CODE: E(RangeError, 'ERR_HTTP_INVALID_STATUS_CODE',
    (code) => `Invalid status code: ${formatS(code)}`),
  ERR_HTTP_TRAILER_INVALID: E(Error, 'ERR_HTTP_TRAILER_INVALID',
    () => 'Trailers are invalid with this transfer encoding'),
  ERR_HTTP_SOCKET_ENCODING: E(Error, 'ERR_HTTP_SOCKET_ENCODING',
    () => 'Changing the socket encoding is not allowed per RFC7230 Section 3.'),
  ERR_HTTP_SOCKET_ASSIGNED: E(Error, 'ERR_HTTP_SOCKET_ASSIGNED',
    () => 'ServerResponse has an already assigned socket'),
  ERR_HTTP_REQUEST_TIMEOUT: E(Error, 'ERR_HTTP_REQUEST_TIMEOUT', () => 'Request timeout'),
  ERR_HTTP_CONTENT_LENGTH_MISMATCH: E(Error, 'ERR_HTTP_CONTENT_LENGTH_MISMATCH',
    (actual, expected) => `Response body's content-length of ${actual} byte(s) does not match ` +
      `the content-length of ${expected} byte(s) set in header`),
  ERR_HTTP_BODY_NOT_ALLOWED: E(Error, 'ERR_HTTP_BODY_NOT_ALLOWED',
    () => 'Adding content for this request method or response status is not allowed.'),
  ERR_INVALID_HTTP_TOKEN: E(TypeError, 'ERR_INVALID_HTTP_TOKEN',
    (name, token) => `${name} must be a valid HTTP token ["${require('util').format('%s', token)}"]`),
  ERR_INVALID_CHAR: E(TypeError, 'ERR_INVALID_CHAR',
    (name, field) => `Invalid character in ${name}${field ? ` ["${field}"]` : ''}`),
  ERR_INVALID_PROTOCOL: E(TypeError, 'ERR_INVALID_PROTOCOL',
    (protocol, expected) => `Protocol "${protocol}" not supported. Expected "${expected}"`),
  ERR_UNESCAPED_CHARACTERS: E(TypeError, 'ERR_UNESCAPED_CHARACTERS',
    (name) => `${name} contains unescaped characters`),
  ERR_INVALID_URL: base.ERR_INVALID_URL,
  ERR_METHOD_NOT_IMPLEMENTED: E(Error, 'ERR_METHOD_NOT_IMPLEMENTED',
    (method) => `The ${method} method is not implemented`),
  ERR_STREAM_WRITE_AFTER_END: E(Error, 'ERR_STREAM_WRITE_AFTER_END', () => 'write after end'),
  ERR_STREAM_ALREADY_FINISHED: E(Error, 'ERR_STREAM_ALREADY_FINISHED',
    (name) => `Cannot call ${name} after a stream was finished`),
  ERR_STREAM_DESTROYED: E(Error, 'ERR_STREAM_DESTROYED',
    (name) => `Cannot call ${name} after a stream was destroyed`),
  ERR_STREAM_NULL_VALUES: E(TypeError, 'ERR_STREAM_NULL_VALUES', () => 'May not write null values to stream'),
  ERR_STREAM_CANNOT_PIPE: E(Error, 'ERR_STREAM_CANNOT_PIPE', () => 'Cannot pipe, not readable'),
};

// connResetException is node's ECONNRESET error for a connection that went
// away mid-message ('socket hang up', 'aborted').
function connResetException(msg) {
  const err = new Error(msg);
  err.code = 'ECONNRESET';
  return err;
}

const tokenRe = /^[\^_`a-zA-Z\-0-9!#$%&'*+.|~]+$/;
function checkIsHttpToken(val) {
  return tokenRe.test(val);
}

const invalidHeaderCharRe = /[^\t\x20-\x7e\x80-\xff]/;
function checkInvalidHeaderChar(val) {
  return invalidHeaderCharRe.test(val);
}

function validateHeaderName(name, label) {
  if (typeof name !== 'string' || !name || !checkIsHttpToken(name)) {
    throw new codes.ERR_INVALID_HTTP_TOKEN(label || 'Header name', name);
  }
}

function validateHeaderValue(name, value) {
  if (value === undefined) {
    throw new codes.ERR_HTTP_INVALID_HEADER_VALUE(value, name);
  }
  if (checkInvalidHeaderChar(value)) {
    throw new codes.ERR_INVALID_CHAR('header content', name);
  }
}

// utcDate is the Date header's value, computed at most once a second.
let dateCache;
function utcDate() {
  if (!dateCache) {
    const d = new Date();
    dateCache = d.toUTCString();
    setTimeout(resetDateCache, 1000 - d.getMilliseconds()).unref();
  }
  return dateCache;
}
function resetDateCache() {
  dateCache = undefined;
}

const kIncomingMessage = Symbol('IncomingMessage');
const kServerResponse = Symbol('ServerResponse');
const kParser = Symbol('kParser');

// attachParser starts the Go parser on socket (lenient: parsing as
// insecureHTTPParser asks) and feeds it the socket's data. handlers receive
// the parsed messages, called with handlers as this:
//   onHead(method, url, major, minor, rawHeaders, keepAlive, upgrade,
//          statusCode, statusMessage, body, complete, upgradeHead, seen)
//   (seen: 1 | 2 when a request has a Host | an Expect header)
//   onRequest(method, url, rawHeaders, keepAlive), when handlers has it,
//   instead of onHead for a plain request: HTTP/1.1, complete without a
//   body, not an upgrade, with a Host header and no Expect, not HEAD
//   onBody(chunk), onEnd(rawTrailers), onError(code, reason, bytesParsed, rawPacket),
//   onEOF(midMessage), and onIdle() (server: the keep-alive timeout ran out)
// The returned parser has consumed() (a body chunk was taken; the reader
// may read further), decide(take) (after an upgrade head), expect(method)
// (client: a request was sent), idle(ms) (server: start the keep-alive
// timeout; the next message stops it), pause()/resume(), close() and
// free() (called after close by freeParser, as node calls its parser's).
function attachParser(socket, isResponse, maxHeaderSize, handlers, lenient) {
  handlers.onDrain = () => {
    if (!socket.destroyed) socket.resume();
  };
  const parser = binding.createParser(isResponse, maxHeaderSize, handlers, socket, lenient);
  // The parser's 'data' listener feeds it what the socket emits. A parser
  // that reads the connection itself (parser.taken, as node's consumes the
  // socket's handle) gets no 'data' until it is untaken: by bytes given to
  // the listener (unshifted, or emitted by hand), or by a 'data' or
  // 'readable' listener added to the socket, which then sees the bytes too.
  if (parser.taken) {
    listenQuietly(socket);
  } else {
    socket.on('data', parserOnData);
    listenForEnd(socket);
  }
  return parser;
}

// listenForEnd gives socket the parser's 'end' listener, once. A client
// gets it when its socket is assigned, still connecting and without a
// parser, as node's request listens for 'end' from its 'socket' event on.
const kEndListening = Symbol('kEndListening');
function listenForEnd(socket, on = socket.on) {
  if (socket[kEndListening]) return;
  socket[kEndListening] = true;
  on.call(socket, 'end', parserOnEnd);
}

// isLenient reports whether parsers are lenient by default (node's
// --insecure-http-parser), warning the first time it says so.
let warnedLenient = false;
function isLenient() {
  if (binding.insecureHTTPParser && !warnedLenient) {
    warnedLenient = true;
    process.emitWarning('Using insecure HTTP parsing');
  }
  return binding.insecureHTTPParser;
}

// parserOnData and parserOnEnd (this: the socket) feed the socket's parser.
function parserOnData(d) {
  const parser = this[kParser];
  if (parser && !parser.feed(d)) this.pause();
}

function parserOnEnd() {
  const parser = this[kParser];
  if (!parser) return;
  parser.finish();
  if (this.allowHalfOpen === false && !parser.taken) {
    // The socket ends its writable side after 'end'. node's parser has
    // handled every byte fed before 'end' (it runs synchronously): hold
    // the end until this one has delivered them too.
    this.allowHalfOpen = true;
    parser.whenDrained(() => process.nextTick(endAfterParser, this));
  }
}

// listenQuietly adds the parser's listeners to a socket it reads itself,
// and leaves the socket flowing as on('data') does, but without the
// read(0) and 'resume' that resume() schedules: the socket is reading
// already, for the parser. A socket paused, listened to or holding data
// takes the ordinary path.
function listenQuietly(socket) {
  const state = socket._readableState;
  if (state.flowing !== null || state.length > 0 || state.readableListening) {
    socket.on('data', parserOnData);
    listenForEnd(socket);
    return;
  }
  emitterOn.call(socket, 'data', parserOnData);
  listenForEnd(socket, emitterOn);
  state[kDataListening] = true;
  state.flowing = true;
}

// endAfterParser ends the writable side of a socket that does not allow
// half-open connections once its parser has delivered what came before
// the end of its input (see parserOnEnd).
function endAfterParser(socket) {
  socket.allowHalfOpen = false;
  if (socket.writable && !socket.writableEnded && !socket.destroyed) socket.end();
}

// untakeOnListeners makes a 'data' or 'readable' listener added to socket
// from now on untake the parser reading it, as node makes one unconsume
// its parser; the caller's own listeners come first. The wrappers stay
// after the parser is gone: they check for one.
function untakeOnListeners(socket) {
  const parser = socket[kParser];
  if (!parser || !parser.taken) return;
  socket.on = untakingOn;
  socket.addListener = untakingAddListener;
  socket.prependListener = untakingPrependListener;
}

// untaking wraps a socket's listener method: a 'data' or 'readable'
// listener untakes the parser reading the socket.
function untaking(method) {
  return function untakingListener(event, listener) {
    const res = method.call(this, event, listener);
    if (event === 'data' || event === 'readable') {
      const parser = this[kParser];
      if (parser && parser.taken) parser.untake();
    }
    return res;
  };
}
const { Socket } = require('net');
const { Readable } = require('stream');
const emitterOn = require('events').prototype.on;
const kDataListening = Readable[Symbol.for('gonode.streams.kDataListening')];
const untakingOn = untaking(Socket.prototype.on);
const untakingAddListener = untaking(Socket.prototype.addListener);
const untakingPrependListener = untaking(Socket.prototype.prependListener);

// afterParser runs fn once the parser reading socket has delivered every
// message in the data fed so far: the socket's own 'close' and 'error' must
// not overtake them (node parses synchronously, so it never sees that).
function afterParser(socket, fn) {
  const parser = socket[kParser];
  if (parser) parser.whenDrained(fn);
  else fn();
}

function freeParser(socket) {
  const parser = socket[kParser];
  if (parser) {
    socket[kParser] = null;
    // A socket that is gone keeps the listeners; one that lives on (after
    // an upgrade, or back in an agent's pool) is the next owner's.
    if (!socket.destroyed) {
      socket.removeListener('data', parserOnData);
      socket.removeListener('end', parserOnEnd);
      socket[kEndListening] = false;
    }
    parser.close();
    // As node's parser, which goes back to its free list then: free() is
    // what an observer of the parser sees of that.
    parser.free();
  }
  if (socket.parser) socket.parser = null;
}

// parseError builds the error node's parser reports for a malformed message:
// bytesParsed of rawPacket, the data being parsed, went through the parser.
function parseError(code, reason, eof, bytesParsed, rawPacket) {
  const err = new Error(eof ? 'Parse Error' : `Parse Error: ${reason}`);
  err.code = code;
  err.reason = reason;
  err.bytesParsed = bytesParsed || 0;
  if (rawPacket !== undefined) err.rawPacket = rawPacket;
  return err;
}

// lazyOwnList is a prototype accessor for name whose first get or set
// makes name an own data property of the instance (a fresh array on get):
// an array most instances never need is then never made.
function lazyOwnList(name) {
  const own = (obj, list) => {
    Object.defineProperty(obj, name, {
      __proto__: null, value: list, writable: true, enumerable: true, configurable: true,
    });
  };
  return {
    get() {
      const list = [];
      own(this, list);
      return list;
    },
    set(list) { own(this, list); },
    configurable: true,
  };
}

const chunkExpression = /(?:^|\W)chunked(?:$|\W)/i;
const continueExpression = /(?:^|\W)100-continue(?:$|\W)/i;

// parseUniqueHeadersOption turns the uniqueHeaders option into the set of
// (lower-cased) header names sent as one joined line, or null.
function parseUniqueHeadersOption(headers) {
  if (!Array.isArray(headers)) return null;
  const unique = new Set();
  for (const h of headers) unique.add(h.toLowerCase());
  return unique;
}

module.exports = {
  lazyOwnList,
  parseUniqueHeadersOption,
  METHODS,
  STATUS_CODES,
  codes,
  connResetException,
  _checkIsHttpToken: checkIsHttpToken,
  _checkInvalidHeaderChar: checkInvalidHeaderChar,
  validateHeaderName,
  validateHeaderValue,
  utcDate,
  kIncomingMessage,
  kServerResponse,
  kParser,
  attachParser,
  listenForEnd,
  isLenient,
  untakeOnListeners,
  afterParser,
  freeParser,
  parseError,
  chunkExpression,
  continueExpression,
  CRLF: '\r\n',
  methods: METHODS,
};
