'use strict';
// internal/fs/watchers: fs.watchFile / fs.unwatchFile, polling stat() on a
// timer as libuv's uv_fs_poll does; fs.watch and fs.promises.watch, on
// inotify through the binding as libuv's uv_fs_event does.

const EventEmitter = require('events');
const binding = require('internal/fs/binding');
const {
  Stats, BigIntStats, AbortError, getBuffer, getValidatedPath, isUtf8,
  validateObject, validateBoolean,
} = require('internal/fs/utils');
const { validateAbortSignal } = require('internal/validators');
const { codes: { ERR_INVALID_ARG_VALUE } } = require('internal/errors');

const zeroStats = new Stats(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
const zeroBigStats = new BigIntStats(0n, 0n, 0n, 0n, 0n, 0n, 0n, 0n, 0n, 0n, 0n, 0n, 0n, 0n);

const compared = ['ctimeMs', 'mtimeMs', 'birthtimeMs', 'size', 'mode', 'uid', 'gid', 'ino', 'dev'];

function sameStats(a, b) {
  return compared.every((k) => a[k] === b[k]);
}

// StatWatcher polls one file and emits 'change' (current, previous) when
// its stat changes, appears or disappears.
class StatWatcher extends EventEmitter {
  #bigint;
  #timer = null;
  #persistent = true;
  #stopped = true;
  #prev;
  #status = 0; // 0 before the first poll, 1 after a successful one, the errno after a failure

  constructor(bigint) {
    super();
    this._handle = null;
    this.#bigint = bigint;
    this.#prev = bigint ? zeroBigStats : zeroStats;
  }

  start(filename, persistent, interval) {
    if (!this.#stopped) return;
    this.#stopped = false;
    this.#persistent = persistent;
    this._handle = { filename };
    const poll = () => {
      const started = Date.now();
      binding.stat(filename, this.#bigint, true, (err, st) => {
        if (this.#stopped) return;
        this.#report(err, st);
        this.#timer = setTimeout(poll, Math.max(0, interval - (Date.now() - started)));
        if (!this.#persistent) this.#timer.unref();
      });
    };
    poll();
  }

  // report compares a poll with the last one. A failure is reported once
  // (with zeroed current stats); the previous stats stay the last good ones.
  #report(err, st) {
    if (err) {
      if (this.#status !== err.errno) {
        this.#status = err.errno;
        this.emit('change', this.#bigint ? zeroBigStats : zeroStats, this.#prev);
      }
      return;
    }
    if (this.#status < 0 || (this.#status === 1 && !sameStats(st, this.#prev))) {
      this.emit('change', st, this.#prev);
    }
    this.#status = 1;
    this.#prev = st;
  }

  stop() {
    if (this.#stopped) return;
    this.#stopped = true;
    this._handle = null;
    clearTimeout(this.#timer);
    process.nextTick(() => this.emit('stop'));
  }

  ref() {
    this.#persistent = true;
    if (this.#timer) this.#timer.ref();
    return this;
  }

  unref() {
    this.#persistent = false;
    if (this.#timer) this.#timer.unref();
    return this;
  }
}

const UV_ENOSPC = -28;

// watchError is the error of a watch that could not start, shaped as
// node's uvException makes it.
function watchError(errno, path) {
  const [code, description] = require('util').getSystemErrorMap().get(errno);
  const text = errno === UV_ENOSPC ? 'System limit for number of file watchers reached' : description;
  const e = new Error(`${code}: ${text}, watch '${path}'`);
  e.errno = errno;
  e.syscall = 'watch';
  e.code = code;
  e.path = path;
  e.filename = path;
  Error.captureStackTrace(e, watchError);
  return e;
}

// kOwner: the FSWatcher a handle belongs to, which
// process._getActiveHandles lists for it (fs.promises.watch's handle has
// none, and is listed itself), as in node.
const kOwner = Symbol('owner');

// FSEvent is the handle under a watcher, as node's: start() returns 0 or
// an errno, and each event calls onchange(status, eventType, filename)
// with the name in the encoding asked for.
class FSEvent {
  #wrap = null;

  constructor() {
    this.onchange = null;
  }

  get initialized() {
    return this.#wrap !== null;
  }

  start(path, persistent, recursive, encoding) {
    const raw = encoding != null && !isUtf8(encoding);
    const onchange = (eventType, name) => {
      if (raw) {
        name = getBuffer().from(name);
        if (encoding !== 'buffer') name = name.toString(encoding);
      }
      this.onchange(0, eventType, name);
    };
    const wrap = binding.watch(path, !!persistent, !!recursive, raw, onchange, this[kOwner] || this);
    if (typeof wrap === 'number') return wrap;
    this.#wrap = wrap;
    return 0;
  }

  close() {
    if (this.#wrap !== null) this.#wrap.close();
  }

  ref() {
    if (this.#wrap !== null) this.#wrap.ref();
  }

  unref() {
    if (this.#wrap !== null) this.#wrap.unref();
  }

  hasRef() {
    return this.#wrap !== null && this.#wrap.hasRef();
  }
}

const kFSWatchStart = Symbol('kFSWatchStart');

// FSWatcher is what fs.watch returns: it emits 'change' (eventType,
// filename) for each event and 'close' after close().
class FSWatcher extends EventEmitter {
  constructor() {
    super();
    this._handle = new FSEvent();
    this._handle[kOwner] = this;
    this._handle.onchange = (status, eventType, filename) => this.emit('change', eventType, filename);
  }

  [kFSWatchStart](filename, persistent, recursive, encoding) {
    if (this._handle === null || this._handle.initialized) return;
    filename = getValidatedPath(filename, 'filename');
    const err = this._handle.start(filename, persistent, recursive, encoding);
    if (err) throw watchError(err, filename);
  }

  // start is a no-op kept, as in node, for callers of the old API.
  start() {}

  close() {
    if (this._handle === null || !this._handle.initialized) return;
    this._handle.close();
    this._handle = null;
    process.nextTick(() => this.emit('close'));
  }

  ref() {
    if (this._handle !== null) this._handle.ref();
    return this;
  }

  unref() {
    if (this._handle !== null) this._handle.unref();
    return this;
  }
}

// watch is fs.promises.watch: an async iterator of { eventType, filename }.
// Unlike node's, it queues events that come while the consumer is busy
// instead of dropping them. Bad arguments and a failed start reject the
// first next().
function watch(filename, options = {}) {
  const queue = []; // events not yet taken
  const waiting = []; // { resolve, reject } of next() calls not yet answered
  let handle = null;
  let state = 'start'; // 'start', 'watching', 'done'
  let signal;

  const finish = () => {
    state = 'done';
    if (handle !== null) handle.close();
    if (signal) signal.removeEventListener('abort', onAbort);
  };
  const onAbort = () => {
    const error = new AbortError(undefined, { cause: signal.reason });
    if (waiting.length === 0) {
      queue.push({ error });
      return;
    }
    finish();
    for (const w of waiting.splice(0)) w.reject(error);
  };
  const start = () => {
    const path = getValidatedPath(filename);
    validateObject(options, 'options');
    const { persistent = true, recursive = false, encoding = 'utf8' } = options;
    signal = options.signal;
    validateBoolean(persistent, 'options.persistent');
    validateBoolean(recursive, 'options.recursive');
    if (signal !== undefined) validateAbortSignal(signal, 'options.signal');
    if (encoding && !getBuffer().isEncoding(encoding)) {
      // node's own argument order, kept for its message
      throw new ERR_INVALID_ARG_VALUE(encoding, 'encoding', 'is invalid encoding');
    }
    if (signal?.aborted) throw new AbortError(undefined, { cause: signal.reason });
    handle = new FSEvent();
    handle.onchange = (status, eventType, name) => {
      const value = { eventType, filename: name };
      if (waiting.length > 0) waiting.shift().resolve({ value, done: false });
      else queue.push({ value });
    };
    const err = handle.start(path, persistent, recursive, encoding);
    if (err) {
      handle = null;
      throw watchError(err, path);
    }
    signal?.addEventListener('abort', onAbort, { once: true });
    state = 'watching';
  };

  const iterator = {
    next() {
      return new Promise((resolve, reject) => {
        if (state === 'start') {
          try {
            start();
          } catch (err) {
            finish();
            reject(err);
            return;
          }
        }
        if (state === 'done') {
          resolve({ value: undefined, done: true });
          return;
        }
        if (queue.length === 0) {
          waiting.push({ resolve, reject });
          return;
        }
        const { value, error } = queue.shift();
        if (error) {
          finish();
          reject(error);
        } else {
          resolve({ value, done: false });
        }
      });
    },
    return(value) {
      finish();
      for (const w of waiting.splice(0)) w.resolve({ value: undefined, done: true });
      return Promise.resolve({ value, done: true });
    },
    throw(err) {
      finish();
      return Promise.reject(err);
    },
    [Symbol.asyncIterator]() {
      return this;
    },
    [Symbol.toStringTag]: 'AsyncGenerator',
  };
  return iterator;
}

module.exports = { StatWatcher, FSWatcher, kFSWatchStart, watch };
