'use strict';
// internal/net: what net and dgram share: IP address checks, argument
// validation, Node-shaped system errors, and the error codes of both modules.

const binding = require('internal/net/binding');
const { codes, makeNodeError, describeType, formatS } = require('internal/errors');
const { ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE, ERR_OUT_OF_RANGE } = codes;

function isIPv4(s) {
  return binding.ipVersion(`${s}`) === 4;
}

function isIPv6(s) {
  return binding.ipVersion(`${s}`) === 6;
}

function isIP(s) {
  return binding.ipVersion(`${s}`);
}

// A string that is not a non-negative number is a pipe (Unix socket) name.
function toNumber(x) {
  x = Number(x);
  return x >= 0 ? x : false;
}

function isPipeName(s) {
  return typeof s === 'string' && toNumber(s) === false;
}

// withHostAndPort makes an error class whose errors also carry the host and
// port they were made with, after code, as node's ERR_INVALID_ADDRESS_FAMILY.
function withHostAndPort(ErrorClass) {
  return function (family, host, port) {
    const err = new ErrorClass(family, host, port);
    err.host = host;
    err.port = port;
    return err;
  };
}

const netCodes = {
  ERR_SERVER_ALREADY_LISTEN: makeNodeError(Error, 'ERR_SERVER_ALREADY_LISTEN',
    () => 'Listen method has been called more than once without closing.'),
  ERR_SERVER_NOT_RUNNING: makeNodeError(Error, 'ERR_SERVER_NOT_RUNNING', () => 'Server is not running.'),
  ERR_SOCKET_BAD_PORT: makeNodeError(RangeError, 'ERR_SOCKET_BAD_PORT', (name, port, allowZero = true) =>
    `${name} should be ${allowZero ? '>= 0' : '> 0'} and < 65536. Received ${describeType(port)}.`),
  ERR_SOCKET_CLOSED: makeNodeError(Error, 'ERR_SOCKET_CLOSED', () => 'Socket is closed'),
  ERR_SOCKET_CONNECTION_TIMEOUT: makeNodeError(Error, 'ERR_SOCKET_CONNECTION_TIMEOUT', () => 'Socket connection timeout'),
  // The error node's stream handle throws for a string written as a buffer.
  ERR_WRITE_NOT_BUFFER: makeNodeError(TypeError, 'ERR_INVALID_ARG_TYPE', () => 'Second argument must be a buffer'),
  ERR_SOCKET_CLOSED_BEFORE_CONNECTION: makeNodeError(Error, 'ERR_SOCKET_CLOSED_BEFORE_CONNECTION',
    () => 'Socket closed before the connection was established'),
  ERR_INVALID_IP_ADDRESS: makeNodeError(TypeError, 'ERR_INVALID_IP_ADDRESS', (ip) => `Invalid IP address: ${formatS(ip)}`),
  ERR_INVALID_FD_TYPE: makeNodeError(TypeError, 'ERR_INVALID_FD_TYPE', (type) => `Unsupported fd type: ${type}`),
  ERR_INVALID_ADDRESS_FAMILY: withHostAndPort(makeNodeError(RangeError, 'ERR_INVALID_ADDRESS_FAMILY',
    (family, host, port) => `Invalid address family: ${family} ${host}:${port}`)),
  ERR_INVALID_HANDLE_TYPE: makeNodeError(TypeError, 'ERR_INVALID_HANDLE_TYPE', () => 'This handle type cannot be sent'),
  ERR_SOCKET_ALREADY_BOUND: makeNodeError(Error, 'ERR_SOCKET_ALREADY_BOUND', () => 'Socket is already bound'),
  ERR_SOCKET_BAD_TYPE: makeNodeError(TypeError, 'ERR_SOCKET_BAD_TYPE',
    () => 'Bad socket type specified. Valid types are: udp4, udp6'),
  ERR_SOCKET_BAD_BUFFER_SIZE: makeNodeError(TypeError, 'ERR_SOCKET_BAD_BUFFER_SIZE',
    () => 'Buffer size must be a positive integer'),
  ERR_SOCKET_DGRAM_IS_CONNECTED: makeNodeError(Error, 'ERR_SOCKET_DGRAM_IS_CONNECTED', () => 'Already connected'),
  ERR_SOCKET_DGRAM_NOT_CONNECTED: makeNodeError(Error, 'ERR_SOCKET_DGRAM_NOT_CONNECTED', () => 'Not connected'),
  ERR_SOCKET_DGRAM_NOT_RUNNING: makeNodeError(Error, 'ERR_SOCKET_DGRAM_NOT_RUNNING', () => 'Not running'),
  ERR_CHILD_CLOSED_BEFORE_REPLY: makeNodeError(Error, 'ERR_CHILD_CLOSED_BEFORE_REPLY',
    () => 'Child closed before reply received'),
};

// Validators with Node's messages.

function validateString(value, name) {
  if (typeof value !== 'string') throw new ERR_INVALID_ARG_TYPE(name, 'string', value);
}

function validateFunction(value, name) {
  if (typeof value !== 'function') throw new ERR_INVALID_ARG_TYPE(name, 'Function', value);
}

function validateNumber(value, name, min = undefined, max) {
  if (typeof value !== 'number') throw new ERR_INVALID_ARG_TYPE(name, 'number', value);
  if ((min != null && value < min) || (max != null && value > max) ||
      ((min != null || max != null) && Number.isNaN(value))) {
    throw new ERR_OUT_OF_RANGE(name,
      `${min != null ? `>= ${min}` : ''}${min != null && max != null ? ' && ' : ''}${max != null ? `<= ${max}` : ''}`,
      value);
  }
}

function validateInteger(value, name, min, max) {
  if (typeof value !== 'number') throw new ERR_INVALID_ARG_TYPE(name, 'number', value);
  if (!Number.isInteger(value)) throw new ERR_OUT_OF_RANGE(name, 'an integer', value);
  if (value < min || value > max) throw new ERR_OUT_OF_RANGE(name, `>= ${min} && <= ${max}`, value);
}

function validateInt32(value, name, min = -2147483648, max = 2147483647) {
  validateInteger(value, name, min, max);
}

function validatePort(port, name = 'Port', allowZero = true) {
  if ((typeof port !== 'number' && typeof port !== 'string') ||
      (typeof port === 'string' && port.trim().length === 0) ||
      +port !== (+port >>> 0) ||
      port > 0xFFFF ||
      (port === 0 && !allowZero)) {
    throw new netCodes.ERR_SOCKET_BAD_PORT(name, port, allowZero);
  }
  return port | 0;
}

// Timer durations as timers.enroll checks them.
function getTimerDuration(msecs, name) {
  validateNumber(msecs, name);
  if (msecs < 0 || !Number.isFinite(msecs)) {
    throw new ERR_OUT_OF_RANGE(name, 'a non-negative finite number', msecs);
  }
  if (msecs > 2147483647) {
    process.emitWarning(`${msecs} does not fit into a 32-bit signed integer.\nTimer duration was truncated to 2147483647.`,
      'TimeoutOverflowWarning');
    return 2147483647;
  }
  return msecs;
}

// System errors, shaped as node's internal/errors builds them; the stack
// starts at the caller of the builder.

// errnoException: "read ECONNRESET" (syscall and code only).
function errnoException(err, syscall, original) {
  const code = binding.errname(err);
  const e = new Error(original ? `${syscall} ${code} ${original}` : `${syscall} ${code}`);
  e.errno = err;
  e.code = code;
  e.syscall = syscall;
  Error.captureStackTrace(e, errnoException);
  return e;
}

function hostPortDetails(address, port) {
  if (port && port > 0) return ` ${address}:${port}`;
  if (address) return ` ${address}`;
  return '';
}

// exceptionWithHostPort: "connect ECONNREFUSED 127.0.0.1:1".
function exceptionWithHostPort(err, syscall, address, port, additional) {
  const code = binding.errname(err);
  let details = hostPortDetails(address, port);
  if (additional) details += ` - Local (${additional})`;
  const e = new Error(`${syscall} ${code}${details}`);
  e.errno = err;
  e.code = code;
  e.syscall = syscall;
  e.address = address;
  if (port) e.port = port;
  Error.captureStackTrace(e, exceptionWithHostPort);
  return e;
}

// uvExceptionWithHostPort: "listen EADDRINUSE: address already in use
// 127.0.0.1:1337" (with libuv's description).
function uvExceptionWithHostPort(err, syscall, address, port) {
  const code = binding.errname(err);
  const e = new Error(`${syscall} ${code}: ${binding.errdesc(err)}${hostPortDetails(address, port)}`);
  e.code = code;
  e.errno = err;
  e.syscall = syscall;
  e.address = address;
  if (port) e.port = port;
  Error.captureStackTrace(e, uvExceptionWithHostPort);
  return e;
}

// uvException: "uv_pipe_chmod EBADF: bad file descriptor".
function uvException(err, syscall) {
  const code = binding.errname(err);
  const e = new Error(`${syscall} ${code}: ${binding.errdesc(err)}`);
  e.errno = err;
  e.code = code;
  e.syscall = syscall;
  Error.captureStackTrace(e, uvException);
  return e;
}

// lookup is dns.lookup (as it is when lookup is called), which net and
// dgram resolve host names with, as in node.
function lookup(hostname, options, callback) {
  return require('dns').lookup(hostname, options, callback);
}

// HandleOptions are the options net makes a net.Socket with for a handle
// it holds (accepted and received connections) at the default high water
// mark: the Duplex then has none of its options to read.
function HandleOptions(handle, allowHalfOpen, pauseOnCreate) {
  this.handle = handle;
  this.allowHalfOpen = allowHalfOpen;
  this.pauseOnCreate = pauseOnCreate;
}
HandleOptions.prototype.readable = true;
HandleOptions.prototype.writable = true;

module.exports = {
  binding,
  HandleOptions,
  isIP,
  isIPv4,
  isIPv6,
  isPipeName,
  toNumber,
  codes: { ...codes, ...netCodes },
  validateString,
  validateFunction,
  validateNumber,
  validateInteger,
  validateInt32,
  validatePort,
  getTimerDuration,
  errnoException,
  exceptionWithHostPort,
  uvExceptionWithHostPort,
  uvException,
  lookup,
};
