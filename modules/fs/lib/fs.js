'use strict';
// node:fs — synchronous and callback APIs over internal/fs/binding. The
// binding runs an operation synchronously when its last argument is
// undefined, or on a worker with a (err, result) callback.

const binding = require('internal/fs/binding');
const {
  constants,
  getBuffer,
  AbortError,
  ERR_DIR_CLOSED,
  ERR_DIR_CONCURRENT_OPERATION,
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
  statFsFromBinding,
  Dirent,
  readdirResult,
} = require('internal/fs/utils');
const { codes: { ERR_INVALID_ARG_VALUE } } = require('internal/errors');
const { kCustomPromisified, kCustomPromisifyArgs } = require('internal/util/promisify');

const { F_OK } = constants;
const kReadSize = 16384;

function makeCallback(cb) {
  validateFunction(cb, 'cb');
  return cb;
}

// abortedBefore reports (through callback) an already aborted signal.
function abortedBefore(signal, callback) {
  if (signal && signal.aborted) {
    process.nextTick(callback, new AbortError(undefined, { cause: signal.reason }));
    return true;
  }
  return false;
}

// abortable makes callback report an abort that came while the operation
// ran.
function abortable(signal, callback) {
  if (!signal) return callback;
  return (err, result) => {
    if (signal.aborted) return callback(new AbortError(undefined, { cause: signal.reason }));
    return err ? callback(err) : callback(null, result);
  };
}

// access / exists

function access(path, mode, callback) {
  if (typeof mode === 'function') {
    callback = mode;
    mode = F_OK;
  }
  path = getValidatedPath(path);
  mode = getValidMode(mode, F_OK);
  binding.access(path, mode, makeCallback(callback));
}

function accessSync(path, mode) {
  binding.access(getValidatedPath(path), getValidMode(mode, F_OK));
}

function exists(path, callback) {
  validateFunction(callback, 'cb');
  try {
    access(path, F_OK, (err) => callback(!err));
  } catch {
    callback(false);
  }
}

Object.defineProperty(exists, kCustomPromisified, {
  __proto__: null,
  value: function exists(path) {
    return new Promise((resolve) => module.exports.exists(path, resolve));
  },
});

function existsSync(path) {
  try {
    path = getValidatedPath(path);
  } catch {
    return false;
  }
  return binding.exists(path);
}

// readFile / writeFile / appendFile

function readFile(path, options, callback) {
  callback = callback || options;
  validateFunction(callback, 'cb');
  options = getOptions(options, { flag: 'r' });
  if (!isFd(path)) path = getValidatedPath(path);
  const flags = stringToFlags(options.flag);
  if (abortedBefore(options.signal, callback)) return;
  const encoding = options.encoding;
  binding.readFile(path, flags, isUtf8(encoding), abortable(options.signal, (err, data) => {
    if (err) return callback(err);
    let result;
    try {
      result = decodeFile(data, encoding);
    } catch (e) {
      return callback(e);
    }
    callback(null, result);
  }));
}

function readFileSync(path, options) {
  options = getOptions(options, { flag: 'r' });
  if (!isFd(path)) path = getValidatedPath(path);
  const data = binding.readFile(path, stringToFlags(options.flag), isUtf8(options.encoding));
  return decodeFile(data, options.encoding);
}

const writeDefaults = { encoding: 'utf8', mode: 0o666, flag: 'w', flush: false };
const appendDefaults = { encoding: 'utf8', mode: 0o666, flag: 'a', flush: false };

// writeFileArgs validates writeFile's arguments and returns the binding's.
function writeFileArgs(path, data, options) {
  const flush = options.flush === undefined || options.flush === null ? false : options.flush;
  validateBoolean(flush, 'options.flush');
  data = fileData(data, options.encoding);
  if (!isFd(path)) path = getValidatedPath(path);
  return [path, data, stringToFlags(options.flag || 'w'), parseFileMode(options.mode, 'mode', 0o666), flush];
}

function writeFile(path, data, options, callback) {
  callback = callback || options;
  validateFunction(callback, 'cb');
  options = getOptions(options, writeDefaults);
  const args = writeFileArgs(path, data, options);
  if (abortedBefore(options.signal, callback)) return;
  if (!args[4]) {
    binding.writeFile(...args, abortable(options.signal, callback));
    return;
  }
  // With flush, like node: write, then sync through fs.fsync (which a
  // program may wrap), then close a file we opened.
  const [file, bytes, flags, mode] = args;
  const write = (fd) => binding.writeFile(fd, bytes, 0, 0, false, abortable(options.signal, (err) => {
    const done = (err2) => {
      if (isFd(file)) callback(err2);
      else binding.close(fd, (closeErr) => callback(err2 || closeErr));
    };
    if (err) done(err);
    else module.exports.fsync(fd, done);
  }));
  if (isFd(file)) write(file);
  else binding.open(file, flags, mode, (err, fd) => (err ? callback(err) : write(fd)));
}

function writeFileSync(path, data, options) {
  options = getOptions(options, writeDefaults);
  const args = writeFileArgs(path, data, options);
  if (!args[4]) {
    binding.writeFile(...args);
    return;
  }
  // With flush, like node: write, then fs.fsyncSync, then close.
  const [file, bytes, flags, mode] = args;
  const fd = isFd(file) ? file : binding.open(file, flags, mode);
  try {
    binding.writeFile(fd, bytes, 0, 0, false);
    module.exports.fsyncSync(fd);
  } finally {
    if (fd !== file) binding.close(fd);
  }
}

function appendOptions(path, options) {
  options = { ...getOptions(options, appendDefaults) };
  if (!options.flag || isFd(path)) options.flag = 'a';
  return options;
}

function appendFile(path, data, options, callback) {
  callback = callback || options;
  validateFunction(callback, 'cb');
  writeFile(path, data, appendOptions(path, options), callback);
}

function appendFileSync(path, data, options) {
  writeFileSync(path, data, appendOptions(path, options));
}

// stat family

function stat(path, options = { bigint: false }, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = {};
  }
  callback = makeCallback(callback);
  binding.stat(getValidatedPath(path), !!(options && options.bigint), true, callback);
}

function lstat(path, options = { bigint: false }, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = {};
  }
  callback = makeCallback(callback);
  binding.lstat(getValidatedPath(path), !!(options && options.bigint), true, callback);
}

function fstat(fd, options = { bigint: false }, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = {};
  }
  fd = getValidatedFd(fd);
  binding.fstat(fd, !!(options && options.bigint), makeCallback(callback));
}

function statSync(path, options = { bigint: false, throwIfNoEntry: true }) {
  path = getValidatedPath(path);
  return binding.stat(path, !!options.bigint, options.throwIfNoEntry !== false);
}

function lstatSync(path, options = { bigint: false, throwIfNoEntry: true }) {
  path = getValidatedPath(path);
  return binding.lstat(path, !!options.bigint, options.throwIfNoEntry !== false);
}

function fstatSync(fd, options = { bigint: false }) {
  return binding.fstat(getValidatedFd(fd), !!options.bigint);
}

function statfs(path, options = { bigint: false }, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = {};
  }
  callback = makeCallback(callback);
  const bigint = !!(options && options.bigint);
  binding.statfs(getValidatedPath(path), (err, a) => (err ? callback(err) : callback(null, statFsFromBinding(a, bigint))));
}

function statfsSync(path, options = { bigint: false }) {
  return statFsFromBinding(binding.statfs(getValidatedPath(path)), !!options.bigint);
}

// directories

function readdirArgs(path, options) {
  path = getValidatedPath(path);
  if (options.recursive != null) validateBoolean(options.recursive, 'options.recursive');
  return [path, !!options.withFileTypes, !!options.recursive];
}

function readdir(path, options, callback) {
  callback = makeCallback(typeof options === 'function' ? options : callback);
  options = getOptions(options);
  const args = readdirArgs(path, options);
  binding.readdir(...args, (err, result) => {
    if (err) return callback(err);
    callback(null, readdirResult(args[0], result, options));
  });
}

function readdirSync(path, options) {
  options = getOptions(options);
  const args = readdirArgs(path, options);
  return readdirResult(args[0], binding.readdir(...args), options);
}

// mkdirArgs returns [path, mode, recursive] from mkdir's arguments.
function mkdirArgs(path, options) {
  let mode = 0o777;
  let recursive = false;
  if (typeof options === 'number' || typeof options === 'string') {
    mode = parseFileMode(options, 'mode');
  } else if (options) {
    if (options.recursive !== undefined) recursive = options.recursive;
    if (options.mode !== undefined) mode = parseFileMode(options.mode, 'mode');
  }
  validateBoolean(recursive, 'options.recursive');
  return [getValidatedPath(path), mode, recursive];
}

function mkdir(path, options, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = undefined;
  }
  callback = makeCallback(callback);
  const args = mkdirArgs(path, options);
  binding.mkdir(...args, callback);
}

function mkdirSync(path, options) {
  const args = mkdirArgs(path, options);
  const first = binding.mkdir(...args);
  return args[2] ? first : undefined;
}

function mkdtemp(prefix, options, callback) {
  callback = makeCallback(typeof options === 'function' ? options : callback);
  options = getOptions(options);
  prefix = getValidatedPath(prefix, 'prefix');
  warnOnNonPortableTemplate(prefix);
  binding.mkdtemp(prefix, (err, dir) => (err ? callback(err) : callback(null, encodeName(dir, options.encoding))));
}

function mkdtempSync(prefix, options) {
  options = getOptions(options);
  prefix = getValidatedPath(prefix, 'prefix');
  warnOnNonPortableTemplate(prefix);
  return encodeName(binding.mkdtemp(prefix), options.encoding);
}

function rm(path, options, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = undefined;
  }
  callback = makeCallback(callback);
  path = getValidatedPath(path);
  options = validateRmOptions(options);
  binding.lstat(path, false, !options.force, (err, st) => {
    if (err) return callback(err);
    let go;
    try {
      go = rmTarget(path, options, st);
    } catch (e) {
      return callback(e);
    }
    if (!go) return callback(null);
    binding.rm(path, callback);
  });
}

function rmSync(path, options) {
  path = getValidatedPath(path);
  options = validateRmOptions(options);
  if (rmTarget(path, options, binding.lstat(path, false, !options.force))) binding.rm(path);
}

function rmdir(path, options, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = undefined;
  }
  callback = makeCallback(callback);
  path = getValidatedPath(path);
  options = validateRmdirOptions(options);
  if (!options.recursive) {
    binding.rmdir(path, callback);
    return;
  }
  warnRecursiveRmdir();
  binding.lstat(path, false, true, (err, st) => {
    if (err) return callback(err);
    if (isDirectory(st)) binding.rm(path, callback);
    else binding.rmdir(path, callback);
  });
}

function rmdirSync(path, options) {
  path = getValidatedPath(path);
  options = validateRmdirOptions(options);
  if (!options.recursive) {
    binding.rmdir(path);
    return;
  }
  warnRecursiveRmdir();
  if (isDirectory(binding.lstat(path, false, true))) binding.rm(path);
  else binding.rmdir(path);
}

// Dir is an open directory (fs.opendir), read entry by entry.
class Dir {
  #path;
  #entries;
  #closed = false;
  #pending = 0;

  constructor(path, result, encoding) {
    this.#path = path;
    this.#entries = readdirResult(path, result, { withFileTypes: true, encoding });
  }

  get path() {
    return this.#path;
  }

  #next() {
    if (this.#closed) throw new ERR_DIR_CLOSED();
    return this.#entries.length > 0 ? this.#entries.shift() : null;
  }

  readSync() {
    if (this.#pending > 0) throw new ERR_DIR_CONCURRENT_OPERATION();
    return this.#next();
  }

  read(callback) {
    if (callback === undefined) {
      return new Promise((resolve, reject) => this.read((err, entry) => (err ? reject(err) : resolve(entry))));
    }
    validateFunction(callback, 'callback');
    let entry;
    try {
      entry = this.#next();
    } catch (err) {
      process.nextTick(callback, err);
      return;
    }
    this.#pending++;
    process.nextTick(() => {
      this.#pending--;
      callback(null, entry);
    });
  }

  closeSync() {
    if (this.#closed) throw new ERR_DIR_CLOSED();
    if (this.#pending > 0) throw new ERR_DIR_CONCURRENT_OPERATION();
    this.#closed = true;
  }

  close(callback) {
    if (callback === undefined) {
      return new Promise((resolve, reject) => this.close((err) => (err ? reject(err) : resolve())));
    }
    validateFunction(callback, 'callback');
    if (this.#pending > 0) {
      // Close after the reads in flight (their callbacks are queued first).
      process.nextTick(() => this.close(callback));
      return;
    }
    let err = null;
    try {
      this.closeSync();
    } catch (e) {
      err = e;
    }
    process.nextTick(callback, err);
  }

  // entries iterates the directory asynchronously (for await), closing it
  // when done, on break and on error.
  entries() {
    let finished = false;
    const finish = async () => {
      if (!finished) {
        finished = true;
        await this.close();
      }
      return { done: true, value: undefined };
    };
    return {
      [Symbol.asyncIterator]() {
        return this;
      },
      next: async () => {
        if (finished) return { done: true, value: undefined };
        let entry;
        try {
          entry = await this.read();
        } catch (err) {
          await finish();
          throw err;
        }
        return entry === null ? finish() : { done: false, value: entry };
      },
      return: finish,
    };
  }

  [Symbol.asyncIterator]() {
    return this.entries();
  }
}

// opendirArgs validates opendir's arguments and returns the path and the
// encoding of the entries' names.
function opendirArgs(path, options) {
  const { bufferSize = 32, encoding } = getOptions(options, { encoding: 'utf8' });
  validateUint32(bufferSize, 'options.bufferSize', true);
  return [getValidatedPath(path), encoding];
}

function opendir(path, options, callback) {
  callback = typeof options === 'function' ? options : callback;
  validateFunction(callback, 'callback');
  const [dirPath, encoding] = opendirArgs(path, options);
  binding.opendir(dirPath, (err, result) => (err ? callback(err) : callback(null, new Dir(dirPath, result, encoding))));
}

function opendirSync(path, options) {
  const [dirPath, encoding] = opendirArgs(path, options);
  return new Dir(dirPath, binding.opendir(dirPath), encoding);
}

// links, names, permissions, times

function unlink(path, callback) {
  callback = makeCallback(callback);
  binding.unlink(getValidatedPath(path), callback);
}

function unlinkSync(path) {
  binding.unlink(getValidatedPath(path));
}

function rename(oldPath, newPath, callback) {
  callback = makeCallback(callback);
  binding.rename(getValidatedPath(oldPath, 'oldPath'), getValidatedPath(newPath, 'newPath'), callback);
}

function renameSync(oldPath, newPath) {
  binding.rename(getValidatedPath(oldPath, 'oldPath'), getValidatedPath(newPath, 'newPath'));
}

function link(existingPath, newPath, callback) {
  callback = makeCallback(callback);
  binding.link(getValidatedPath(existingPath, 'existingPath'), getValidatedPath(newPath, 'newPath'), callback);
}

function linkSync(existingPath, newPath) {
  binding.link(getValidatedPath(existingPath, 'existingPath'), getValidatedPath(newPath, 'newPath'));
}

function symlink(target, path, type, callback) {
  callback = makeCallback(arguments[arguments.length - 1]);
  if (typeof type !== 'function') validateSymlinkType(type);
  binding.symlink(getValidatedPath(target, 'target'), getValidatedPath(path), callback);
}

function symlinkSync(target, path, type) {
  validateSymlinkType(type);
  binding.symlink(getValidatedPath(target, 'target'), getValidatedPath(path));
}

function readlink(path, options, callback) {
  callback = makeCallback(typeof options === 'function' ? options : callback);
  options = getOptions(options);
  binding.readlink(getValidatedPath(path, 'oldPath'),
    (err, target) => (err ? callback(err) : callback(null, encodeName(target, options.encoding))));
}

function readlinkSync(path, options) {
  options = getOptions(options);
  return encodeName(binding.readlink(getValidatedPath(path, 'oldPath')), options.encoding);
}

// realpathArg validates a realpath argument. Node's JavaScript realpath
// (not the native one) turns any value into a string first.
function realpathArg(path, native) {
  if (!native) {
    path = toPathIfFileURL(path);
    if (typeof path !== 'string') path += '';
  }
  return getValidatedPath(path);
}

function realpathWith(native) {
  return function realpath(path, options, callback) {
    callback = makeCallback(typeof options === 'function' ? options : callback);
    options = getOptions(options);
    binding.realpath(realpathArg(path, native), native,
      (err, p) => (err ? callback(err) : callback(null, encodeName(p, options.encoding))));
  };
}

function realpathSyncWith(native) {
  return function realpathSync(path, options) {
    options = getOptions(options);
    return encodeName(binding.realpath(realpathArg(path, native), native), options.encoding);
  };
}

const realpath = realpathWith(false);
realpath.native = realpathWith(true);
const realpathSync = realpathSyncWith(false);
realpathSync.native = realpathSyncWith(true);

function copyFile(src, dest, mode, callback) {
  if (typeof mode === 'function') {
    callback = mode;
    mode = 0;
  }
  src = getValidatedPath(src, 'src');
  dest = getValidatedPath(dest, 'dest');
  mode = getValidMode(mode, 0);
  binding.copyFile(src, dest, mode, makeCallback(callback));
}

function copyFileSync(src, dest, mode) {
  binding.copyFile(getValidatedPath(src, 'src'), getValidatedPath(dest, 'dest'), getValidMode(mode, 0));
}

function chmod(path, mode, callback) {
  path = getValidatedPath(path);
  mode = parseFileMode(mode, 'mode');
  binding.chmod(path, mode, makeCallback(callback));
}

function chmodSync(path, mode) {
  binding.chmod(getValidatedPath(path), parseFileMode(mode, 'mode'));
}

function fchmod(fd, mode, callback) {
  fd = getValidatedFd(fd);
  mode = parseFileMode(mode, 'mode');
  binding.fchmod(fd, mode, makeCallback(callback));
}

function fchmodSync(fd, mode) {
  binding.fchmod(getValidatedFd(fd), parseFileMode(mode, 'mode'));
}

function chown(path, uid, gid, callback) {
  callback = makeCallback(callback);
  path = getValidatedPath(path);
  validateOwner(uid, gid);
  binding.chown(path, uid, gid, callback);
}

function chownSync(path, uid, gid) {
  path = getValidatedPath(path);
  validateOwner(uid, gid);
  binding.chown(path, uid, gid);
}

function lchown(path, uid, gid, callback) {
  callback = makeCallback(callback);
  path = getValidatedPath(path);
  validateOwner(uid, gid);
  binding.lchown(path, uid, gid, callback);
}

function lchownSync(path, uid, gid) {
  path = getValidatedPath(path);
  validateOwner(uid, gid);
  binding.lchown(path, uid, gid);
}

function fchown(fd, uid, gid, callback) {
  fd = getValidatedFd(fd);
  validateOwner(uid, gid);
  binding.fchown(fd, uid, gid, makeCallback(callback));
}

function fchownSync(fd, uid, gid) {
  fd = getValidatedFd(fd);
  validateOwner(uid, gid);
  binding.fchown(fd, uid, gid);
}

function truncateLength(len) {
  if (len === undefined) return 0;
  validateInteger(len, 'len');
  return Math.max(0, len);
}

// showTruncateDeprecation warns, once, of truncate given a file descriptor
// (DEP0081).
let truncateWarn = true;
function showTruncateDeprecation() {
  if (truncateWarn) {
    truncateWarn = false;
    process.emitWarning('Using fs.truncate with a file descriptor is deprecated. Please use ' +
      'fs.ftruncate with a file descriptor instead.', 'DeprecationWarning', 'DEP0081');
  }
}

function truncate(path, len, callback) {
  if (typeof path === 'number') {
    showTruncateDeprecation();
    return ftruncate(path, len, callback);
  }
  if (typeof len === 'function') {
    callback = len;
    len = undefined;
  }
  len = truncateLength(len);
  callback = makeCallback(callback);
  binding.truncate(getValidatedPath(path), len, callback);
}

function truncateSync(path, len) {
  if (typeof path === 'number') {
    showTruncateDeprecation();
    return ftruncateSync(path, len);
  }
  binding.truncate(getValidatedPath(path), truncateLength(len));
}

function ftruncate(fd, len, callback) {
  if (typeof len === 'function') {
    callback = len;
    len = undefined;
  }
  fd = getValidatedFd(fd);
  len = truncateLength(len);
  binding.ftruncate(fd, len, makeCallback(callback));
}

function ftruncateSync(fd, len) {
  binding.ftruncate(getValidatedFd(fd), truncateLength(len));
}

function utimes(path, atime, mtime, callback) {
  callback = makeCallback(callback);
  binding.utimes(getValidatedPath(path), toUnixTimestamp(atime), toUnixTimestamp(mtime), true, callback);
}

function utimesSync(path, atime, mtime) {
  binding.utimes(getValidatedPath(path), toUnixTimestamp(atime), toUnixTimestamp(mtime), true);
}

function lutimes(path, atime, mtime, callback) {
  callback = makeCallback(callback);
  binding.utimes(getValidatedPath(path), toUnixTimestamp(atime), toUnixTimestamp(mtime), false, callback);
}

function lutimesSync(path, atime, mtime) {
  binding.utimes(getValidatedPath(path), toUnixTimestamp(atime), toUnixTimestamp(mtime), false);
}

function futimes(fd, atime, mtime, callback) {
  fd = getValidatedFd(fd);
  atime = toUnixTimestamp(atime, 'atime');
  mtime = toUnixTimestamp(mtime, 'mtime');
  binding.futimes(fd, atime, mtime, makeCallback(callback));
}

function futimesSync(fd, atime, mtime) {
  binding.futimes(getValidatedFd(fd), toUnixTimestamp(atime, 'atime'), toUnixTimestamp(mtime, 'mtime'));
}

// file descriptors

function open(path, flags, mode, callback) {
  path = getValidatedPath(path);
  if (arguments.length < 3) {
    callback = flags;
    flags = 'r';
    mode = 0o666;
  } else if (typeof mode === 'function') {
    callback = mode;
    mode = 0o666;
  } else {
    mode = parseFileMode(mode, 'mode', 0o666);
  }
  const flagsNumber = stringToFlags(flags);
  binding.open(path, flagsNumber, mode, makeCallback(callback));
}

function openSync(path, flags, mode) {
  return binding.open(getValidatedPath(path), stringToFlags(flags), parseFileMode(mode, 'mode', 0o666));
}

function defaultCloseCallback(err) {
  if (err != null) throw err;
}

function close(fd, callback = defaultCloseCallback) {
  fd = getValidatedFd(fd);
  if (callback !== defaultCloseCallback) validateFunction(callback, 'cb');
  binding.close(fd, callback);
}

function closeSync(fd) {
  binding.close(getValidatedFd(fd));
}

// readOptions destructures read's options object form.
function readOptions(buffer, params) {
  const { offset = 0, length = buffer.byteLength - offset, position = null } = params || {};
  return { offset, length, position };
}

// checkRead validates read's offset, length and position; it returns the
// position as a number, or null when there is nothing to read.
function checkRead(buffer, args) {
  if (args.offset == null) args.offset = 0;
  else validateInteger(args.offset, 'offset', 0);
  args.length |= 0;
  if (args.length === 0) return null;
  if (buffer.byteLength === 0) throw new ERR_INVALID_ARG_VALUE('buffer', buffer, 'is empty and cannot be written');
  validateOffsetLengthRead(args.offset, args.length, buffer.byteLength);
  return validatePosition(args.position, 'position');
}

function read(fd, buffer, offsetOrOptions, length, position, callback) {
  fd = getValidatedFd(fd);
  let args = { offset: offsetOrOptions, length, position };
  if (arguments.length <= 4) {
    let params;
    if (arguments.length === 4) {
      validateObject(offsetOrOptions, 'options', true);
      callback = length;
      params = offsetOrOptions;
    } else if (arguments.length === 3) {
      if (!isArrayBufferView(buffer)) {
        params = buffer;
        buffer = (params && params.buffer) || getBuffer().alloc(kReadSize);
      }
      callback = offsetOrOptions;
    } else {
      callback = buffer;
      buffer = getBuffer().alloc(kReadSize);
    }
    if (params !== undefined) validateObject(params, 'options', true);
    args = readOptions(buffer, params);
  }
  validateBuffer(buffer);
  validateFunction(callback, 'cb');
  const pos = checkRead(buffer, args);
  if (pos === null) {
    process.nextTick(() => callback(null, 0, buffer));
    return;
  }
  binding.read(fd, buffer, args.offset, args.length, pos, (err, n) => callback(err, n || 0, buffer));
}

function readSync(fd, buffer, offsetOrOptions, length, position) {
  fd = getValidatedFd(fd);
  validateBuffer(buffer);
  let args = { offset: offsetOrOptions, length, position };
  if (arguments.length <= 3 || typeof offsetOrOptions === 'object') {
    if (offsetOrOptions !== undefined) validateObject(offsetOrOptions, 'options', true);
    args = readOptions(buffer, offsetOrOptions);
  }
  const pos = checkRead(buffer, args);
  if (pos === null) return 0;
  return binding.read(fd, buffer, args.offset, args.length, pos);
}

// bufferWriteArgs normalises write(fd, buffer, offset|options, length,
// position) to [offset, length, position].
function bufferWriteArgs(buffer, offset, length, position) {
  if (offset !== null && typeof offset === 'object') {
    ({ offset = 0, length = buffer.byteLength - offset, position = null } = offset);
  }
  if (offset == null || typeof offset === 'function') offset = 0;
  else validateInteger(offset, 'offset', 0);
  if (typeof length !== 'number') length = buffer.byteLength - offset;
  validateOffsetLengthWrite(offset, length, buffer.byteLength);
  return [offset, length, writePosition(position)];
}

function validateEncodingFor(str, encoding) {
  if (encoding === 'hex' && str.length % 2 !== 0) {
    throw new ERR_INVALID_ARG_VALUE('encoding', encoding, `is invalid for data of length ${str.length}`);
  }
}

// writeString writes str in encoding at position through the binding.
function writeString(fd, str, position, encoding, req) {
  validateEncodingFor(str, encoding);
  if (!encoding || isUtf8(encoding)) return binding.writeString(fd, str, writePosition(position), req);
  const buf = getBuffer().from(str, encoding);
  return binding.write(fd, buf, 0, buf.byteLength, writePosition(position), req);
}

function write(fd, buffer, offsetOrOptions, length, position, callback) {
  fd = getValidatedFd(fd);
  if (isArrayBufferView(buffer)) {
    callback = callback || position || length || offsetOrOptions;
    validateFunction(callback, 'cb');
    const [offset, len, pos] = bufferWriteArgs(buffer, offsetOrOptions,
      typeof length === 'function' ? undefined : length, typeof position === 'function' ? undefined : position);
    binding.write(fd, buffer, offset, len, pos, (err, n) => callback(err, n || 0, buffer));
    return;
  }
  validateStringAfterArrayBufferView(buffer, 'buffer');
  // write(fd, string[, position[, encoding]], callback)
  let pos = offsetOrOptions;
  let encoding = length;
  if (typeof position !== 'function') {
    if (typeof offsetOrOptions === 'function') {
      position = offsetOrOptions;
      pos = null;
    } else {
      position = length;
    }
    encoding = 'utf8';
  }
  if (typeof encoding !== 'string') encoding = 'utf8';
  validateFunction(position, 'cb');
  const cb = position;
  const str = buffer;
  writeString(fd, str, pos, encoding, (err, n) => cb(err, n || 0, str));
}

function writeSync(fd, buffer, offsetOrOptions, length, position) {
  fd = getValidatedFd(fd);
  if (isArrayBufferView(buffer)) {
    const [offset, len, pos] = bufferWriteArgs(buffer, offsetOrOptions, length, position);
    return binding.write(fd, buffer, offset, len, pos);
  }
  validateStringAfterArrayBufferView(buffer, 'buffer');
  return writeString(fd, buffer, offsetOrOptions, typeof length === 'string' ? length : 'utf8');
}

function readv(fd, buffers, position, callback) {
  fd = getValidatedFd(fd);
  validateBufferArray(buffers);
  callback = makeCallback(callback || position);
  binding.readv(fd, buffers, writePosition(position), (err, n) => callback(err, n || 0, buffers));
}

function readvSync(fd, buffers, position) {
  fd = getValidatedFd(fd);
  validateBufferArray(buffers);
  return binding.readv(fd, buffers, writePosition(position));
}

function writev(fd, buffers, position, callback) {
  fd = getValidatedFd(fd);
  validateBufferArray(buffers);
  callback = makeCallback(callback || position);
  if (buffers.length === 0) {
    process.nextTick(callback, null, 0, buffers);
    return;
  }
  binding.writev(fd, buffers, writePosition(position), (err, n) => callback(err, n || 0, buffers));
}

function writevSync(fd, buffers, position) {
  fd = getValidatedFd(fd);
  validateBufferArray(buffers);
  if (buffers.length === 0) return 0;
  return binding.writev(fd, buffers, writePosition(position));
}

function fsync(fd, callback) {
  fd = getValidatedFd(fd);
  binding.fsync(fd, makeCallback(callback));
}

function fsyncSync(fd) {
  binding.fsync(getValidatedFd(fd));
}

function fdatasync(fd, callback) {
  fd = getValidatedFd(fd);
  binding.fdatasync(fd, makeCallback(callback));
}

function fdatasyncSync(fd) {
  binding.fdatasync(getValidatedFd(fd));
}

// util.promisify resolves these with an object of the callback's results.
Object.defineProperty(read, kCustomPromisifyArgs, { __proto__: null, value: ['bytesRead', 'buffer'] });
Object.defineProperty(write, kCustomPromisifyArgs, { __proto__: null, value: ['bytesWritten', 'buffer'] });
Object.defineProperty(readv, kCustomPromisifyArgs, { __proto__: null, value: ['bytesRead', 'buffers'] });
Object.defineProperty(writev, kCustomPromisifyArgs, { __proto__: null, value: ['bytesWritten', 'buffer'] });

// watch, watchFile / unwatchFile

function watch(filename, options, listener) {
  if (typeof options === 'function') listener = options;
  options = { ...getOptions(options) };
  if (options.persistent === undefined) options.persistent = true;
  if (options.recursive === undefined) options.recursive = false;
  if (options.recursive) {
    // node validates these only where it watches recursively
    validateBoolean(options.recursive, 'options.recursive');
    if (options.persistent != null) validateBoolean(options.persistent, 'options.persistent');
  }
  const path = getValidatedPath(filename);
  const { FSWatcher, kFSWatchStart } = require('internal/fs/watchers');
  const watcher = new FSWatcher();
  watcher[kFSWatchStart](path, options.persistent, options.recursive, options.encoding);
  if (listener) watcher.addListener('change', listener);
  const { signal } = options;
  if (signal) {
    if (signal.aborted) {
      process.nextTick(() => watcher.close());
    } else {
      const onAbort = () => watcher.close();
      signal.addEventListener('abort', onAbort);
      watcher.once('close', () => signal.removeEventListener('abort', onAbort));
    }
  }
  return watcher;
}

const statWatchers = new Map();

// watchedName is the key of a file's watcher: its absolute path.
function watchedName(filename) {
  filename = getValidatedPath(filename);
  return require('path').resolve(typeof filename === 'string' ? filename : filename.toString());
}

function watchFile(filename, options, listener) {
  filename = watchedName(filename);
  if (typeof options === 'function') {
    listener = options;
    options = undefined;
  }
  options = { interval: 5007, persistent: true, ...options };
  validateFunction(listener, 'listener');
  let watcher = statWatchers.get(filename);
  if (watcher === undefined) {
    const { StatWatcher } = require('internal/fs/watchers');
    watcher = new StatWatcher(!!options.bigint);
    watcher.start(filename, options.persistent, options.interval);
    statWatchers.set(filename, watcher);
  }
  watcher.addListener('change', listener);
  return watcher;
}

function unwatchFile(filename, listener) {
  filename = watchedName(filename);
  const watcher = statWatchers.get(filename);
  if (watcher === undefined) return;
  if (typeof listener === 'function') watcher.removeListener('change', listener);
  else watcher.removeAllListeners('change');
  if (watcher.listenerCount('change') === 0) {
    watcher.stop();
    statWatchers.delete(filename);
  }
}

// streams and promises load on first use

let streams;
function lazyStreams() {
  if (streams === undefined) streams = require('internal/fs/streams');
  return streams;
}

function createReadStream(path, options) {
  return new (lazyStreams().ReadStream)(path, options);
}

function createWriteStream(path, options) {
  return new (lazyStreams().WriteStream)(path, options);
}

function cp(src, dest, options, callback) {
  return require('internal/fs/cp').cp(src, dest, options, callback);
}

function cpSync(src, dest, options) {
  return require('internal/fs/cp').cpSync(src, dest, options);
}

module.exports = {
  access,
  accessSync,
  appendFile,
  appendFileSync,
  chmod,
  chmodSync,
  chown,
  chownSync,
  close,
  closeSync,
  copyFile,
  copyFileSync,
  cp,
  cpSync,
  createReadStream,
  createWriteStream,
  exists,
  existsSync,
  fchmod,
  fchmodSync,
  fchown,
  fchownSync,
  fdatasync,
  fdatasyncSync,
  fstat,
  fstatSync,
  fsync,
  fsyncSync,
  ftruncate,
  ftruncateSync,
  futimes,
  futimesSync,
  lchown,
  lchownSync,
  link,
  linkSync,
  lstat,
  lstatSync,
  lutimes,
  lutimesSync,
  mkdir,
  mkdirSync,
  mkdtemp,
  mkdtempSync,
  open,
  openSync,
  opendir,
  opendirSync,
  readdir,
  readdirSync,
  read,
  readSync,
  readv,
  readvSync,
  readFile,
  readFileSync,
  readlink,
  readlinkSync,
  realpath,
  realpathSync,
  rename,
  renameSync,
  rm,
  rmSync,
  rmdir,
  rmdirSync,
  stat,
  statfs,
  statSync,
  statfsSync,
  symlink,
  symlinkSync,
  truncate,
  truncateSync,
  unwatchFile,
  unlink,
  unlinkSync,
  utimes,
  utimesSync,
  watch,
  watchFile,
  write,
  writeSync,
  writev,
  writevSync,
  writeFile,
  writeFileSync,
  Dir,
  Dirent,
  Stats,
  F_OK: constants.F_OK,
  R_OK: constants.R_OK,
  W_OK: constants.W_OK,
  X_OK: constants.X_OK,
  constants,
  // Undocumented, but node exports it and old libraries call it.
  _toUnixTimestamp: toUnixTimestamp,
};

Object.defineProperties(module.exports, {
  promises: {
    __proto__: null,
    configurable: true,
    enumerable: true,
    get() {
      return require('internal/fs/promises').promises;
    },
  },
  ReadStream: {
    __proto__: null,
    configurable: true,
    enumerable: true,
    get() { return lazyStreams().ReadStream; },
    set(v) { lazyStreams().ReadStream = v; },
  },
  WriteStream: {
    __proto__: null,
    configurable: true,
    enumerable: true,
    get() { return lazyStreams().WriteStream; },
    set(v) { lazyStreams().WriteStream = v; },
  },
});
