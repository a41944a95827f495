'use strict';
// internal/child_process: ChildProcess, spawn and fork over the native
// binding internal/child_process_wrap, and the argument handling the other
// forms share. Argument handling, event order and error shapes follow node
// v20.

const EventEmitter = require('events');
const binding = require('internal/child_process_wrap');
const { lazyError, lazyCode } = require('internal/child_process/ipc');

const ERR_INVALID_ARG_TYPE = lazyCode('ERR_INVALID_ARG_TYPE');
const ERR_INVALID_ARG_VALUE = lazyCode('ERR_INVALID_ARG_VALUE');
const ERR_OUT_OF_RANGE = lazyCode('ERR_OUT_OF_RANGE');
const ERR_CHILD_PROCESS_IPC_REQUIRED = lazyError('ERR_CHILD_PROCESS_IPC_REQUIRED', Error,
  (name) => `Forked processes must have an IPC channel, missing value 'ipc' in ${name}`);
const ERR_IPC_ONE_PIPE = lazyError('ERR_IPC_ONE_PIPE', Error, () => 'Child process can have only one IPC pipe');
const ERR_IPC_SYNC_FORK = lazyError('ERR_IPC_SYNC_FORK', Error, () => 'IPC cannot be used with synchronous forks');
const ERR_INVALID_SYNC_FORK_INPUT = lazyError('ERR_INVALID_SYNC_FORK_INPUT', TypeError,
  (value) => `Asynchronous forks do not support Buffer, TypedArray, DataView or string input: ${value}`);
const ERR_UNKNOWN_SIGNAL = lazyError('ERR_UNKNOWN_SIGNAL', TypeError,
  (sig) => `Unknown signal: ${require('internal/errors').formatS(sig)}`);

const MAX_BUFFER = 1024 * 1024;

// kForkArgc carries, from fork() to the binding, how many execArgv entries
// precede the module path (see MaybeRunChild in child.go).
const kForkArgc = Symbol('kForkArgc');

// os.constants.signals on Linux.
const signals = {
  __proto__: null,
  SIGHUP: 1, SIGINT: 2, SIGQUIT: 3, SIGILL: 4, SIGTRAP: 5, SIGABRT: 6, SIGIOT: 6, SIGBUS: 7, SIGFPE: 8,
  SIGKILL: 9, SIGUSR1: 10, SIGSEGV: 11, SIGUSR2: 12, SIGPIPE: 13, SIGALRM: 14, SIGTERM: 15, SIGCHLD: 17,
  SIGSTKFLT: 16, SIGCONT: 18, SIGSTOP: 19, SIGTSTP: 20, SIGTTIN: 21, SIGTTOU: 22, SIGURG: 23, SIGXCPU: 24,
  SIGXFSZ: 25, SIGVTALRM: 26, SIGPROF: 27, SIGWINCH: 28, SIGIO: 29, SIGPOLL: 29, SIGPWR: 30, SIGSYS: 31,
};
const signalNames = [];
for (const name in signals) {
  if (signalNames[signals[name]] === undefined) signalNames[signals[name]] = name;
}

// errno names for the codes the binding reports (negated).
const errnoNames = {
  __proto__: null,
  1: 'EPERM', 2: 'ENOENT', 3: 'ESRCH', 4: 'EINTR', 5: 'EIO', 7: 'E2BIG', 8: 'ENOEXEC', 9: 'EBADF',
  11: 'EAGAIN', 12: 'ENOMEM', 13: 'EACCES', 14: 'EFAULT', 20: 'ENOTDIR', 21: 'EISDIR', 22: 'EINVAL',
  23: 'ENFILE', 24: 'EMFILE', 26: 'ETXTBSY', 32: 'EPIPE', 36: 'ENAMETOOLONG', 38: 'ENOSYS', 40: 'ELOOP',
  104: 'ECONNRESET', 105: 'ENOBUFS', 110: 'ETIMEDOUT', 125: 'ECANCELED',
};
function errnoName(err) {
  return errnoNames[-err] || `Unknown system error ${err}`;
}

// errnoException builds node's ErrnoException: "<syscall> <CODE>".
function errnoException(err, syscall, original) {
  const code = errnoName(err);
  const message = original ? `${syscall} ${code} ${original}` : `${syscall} ${code}`;
  const ex = new Error(message);
  ex.errno = err;
  ex.code = code;
  ex.syscall = syscall;
  Error.captureStackTrace(ex, errnoException);
  return ex;
}

function genericNodeError(message, props) {
  const err = new Error(message);
  Object.assign(err, props);
  return err;
}

class AbortError extends Error {
  constructor(message = 'The operation was aborted', options = undefined) {
    super(message, options);
    this.code = 'ABORT_ERR';
    this.name = 'AbortError';
  }
}

// ---------------------------------------------------------------------------
// Validation

function validateString(value, name) {
  if (typeof value !== 'string') throw new ERR_INVALID_ARG_TYPE(name, 'string', value);
}

function validateBoolean(value, name) {
  if (typeof value !== 'boolean') throw new ERR_INVALID_ARG_TYPE(name, 'boolean', value);
}

function validateObject(value, name) {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw new ERR_INVALID_ARG_TYPE(name, 'Object', value);
  }
}

function validateArray(value, name) {
  if (!Array.isArray(value)) throw new ERR_INVALID_ARG_TYPE(name, 'Array', value);
}

function validateFunction(value, name) {
  if (typeof value !== 'function') throw new ERR_INVALID_ARG_TYPE(name, 'Function', value);
}

function validateArgumentNullCheck(arg, name) {
  if (typeof arg === 'string' && arg.includes('\u0000')) {
    throw new ERR_INVALID_ARG_VALUE(name, arg, 'must be a string without null bytes');
  }
}

function validateArgumentsNullCheck(args, name) {
  for (let i = 0; i < args.length; ++i) validateArgumentNullCheck(args[i], `${name}[${i}]`);
}

function validateTimeout(timeout) {
  if (timeout != null && !(Number.isInteger(timeout) && timeout >= 0)) {
    throw new ERR_OUT_OF_RANGE('timeout', 'an unsigned integer', timeout);
  }
}

function validateMaxBuffer(maxBuffer) {
  if (maxBuffer != null && !(typeof maxBuffer === 'number' && maxBuffer >= 0)) {
    throw new ERR_OUT_OF_RANGE('options.maxBuffer', 'a positive number', maxBuffer);
  }
}

function validateAbortSignal(signal, name) {
  if (signal !== undefined &&
      (signal === null || typeof signal !== 'object' || !('aborted' in signal))) {
    throw new ERR_INVALID_ARG_TYPE(name, 'AbortSignal', signal);
  }
}

function isInt32(value) {
  return value === (value | 0);
}

// convertToValidSignal maps a signal name or number to its number.
function convertToValidSignal(signal) {
  if (typeof signal === 'number' && signalNames[signal] !== undefined) return signal;
  if (typeof signal === 'string') {
    const n = signals[signal.toUpperCase()];
    if (n !== undefined) return n;
  }
  throw new ERR_UNKNOWN_SIGNAL(signal);
}

function sanitizeKillSignal(killSignal) {
  if (typeof killSignal === 'string' || typeof killSignal === 'number') {
    return convertToValidSignal(killSignal);
  } else if (killSignal != null) {
    throw new ERR_INVALID_ARG_TYPE('options.killSignal', ['string', 'number'], killSignal);
  }
}

function isArrayBufferView(v) {
  return ArrayBuffer.isView(v);
}

// getValidatedPath accepts a string, a Buffer or a file: URL.
function getValidatedPath(value, name) {
  let path = value;
  if (path !== null && typeof path === 'object' && typeof path.href === 'string' && path.protocol !== undefined) {
    path = require('url').fileURLToPath(path);
  } else if (isArrayBufferView(path)) {
    path = Buffer.from(path.buffer, path.byteOffset, path.byteLength).toString();
  } else if (typeof path !== 'string') {
    throw new ERR_INVALID_ARG_TYPE(name, ['string', 'Buffer', 'URL'], value);
  }
  if (path.includes('\u0000')) {
    throw new ERR_INVALID_ARG_VALUE(name, value, 'must be a string, Uint8Array, or URL without null bytes');
  }
  return path;
}

// ---------------------------------------------------------------------------
// Spawn arguments

function normalizeSpawnArguments(file, args, options) {
  validateString(file, 'file');
  validateArgumentNullCheck(file, 'file');
  if (file.length === 0) throw new ERR_INVALID_ARG_VALUE('file', file, 'cannot be empty');

  if (Array.isArray(args)) {
    args = args.slice();
  } else if (args == null) {
    args = [];
  } else if (typeof args !== 'object') {
    throw new ERR_INVALID_ARG_TYPE('args', 'object', args);
  } else {
    options = args;
    args = [];
  }
  validateArgumentsNullCheck(args, 'args');

  if (options === undefined) options = {};
  else validateObject(options, 'options');
  options = { __proto__: null, ...options };

  let cwd = options.cwd;
  if (cwd != null) cwd = getValidatedPath(cwd, 'options.cwd');
  if (options.detached != null) validateBoolean(options.detached, 'options.detached');
  if (options.uid != null && !isInt32(options.uid)) {
    throw new ERR_INVALID_ARG_TYPE('options.uid', 'int32', options.uid);
  }
  if (options.gid != null && !isInt32(options.gid)) {
    throw new ERR_INVALID_ARG_TYPE('options.gid', 'int32', options.gid);
  }
  if (options.shell != null && typeof options.shell !== 'boolean' && typeof options.shell !== 'string') {
    throw new ERR_INVALID_ARG_TYPE('options.shell', ['boolean', 'string'], options.shell);
  }
  if (options.argv0 != null) {
    validateString(options.argv0, 'options.argv0');
    validateArgumentNullCheck(options.argv0, 'options.argv0');
  }
  if (options.windowsHide != null) validateBoolean(options.windowsHide, 'options.windowsHide');
  if (options.windowsVerbatimArguments != null) {
    validateBoolean(options.windowsVerbatimArguments, 'options.windowsVerbatimArguments');
  }

  if (options.shell) {
    validateArgumentNullCheck(options.shell, 'options.shell');
    const command = [file, ...args].join(' ');
    file = typeof options.shell === 'string' ? options.shell : '/bin/sh';
    args = ['-c', command];
  }

  args.unshift(typeof options.argv0 === 'string' ? options.argv0 : file);

  const env = options.env || process.env;
  const envPairs = [];
  // Inherited properties are included, as in node.
  for (const key in env) {
    const value = env[key];
    if (value !== undefined) {
      validateArgumentNullCheck(key, `options.env['${key}']`);
      validateArgumentNullCheck(value, `options.env['${key}']`);
      envPairs.push(`${key}=${value}`);
    }
  }

  return {
    __proto__: null,
    ...options,
    args,
    cwd,
    detached: !!options.detached,
    envPairs,
    file,
    windowsHide: !!options.windowsHide,
    windowsVerbatimArguments: !!options.windowsVerbatimArguments,
  };
}

function stdioStringToArray(stdio, channel) {
  const options = [];
  switch (stdio) {
    case 'ignore':
    case 'overlapped':
    case 'pipe':
      options.push(stdio, stdio, stdio);
      break;
    case 'inherit':
      options.push(0, 1, 2);
      break;
    default:
      throw new ERR_INVALID_ARG_VALUE('stdio', stdio);
  }
  if (channel) options.push(channel);
  return options;
}

// getValidStdio turns the stdio option into the binding's form:
// {type: 'ignore' | 'pipe' | 'ipc' | 'fd' | 'buffer', ...}.
function getValidStdio(stdio, sync) {
  let ipc;
  let ipcFd;
  if (typeof stdio === 'string') {
    stdio = stdioStringToArray(stdio);
  } else if (!Array.isArray(stdio)) {
    throw new ERR_INVALID_ARG_VALUE('stdio', stdio);
  }
  // node pads the caller's own array.
  while (stdio.length < 3) stdio.push(undefined);

  const out = [];
  for (let i = 0; i < stdio.length; i++) {
    let s = stdio[i];
    if (s == null) s = i < 3 ? 'pipe' : 'ignore';
    if (s === 'ignore') {
      out.push({ type: 'ignore' });
    } else if (s === 'pipe' || s === 'overlapped') {
      out.push({ type: 'pipe', readable: i === 0, writable: i !== 0 });
    } else if (s === 'ipc') {
      if (sync || ipc !== undefined) {
        if (!sync) throw new ERR_IPC_ONE_PIPE();
        throw new ERR_IPC_SYNC_FORK();
      }
      ipc = true;
      ipcFd = i;
      out.push({ type: 'ipc', ipc: true });
    } else if (s === 'inherit') {
      out.push({ type: 'fd', fd: i });
    } else if (typeof s === 'number' || (typeof s === 'object' && typeof s.fd === 'number')) {
      out.push({ type: 'fd', fd: typeof s === 'number' ? s : s.fd });
    } else if (typeof s === 'object' && s._handle && typeof s._handle.fd === 'number' && s._handle.fd >= 0) {
      out.push({ type: 'fd', fd: s._handle.fd, stream: s });
    } else if (isArrayBufferView(s) || typeof s === 'string') {
      if (!sync) throw new ERR_INVALID_SYNC_FORK_INPUT(require('internal/errors').inspect(s));
      out.push({ type: 'buffer', input: s });
    } else {
      throw new ERR_INVALID_ARG_VALUE('stdio', s);
    }
  }
  return { stdio: out, ipc, ipcFd };
}

// ---------------------------------------------------------------------------
// ChildProcess

// createSocket makes the parent's end of a stdio pipe (a socketpair's
// descriptor fd, or null when the spawn failed) a net.Socket, as node does:
// readable ones (the child's output) start reading at once.
function createSocket(fd, readable) {
  const net = require('net');
  if (fd === null) return new net.Socket({ readable });
  return new net.Socket({ fd, readable });
}

// afterOutput runs fn once what the child wrote to its piped stdout,
// stderr (and other readable pipes) before exiting has been read and
// emitted: node's loop reads ready pipes before it reports the exit, so
// 'exit' handlers find the child's output, which a goroutine woken by
// SIGCHLD would otherwise overtake.
function afterOutput(subprocess, fn) {
  const handles = [];
  for (let i = 1; i < subprocess.stdio.length; i++) {
    const s = subprocess.stdio[i];
    if (s && s.readable && s._handle && typeof s._handle.whenRead === 'function') handles.push(s._handle);
  }
  let waiting = handles.length;
  if (waiting === 0) {
    fn();
    return;
  }
  for (const h of handles) h.whenRead(() => { if (--waiting === 0) fn(); });
}

function maybeClose(subprocess) {
  subprocess._closesGot++;
  if (subprocess._closesGot === subprocess._closesNeeded) {
    subprocess.emit('close', subprocess.exitCode, subprocess.signalCode);
  }
}

// kIsUsedAsStdio marks a stream given to another child as its stdio: its
// data is that child's, so flushStdio leaves it alone.
const kIsUsedAsStdio = Symbol('kIsUsedAsStdio');

// flushStdio resumes output nobody consumed so that it reaches EOF and the
// ChildProcess can emit 'close'.
function flushStdio(subprocess) {
  const stdio = subprocess.stdio;
  if (stdio == null) return;
  for (let i = 0; i < stdio.length; i++) {
    const s = stdio[i];
    if (!s || !s.readable || s[kIsUsedAsStdio] || (s._readableState && s._readableState.readableListening)) continue;
    s.resume();
  }
}

function ChildProcess() {
  EventEmitter.call(this);
  this._closesNeeded = 1;
  this._closesGot = 0;
  this.connected = false;
  this.signalCode = null;
  this.exitCode = null;
  this.killed = false;
  this.spawnfile = null;
  this._handle = null;
}
Object.setPrototypeOf(ChildProcess.prototype, EventEmitter.prototype);
Object.setPrototypeOf(ChildProcess, EventEmitter);

ChildProcess.prototype._onexit = function _onexit(exitCode, signalCode) {
  if (signalCode) this.signalCode = signalCode;
  else this.exitCode = exitCode;

  if (this.stdin) this.stdin.destroy();
  this._handle = null;

  if (exitCode < 0) {
    const syscall = this.spawnfile ? `spawn ${this.spawnfile}` : 'spawn';
    const err = errnoException(exitCode, syscall);
    if (this.spawnfile) err.path = this.spawnfile;
    err.spawnargs = this.spawnargs.slice(1);
    this.emit('error', err);
  } else {
    this.emit('exit', this.exitCode, this.signalCode);
  }
  process.nextTick(flushStdio, this);
  maybeClose(this);
};

ChildProcess.prototype.spawn = function spawn(options) {
  validateObject(options, 'options');
  const valid = getValidStdio(options.stdio || 'pipe', false);
  const stdio = options.stdio = valid.stdio;

  if (options.serialization !== undefined && options.serialization !== 'json' && options.serialization !== 'advanced') {
    throw new ERR_INVALID_ARG_VALUE('options.serialization', options.serialization,
      "must be one of: undefined, 'json', 'advanced'");
  }
  const serialization = options.serialization || 'json';

  if (valid.ipc !== undefined) {
    if (options.envPairs === undefined) options.envPairs = [];
    else validateArray(options.envPairs, 'options.envPairs');
    options.envPairs.push(`NODE_CHANNEL_FD=${valid.ipcFd}`);
    options.envPairs.push(`NODE_CHANNEL_SERIALIZATION_MODE=${serialization}`);
    if (options.file === binding.execPath && options[kForkArgc] !== undefined) {
      options.envPairs.push(`${binding.forkMarker}=${options[kForkArgc]}`);
      if (binding.forkProcs !== '' && !options.envPairs.some((kv) => kv.startsWith('GOMAXPROCS='))) {
        options.envPairs.push(binding.forkProcs, `${binding.procsMarker}=1`);
      }
    }
  }

  validateString(options.file, 'options.file');
  this.spawnfile = options.file;
  if (options.args === undefined) {
    this.spawnargs = [];
  } else {
    validateArray(options.args, 'options.args');
    this.spawnargs = options.args;
  }

  const res = binding.spawn(options, (exitCode, signalCode) => {
    afterOutput(this, () => require('internal/child_process/ipc_io').afterChannelEnd(this, () => this._onexit(exitCode, signalCode)));
  }, this);
  const err = res.err;
  if (err === -13 || err === -11 || err === -24 || err === -23 || err === -2) {
    process.nextTick(() => this._onexit(err, null));
    if (err === -24 || err === -23) return err;
  } else if (err) {
    throw errnoException(err, 'spawn');
  } else {
    process.nextTick(() => this.emit('spawn'));
    this._handle = res.process;
  }
  this.pid = res.pid;

  let ipc;
  for (let i = 0; i < stdio.length; i++) {
    const s = stdio[i];
    if (s.stream !== undefined) {
      // A stream given as the child's stdio is the child's to read now.
      const stream = s.stream;
      if (typeof stream._handle.readStop === 'function') {
        stream._handle.reading = false;
        stream._handle.readStop();
      }
      stream.pause();
      stream.readableFlowing = false;
      if (stream._readableState) stream._readableState.reading = false;
      stream[kIsUsedAsStdio] = true;
    }
    if (s.type === 'ignore' || s.type === 'fd') continue;
    const handle = res.stdio[i];
    if (s.ipc) {
      ipc = handle;
      this._closesNeeded++;
      continue;
    }
    s.socket = createSocket(handle, i > 0);
    if (i > 0) {
      this._closesNeeded++;
      s.socket.on('close', () => maybeClose(this));
    }
  }
  this.stdin = stdio.length >= 1 && stdio[0].socket !== undefined ? stdio[0].socket : null;
  this.stdout = stdio.length >= 2 && stdio[1].socket !== undefined ? stdio[1].socket : null;
  this.stderr = stdio.length >= 3 && stdio[2].socket !== undefined ? stdio[2].socket : null;
  this.stdio = stdio.map((s) => (s.socket === undefined ? null : s.socket));

  if (ipc !== undefined) ipc.setup(this, maybeClose);
  return err;
};

ChildProcess.prototype.kill = function kill(sig) {
  const signal = sig === 0 ? sig : convertToValidSignal(sig === undefined ? 'SIGTERM' : sig);
  if (this._handle) {
    const err = this._handle.kill(signal);
    if (err === 0) {
      this.killed = true;
      return true;
    }
    if (err === -3) {
      // Already dead.
    } else if (err === -22 || err === -38) {
      throw errnoException(err, 'kill');
    } else {
      this.emit('error', errnoException(err, 'kill'));
    }
  }
  return false;
};

ChildProcess.prototype[Symbol.dispose] = function dispose() {
  if (!this.killed) this.kill();
};

ChildProcess.prototype.ref = function ref() {
  if (this._handle) this._handle.ref();
};

ChildProcess.prototype.unref = function unref() {
  if (this._handle) this._handle.unref();
};

// ---------------------------------------------------------------------------
// spawn, fork, exec, execFile

function abortChildProcess(child, killSignal, reason) {
  if (!child) return;
  try {
    if (child.kill(killSignal)) child.emit('error', new AbortError(undefined, { cause: reason }));
  } catch (err) {
    child.emit('error', err);
  }
}

function spawn(file, args, options) {
  options = normalizeSpawnArguments(file, args, options);
  validateTimeout(options.timeout);
  validateAbortSignal(options.signal, 'options.signal');
  const killSignal = sanitizeKillSignal(options.killSignal);
  const child = new ChildProcess();
  child.spawn(options);

  if (options.timeout > 0) {
    let timeoutId = setTimeout(() => {
      if (timeoutId) {
        try {
          child.kill(killSignal);
        } catch (err) {
          child.emit('error', err);
        }
        timeoutId = null;
      }
    }, options.timeout);
    child.once('exit', () => {
      if (timeoutId) {
        clearTimeout(timeoutId);
        timeoutId = null;
      }
    });
  }

  if (options.signal) {
    const signal = options.signal;
    const onAbort = () => abortChildProcess(child, killSignal, signal.reason);
    if (signal.aborted) {
      process.nextTick(onAbort);
    } else {
      signal.addEventListener('abort', onAbort, { once: true });
      child.once('exit', () => signal.removeEventListener('abort', onAbort));
    }
  }
  return child;
}

// evalFlags are the flags whose value is code (removed from a forked child's
// execArgv so that it runs the module instead).
const evalFlags = ['-e', '--eval', '-p', '--print', '-pe'];

function fork(modulePath, args, options) {
  modulePath = getValidatedPath(modulePath, 'modulePath');
  if (args == null) {
    args = [];
  } else if (typeof args === 'object' && !Array.isArray(args)) {
    options = args;
    args = [];
  } else {
    validateArray(args, 'args');
  }
  if (options != null) validateObject(options, 'options');
  options = { __proto__: null, ...options, shell: false };
  options.execPath = options.execPath || process.execPath;
  validateArgumentNullCheck(options.execPath, 'options.execPath');

  let execArgv = options.execArgv || process.execArgv;
  validateArgumentsNullCheck(execArgv, 'options.execArgv');
  if (execArgv === process.execArgv) {
    execArgv = execArgv.slice();
    for (let i = execArgv.length - 1; i >= 0; i--) {
      const flag = execArgv[i];
      if (evalFlags.includes(flag) && i + 1 < execArgv.length) {
        execArgv.splice(i, 2);
      } else if (flag.startsWith('--eval=') || flag.startsWith('--print=')) {
        execArgv.splice(i, 1);
      }
    }
  }
  options[kForkArgc] = execArgv.length;
  args = [...execArgv, modulePath, ...args];

  if (typeof options.stdio === 'string') {
    options.stdio = stdioStringToArray(options.stdio, 'ipc');
  } else if (!Array.isArray(options.stdio)) {
    options.stdio = stdioStringToArray(options.silent ? 'pipe' : 'inherit', 'ipc');
  } else if (!options.stdio.includes('ipc')) {
    throw new ERR_CHILD_PROCESS_IPC_REQUIRED('options.stdio');
  }
  return spawn(options.execPath, args, options);
}

module.exports = {
  ChildProcess,
  spawn,
  fork,
  binding,
  MAX_BUFFER,
  ERR_INVALID_ARG_TYPE,
  errnoException,
  errnoName,
  genericNodeError,
  getValidStdio,
  isArrayBufferView,
  normalizeSpawnArguments,
  sanitizeKillSignal,
  validateArgumentNullCheck,
  validateFunction,
  validateMaxBuffer,
  validateObject,
  validateString,
  validateTimeout,
};
