'use strict';
// node:tty — isatty, and ReadStream/WriteStream: net.Sockets over a
// terminal (reopened by the binding, so that their non-blocking mode stays
// theirs) with node's terminal methods.

const net = require('net');
const { Pipe, SOCKET } = require('internal/net/binding');
const binding = require('internal/tty');
const {
  codes: { ERR_INVALID_ARG_TYPE, ERR_OUT_OF_RANGE }, makeNodeError, systemError,
} = require('internal/errors');

const ERR_INVALID_FD = makeNodeError(RangeError, 'ERR_INVALID_FD', (fd) => `"fd" must be a positive integer: ${fd}`);

function isatty(fd) {
  return Number.isInteger(fd) && fd >= 0 && fd <= 2147483647 && binding.isTTY(fd);
}

// openTTY checks fd as node's ReadStream and WriteStream do and returns the
// stream handle over the terminal.
function openTTY(fd) {
  if (fd >> 0 !== fd || fd < 0) throw new ERR_INVALID_FD(fd);
  const own = binding.open(fd);
  if (own < 0) {
    throw systemError('ERR_TTY_INIT_FAILED', 'TTY initialization failed',
      { errno: own, code: 'EINVAL', message: 'invalid argument', syscall: 'uv_tty_init' });
  }
  const handle = new Pipe(SOCKET);
  const err = handle.open(own);
  if (err) {
    throw systemError('ERR_TTY_INIT_FAILED', 'TTY initialization failed',
      { errno: err, code: 'EINVAL', message: 'invalid argument', syscall: 'uv_tty_init' });
  }
  return handle;
}

function ReadStream(fd, options) {
  if (!(this instanceof ReadStream)) return new ReadStream(fd, options);
  net.Socket.call(this, { readableHighWaterMark: 0, ...options, handle: openTTY(fd), readable: true, writable: false });
  this.isRaw = false;
  this.isTTY = true;
}
Object.setPrototypeOf(ReadStream.prototype, net.Socket.prototype);
Object.setPrototypeOf(ReadStream, net.Socket);

ReadStream.prototype.setRawMode = function setRawMode(flag) {
  flag = !!flag;
  // (process.stdin on a terminal borrows this method: it has fd, no handle)
  const err = binding.setRawMode(this._handle ? this._handle.fd : this.fd ?? -1, flag);
  if (err) {
    this.emit('error', Object.assign(new Error(`setRawMode ${err}`), { errno: err, syscall: 'setRawMode' }));
    return this;
  }
  this.isRaw = flag;
  return this;
};

function WriteStream(fd) {
  if (!(this instanceof WriteStream)) return new WriteStream(fd);
  net.Socket.call(this, { readableHighWaterMark: 0, handle: openTTY(fd), readable: false, writable: true });
  this._type = 'tty';
  this.isTTY = true;
  const size = binding.windowSize(this._handle.fd);
  if (size) [this.columns, this.rows] = size;
}
Object.setPrototypeOf(WriteStream.prototype, net.Socket.prototype);
Object.setPrototypeOf(WriteStream, net.Socket);

WriteStream.prototype.isColorSupported = function isColorSupported() { return this.hasColors(); };

WriteStream.prototype.getColorDepth = function getColorDepth(env = process.env) {
  return colorDepth(env);
};

WriteStream.prototype.hasColors = function hasColors(count, env) {
  if (env === undefined && (count === undefined || (typeof count === 'object' && count !== null))) {
    env = count;
    count = 16;
  } else if (typeof count !== 'number') {
    throw new ERR_INVALID_ARG_TYPE('count', 'number', count);
  } else if (!Number.isInteger(count)) {
    throw new ERR_OUT_OF_RANGE('count', 'an integer', count);
  } else if (count < 2) {
    throw new ERR_OUT_OF_RANGE('count', '>= 2 && <= 9007199254740991', count);
  }
  return count <= 2 ** colorDepth(env === undefined ? process.env : env);
};

WriteStream.prototype._refreshSize = function _refreshSize() {
  const size = this._handle && binding.windowSize(this._handle.fd);
  if (!size) return;
  const [columns, rows] = size;
  if (columns !== this.columns || rows !== this.rows) {
    this.columns = columns;
    this.rows = rows;
    this.emit('resize');
  }
};

WriteStream.prototype.getWindowSize = function getWindowSize() {
  return [this.columns, this.rows];
};

// The cursor and clearing methods write the ANSI sequences readline's do.
WriteStream.prototype.cursorTo = function cursorTo(x, y, cb) {
  if (typeof y === 'function') {
    cb = y;
    y = undefined;
  }
  const seq = typeof y === 'number' ? `\x1b[${y + 1};${x + 1}H` : `\x1b[${x + 1}G`;
  return this.write(seq, cb);
};

WriteStream.prototype.moveCursor = function moveCursor(dx, dy, cb) {
  let seq = '';
  if (dx < 0) seq += `\x1b[${-dx}D`;
  else if (dx > 0) seq += `\x1b[${dx}C`;
  if (dy < 0) seq += `\x1b[${-dy}A`;
  else if (dy > 0) seq += `\x1b[${dy}B`;
  return this.write(seq, cb);
};

WriteStream.prototype.clearLine = function clearLine(dir, cb) {
  const seq = dir < 0 ? '\x1b[1K' : dir > 0 ? '\x1b[0K' : '\x1b[2K';
  return this.write(seq, cb);
};

WriteStream.prototype.clearScreenDown = function clearScreenDown(cb) {
  return this.write('\x1b[0J', cb);
};

// Terminals known by TERM to show 16 colors or 24-bit color.
const termColors = {
  __proto__: null,
  eterm: 4, cons25: 4, console: 4, cygwin: 4, dtterm: 4, gnome: 4, hurd: 4, jfbterm: 4,
  konsole: 4, kterm: 4, mlterm: 4, putty: 4, st: 4,
  mosh: 24, 'rxvt-unicode-24bit': 24, terminator: 24,
};
const sixteenColorTerms = /ansi|color|linux|^con[0-9]*x[0-9]|^rxvt|^screen|^xterm|^vt100/;
const colorCIs = ['APPVEYOR', 'BUILDKITE', 'CIRCLECI', 'DRONE', 'GITHUB_ACTIONS', 'GITLAB_CI', 'TRAVIS'];

let warnedForced = false;

// colorDepth is node's color depth for env: 1, 4, 8 or 24 bits.
function colorDepth(env) {
  if (env.FORCE_COLOR !== undefined) {
    const depth = { '': 4, 1: 4, true: 4, 2: 8, 3: 24 }[env.FORCE_COLOR];
    if (depth === undefined) return 1;
    const ignored = ['NODE_DISABLE_COLORS', 'NO_COLOR'].filter((k) => env[k] !== undefined);
    if (!warnedForced && ignored.length > 0) {
      warnedForced = true;
      process.emitWarning(`The '${ignored.join("' and '")}' env is ignored due to the 'FORCE_COLOR' env being set.`, 'Warning');
    }
    return depth;
  }
  if (env.NODE_DISABLE_COLORS !== undefined || env.NO_COLOR !== undefined || env.TERM === 'dumb') return 1;
  if (env.TMUX) return 8;
  if (env.CI) return colorCIs.some((name) => name in env) || env.CI_NAME === 'codeship' ? 8 : 1;
  if ('TEAMCITY_VERSION' in env) return /^(9\.(0*[1-9]\d*)\.|\d{2,}\.)/.test(env.TEAMCITY_VERSION) ? 4 : 1;
  switch (env.TERM_PROGRAM) {
    case 'iTerm.app':
      return !env.TERM_PROGRAM_VERSION || /^[0-2]\./.test(env.TERM_PROGRAM_VERSION) ? 8 : 24;
    case 'HyperTerm':
    case 'MacTerm':
      return 24;
    case 'Apple_Terminal':
      return 8;
  }
  if (env.COLORTERM === 'truecolor' || env.COLORTERM === '24bit') return 24;
  if (env.TERM) {
    if (/^xterm-256/.test(env.TERM)) return 8;
    const term = env.TERM.toLowerCase();
    if (termColors[term]) return termColors[term];
    if (sixteenColorTerms.test(term)) return 4;
  }
  return env.COLORTERM ? 4 : 1;
}

module.exports = { isatty, ReadStream, WriteStream };
