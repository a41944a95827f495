'use strict';
// async_hooks: AsyncLocalStorage and AsyncResource on the runtime's async
// contexts (internal/async_context).

const binding = require('internal/async_context');
const { validateFunction, validateString } = require('internal/validators');
const { deprecate } = require('util');

const kSnapshot = Symbol('snapshot');
const kAsyncId = Symbol('asyncId');
const kTriggerAsyncId = Symbol('triggerAsyncId');
let lastAsyncId = 1;

class AsyncResource {
  constructor(type, opts = {}) {
    validateString(type, 'type');
    let triggerAsyncId = opts;
    if (typeof opts !== 'number') {
      triggerAsyncId = opts.triggerAsyncId === undefined ? 1 : opts.triggerAsyncId;
    }
    if (!Number.isSafeInteger(triggerAsyncId) || triggerAsyncId < -1) {
      const err = new RangeError(`Invalid triggerAsyncId value: ${triggerAsyncId}`);
      err.code = 'ERR_INVALID_ASYNC_ID';
      throw err;
    }
    this[kSnapshot] = binding.snapshot();
    this[kAsyncId] = ++lastAsyncId;
    this[kTriggerAsyncId] = triggerAsyncId;
  }

  runInAsyncScope(fn, thisArg, ...args) {
    return binding.runIn(this[kSnapshot], fn, thisArg, ...args);
  }

  emitDestroy() {
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
      length: { configurable: true, enumerable: false, value: fn.length, writable: false },
      asyncResource: {
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
    const snapshot = binding.snapshot();
    return function runInAsyncScope(fn, ...args) {
      return binding.runIn(snapshot, fn, undefined, ...args);
    };
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

module.exports = { AsyncLocalStorage, AsyncResource };
