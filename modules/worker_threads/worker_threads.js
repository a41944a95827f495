'use strict';
// node's 'worker_threads' module. A Worker is a gonode runtime of its own on
// its own goroutine (see worker_threads.go); this file validates what node
// validates and turns the binding's events into the Worker's.

const binding = require('internal/worker_threads');
const EventEmitter = require('events');
const path = require('path');
const {
  MessagePort, MessageChannel, BroadcastChannel, receiveMessageOnPort,
  newPort, stopPort, transferListOf, cloneCall, reviveError,
} = require('internal/worker/io');
const { codes, makeNodeError } = require('internal/errors');
const { ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE } = codes;

const ERR_WORKER_PATH = makeNodeError(TypeError, 'ERR_WORKER_PATH', (filename) =>
  'The worker script or module filename must be an absolute path or a ' +
  'relative path starting with \'./\' or \'../\'.' +
  (filename.startsWith('file://') ? ' Wrap file:// URLs with `new URL`.' : '') +
  (filename.startsWith('data:text/javascript') ? ' Wrap data: URLs with `new URL`.' : '') +
  ` Received "${filename}"`);
const ERR_WORKER_UNSERIALIZABLE_ERROR = makeNodeError(Error, 'ERR_WORKER_UNSERIALIZABLE_ERROR',
  () => 'Serializing an uncaught exception failed');
const ERR_WORKER_INIT_FAILED = makeNodeError(Error, 'ERR_WORKER_INIT_FAILED',
  (reason) => `Worker initialization failure: ${reason}`);

const SHARE_ENV = Symbol.for('nodejs.worker_threads.SHARE_ENV');

const context = binding.context();
const isMainThread = binding.isMainThread;
const threadId = binding.threadId;

const environmentData = new Map();
let workerData = null;
let parentPort = null;
let resourceLimits = {};
if (context !== null) {
  const payload = context.workerData;
  workerData = payload.workerData;
  if (payload.environmentData instanceof Map) {
    for (const [k, v] of payload.environmentData) environmentData.set(k, v);
  }
  parentPort = newPort(context.port);
  resourceLimits = context.resourceLimits;
}

function setEnvironmentData(key, value) {
  if (value === undefined) environmentData.delete(key);
  else environmentData.set(key, value);
}

function getEnvironmentData(key) {
  return environmentData.get(key);
}

const kHandle = Symbol('kHandle');
const kPublicPort = Symbol('kPublicPort');
const kThreadId = Symbol('kThreadId');
const kLimits = Symbol('kLimits');
const kRefd = Symbol('kRefd');

function isURL(v) {
  return v != null && typeof v === 'object' && typeof v.href === 'string' && typeof v.protocol === 'string';
}

// Worker events from the binding (worker_threads.go).
const evOnline = 0;
const evError = 1;
const evExit = 2;
const evStartError = 3;
const evCouldNotSerialize = 4;

class Worker extends EventEmitter {
  constructor(filename, options = {}) {
    super();
    if (options === null || typeof options !== 'object') {
      throw new ERR_INVALID_ARG_TYPE('options', 'Object', options);
    }
    const doEval = !!options.eval;
    let argv = [];
    if (options.argv) {
      if (!Array.isArray(options.argv)) {
        throw new ERR_INVALID_ARG_TYPE('options.argv', 'Array', options.argv);
      }
      argv = options.argv.map(String);
    }
    if (doEval) {
      if (typeof filename !== 'string') {
        throw new ERR_INVALID_ARG_VALUE('options.eval', options.eval,
          'must be false when \'filename\' is not a string');
      }
    } else if (isURL(filename)) {
      if (filename.protocol !== 'file:') {
        const err = new TypeError(`The URL must be of scheme file. Received ${filename.href}`);
        err.code = 'ERR_INVALID_URL_SCHEME';
        throw err;
      }
      filename = require('url').fileURLToPath(filename);
    } else if (typeof filename !== 'string') {
      throw new ERR_INVALID_ARG_TYPE('filename', ['string', 'URL'], filename);
    } else if (path.isAbsolute(filename) || /^\.\.?[\\/]/.test(filename)) {
      filename = path.resolve(filename);
    } else {
      throw new ERR_WORKER_PATH(filename);
    }

    let env = null;
    let shareEnv = false;
    if (options.env === SHARE_ENV) {
      shareEnv = true;
    } else if (typeof options.env === 'object' && options.env !== null) {
      env = Object.entries(options.env).map(([k, v]) => `${k}=${v}`);
    } else if (options.env != null) {
      throw new ERR_INVALID_ARG_TYPE('options.env',
        ['object', 'undefined', 'null', 'worker_threads.SHARE_ENV'], options.env);
    }
    let name = '';
    if (options.name !== undefined) {
      if (typeof options.name !== 'string') throw new ERR_INVALID_ARG_TYPE('options.name', 'string', options.name);
      name = options.name;
    }
    const limits = {};
    if (options.resourceLimits !== undefined && options.resourceLimits !== null) {
      if (typeof options.resourceLimits !== 'object') {
        throw new ERR_INVALID_ARG_TYPE('options.resourceLimits', 'Object', options.resourceLimits);
      }
      for (const k of ['maxYoungGenerationSizeMb', 'maxOldGenerationSizeMb', 'codeRangeSizeMb', 'stackSizeMb']) {
        const v = options.resourceLimits[k];
        if (typeof v === 'number' && v > 0) limits[k] = v;
      }
    }
    // The worker's process.execArgv: options.execArgv's flags (node's option
    // parser stops at the first argument that is none), or the parent's.
    let execArgv = null;
    if (options.execArgv) {
      if (!Array.isArray(options.execArgv)) {
        throw new ERR_INVALID_ARG_TYPE('options.execArgv', 'Array', options.execArgv);
      }
      execArgv = [];
      for (const arg of options.execArgv.map(String)) {
        if (!arg.startsWith('-')) break;
        execArgv.push(arg);
      }
    }
    const transfer = transferListOf(options.transferList);
    const spec = {
      filename, eval: doEval, argv, env, shareEnv, name, limits,
      noWarnings: process.noProcessWarnings === true,
      execArgv,
    };
    const payload = { workerData: options.workerData, environmentData };
    const worker = this;
    const [handle, publicHandle, id] = cloneCall(() => binding.newWorker(spec, payload, transfer,
      function onEvent(kind, value) { worker.#onEvent(kind, value); }));
    this[kHandle] = handle;
    this[kThreadId] = id;
    this[kLimits] = limits;
    this[kRefd] = true;
    const port = newPort(publicHandle);
    this[kPublicPort] = port;
    port.on('message', (message) => this.emit('message', message));
    port.on('messageerror', (err) => this.emit('messageerror', err));
    // The public port is ref'd and started while the Worker has 'message'
    // listeners (node's setupPortReferencing); it starts unref'd.
    port.unref();
    stopPort(port);
    this.on('newListener', (event) => {
      if (event === 'message' && this.listenerCount('message') === 0 && this[kPublicPort]) {
        this[kPublicPort].ref();
        this[kPublicPort].start();
      }
    });
    this.on('removeListener', (event) => {
      if (event === 'message' && this.listenerCount('message') === 0 && this[kPublicPort]) {
        this[kPublicPort].unref();
        stopPort(this[kPublicPort]);
      }
    });
    binding.workerStart(handle);
  }

  #onEvent(kind, value) {
    switch (kind) {
      case evOnline:
        this.emit('online');
        break;
      case evError:
        this.emit('error', reviveError(value));
        break;
      case evStartError:
        this.emit('error', new ERR_WORKER_INIT_FAILED(value));
        break;
      case evCouldNotSerialize:
        this.emit('error', new ERR_WORKER_UNSERIALIZABLE_ERROR());
        break;
      case evExit:
        this.removeAllListeners('message');
        this.removeAllListeners('messageerror');
        this[kHandle] = null;
        this[kPublicPort] = null;
        this.emit('exit', value);
        this.removeAllListeners();
        break;
    }
  }

  postMessage(...args) {
    if (this[kPublicPort] === null) return;
    this[kPublicPort].postMessage(...args);
  }

  terminate(callback) {
    if (typeof callback === 'function') {
      process.emitWarning('Passing a callback to worker.terminate() is deprecated. ' +
        'It returns a Promise instead.', 'DeprecationWarning', 'DEP0132');
      this.once('exit', (code) => callback(null, code));
    }
    if (this[kHandle] === null) return Promise.resolve();
    binding.workerTerminate(this[kHandle]);
    return new Promise((resolve) => { this.once('exit', resolve); });
  }

  ref() {
    if (this[kHandle] === null) return;
    binding.workerRef(this[kHandle], true);
    this[kPublicPort].ref();
  }

  unref() {
    if (this[kHandle] === null) return;
    binding.workerRef(this[kHandle], false);
    this[kPublicPort].unref();
  }

  get threadId() {
    if (this[kHandle] === null) return -1;
    return this[kThreadId];
  }

  get resourceLimits() {
    if (this[kHandle] === null) return {};
    return { ...this[kLimits] };
  }

  // The stdio pipes (options stdout/stderr/stdin: true) are not
  // implemented: a worker writes to the parent's stdout and stderr, and
  // its stdin is empty.
  get stdin() { return null; }
  get stdout() { return null; }
  get stderr() { return null; }
}

module.exports = {
  isMainThread,
  MessagePort,
  MessageChannel,
  receiveMessageOnPort,
  resourceLimits,
  threadId,
  SHARE_ENV,
  Worker,
  parentPort,
  workerData,
  BroadcastChannel,
  setEnvironmentData,
  getEnvironmentData,
};
