'use strict';
// internal/fs/cp: fs.cp, fs.cpSync and fsPromises.cp, as node 20 copies
// (its checks, errors and order of operations). The copy is one walk,
// copy(): a generator that yields each file-system operation it needs as
// [name, ...args] and gets its result back, or its error thrown in. cpSync
// runs the operations with fs's synchronous functions; cp and
// fsPromises.cp with fs.promises, waiting for a filter's promise too.

const path = require('path');
const { codes: { ERR_INVALID_RETURN_VALUE, ERR_INCOMPATIBLE_OPTION_PAIR } } = require('internal/errors');
const { isPromise } = require('internal/util/types');
const { SystemError, validateObject, validateBoolean, validateFunction, getValidatedPath, getBuffer } = require('internal/fs/utils');
const { validateInteger } = require('internal/validators');

const EINVAL = 22;
const EISDIR = 21;
const ENOTDIR = 20;
const EEXIST = 17;

const kDefaults = {
  dereference: false,
  errorOnExist: false,
  filter: undefined,
  force: true,
  preserveTimestamps: false,
  recursive: false,
  verbatimSymlinks: false,
};

function validateCpOptions(options) {
  if (options === undefined) return { ...kDefaults, mode: 0 };
  validateObject(options, 'options');
  options = { ...kDefaults, ...options };
  for (const name of ['dereference', 'errorOnExist', 'force', 'preserveTimestamps', 'recursive', 'verbatimSymlinks']) {
    validateBoolean(options[name], `options.${name}`);
  }
  if (options.mode == null) options.mode = 0;
  else validateInteger(options.mode, 'mode', 0, 7);
  if (options.dereference === true && options.verbatimSymlinks === true) {
    throw new ERR_INCOMPATIBLE_OPTION_PAIR('dereference', 'verbatimSymlinks');
  }
  if (options.filter !== undefined) validateFunction(options.filter, 'options.filter');
  return options;
}

function validatedPath(value, name) {
  const p = getValidatedPath(value, name);
  return getBuffer().isBuffer(p) ? p.toString() : p;
}

// cpError is node's SystemError key for a copy refused at path.
function cpError(key, prefix, message, path, errno, code) {
  return new SystemError(key, prefix, { message, path, syscall: 'cp', errno, code });
}

function sameFile(a, b) {
  return a.ino !== 0n && a.dev !== 0n && a.ino === b.ino && a.dev === b.dev;
}

// isSubdir reports whether dest is src or lies under it.
function isSubdir(src, dest) {
  const srcParts = path.resolve(src).split(path.sep).filter(Boolean);
  const destParts = path.resolve(dest).split(path.sep).filter(Boolean);
  return srcParts.every((part, i) => destParts[i] === part);
}

// copy copies src to dest (see the module's comment).
function* copy(src, dest, opts) {
  if (!(yield ['filter', src, dest])) return;
  const { srcStat, destStat } = yield* checkPaths(src, dest, opts);
  yield* checkParentPaths(src, srcStat, dest);
  const parent = path.dirname(dest);
  if (!(yield ['exists', parent])) yield ['mkdir', parent, { recursive: true }];
  yield* copyEntry(destStat, src, dest, opts);
}

// checkPaths refuses to copy onto the source itself, a directory onto a
// file and the other way round, and a directory into itself.
function* checkPaths(src, dest, opts) {
  const stat = opts.dereference ? 'stat' : 'lstat';
  const srcStat = yield [stat, src, { bigint: true }];
  const destStat = yield [stat, dest, { bigint: true, throwIfNoEntry: false }];
  if (destStat) {
    if (sameFile(srcStat, destStat)) {
      throw cpError('ERR_FS_CP_EINVAL', 'Invalid src or dest', 'src and dest cannot be the same', dest, EINVAL, 'EINVAL');
    }
    if (srcStat.isDirectory() && !destStat.isDirectory()) {
      throw cpError('ERR_FS_CP_DIR_TO_NON_DIR', 'Cannot overwrite non-directory with directory',
        `cannot overwrite non-directory ${dest} with directory ${src}`, dest, EISDIR, 'EISDIR');
    }
    if (!srcStat.isDirectory() && destStat.isDirectory()) {
      throw cpError('ERR_FS_CP_NON_DIR_TO_DIR', 'Cannot overwrite directory with non-directory',
        `cannot overwrite directory ${dest} with non-directory ${src}`, dest, ENOTDIR, 'ENOTDIR');
    }
  }
  if (srcStat.isDirectory() && isSubdir(src, dest)) {
    throw subdirError(src, dest);
  }
  return { srcStat, destStat };
}

function subdirError(src, dest) {
  return cpError('ERR_FS_CP_EINVAL', 'Invalid src or dest', `cannot copy ${src} to a subdirectory of self ${dest}`,
    dest, EINVAL, 'EINVAL');
}

// checkParentPaths refuses a dest whose parent directories include src
// (by inode: a link cannot hide it).
function* checkParentPaths(src, srcStat, dest) {
  const srcParent = path.resolve(path.dirname(src));
  for (let parent = path.resolve(path.dirname(dest)); parent !== srcParent && parent !== path.parse(parent).root;
    parent = path.dirname(parent)) {
    const stat = yield ['stat', parent, { bigint: true, throwIfNoEntry: false }];
    if (!stat) return;
    if (sameFile(srcStat, stat)) throw subdirError(src, dest);
  }
}

function* copyEntry(destStat, src, dest, opts) {
  const srcStat = yield [opts.dereference ? 'stat' : 'lstat', src];
  if (srcStat.isDirectory()) {
    if (!opts.recursive) {
      throw cpError('ERR_FS_EISDIR', 'Path is a directory', `${src} is a directory (not copied)`, src, EINVAL, 'EISDIR');
    }
    yield* copyDir(srcStat, destStat, src, dest, opts);
  } else if (srcStat.isFile() || srcStat.isCharacterDevice() || srcStat.isBlockDevice()) {
    if (!destStat) {
      yield* copyFile(srcStat, src, dest, opts);
    } else if (opts.force) {
      yield ['unlink', dest];
      yield* copyFile(srcStat, src, dest, opts);
    } else if (opts.errorOnExist) {
      throw cpError('ERR_FS_CP_EEXIST', 'Target already exists', `${dest} already exists`, dest, EEXIST, 'EEXIST');
    }
  } else if (srcStat.isSymbolicLink()) {
    yield* copyLink(destStat, src, dest, opts);
  } else if (srcStat.isSocket()) {
    throw cpError('ERR_FS_CP_SOCKET', 'Cannot copy a socket file', `cannot copy a socket file: ${dest}`, dest, EINVAL, 'EINVAL');
  } else if (srcStat.isFIFO()) {
    throw cpError('ERR_FS_CP_FIFO_PIPE', 'Cannot copy a FIFO pipe', `cannot copy a FIFO pipe: ${dest}`, dest, EINVAL, 'EINVAL');
  } else {
    throw cpError('ERR_FS_CP_UNKNOWN', 'Cannot copy an unknown file type', `cannot copy an unknown file type: ${dest}`,
      dest, EINVAL, 'EINVAL');
  }
}

function* copyFile(srcStat, src, dest, opts) {
  yield ['copyFile', src, dest, opts.mode];
  if (opts.preserveTimestamps) {
    // A read-only copy cannot have its times set: make it writable first.
    if ((srcStat.mode & 0o200) === 0) yield ['chmod', dest, srcStat.mode | 0o200];
    yield* copyTimes(src, dest);
  }
  yield ['chmod', dest, srcStat.mode];
}

// copyTimes gives dest src's times, read again (reading src changed its
// access time).
function* copyTimes(src, dest) {
  const stat = yield ['stat', src];
  yield ['utimes', dest, stat.atime, stat.mtime];
}

function* copyDir(srcStat, destStat, src, dest, opts) {
  if (!destStat) yield ['mkdir', dest];
  const names = yield ['readdir', src];
  for (const name of names) {
    const srcItem = path.join(src, name);
    const destItem = path.join(dest, name);
    if (!(yield ['filter', srcItem, destItem])) continue;
    const { destStat: itemStat } = yield* checkPaths(srcItem, destItem, opts);
    yield* copyEntry(itemStat, srcItem, destItem, opts);
  }
  if (!destStat) yield ['chmod', dest, srcStat.mode];
}

function* copyLink(destStat, src, dest, opts) {
  let target = yield ['readlink', src];
  if (!opts.verbatimSymlinks && !path.isAbsolute(target)) target = path.resolve(path.dirname(src), target);
  if (!destStat) {
    yield ['symlink', target, dest];
    return;
  }
  let destTarget;
  try {
    destTarget = yield ['readlink', dest];
  } catch (err) {
    // dest is no link: it is replaced by one (or the symlink call fails).
    if (err.code === 'EINVAL' || err.code === 'UNKNOWN') {
      yield ['symlink', target, dest];
      return;
    }
    throw err;
  }
  if (!path.isAbsolute(destTarget)) destTarget = path.resolve(path.dirname(dest), destTarget);
  if (isSubdir(target, destTarget)) {
    throw cpError('ERR_FS_CP_EINVAL', 'Invalid src or dest', `cannot copy ${target} to a subdirectory of self ${destTarget}`,
      dest, EINVAL, 'EINVAL');
  }
  // Replacing dest would remove what target (under it) holds.
  if ((yield ['stat', src]).isDirectory() && isSubdir(destTarget, target)) {
    throw cpError('ERR_FS_CP_SYMLINK_TO_SUBDIRECTORY', 'Cannot overwrite symlink in subdirectory of self',
      `cannot overwrite ${destTarget} with ${target}`, dest, EINVAL, 'EINVAL');
  }
  yield ['unlink', dest];
  yield ['symlink', target, dest];
}

// runSync drives copy with fs's synchronous functions.
function runSync(walk, opts) {
  const fs = require('fs');
  let step = walk.next();
  while (!step.done) {
    const [op, ...args] = step.value;
    let result;
    try {
      switch (op) {
        case 'filter':
          result = opts.filter === undefined ? true : opts.filter(...args);
          if (isPromise(result)) throw new ERR_INVALID_RETURN_VALUE('boolean', 'filter', result);
          break;
        case 'exists':
          result = fs.existsSync(args[0]);
          break;
        default:
          result = fs[`${op}Sync`](...args);
      }
    } catch (err) {
      step = walk.throw(err);
      continue;
    }
    step = walk.next(result);
  }
}

// run drives copy with fs.promises.
async function run(walk, opts) {
  const fsp = require('fs').promises;
  let step = walk.next();
  while (!step.done) {
    const [op, ...args] = step.value;
    let result;
    try {
      switch (op) {
        case 'filter':
          result = opts.filter === undefined ? true : await opts.filter(...args);
          break;
        case 'exists':
          result = await fsp.access(args[0]).then(() => true, () => false);
          break;
        case 'stat':
        case 'lstat':
          // (fs.promises has no throwIfNoEntry.)
          result = await fsp[op](args[0], args[1]).catch((err) => {
            if (err.code === 'ENOENT' && args[1] && args[1].throwIfNoEntry === false) return undefined;
            throw err;
          });
          break;
        default:
          result = await fsp[op](...args);
      }
    } catch (err) {
      step = walk.throw(err);
      continue;
    }
    step = walk.next(result);
  }
}

function cpSync(src, dest, options) {
  const opts = validateCpOptions(options);
  runSync(copy(validatedPath(src, 'src'), validatedPath(dest, 'dest'), opts), opts);
}

function cp(src, dest, options, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = undefined;
  }
  validateFunction(callback, 'cb');
  const opts = validateCpOptions(options);
  src = validatedPath(src, 'src');
  dest = validatedPath(dest, 'dest');
  run(copy(src, dest, opts), opts).then(() => callback(null), callback);
}

async function cpPromise(src, dest, options) {
  const opts = validateCpOptions(options);
  return run(copy(validatedPath(src, 'src'), validatedPath(dest, 'dest'), opts), opts);
}

module.exports = { cp, cpSync, cpPromise };
