'use strict';
// internal/fs/utils: argument validation, open flags, modes, Stats, Dirent
// and the other pieces shared by fs, fs/promises and the fs streams.

const { codes, makeNodeError } = require('internal/errors');
const { ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE, ERR_OUT_OF_RANGE } = codes;
const {
  validateFunction, validateBoolean, validateInteger, validateInt32, validateUint32, validateAbortSignal,
  validateBuffer,
} = require('internal/validators');

const constants = {
  UV_FS_SYMLINK_DIR: 1, UV_FS_SYMLINK_JUNCTION: 2,
  O_RDONLY: 0, O_WRONLY: 1, O_RDWR: 2,
  UV_DIRENT_UNKNOWN: 0, UV_DIRENT_FILE: 1, UV_DIRENT_DIR: 2, UV_DIRENT_LINK: 3,
  UV_DIRENT_FIFO: 4, UV_DIRENT_SOCKET: 5, UV_DIRENT_CHAR: 6, UV_DIRENT_BLOCK: 7,
  EXTENSIONLESS_FORMAT_JAVASCRIPT: 0, EXTENSIONLESS_FORMAT_WASM: 1,
  S_IFMT: 0o170000, S_IFREG: 0o100000, S_IFDIR: 0o40000, S_IFCHR: 0o20000, S_IFBLK: 0o60000,
  S_IFIFO: 0o10000, S_IFLNK: 0o120000, S_IFSOCK: 0o140000,
  O_CREAT: 0o100, O_EXCL: 0o200, UV_FS_O_FILEMAP: 0, O_NOCTTY: 0o400, O_TRUNC: 0o1000,
  O_APPEND: 0o2000, O_DIRECTORY: 0o200000, O_NOATIME: 0o1000000, O_NOFOLLOW: 0o400000,
  O_SYNC: 0o4010000, O_DSYNC: 0o10000, O_DIRECT: 0o40000, O_NONBLOCK: 0o4000,
  S_IRWXU: 0o700, S_IRUSR: 0o400, S_IWUSR: 0o200, S_IXUSR: 0o100,
  S_IRWXG: 0o70, S_IRGRP: 0o40, S_IWGRP: 0o20, S_IXGRP: 0o10,
  S_IRWXO: 0o7, S_IROTH: 0o4, S_IWOTH: 0o2, S_IXOTH: 0o1,
  F_OK: 0, R_OK: 4, W_OK: 2, X_OK: 1,
  UV_FS_COPYFILE_EXCL: 1, COPYFILE_EXCL: 1, UV_FS_COPYFILE_FICLONE: 2, COPYFILE_FICLONE: 2,
  UV_FS_COPYFILE_FICLONE_FORCE: 4, COPYFILE_FICLONE_FORCE: 4,
};
const {
  O_RDONLY, O_WRONLY, O_RDWR, O_CREAT, O_EXCL, O_TRUNC, O_APPEND, O_SYNC,
  S_IFMT, S_IFREG, S_IFDIR, S_IFCHR, S_IFBLK, S_IFIFO, S_IFLNK, S_IFSOCK,
} = constants;

let BufferClass;
function getBuffer() {
  if (BufferClass === undefined) BufferClass = require('buffer').Buffer;
  return BufferClass;
}

// Errors that internal/errors does not define.

class SystemError extends Error {
  constructor(key, prefix, context) {
    let message = `${prefix}: ${context.syscall} returned ${context.code} (${context.message}) ${context.path}`;
    if (context.dest !== undefined) message += ` => ${context.dest}`;
    super(message);
    Object.defineProperty(this, 'code', {
      __proto__: null, value: key, enumerable: true, writable: true, configurable: true,
    });
    Object.defineProperty(this, 'info', {
      __proto__: null, value: context, enumerable: true, writable: true, configurable: true,
    });
    for (const field of ['errno', 'syscall', 'path', 'dest']) {
      if (context[field] === undefined) continue;
      Object.defineProperty(this, field, {
        __proto__: null,
        get() { return context[field]; },
        set(v) { context[field] = v; },
        enumerable: true, configurable: true,
      });
    }
    // The stack header shows the code, as Node's does.
    Object.defineProperty(this, 'name', {
      __proto__: null, value: `SystemError [${key}]`, writable: true, configurable: true,
    });
    void this.stack;
    Object.defineProperty(this, 'name', { __proto__: null, value: 'SystemError', writable: true, configurable: true });
  }

  toString() {
    return `${this.name} [${this.code}]: ${this.message}`;
  }
}

const EISDIR = 21;
function eisdirError(path) {
  return new SystemError('ERR_FS_EISDIR', 'Path is a directory',
    { code: 'EISDIR', message: 'is a directory', path, syscall: 'rm', errno: EISDIR });
}

class AbortError extends Error {
  constructor(message = 'The operation was aborted', options = undefined) {
    super(message, options);
    this.code = 'ABORT_ERR';
    this.name = 'AbortError';
  }
}

const ERR_INVALID_URL_SCHEME = codes.ERR_INVALID_URL_SCHEME ||
  makeNodeError(TypeError, 'ERR_INVALID_URL_SCHEME', (scheme) => `The URL must be of scheme ${scheme}`);
const ERR_DIR_CLOSED = makeNodeError(Error, 'ERR_DIR_CLOSED', () => 'Directory handle was closed');
const ERR_DIR_CONCURRENT_OPERATION = makeNodeError(Error, 'ERR_DIR_CONCURRENT_OPERATION',
  () => 'Cannot do synchronous work on directory handle with concurrent asynchronous operations');
const ERR_METHOD_NOT_IMPLEMENTED = makeNodeError(Error, 'ERR_METHOD_NOT_IMPLEMENTED',
  (method) => `The ${method} method is not implemented`);
const ERR_FS_INVALID_SYMLINK_TYPE = makeNodeError(Error, 'ERR_FS_INVALID_SYMLINK_TYPE',
  (type) => `Symlink type must be one of "dir", "file", or "junction". Received "${type}"`);
const ERR_ACCESS_MODE_TYPE = makeNodeError(TypeError, 'ERR_INVALID_ARG_TYPE', () => 'mode must be int32 or null/undefined');
const ERR_ACCESS_MODE_RANGE = makeNodeError(RangeError, 'ERR_OUT_OF_RANGE', (max) => `mode is out of range: >= 0 && <= ${max}`);

// Validators, with Node's messages (the common ones are internal/validators').

const kMaxUserId = 2 ** 32 - 1;

function validateObject(value, name, nullable = false) {
  if ((value === null && !nullable) || (value !== null && (typeof value !== 'object' || Array.isArray(value)))) {
    throw new ERR_INVALID_ARG_TYPE(name, 'Object', value);
  }
}

function isArrayBufferView(value) {
  return ArrayBuffer.isView(value);
}

function validateStringAfterArrayBufferView(value, name) {
  if (typeof value !== 'string') {
    throw new ERR_INVALID_ARG_TYPE(name, ['string', 'Buffer', 'TypedArray', 'DataView'], value);
  }
}

function validateBufferArray(buffers, name = 'buffers') {
  if (!Array.isArray(buffers)) throw new ERR_INVALID_ARG_TYPE(name, 'ArrayBufferView[]', buffers);
  for (const b of buffers) {
    if (!isArrayBufferView(b)) throw new ERR_INVALID_ARG_TYPE(name, 'ArrayBufferView[]', buffers);
  }
  return buffers;
}

function getValidatedFd(fd, name = 'fd') {
  if (Object.is(fd, -0)) return 0;
  validateInt32(fd, name, 0);
  return fd;
}

// isFd reports whether a readFile/writeFile target is a file descriptor.
function isFd(value) {
  return value === (value | 0);
}

// Paths.

function isURL(value) {
  return value != null && typeof value === 'object' && typeof value.href === 'string' &&
    typeof value.protocol === 'string' && value.auth === undefined && value.path === undefined;
}

function toPathIfFileURL(value) {
  if (!isURL(value)) return value;
  if (value.protocol !== 'file:') throw new ERR_INVALID_URL_SCHEME('file');
  return require('url').fileURLToPath(value);
}

function getValidatedPath(value, name = 'path') {
  const path = toPathIfFileURL(value);
  if (typeof path !== 'string' && !(path instanceof Uint8Array)) {
    throw new ERR_INVALID_ARG_TYPE(name, ['string', 'Buffer', 'URL'], path);
  }
  if (typeof path === 'string' ? path.includes('\u0000') : path.includes(0)) {
    throw new ERR_INVALID_ARG_VALUE(name, path, 'must be a string, Uint8Array, or URL without null bytes');
  }
  return path;
}

// Options.

function assertEncoding(encoding) {
  if (encoding && !getBuffer().isEncoding(encoding)) {
    throw new ERR_INVALID_ARG_VALUE('encoding', encoding, 'is invalid encoding');
  }
}

function getOptions(options, defaults = {}) {
  if (options == null || typeof options === 'function') return defaults;
  if (typeof options === 'string') {
    options = { ...defaults, encoding: options };
  } else if (typeof options !== 'object') {
    throw new ERR_INVALID_ARG_TYPE('options', ['string', 'Object'], options);
  } else {
    options = { ...defaults, ...options };
  }
  if (options.encoding !== 'buffer') assertEncoding(options.encoding);
  if (options.signal !== undefined) validateAbortSignal(options.signal, 'options.signal');
  return options;
}

function isUtf8(encoding) {
  return encoding === 'utf8' || encoding === 'utf-8';
}

// encodeName converts a file name to the encoding a caller asked for.
function encodeName(name, encoding) {
  if (typeof name === 'string' && (!encoding || isUtf8(encoding))) return name;
  // A name that is not valid UTF-8 comes from the binding as an ArrayBuffer.
  const buf = getBuffer().from(name);
  return encoding === 'buffer' ? buf : buf.toString(encoding || 'utf8');
}

// decodeFile turns the binding's file content into what readFile returns.
function decodeFile(data, encoding) {
  if (typeof data === 'string') return data;
  const buf = getBuffer().from(data);
  return encoding ? buf.toString(encoding) : buf;
}

// fileData checks data for writeFile and converts strings in encodings
// other than UTF-8 (which the binding encodes itself) to a Buffer.
function fileData(data, encoding) {
  if (isArrayBufferView(data)) return data;
  validateStringAfterArrayBufferView(data, 'data');
  if (!encoding || isUtf8(encoding)) return data;
  return getBuffer().from(data, encoding);
}

// writePosition converts a write position: a number or bigint, otherwise
// the current file position (-1).
function writePosition(position) {
  if (typeof position === 'bigint') return Number(position);
  return typeof position === 'number' ? position : -1;
}

function validateOwner(uid, gid) {
  validateInteger(uid, 'uid', -1, kMaxUserId);
  validateInteger(gid, 'gid', -1, kMaxUserId);
}

const flagTable = {
  __proto__: null,
  r: O_RDONLY,
  rs: O_RDONLY | O_SYNC,
  sr: O_RDONLY | O_SYNC,
  'r+': O_RDWR,
  'rs+': O_RDWR | O_SYNC,
  'sr+': O_RDWR | O_SYNC,
  w: O_TRUNC | O_CREAT | O_WRONLY,
  wx: O_TRUNC | O_CREAT | O_WRONLY | O_EXCL,
  xw: O_TRUNC | O_CREAT | O_WRONLY | O_EXCL,
  'w+': O_TRUNC | O_CREAT | O_RDWR,
  'wx+': O_TRUNC | O_CREAT | O_RDWR | O_EXCL,
  'xw+': O_TRUNC | O_CREAT | O_RDWR | O_EXCL,
  a: O_APPEND | O_CREAT | O_WRONLY,
  ax: O_APPEND | O_CREAT | O_WRONLY | O_EXCL,
  xa: O_APPEND | O_CREAT | O_WRONLY | O_EXCL,
  as: O_APPEND | O_CREAT | O_WRONLY | O_SYNC,
  sa: O_APPEND | O_CREAT | O_WRONLY | O_SYNC,
  'a+': O_APPEND | O_CREAT | O_RDWR,
  'ax+': O_APPEND | O_CREAT | O_RDWR | O_EXCL,
  'xa+': O_APPEND | O_CREAT | O_RDWR | O_EXCL,
  'as+': O_APPEND | O_CREAT | O_RDWR | O_SYNC,
  'sa+': O_APPEND | O_CREAT | O_RDWR | O_SYNC,
};

function stringToFlags(flags, name = 'flags') {
  if (typeof flags === 'number') return flags;
  if (flags == null) return O_RDONLY;
  const n = flagTable[flags];
  if (n === undefined) throw new ERR_INVALID_ARG_VALUE(name, flags);
  return n;
}

const octalRe = /^[0-7]+$/;

function parseFileMode(value, name, def) {
  if (value == null) value = def;
  if (typeof value === 'string') {
    if (!octalRe.test(value)) {
      throw new ERR_INVALID_ARG_VALUE(name, value, 'must be a 32-bit unsigned integer or an octal string');
    }
    value = parseInt(value, 8);
  }
  validateUint32(value, name);
  return value;
}

// getValidMode checks the mode of access() (F_OK..R_OK|W_OK|X_OK) and
// copyFile() (COPYFILE_* bits), with the messages of Node's native checks.
function getValidMode(mode, def) {
  if (mode == null) return def;
  if (typeof mode !== 'number') throw new ERR_ACCESS_MODE_TYPE();
  mode |= 0;
  if (mode < 0 || mode > 7) throw new ERR_ACCESS_MODE_RANGE(7);
  return mode;
}

function toUnixTimestamp(time, name = 'time') {
  if (typeof time === 'string' && +time == time) return +time; // eslint-disable-line eqeqeq
  if (Number.isFinite(time)) return time < 0 ? Date.now() / 1000 : time;
  if (time instanceof Date) return time.getTime() / 1000;
  throw new ERR_INVALID_ARG_TYPE(name, ['Date', 'Time in seconds'], time);
}

function validateOffsetLengthRead(offset, length, bufferLength) {
  if (offset < 0) throw new ERR_OUT_OF_RANGE('offset', '>= 0', offset);
  if (length < 0) throw new ERR_OUT_OF_RANGE('length', '>= 0', length);
  if (offset + length > bufferLength) throw new ERR_OUT_OF_RANGE('length', `<= ${bufferLength - offset}`, length);
}

function validateOffsetLengthWrite(offset, length, byteLength) {
  if (offset > byteLength) throw new ERR_OUT_OF_RANGE('offset', `<= ${byteLength}`, offset);
  if (length > byteLength - offset) throw new ERR_OUT_OF_RANGE('length', `<= ${byteLength - offset}`, length);
  if (length < 0) throw new ERR_OUT_OF_RANGE('length', '>= 0', length);
  validateInt32(length, 'length', 0);
}

// validatePosition checks a read/write position and returns it as a number
// (-1 for the current file position).
function validatePosition(position, name = 'position') {
  if (position == null) return -1;
  if (typeof position === 'bigint') {
    if (position < -1n || position > 2n ** 63n - 1n) {
      throw new ERR_OUT_OF_RANGE(name, `>= -1 && <= ${2n ** 63n - 1n}`, position);
    }
    return Number(position);
  }
  if (typeof position === 'number') {
    validateInteger(position, name, -1);
    return position;
  }
  throw new ERR_INVALID_ARG_TYPE(name, ['integer', 'bigint'], position);
}

const rmDefaults = { recursive: false, force: false, retryDelay: 100, maxRetries: 0 };
const rmdirDefaults = { recursive: false, retryDelay: 100, maxRetries: 0 };

function checkRmOptions(options, defaults) {
  if (options === undefined) return defaults;
  validateObject(options, 'options');
  options = { ...defaults, ...options };
  validateBoolean(options.recursive, 'options.recursive');
  validateInt32(options.retryDelay, 'options.retryDelay', 0);
  validateUint32(options.maxRetries, 'options.maxRetries');
  if (options.force !== undefined) validateBoolean(options.force, 'options.force');
  return options;
}

const validateRmOptions = (options) => checkRmOptions(options, rmDefaults);
const validateRmdirOptions = (options) => checkRmOptions(options, rmdirDefaults);

function isDirectory(st) {
  return (st.mode & S_IFMT) === S_IFDIR;
}

// rmTarget decides what rm does after lstat: nothing (false) when the path
// is absent and force is set, and ERR_FS_EISDIR for a directory without
// recursive.
function rmTarget(path, options, st) {
  if (st === undefined) return false;
  if (isDirectory(st) && !options.recursive) throw eisdirError(path);
  return true;
}

function validateSymlinkType(type) {
  if (type != null && type !== 'dir' && type !== 'file' && type !== 'junction') {
    throw new ERR_FS_INVALID_SYMLINK_TYPE(type);
  }
}

let rmdirWarned = false;
function warnRecursiveRmdir() {
  if (rmdirWarned) return;
  rmdirWarned = true;
  process.emitWarning(
    'In future versions of Node.js, fs.rmdir(path, { recursive: true }) will be removed. ' +
    'Use fs.rm(path, { recursive: true }) instead', 'DeprecationWarning', 'DEP0147');
}

let nonPortableTemplateWarned = false;
// warnOnNonPortableTemplate warns, once, of a mkdtemp prefix ending in X,
// which platforms treat differently.
function warnOnNonPortableTemplate(prefix) {
  if (nonPortableTemplateWarned) return;
  const last = typeof prefix === 'string' ? prefix.charCodeAt(prefix.length - 1) : prefix[prefix.length - 1];
  if (last !== 0x58) return;
  nonPortableTemplateWarned = true;
  process.emitWarning('mkdtemp() templates ending with X are not portable. ' +
    'For details see: https://nodejs.org/api/fs.html');
}

// Stats.

function dateFromMs(ms) {
  return new Date(Math.round(Number(ms)));
}

function StatsBase(dev, mode, nlink, uid, gid, rdev, blksize, ino, size, blocks) {
  this.dev = dev;
  this.mode = mode;
  this.nlink = nlink;
  this.uid = uid;
  this.gid = gid;
  this.rdev = rdev;
  this.blksize = blksize;
  this.ino = ino;
  this.size = size;
  this.blocks = blocks;
}

StatsBase.prototype.isDirectory = function isDirectory() { return this._checkModeProperty(S_IFDIR); };
StatsBase.prototype.isFile = function isFile() { return this._checkModeProperty(S_IFREG); };
StatsBase.prototype.isBlockDevice = function isBlockDevice() { return this._checkModeProperty(S_IFBLK); };
StatsBase.prototype.isCharacterDevice = function isCharacterDevice() { return this._checkModeProperty(S_IFCHR); };
StatsBase.prototype.isSymbolicLink = function isSymbolicLink() { return this._checkModeProperty(S_IFLNK); };
StatsBase.prototype.isFIFO = function isFIFO() { return this._checkModeProperty(S_IFIFO); };
StatsBase.prototype.isSocket = function isSocket() { return this._checkModeProperty(S_IFSOCK); };

function Stats(dev, mode, nlink, uid, gid, rdev, blksize, ino, size, blocks,
  atimeMs, mtimeMs, ctimeMs, birthtimeMs) {
  StatsBase.call(this, dev, mode, nlink, uid, gid, rdev, blksize, ino, size, blocks);
  this.atimeMs = atimeMs;
  this.mtimeMs = mtimeMs;
  this.ctimeMs = ctimeMs;
  this.birthtimeMs = birthtimeMs;
  this.atime = dateFromMs(atimeMs);
  this.mtime = dateFromMs(mtimeMs);
  this.ctime = dateFromMs(ctimeMs);
  this.birthtime = dateFromMs(birthtimeMs);
}
Object.setPrototypeOf(Stats.prototype, StatsBase.prototype);
Object.setPrototypeOf(Stats, StatsBase);
Stats.prototype.isFile = function isFile() {
  return (this.mode & S_IFMT) === S_IFREG;
};
Stats.prototype._checkModeProperty = function _checkModeProperty(property) {
  return (this.mode & S_IFMT) === property;
};

function BigIntStats(dev, mode, nlink, uid, gid, rdev, blksize, ino, size, blocks,
  atimeNs, mtimeNs, ctimeNs, birthtimeNs) {
  StatsBase.call(this, dev, mode, nlink, uid, gid, rdev, blksize, ino, size, blocks);
  this.atimeMs = atimeNs / 1000000n;
  this.mtimeMs = mtimeNs / 1000000n;
  this.ctimeMs = ctimeNs / 1000000n;
  this.birthtimeMs = birthtimeNs / 1000000n;
  this.atimeNs = atimeNs;
  this.mtimeNs = mtimeNs;
  this.ctimeNs = ctimeNs;
  this.birthtimeNs = birthtimeNs;
  this.atime = dateFromMs(this.atimeMs);
  this.mtime = dateFromMs(this.mtimeMs);
  this.ctime = dateFromMs(this.ctimeMs);
  this.birthtime = dateFromMs(this.birthtimeMs);
}
Object.setPrototypeOf(BigIntStats.prototype, StatsBase.prototype);
Object.setPrototypeOf(BigIntStats, StatsBase);
BigIntStats.prototype._checkModeProperty = function _checkModeProperty(property) {
  return (this.mode & BigInt(S_IFMT)) === BigInt(property);
};

// The stat calls of the binding return objects with these prototypes.
require('internal/fs/binding').setStatsPrototypes(Stats.prototype, BigIntStats.prototype);

function StatFs(type, bsize, blocks, bfree, bavail, files, ffree) {
  this.type = type;
  this.bsize = bsize;
  this.blocks = blocks;
  this.bfree = bfree;
  this.bavail = bavail;
  this.files = files;
  this.ffree = ffree;
}

function statFsFromBinding(a, bigint) {
  const v = bigint ? Array.from(a, BigInt) : Array.from(a);
  return new StatFs(...v);
}

// Dirent.

const kType = Symbol('type');

class Dirent {
  constructor(name, type, path) {
    this.name = name;
    this.parentPath = path;
    this.path = path;
    this[kType] = type;
  }

  isDirectory() { return this[kType] === constants.UV_DIRENT_DIR; }
  isFile() { return this[kType] === constants.UV_DIRENT_FILE; }
  isBlockDevice() { return this[kType] === constants.UV_DIRENT_BLOCK; }
  isCharacterDevice() { return this[kType] === constants.UV_DIRENT_CHAR; }
  isSymbolicLink() { return this[kType] === constants.UV_DIRENT_LINK; }
  isFIFO() { return this[kType] === constants.UV_DIRENT_FIFO; }
  isSocket() { return this[kType] === constants.UV_DIRENT_SOCKET; }
}

// readdirResult converts the binding's readdir result for the options
// given: names, or Dirents ([names, types, parent folders] from the binding).
function readdirResult(path, result, options) {
  const encoding = options.encoding;
  if (!options.withFileTypes) {
    return result.map((n) => encodeName(n, encoding));
  }
  const [names, types, dirs] = result;
  const base = typeof path === 'string' ? path : getBuffer().from(path).toString();
  const out = new Array(names.length);
  let joinPath;
  for (let i = 0; i < names.length; i++) {
    let parent = base;
    if (dirs[i] !== '') {
      if (joinPath === undefined) joinPath = require('path').join;
      parent = joinPath(base, dirs[i]);
    }
    out[i] = new Dirent(encodeName(names[i], encoding), types[i], parent);
  }
  return out;
}

module.exports = {
  constants,
  getBuffer,
  AbortError,
  eisdirError,
  ERR_DIR_CLOSED,
  ERR_DIR_CONCURRENT_OPERATION,
  ERR_METHOD_NOT_IMPLEMENTED,
  kMaxUserId,
  validateFunction,
  validateObject,
  validateBoolean,
  validateInteger,
  validateUint32,
  validateBuffer,
  validateBufferArray,
  validateStringAfterArrayBufferView,
  validateOffsetLengthRead,
  validateOffsetLengthWrite,
  validatePosition,
  validateRmOptions,
  validateRmdirOptions,
  isDirectory,
  rmTarget,
  validateSymlinkType,
  warnRecursiveRmdir,
  warnOnNonPortableTemplate,
  isArrayBufferView,
  getValidatedFd,
  isFd,
  getValidatedPath,
  toPathIfFileURL,
  getOptions,
  isUtf8,
  encodeName,
  decodeFile,
  fileData,
  writePosition,
  validateOwner,
  stringToFlags,
  parseFileMode,
  getValidMode,
  toUnixTimestamp,
  Stats,
  BigIntStats,
  statFsFromBinding,
  Dirent,
  readdirResult,
  SystemError,
};
