'use strict';
// async_hooks: AsyncLocalStorage, AsyncResource and the hooks on the
// runtime's async contexts and resources (internal/async_context).

const binding = require('internal/async_context');
const { validateFunction, validateString } = require('internal/validators');
const { deprecate } = require('util');

const { executionAsyncId, triggerAsyncId, executionAsyncResource } = binding;
const kSnapshot = Symbol('snapshot');
const kAsyncId = Symbol('asyncId');
const kTriggerAsyncId = Symbol('triggerAsyncId');

// The hooks' callbacks, by the runtime's event numbers (init, before,
// after, destroy).
const kCallbacks = Symbol('callbacks');
const kEvents = ['init', 'before', 'after', 'destroy'];

// enabled is the enabled hooks; enable and disable replace the array, so
// that a change made by a callback takes effect from the next event.
let enabled = [];

function emit(event, asyncId, type, triggerId, resource) {
  const hooks = enabled;
  for (let i = 0; i < hooks.length; i++) {
    const fn = hooks[i][kCallbacks][event];
    if (fn === undefined) continue;
    if (event === 0) {
      fn.call(hooks[i], asyncId, type, triggerId, resource);
    } else {
      fn.call(hooks[i], asyncId);
    }
  }
}

class AsyncHook {
  constructor({ init, before, after, destroy, promiseResolve }) {
    const callbacks = { init, before, after, destroy, promiseResolve };
    for (const name of [...kEvents, 'promiseResolve']) {
      if (callbacks[name] !== undefined && typeof callbacks[name] !== 'function') {
        const err = new TypeError(`hook.${name} must be a function`);
        err.code = 'ERR_ASYNC_CALLBACK';
        throw err;
      }
    }
    this[kCallbacks] = kEvents.map((name) => callbacks[name]);
  }

  enable() {
    if (!enabled.includes(this)) {
      enabled = [...enabled, this];
      binding.setHook(emit);
    }
    return this;
  }

  disable() {
    if (enabled.includes(this)) {
      enabled = enabled.filter((hook) => hook !== this);
      binding.setHook(enabled.length > 0 ? emit : null);
    }
    return this;
  }
}

function createHook(callbacks) {
  return new AsyncHook(callbacks);
}

class AsyncResource {
  constructor(type, opts = {}) {
    validateString(type, 'type');
    let triggerAsyncId = opts;
    if (typeof opts !== 'number') {
      triggerAsyncId = opts.triggerAsyncId === undefined ? binding.currentAsyncId() : opts.triggerAsyncId;
    }
    if (!Number.isSafeInteger(triggerAsyncId) || triggerAsyncId < -1) {
      const err = new RangeError(`Invalid triggerAsyncId value: ${triggerAsyncId}`);
      err.code = 'ERR_INVALID_ASYNC_ID';
      throw err;
    }
    if (type === '' && enabled.some((hook) => hook[kCallbacks][0] !== undefined)) {
      const err = new TypeError('Invalid name for async "type": ');
      err.code = 'ERR_ASYNC_TYPE';
      throw err;
    }
    this[kSnapshot] = binding.newResource(type, triggerAsyncId, this);
    this[kAsyncId] = binding.asyncIdOf(this[kSnapshot]);
    this[kTriggerAsyncId] = triggerAsyncId;
  }

  runInAsyncScope(fn, thisArg, ...args) {
    return binding.runIn(this[kSnapshot], fn, thisArg, ...args);
  }

  emitDestroy() {
    binding.destroy(this[kSnapshot]);
    return this;
  }

  asyncId() {
    return this[kAsyncId];
  }

  triggerAsyncId() {
    return this[kTriggerAsyncId];
  }

  bind(fn, thisArg) {
    validateFunction(fn, 'fn');
    let bound;
    if (thisArg === undefined) {
      const resource = this;
      bound = function (...args) {
        return resource.runInAsyncScope(fn, this, ...args);
      };
    } else {
      bound = this.runInAsyncScope.bind(this, fn, thisArg);
    }
    let self = this;
    const message = 'The asyncResource property on bound functions is deprecated';
    Object.defineProperties(bound, {
      length: { __proto__: null, configurable: true, enumerable: false, value: fn.length, writable: false },
      asyncResource: {
        __proto__: null,
        configurable: true,
        enumerable: true,
        get: deprecate(() => self, message, 'DEP0172'),
        set: deprecate((value) => { self = value; }, message, 'DEP0172'),
      },
    });
    return bound;
  }

  static bind(fn, type, thisArg) {
    type = type || fn.name;
    return (new AsyncResource(type || 'bound-anonymous-fn')).bind(fn, thisArg);
  }
}

class AsyncLocalStorage {
  constructor() {
    this.enabled = false;
  }

  static bind(fn) {
    return AsyncResource.bind(fn);
  }

  static snapshot() {
    return AsyncResource.bind((cb, ...args) => cb(...args));
  }

  disable() {
    this.enabled = false;
  }

  getStore() {
    if (this.enabled) return binding.getStore(this);
    return undefined;
  }

  enterWith(store) {
    this.enabled = true;
    binding.enterWith(this, store);
  }

  run(store, callback, ...args) {
    this.enabled = true;
    return binding.run(this, store, callback, null, ...args);
  }

  exit(callback, ...args) {
    return binding.exit(this, callback, null, ...args);
  }
}

// asyncWrapProviders is node 20's list of async resource types.
const asyncWrapProviders = Object.freeze({ __proto__: null, ...Object.fromEntries([
  'NONE', 'DIRHANDLE', 'DNSCHANNEL', 'ELDHISTOGRAM', 'FILEHANDLE', 'FILEHANDLECLOSEREQ', 'BLOBREADER',
  'FSEVENTWRAP', 'FSREQCALLBACK', 'FSREQPROMISE', 'GETADDRINFOREQWRAP', 'GETNAMEINFOREQWRAP',
  'HEAPSNAPSHOT', 'HTTP2SESSION', 'HTTP2STREAM', 'HTTP2PING', 'HTTP2SETTINGS', 'HTTPINCOMINGMESSAGE',
  'HTTPCLIENTREQUEST', 'JSSTREAM', 'JSUDPWRAP', 'MESSAGEPORT', 'PIPECONNECTWRAP', 'PIPESERVERWRAP',
  'PIPEWRAP', 'PROCESSWRAP', 'PROMISE', 'QUERYWRAP', 'QUIC_LOGSTREAM', 'QUIC_PACKET', 'SHUTDOWNWRAP',
  'SIGNALWRAP', 'STATWATCHER', 'STREAMPIPE', 'TCPCONNECTWRAP', 'TCPSERVERWRAP', 'TCPWRAP', 'TTYWRAP',
  'UDPSENDWRAP', 'UDPWRAP', 'SIGINTWATCHDOG', 'WORKER', 'WORKERHEAPSNAPSHOT', 'WRITEWRAP', 'ZLIB',
  'CHECKPRIMEREQUEST', 'PBKDF2REQUEST', 'KEYPAIRGENREQUEST', 'KEYGENREQUEST', 'KEYEXPORTREQUEST',
  'CIPHERREQUEST', 'DERIVEBITSREQUEST', 'HASHREQUEST', 'RANDOMBYTESREQUEST', 'RANDOMPRIMEREQUEST',
  'SCRYPTREQUEST', 'SIGNREQUEST', 'TLSWRAP', 'VERIFYREQUEST',
].map((name, i) => [name, i])) });

module.exports = {
  AsyncLocalStorage,
  createHook,
  executionAsyncId,
  triggerAsyncId,
  executionAsyncResource,
  asyncWrapProviders,
  AsyncResource,
};
