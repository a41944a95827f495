'use strict';
// internal/fs/promises: fs.promises and FileHandle. Every function is async,
// so bad arguments reject the returned promise as in Node.

const binding = require('internal/fs/binding');
const EventEmitter = require('events');
const {
  constants,
  getBuffer,
  AbortError,
  validateObject,
  validateBoolean,
  validateInteger,
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
  getValidatedPath,
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
  statFsFromBinding,
  readdirResult,
} = require('internal/fs/utils');
const { codes: { ERR_INVALID_ARG_VALUE } } = require('internal/errors');

const { F_OK } = constants;
const kReadSize = 16384;
// kWriteFileMaxChunkSize bounds each write of a chunked writeFile, which
// checks its AbortSignal between chunks.
const kWriteFileMaxChunkSize = 512 * 1024;

// call runs a binding operation asynchronously and returns its promise.
function call(op, ...args) {
  return new Promise((resolve, reject) => {
    op(...args, (err, result) => (err ? reject(err) : resolve(result)));
  });
}

function checkAborted(signal) {
  if (signal && signal.aborted) throw new AbortError(undefined, { cause: signal.reason });
}

// FileHandle is an open file (fsPromises.open). Operations hold a
// reference so that close() waits for those in flight.
class FileHandle extends EventEmitter {
  #fd;
  #refs = 1;
  #closeDone = null;

  constructor(fd) {
    super();
    this.#fd = fd;
  }

  get fd() {
    return this.#fd;
  }

  // use runs op(fd) as one operation on the open file.
  async #use(syscall, op) {
    if (this.#fd === -1) {
      const err = new Error('file closed');
      err.code = 'EBADF';
      err.syscall = syscall;
      throw err;
    }
    this.#refs++;
    try {
      return await op(this.#fd);
    } finally {
      if (--this.#refs === 0 && this.#closeDone) this.#closeDone();
    }
  }

  close() {
    if (this.#fd === -1) return Promise.resolve();
    const fd = this.#fd;
    this.#fd = -1;
    this.#refs--;
    const pending = this.#refs === 0 ? Promise.resolve() : new Promise((resolve) => { this.#closeDone = resolve; });
    const closing = pending.then(() => call(binding.close, fd));
    this.emit('close');
    return closing;
  }

  appendFile(data, options) {
    return this.writeFile(data, options);
  }

  chmod(mode) {
    return this.#use('fchmod', async (fd) => call(binding.fchmod, fd, parseFileMode(mode, 'mode')));
  }

  chown(uid, gid) {
    return this.#use('fchown', async (fd) => {
      validateOwner(uid, gid);
      return call(binding.fchown, fd, uid, gid);
    });
  }

  datasync() {
    return this.#use('fdatasync', (fd) => call(binding.fdatasync, fd));
  }

  sync() {
    return this.#use('fsync', (fd) => call(binding.fsync, fd));
  }

  read(bufferOrOptions, offset, length, position) {
    return this.#use('read', (fd) => readHandle(fd, bufferOrOptions, offset, length, position));
  }

  readv(buffers, position) {
    return this.#use('readv', async (fd) => {
      validateBufferArray(buffers);
      const bytesRead = await call(binding.readv, fd, buffers, typeof position === 'number' ? position : -1);
      return { __proto__: null, bytesRead, buffers };
    });
  }

  readFile(options) {
    return this.#use('readFile', (fd) => readFileFrom(fd, getOptions(options, { flag: 'r' })));
  }

  stat(options = { bigint: false }) {
    return this.#use('fstat', (fd) => call(binding.fstat, fd, !!(options && options.bigint)));
  }

  truncate(len = 0) {
    return this.#use('ftruncate', async (fd) => {
      validateInteger(len, 'len');
      return call(binding.ftruncate, fd, Math.max(0, len));
    });
  }

  utimes(atime, mtime) {
    return this.#use('futimes', async (fd) =>
      call(binding.futimes, fd, toUnixTimestamp(atime, 'atime'), toUnixTimestamp(mtime, 'mtime')));
  }

  write(buffer, offsetOrOptions, length, position) {
    return this.#use('write', (fd) => writeHandle(fd, buffer, offsetOrOptions, length, position));
  }

  writev(buffers, position) {
    return this.#use('writev', async (fd) => {
      validateBufferArray(buffers);
      if (buffers.length === 0) return { __proto__: null, bytesWritten: 0, buffers };
      const bytesWritten = await call(binding.writev, fd, buffers, typeof position === 'number' ? position : -1);
      return { __proto__: null, bytesWritten, buffers };
    });
  }

  writeFile(data, options) {
    return this.#use('writeFile', async (fd) => {
      options = getOptions(options, { encoding: 'utf8', mode: 0o666, flag: 'w', flush: false });
      if (!isCustomIterable(data)) data = fileData(data, options.encoding);
      if (options.signal || isCustomIterable(data)) return writeChunks(this, data, options);
      return call(binding.writeFile, fd, data, 0, 0, false);
    });
  }

  async [Symbol.asyncDispose]() {
    return this.close();
  }

  createReadStream(options = undefined) {
    const { ReadStream } = require('internal/fs/streams');
    return new ReadStream(undefined, { ...options, fd: this });
  }

  createWriteStream(options = undefined) {
    const { WriteStream } = require('internal/fs/streams');
    return new WriteStream(undefined, { ...options, fd: this });
  }
}

// isCustomIterable reports whether writeFile data is an iterable or async
// iterable (a stream, say) other than a string or buffer.
function isCustomIterable(data) {
  return data != null && typeof data === 'object' && !isArrayBufferView(data) &&
    (typeof data[Symbol.iterator] === 'function' || typeof data[Symbol.asyncIterator] === 'function');
}

// writeAll writes all of buf to handle in chunks, checking signal before each.
async function writeAll(handle, buf, signal) {
  for (let off = 0; off < buf.byteLength;) {
    checkAborted(signal);
    const { bytesWritten } = await handle.write(buf, off, Math.min(kWriteFileMaxChunkSize, buf.byteLength - off));
    off += bytesWritten;
  }
}

// writeChunks is writeFile's chunked path, for an AbortSignal or an
// iterable: strings are encoded with options.encoding.
async function writeChunks(handle, data, options) {
  checkAborted(options.signal);
  if (!isCustomIterable(data)) {
    await writeAll(handle, typeof data === 'string' ? getBuffer().from(data) : data, options.signal);
    return;
  }
  const it = typeof data[Symbol.asyncIterator] === 'function' ? data[Symbol.asyncIterator]() : data[Symbol.iterator]();
  try {
    for (let step = await it.next(); !step.done; step = await it.next()) {
      checkAborted(options.signal);
      const chunk = step.value;
      await writeAll(handle, isArrayBufferView(chunk) ? chunk : getBuffer().from(chunk, options.encoding || 'utf8'),
        options.signal);
    }
  } catch (err) {
    if (typeof it.return === 'function') await it.return();
    throw err;
  }
}

async function readFileFrom(pathOrFd, options) {
  checkAborted(options.signal);
  const data = await call(binding.readFile, pathOrFd, stringToFlags(options.flag), isUtf8(options.encoding));
  checkAborted(options.signal);
  return decodeFile(data, options.encoding);
}

async function readHandle(fd, buffer, offset, length, position) {
  if (!isArrayBufferView(buffer)) {
    if (buffer !== undefined) validateObject(buffer, 'options', true);
    const params = buffer || {};
    buffer = params.buffer === undefined ? getBuffer().alloc(kReadSize) : params.buffer;
    ({ offset = 0, length = buffer.byteLength - offset, position = null } = params);
    validateBuffer(buffer);
  }
  if (offset !== null && typeof offset === 'object') {
    ({ offset = 0, length = buffer.byteLength - offset, position = null } = offset);
  }
  if (offset == null) offset = 0;
  else validateInteger(offset, 'offset', 0);
  if (length === undefined || length === null) length = buffer.byteLength - offset;
  if (length === 0) return { __proto__: null, bytesRead: 0, buffer };
  if (buffer.byteLength === 0) throw new ERR_INVALID_ARG_VALUE('buffer', buffer, 'is empty and cannot be written');
  validateOffsetLengthRead(offset, length, buffer.byteLength);
  const pos = validatePosition(position, 'position');
  const bytesRead = await call(binding.read, fd, buffer, offset, length, pos);
  return { __proto__: null, bytesRead, buffer };
}

async function writeHandle(fd, buffer, offsetOrOptions, length, position) {
  if (buffer && buffer.byteLength === 0) return { __proto__: null, bytesWritten: 0, buffer };
  if (isArrayBufferView(buffer)) {
    let offset = offsetOrOptions;
    if (offset !== null && typeof offset === 'object') {
      ({ offset = 0, length = buffer.byteLength - offset, position = null } = offset);
    }
    if (offset == null) offset = 0;
    else validateInteger(offset, 'offset', 0);
    if (typeof length !== 'number') length = buffer.byteLength - offset;
    validateOffsetLengthWrite(offset, length, buffer.byteLength);
    const bytesWritten = await call(binding.write, fd, buffer, offset, length, writePosition(position));
    return { __proto__: null, bytesWritten, buffer };
  }
  validateStringAfterArrayBufferView(buffer, 'buffer');
  const encoding = typeof length === 'string' ? length : 'utf8';
  let bytesWritten;
  if (isUtf8(encoding)) {
    bytesWritten = await call(binding.writeString, fd, buffer, writePosition(offsetOrOptions));
  } else {
    const buf = getBuffer().from(buffer, encoding);
    bytesWritten = await call(binding.write, fd, buf, 0, buf.byteLength, writePosition(offsetOrOptions));
  }
  return { __proto__: null, bytesWritten, buffer };
}

// The fsPromises functions.

async function access(path, mode = F_OK) {
  return call(binding.access, getValidatedPath(path), getValidMode(mode, F_OK));
}

async function copyFile(src, dest, mode) {
  return call(binding.copyFile, getValidatedPath(src, 'src'), getValidatedPath(dest, 'dest'), getValidMode(mode, 0));
}

async function open(path, flags, mode) {
  path = getValidatedPath(path);
  const flagsNumber = stringToFlags(flags);
  mode = parseFileMode(mode, 'mode', 0o666);
  return new FileHandle(await call(binding.open, path, flagsNumber, mode));
}

function opendir(path, options) {
  return new Promise((resolve, reject) => {
    require('fs').opendir(path, options, (err, dir) => (err ? reject(err) : resolve(dir)));
  });
}

async function rename(oldPath, newPath) {
  return call(binding.rename, getValidatedPath(oldPath, 'oldPath'), getValidatedPath(newPath, 'newPath'));
}

async function truncate(path, len = 0) {
  const fh = await open(path, 'r+');
  try {
    await fh.truncate(len);
  } finally {
    await fh.close();
  }
}

async function rm(path, options) {
  path = getValidatedPath(path);
  options = validateRmOptions(options);
  if (rmTarget(path, options, await call(binding.lstat, path, false, !options.force))) await call(binding.rm, path);
}

async function rmdir(path, options) {
  path = getValidatedPath(path);
  options = validateRmdirOptions(options);
  if (options.recursive) {
    warnRecursiveRmdir();
    const st = await call(binding.lstat, path, false, true);
    if (isDirectory(st)) return call(binding.rm, path);
  }
  return call(binding.rmdir, path);
}

async function mkdir(path, options) {
  let mode = 0o777;
  let recursive = false;
  if (typeof options === 'number' || typeof options === 'string') {
    mode = parseFileMode(options, 'mode');
  } else if (options) {
    if (options.recursive !== undefined) recursive = options.recursive;
    if (options.mode !== undefined) mode = parseFileMode(options.mode, 'mode');
  }
  validateBoolean(recursive, 'options.recursive');
  return call(binding.mkdir, getValidatedPath(path), mode, recursive);
}

async function readdir(path, options) {
  options = getOptions(options);
  path = getValidatedPath(path);
  if (options.recursive != null) validateBoolean(options.recursive, 'options.recursive');
  const result = await call(binding.readdir, path, !!options.withFileTypes, !!options.recursive);
  return readdirResult(path, result, options);
}

async function readlink(path, options) {
  options = getOptions(options);
  return encodeName(await call(binding.readlink, getValidatedPath(path, 'oldPath')), options.encoding);
}

async function symlink(target, path, type) {
  validateSymlinkType(type);
  return call(binding.symlink, getValidatedPath(target, 'target'), getValidatedPath(path));
}

async function lstat(path, options = { bigint: false }) {
  return call(binding.lstat, getValidatedPath(path), !!(options && options.bigint), true);
}

async function stat(path, options = { bigint: false }) {
  return call(binding.stat, getValidatedPath(path), !!(options && options.bigint), true);
}

async function statfs(path, options = { bigint: false }) {
  return statFsFromBinding(await call(binding.statfs, getValidatedPath(path)), !!(options && options.bigint));
}

async function link(existingPath, newPath) {
  return call(binding.link, getValidatedPath(existingPath, 'existingPath'), getValidatedPath(newPath, 'newPath'));
}

async function unlink(path) {
  return call(binding.unlink, getValidatedPath(path));
}

async function chmod(path, mode) {
  path = getValidatedPath(path);
  return call(binding.chmod, path, parseFileMode(mode, 'mode'));
}

async function lchown(path, uid, gid) {
  path = getValidatedPath(path);
  validateOwner(uid, gid);
  return call(binding.lchown, path, uid, gid);
}

async function chown(path, uid, gid) {
  path = getValidatedPath(path);
  validateOwner(uid, gid);
  return call(binding.chown, path, uid, gid);
}

async function utimes(path, atime, mtime) {
  return call(binding.utimes, getValidatedPath(path), toUnixTimestamp(atime), toUnixTimestamp(mtime), true);
}

async function lutimes(path, atime, mtime) {
  return call(binding.utimes, getValidatedPath(path), toUnixTimestamp(atime), toUnixTimestamp(mtime), false);
}

async function realpath(path, options) {
  options = getOptions(options);
  return encodeName(await call(binding.realpath, getValidatedPath(path), true), options.encoding);
}

async function mkdtemp(prefix, options) {
  options = getOptions(options);
  prefix = getValidatedPath(prefix, 'prefix');
  warnOnNonPortableTemplate(prefix);
  return encodeName(await call(binding.mkdtemp, prefix), options.encoding);
}

async function writeFile(path, data, options) {
  options = getOptions(options, { encoding: 'utf8', mode: 0o666, flag: 'w', flush: false });
  const flush = options.flush === undefined || options.flush === null ? false : options.flush;
  validateBoolean(flush, 'options.flush');
  if (!isCustomIterable(data)) data = fileData(data, options.encoding);
  if (path instanceof FileHandle) return path.writeFile(data, options);
  path = getValidatedPath(path);
  const flags = stringToFlags(options.flag || 'w');
  const mode = parseFileMode(options.mode, 'mode', 0o666);
  checkAborted(options.signal);
  if (!options.signal && !isCustomIterable(data)) return call(binding.writeFile, path, data, flags, mode, flush);
  const fh = await open(path, flags, mode);
  try {
    await writeChunks(fh, data, options);
    if (flush) await fh.sync();
  } finally {
    await fh.close();
  }
}

async function appendFile(path, data, options) {
  options = { ...getOptions(options, { encoding: 'utf8', mode: 0o666, flag: 'a' }) };
  if (!options.flag) options.flag = 'a';
  return writeFile(path, data, options);
}

async function readFile(path, options) {
  options = getOptions(options, { flag: 'r' });
  if (path instanceof FileHandle) return path.readFile(options);
  return readFileFrom(getValidatedPath(path), options);
}

function watch(filename, options) {
  return require('internal/fs/watchers').watch(filename, options);
}

function cp(src, dest, options) {
  return require('internal/fs/cp').cpPromise(src, dest, options);
}

const promises = {
  access,
  copyFile,
  cp,
  open,
  opendir,
  rename,
  truncate,
  rm,
  rmdir,
  mkdir,
  readdir,
  readlink,
  symlink,
  lstat,
  stat,
  statfs,
  link,
  unlink,
  chmod,
  lchown,
  chown,
  utimes,
  lutimes,
  realpath,
  mkdtemp,
  writeFile,
  appendFile,
  readFile,
  watch,
  constants,
};

module.exports = { promises, FileHandle };
