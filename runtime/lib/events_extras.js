// The module-level helpers of 'events' (events.once, events.on,
// getEventListeners, getMaxListeners, setMaxListeners, addAbortListener)
// and EventEmitterAsyncResource.
// The EventEmitter itself is native (runtime/events.go); this file is compiled
// only when one of these helpers is first used.
'use strict';

// kWatermarkData names the queue state of an events.on iterator;
// kFirstEventParam, an option of on() for gonode's own modules, makes it
// yield each event's first argument alone.
const kWatermarkData = Symbol.for('nodejs.watermarkData');
const kFirstEventParam = Symbol('nodejs.kFirstEventParam');

module.exports = function install(EventEmitter) {
  // Defined by runtime/events.go, read by lib/event_target.js too.
  const { kMaxEventTargetListeners, kMaxEventTargetListenersWarned } = EventEmitter;

  function nodeError(Ctor, code, message) {
    const err = new Ctor(message);
    err.code = code;
    fixStack(err, code);
    Object.defineProperty(err, 'toString', {
      __proto__: null,
      value() { return `${this.name} [${code}]: ${this.message}`; },
      enumerable: false, writable: true, configurable: true,
    });
    return err;
  }

  function fixStack(err, code) {
    try {
      const stack = err.stack;
      const head = `${err.name}: `;
      if (typeof stack === 'string' && stack.startsWith(head)) {
        Object.defineProperty(err, 'stack', {
          __proto__: null,
          value: `${err.name} [${code}]: ${stack.slice(head.length)}`,
          enumerable: false, writable: true, configurable: true,
        });
      }
    } catch {
      // A frozen or exotic error keeps its original stack.
    }
  }

  function quoteString(s) {
    let q = "'";
    if (s.includes("'")) {
      if (!s.includes('"')) q = '"';
      else if (!s.includes('`') && !s.includes('${')) q = '`';
    }
    let out = '';
    for (const ch of s) {
      const c = ch.codePointAt(0);
      if (ch === q || ch === '\\') out += '\\' + ch;
      else if (ch === '\n') out += '\\n';
      else if (ch === '\t') out += '\\t';
      else if (ch === '\r') out += '\\r';
      else if (ch === '\b') out += '\\b';
      else if (ch === '\f') out += '\\f';
      else if (ch === '\v') out += '\\v';
      else if (c < 0x20 || c === 0x7f) out += '\\x' + c.toString(16).toUpperCase().padStart(2, '0');
      else out += ch;
    }
    return q + out + q;
  }

  function ctorName(obj) {
    let proto = obj;
    while (proto !== null && proto !== undefined) {
      const d = Object.getOwnPropertyDescriptor(proto, 'constructor');
      if (d && typeof d.value === 'function' && d.value.name) return d.value.name;
      proto = Object.getPrototypeOf(proto);
    }
    return null;
  }

  function miniInspect(v, depth) {
    switch (typeof v) {
      case 'string': return quoteString(v);
      case 'number': return Object.is(v, -0) ? '-0' : String(v);
      case 'bigint': return `${v}n`;
      case 'symbol': return v.toString();
      case 'undefined': return 'undefined';
      case 'boolean': return String(v);
      case 'function': {
        const src = Function.prototype.toString.call(v);
        if (src.startsWith('class')) return `[class ${v.name || '(anonymous)'}]`;
        return v.name ? `[Function: ${v.name}]` : '[Function (anonymous)]';
      }
      default: break;
    }
    if (v === null) return 'null';
    if (v instanceof Error) return v.stack || String(v);
    const name = ctorName(v);
    if (depth < 0) return name ? `[${name}]` : '[Object: null prototype]';
    if (Array.isArray(v)) {
      if (v.length === 0) return '[]';
      if (depth > 1) return '[Array]';
      return `[ ${v.map((x) => miniInspect(x, depth + 1)).join(', ')} ]`;
    }
    const keys = Object.keys(v);
    const prefix = name === 'Object' ? '' : (name ? `${name} ` : '[Object: null prototype] ');
    if (keys.length === 0) return `${prefix}{}`;
    if (depth > 1) return name && name !== 'Object' ? `[${name}]` : '[Object]';
    const parts = keys.map((k) => {
      const key = /^[A-Za-z_$][\w$]*$/.test(k) ? k : quoteString(k);
      return `${key}: ${miniInspect(v[k], depth + 1)}`;
    });
    return `${prefix}{ ${parts.join(', ')} }`;
  }

  // inspect uses util.inspect when the runtime already has it (only ever called
  // on error paths, long after start-up), and the minimal version otherwise.
  function inspect(v, opts) {
    try {
      if (typeof require === 'function') {
        const util = require('util');
        if (util && typeof util.inspect === 'function') return util.inspect(v, opts);
      }
    } catch {
      // util not available: fall through.
    }
    return miniInspect(v, opts && opts.depth === -1 ? -1 : 0);
  }

  function describeReceived(value) {
    if (value == null) return ` Received ${value}`;
    if (typeof value === 'function') return ` Received function ${value.name}`;
    if (typeof value === 'object') {
      const name = ctorName(value);
      if (name) return ` Received an instance of ${name}`;
      return ` Received ${inspect(value, { depth: -1 })}`;
    }
    let shown = inspect(value, { colors: false });
    if (shown.length > 28) shown = `${shown.slice(0, 25)}...`;
    return ` Received type ${typeof value} (${shown})`;
  }

  function invalidArgType(name, expected, value) {
    return nodeError(TypeError, 'ERR_INVALID_ARG_TYPE',
      `The "${name}" argument must be ${expected}.${describeReceived(value)}`);
  }

  function checkListener(listener) {
    if (typeof listener !== 'function') {
      throw invalidArgType('listener', 'of type function', listener);
    }
  }

  function validateMaxListeners(n, name) {
    if (typeof n !== 'number') throw invalidArgType(name, 'of type number', n);
    if (n < 0 || Number.isNaN(n)) {
      throw nodeError(RangeError, 'ERR_OUT_OF_RANGE',
        `The value of "${name}" is out of range. It must be >= 0. Received ${inspect(n)}`);
    }
  }

  function validateObject(value, name) {
    if (value === null || typeof value !== 'object') {
      throw invalidArgType(name, 'of type object', value);
    }
  }

  function validateAbortSignal(signal, name) {
    if (signal !== undefined &&
        (signal === null || typeof signal !== 'object' || !('aborted' in signal))) {
      throw invalidArgType(name, 'an instance of AbortSignal', signal);
    }
  }

  // validateWatermark is node's validateInteger(value, name, 1) for the
  // watermark options of on().
  function validateWatermark(value, name) {
    if (typeof value !== 'number') {
      throw nodeError(TypeError, 'ERR_INVALID_ARG_TYPE',
        `The "${name}" property must be of type number.${describeReceived(value)}`);
    }
    const outOfRange = (what) => nodeError(RangeError, 'ERR_OUT_OF_RANGE',
      `The value of "${name}" is out of range. It must be ${what}. Received ${inspect(value)}`);
    if (!Number.isInteger(value)) throw outOfRange('an integer');
    if (value < 1 || value > Number.MAX_SAFE_INTEGER) throw outOfRange(`>= 1 && <= ${Number.MAX_SAFE_INTEGER}`);
  }

  class AbortError extends Error {
    constructor(message = 'The operation was aborted', options = undefined) {
      super(message, options);
      this.code = 'ABORT_ERR';
      this.name = 'AbortError';
    }
  }

  function nextTick(fn, ...args) {
    const proc = globalThis.process;
    if (proc && typeof proc.nextTick === 'function') proc.nextTick(fn, ...args);
    else queueMicrotask(() => fn(...args));
  }

  function isEventTarget(x) {
    return x !== null && typeof x === 'object' &&
      typeof x.addEventListener === 'function' && typeof x.removeEventListener === 'function' &&
      typeof x.on !== 'function';
  }

  function addAbortListener(signal, listener) {
    if (signal === undefined) throw invalidArgType('signal', 'an instance of AbortSignal', signal);
    validateAbortSignal(signal, 'signal');
    checkListener(listener);
    let removed = false;
    if (signal.aborted) {
      nextTick(() => listener());
    } else {
      signal.addEventListener('abort', listener, { once: true });
    }
    const dispose = () => {
      if (removed) return;
      removed = true;
      signal.removeEventListener('abort', listener);
    };
    const disposable = { dispose };
    disposable[Symbol.dispose] = dispose;
    return disposable;
  }

  function listen(emitter, name, handler, flags) {
    if (typeof emitter.on === 'function') {
      if (flags && flags.once) emitter.once(name, handler);
      else emitter.on(name, handler);
    } else if (isEventTarget(emitter)) {
      emitter.addEventListener(name, handler, flags);
    } else {
      throw invalidArgType('emitter', 'an instance of EventEmitter or EventTarget', emitter);
    }
  }

  function unlisten(emitter, name, handler) {
    if (typeof emitter.removeListener === 'function') emitter.removeListener(name, handler);
    else if (isEventTarget(emitter)) emitter.removeEventListener(name, handler);
  }

  function once(emitter, name, options = {}) {
    validateObject(options, 'options');
    const signal = options.signal;
    validateAbortSignal(signal, 'options.signal');
    if (signal && signal.aborted) {
      return Promise.reject(new AbortError(undefined, { cause: signal.reason }));
    }
    return new Promise((resolve, reject) => {
      const onError = (err) => {
        unlisten(emitter, name, resolver);
        if (signal) signal.removeEventListener('abort', onAbort);
        reject(err);
      };
      const resolver = (...args) => {
        if (typeof emitter.removeListener === 'function') emitter.removeListener('error', onError);
        if (signal) signal.removeEventListener('abort', onAbort);
        resolve(args);
      };
      const onAbort = () => {
        unlisten(emitter, name, resolver);
        unlisten(emitter, 'error', onError);
        reject(new AbortError(undefined, { cause: signal.reason }));
      };
      listen(emitter, name, resolver, { once: true });
      if (name !== 'error' && typeof emitter.on === 'function') {
        emitter.once('error', onError);
      }
      if (signal) signal.addEventListener('abort', onAbort, { once: true });
    });
  }

  // on returns an async iterator over `event` (usable without for-await by
  // calling next()/return() directly).
  function on(emitter, event, options = {}) {
    validateObject(options, 'options');
    const signal = options.signal;
    validateAbortSignal(signal, 'options.signal');
    if (signal && signal.aborted) throw new AbortError(undefined, { cause: signal.reason });
    // Past highWaterMark queued events the emitter is paused, below
    // lowWaterMark resumed (node accepts the older spellings ...Watermark).
    const highWaterMark = options.highWaterMark ?? options.highWatermark ?? Number.MAX_SAFE_INTEGER;
    validateWatermark(highWaterMark, 'options.highWaterMark');
    const lowWaterMark = options.lowWaterMark ?? options.lowWatermark ?? 1;
    validateWatermark(lowWaterMark, 'options.lowWaterMark');
    const closeEvents = options.close || [];

    const unconsumedEvents = [];
    const unconsumedPromises = [];
    let error = null;
    let finished = false;
    let paused = false;

    const done = () => ({ value: undefined, done: true });

    // With kFirstEventParam (readline's lines) the values are the events'
    // first arguments, not arrays of all of them.
    const eventHandler = options[kFirstEventParam] ? handleEvent : (...args) => handleEvent(args);
    function handleEvent(value) {
      const p = unconsumedPromises.shift();
      if (p) {
        p.resolve({ value, done: false });
        return;
      }
      unconsumedEvents.push(value);
      if (!paused && unconsumedEvents.length > highWaterMark) {
        paused = true;
        emitter.pause();
      }
    }

    function errorHandler(err) {
      const p = unconsumedPromises.shift();
      if (p) p.reject(err);
      else error = err;
      iterator.return();
    }

    function closeHandler() {
      removeAll();
      finished = true;
      while (unconsumedPromises.length > 0) unconsumedPromises.shift().resolve(done());
    }

    function abortListener() {
      errorHandler(new AbortError(undefined, { cause: signal && signal.reason }));
    }

    function removeAll() {
      unlisten(emitter, event, eventHandler);
      if (event !== 'error') unlisten(emitter, 'error', errorHandler);
      for (const name of closeEvents) unlisten(emitter, name, closeHandler);
      if (signal) signal.removeEventListener('abort', abortListener);
    }

    const iterator = {
      next() {
        if (unconsumedEvents.length > 0) {
          const value = unconsumedEvents.shift();
          if (paused && unconsumedEvents.length < lowWaterMark) {
            paused = false;
            emitter.resume();
          }
          return Promise.resolve({ value, done: false });
        }
        if (error) {
          const p = Promise.reject(error);
          error = null;
          return p;
        }
        if (finished) return Promise.resolve(done());
        return new Promise((resolve, reject) => unconsumedPromises.push({ resolve, reject }));
      },
      return() {
        closeHandler();
        return Promise.resolve(done());
      },
      throw(err) {
        if (!(err instanceof Error)) throw invalidArgType('EventEmitter.AsyncIterator', 'an instance of Error', err);
        errorHandler(err);
        return Promise.resolve(done());
      },
      [Symbol.asyncIterator]() { return this; },
      [kWatermarkData]: {
        get size() { return unconsumedEvents.length; },
        get low() { return lowWaterMark; },
        get high() { return highWaterMark; },
        get isPaused() { return paused; },
      },
    };

    listen(emitter, event, eventHandler);
    if (event !== 'error' && typeof emitter.on === 'function') emitter.on('error', errorHandler);
    for (const name of closeEvents) listen(emitter, name, closeHandler);
    if (signal) signal.addEventListener('abort', abortListener, { once: true });
    return iterator;
  }

  function getEventListeners(emitterOrTarget, type) {
    if (emitterOrTarget && typeof emitterOrTarget.listeners === 'function') {
      return emitterOrTarget.listeners(type);
    }
    if (isEventTarget(emitterOrTarget) && emitterOrTarget[kMaxEventTargetListeners] !== undefined) {
      return require('internal/event_target').listenersOf(emitterOrTarget, type);
    }
    throw invalidArgType('emitter', 'an instance of EventEmitter or EventTarget', emitterOrTarget);
  }

  function getMaxListeners(emitterOrTarget) {
    if (emitterOrTarget && typeof emitterOrTarget.getMaxListeners === 'function') {
      return emitterOrTarget.getMaxListeners();
    }
    if (emitterOrTarget && emitterOrTarget[kMaxEventTargetListeners] !== undefined) {
      return emitterOrTarget[kMaxEventTargetListeners];
    }
    throw invalidArgType('emitter', 'an instance of EventEmitter or EventTarget', emitterOrTarget);
  }

  function setMaxListeners(n = EventEmitter.defaultMaxListeners, ...eventTargets) {
    validateMaxListeners(n, 'n');
    if (eventTargets.length === 0) {
      EventEmitter.defaultMaxListeners = n;
      return;
    }
    for (const target of eventTargets) {
      if (target && typeof target.setMaxListeners === 'function') {
        target.setMaxListeners(n);
      } else if (isEventTarget(target)) {
        target[kMaxEventTargetListeners] = n;
        target[kMaxEventTargetListenersWarned] = false;
      } else {
        throw invalidArgType('eventTargets', 'an instance of EventEmitter or EventTarget', target);
      }
    }
  }

  // EventEmitterAsyncResource is an EventEmitter whose listeners run in the
  // async context it was made in (an AsyncResource of its own); the class
  // is made, and async_hooks loaded, on first use.
  const kEventEmitter = Symbol('kEventEmitter');
  const kAsyncResource = Symbol('kAsyncResource');
  let EventEmitterAsyncResourceClass;

  function invalidThis(type) {
    return nodeError(TypeError, 'ERR_INVALID_THIS', `Value of "this" must be of type ${type}`);
  }

  function lazyEventEmitterAsyncResource() {
    if (EventEmitterAsyncResourceClass !== undefined) return EventEmitterAsyncResourceClass;
    const { AsyncResource } = require('async_hooks');

    class EventEmitterReferencingAsyncResource extends AsyncResource {
      constructor(ee, type, options) {
        super(type, options);
        this[kEventEmitter] = ee;
      }

      get eventEmitter() {
        if (this[kEventEmitter] === undefined) throw invalidThis('EventEmitterReferencingAsyncResource');
        return this[kEventEmitter];
      }
    }

    EventEmitterAsyncResourceClass = class EventEmitterAsyncResource extends EventEmitter {
      constructor(options = undefined) {
        let name;
        if (typeof options === 'string') {
          name = options;
          options = undefined;
        } else {
          if (new.target === EventEmitterAsyncResource && typeof options?.name !== 'string') {
            throw nodeError(TypeError, 'ERR_INVALID_ARG_TYPE',
              `The "options.name" property must be of type string.${describeReceived(options?.name)}`);
          }
          name = options?.name || new.target.name;
        }
        super(options);
        this[kAsyncResource] = new EventEmitterReferencingAsyncResource(this, name, options);
      }

      emit(event, ...args) {
        return resourceOf(this).runInAsyncScope(super.emit, this, event, ...args);
      }

      emitDestroy() {
        resourceOf(this).emitDestroy();
      }

      get asyncId() {
        return resourceOf(this).asyncId();
      }

      get triggerAsyncId() {
        return resourceOf(this).triggerAsyncId();
      }

      get asyncResource() {
        return resourceOf(this);
      }
    };
    // resourceOf is self's resource; as node's private field, only an
    // EventEmitterAsyncResource has one.
    const resourceOf = (self) => {
      const resource = self == null ? undefined : self[kAsyncResource];
      if (resource === undefined) throw invalidThis('EventEmitterAsyncResource');
      return resource;
    };
    return EventEmitterAsyncResourceClass;
  }

  return {
    once, on, getEventListeners, getMaxListeners, setMaxListeners, addAbortListener,
    get EventEmitterAsyncResource() { return lazyEventEmitterAsyncResource(); },
  };
};

module.exports.kFirstEventParam = kFirstEventParam;
