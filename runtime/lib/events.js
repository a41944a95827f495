'use strict';
// Node.js 'events' module for gonode.
//
// This file is loaded before anything else (process does not exist yet), so it
// requires nothing at load time and touches `process` only lazily inside
// functions. The internal shape (_events, _eventsCount, _maxListeners) follows
// Node's, because user code and other core modules poke at it.

const kCapture = Symbol('kCapture');
const kShapeMode = Symbol('shapeMode');
const kErrorMonitor = Symbol('events.errorMonitor');
const kRejection = Symbol.for('nodejs.rejection');
const kMaxEventTargetListeners = Symbol('events.maxEventTargetListeners');
const kMaxEventTargetListenersWarned = Symbol('events.maxEventTargetListenersWarned');

let defaultMaxListeners = 10;

// ---------------------------------------------------------------------------
// Small helpers: Node-shaped errors and a minimal inspect.

function nodeError(Ctor, code, message) {
  const err = new Ctor(message);
  err.code = code;
  fixStack(err, code);
  Object.defineProperty(err, 'toString', {
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

// ---------------------------------------------------------------------------
// EventEmitter

function EventEmitter(opts) {
  EventEmitter.init.call(this, opts);
}

EventEmitter.prototype._events = undefined;
EventEmitter.prototype._eventsCount = 0;
EventEmitter.prototype._maxListeners = undefined;

Object.defineProperty(EventEmitter.prototype, kCapture, {
  value: false, writable: true, enumerable: false,
});

EventEmitter.init = function init(opts) {
  if (this._events === undefined || this._events === Object.getPrototypeOf(this)._events) {
    this._events = Object.create(null);
    this._eventsCount = 0;
    this[kShapeMode] = false;
  } else {
    this[kShapeMode] = true;
  }
  this._maxListeners = this._maxListeners || undefined;
  if (opts && opts.captureRejections) {
    if (typeof opts.captureRejections !== 'boolean') {
      throw invalidArgType('options.captureRejections', 'of type boolean', opts.captureRejections);
    }
    this[kCapture] = true;
  } else {
    this[kCapture] = EventEmitter.prototype[kCapture];
  }
};

Object.defineProperty(EventEmitter, 'defaultMaxListeners', {
  enumerable: true,
  get() { return defaultMaxListeners; },
  set(n) {
    validateMaxListeners(n, 'defaultMaxListeners');
    defaultMaxListeners = n;
  },
});

Object.defineProperty(EventEmitter, 'captureRejections', {
  enumerable: true,
  get() { return EventEmitter.prototype[kCapture]; },
  set(v) {
    if (typeof v !== 'boolean') throw invalidArgType('EventEmitter.captureRejections', 'of type boolean', v);
    EventEmitter.prototype[kCapture] = v;
  },
});

EventEmitter.prototype.setMaxListeners = function setMaxListeners(n) {
  validateMaxListeners(n, 'setMaxListeners');
  this._maxListeners = n;
  return this;
};

function getMaxListenersOf(that) {
  return that._maxListeners === undefined ? defaultMaxListeners : that._maxListeners;
}

EventEmitter.prototype.getMaxListeners = function getMaxListeners() {
  return getMaxListenersOf(this);
};

function addCatch(that, promise, type, args) {
  try {
    const then = promise.then;
    if (typeof then === 'function') {
      then.call(promise, undefined, (err) => {
        nextTick(emitRejection, that, err, type, args);
      });
    }
  } catch (err) {
    that.emit('error', err);
  }
}

function emitRejection(ee, err, type, args) {
  if (typeof ee[kRejection] === 'function') {
    ee[kRejection](err, type, ...args);
    return;
  }
  const prev = ee[kCapture];
  try {
    ee[kCapture] = false;
    ee.emit('error', err);
  } finally {
    ee[kCapture] = prev;
  }
}

function throwUnhandled(er) {
  if (er instanceof Error) throw er;
  let shown;
  try {
    shown = inspect(er);
  } catch {
    shown = er;
  }
  const err = nodeError(Error, 'ERR_UNHANDLED_ERROR',
    shown === undefined ? 'Unhandled error.' : `Unhandled error. (${shown})`);
  err.context = er;
  throw err;
}

EventEmitter.prototype.emit = function emit(type, ...args) {
  const events = this._events;
  if (type === 'error') {
    if (events === undefined) throwUnhandled(args[0]);
    if (events[kErrorMonitor] !== undefined) this.emit(kErrorMonitor, ...args);
    if (events.error === undefined) throwUnhandled(args[0]);
  } else if (events === undefined) {
    return false;
  }

  const handler = events[type];
  if (handler === undefined) return false;

  if (typeof handler === 'function') {
    const result = handler.apply(this, args);
    if (result !== undefined && result !== null && this[kCapture]) {
      addCatch(this, result, type, args);
    }
    return true;
  }

  // Copy so that listeners added or removed during the emit do not change
  // who is called for this emit.
  const listeners = handler.slice();
  const len = listeners.length;
  const capture = this[kCapture];
  for (let i = 0; i < len; ++i) {
    const result = listeners[i].apply(this, args);
    if (capture && result !== undefined && result !== null) {
      addCatch(this, result, type, args);
    }
  }
  return true;
};

function warnMaxListeners(target, type, list) {
  list.warned = true;
  const count = list.length;
  const w = new Error('Possible EventEmitter memory leak detected. ' +
    `${count} ${String(type)} listeners added to ${inspect(target, { depth: -1 })}. ` +
    `MaxListeners is ${getMaxListenersOf(target)}. Use emitter.setMaxListeners() to increase limit`);
  w.name = 'MaxListenersExceededWarning';
  w.emitter = target;
  w.type = type;
  w.count = count;
  const proc = globalThis.process;
  if (proc && typeof proc.emitWarning === 'function') {
    proc.emitWarning(w);
  } else if (typeof console !== 'undefined') {
    console.error(`(node:${proc ? proc.pid : 0}) ${w.name}: ${w.message}`);
  }
}

function addListenerImpl(target, type, listener, prepend) {
  checkListener(listener);

  let events = target._events;
  if (events === undefined) {
    events = target._events = Object.create(null);
    target._eventsCount = 0;
  } else if (events.newListener !== undefined) {
    target.emit('newListener', type, listener.listener ? listener.listener : listener);
    // newListener handlers may have replaced _events.
    events = target._events;
  }

  const existing = events[type];
  if (existing === undefined) {
    events[type] = listener;
    ++target._eventsCount;
    return target;
  }

  let list;
  if (typeof existing === 'function') {
    list = events[type] = prepend ? [listener, existing] : [existing, listener];
  } else {
    list = existing;
    if (prepend) list.unshift(listener);
    else list.push(listener);
  }

  const m = getMaxListenersOf(target);
  if (m > 0 && list.length > m && !list.warned) warnMaxListeners(target, type, list);
  return target;
}

EventEmitter.prototype.addListener = function addListener(type, listener) {
  return addListenerImpl(this, type, listener, false);
};

EventEmitter.prototype.on = EventEmitter.prototype.addListener;

EventEmitter.prototype.prependListener = function prependListener(type, listener) {
  return addListenerImpl(this, type, listener, true);
};

function onceWrapper() {
  if (!this.fired) {
    this.target.removeListener(this.type, this.wrapFn);
    this.fired = true;
    return this.listener.apply(this.target, arguments);
  }
  return undefined;
}

function onceWrap(target, type, listener) {
  const state = { fired: false, wrapFn: undefined, target, type, listener };
  const wrapped = onceWrapper.bind(state);
  wrapped.listener = listener;
  state.wrapFn = wrapped;
  return wrapped;
}

EventEmitter.prototype.once = function once(type, listener) {
  checkListener(listener);
  this.on(type, onceWrap(this, type, listener));
  return this;
};

EventEmitter.prototype.prependOnceListener = function prependOnceListener(type, listener) {
  checkListener(listener);
  this.prependListener(type, onceWrap(this, type, listener));
  return this;
};

EventEmitter.prototype.removeListener = function removeListener(type, listener) {
  checkListener(listener);

  const events = this._events;
  if (events === undefined) return this;

  const list = events[type];
  if (list === undefined) return this;

  if (list === listener || list.listener === listener) {
    this._eventsCount -= 1;
    if (this[kShapeMode]) {
      events[type] = undefined;
    } else if (this._eventsCount === 0) {
      this._events = Object.create(null);
    } else {
      delete events[type];
      if (events.removeListener) this.emit('removeListener', type, list.listener || listener);
    }
    return this;
  }

  if (typeof list === 'function') return this;

  let position = -1;
  for (let i = list.length - 1; i >= 0; i--) {
    if (list[i] === listener || list[i].listener === listener) {
      position = i;
      break;
    }
  }
  if (position < 0) return this;

  if (position === 0) list.shift();
  else list.splice(position, 1);

  if (list.length === 1) events[type] = list[0];

  if (events.removeListener !== undefined) this.emit('removeListener', type, listener);
  return this;
};

EventEmitter.prototype.off = EventEmitter.prototype.removeListener;

EventEmitter.prototype.removeAllListeners = function removeAllListeners(type) {
  const events = this._events;
  if (events === undefined) return this;

  // Without 'removeListener' listeners there is nobody to tell.
  if (events.removeListener === undefined) {
    if (arguments.length === 0) {
      this._events = Object.create(null);
      this._eventsCount = 0;
    } else if (events[type] !== undefined) {
      if (--this._eventsCount === 0) this._events = Object.create(null);
      else delete events[type];
    }
    this[kShapeMode] = false;
    return this;
  }

  if (arguments.length === 0) {
    for (const key of Reflect.ownKeys(events)) {
      if (key === 'removeListener') continue;
      this.removeAllListeners(key);
    }
    this.removeAllListeners('removeListener');
    this._events = Object.create(null);
    this._eventsCount = 0;
    this[kShapeMode] = false;
    return this;
  }

  const listeners = events[type];
  if (typeof listeners === 'function') {
    this.removeListener(type, listeners);
  } else if (listeners !== undefined) {
    for (let i = listeners.length - 1; i >= 0; i--) {
      this.removeListener(type, listeners[i]);
    }
  }
  return this;
};

function listenersOf(target, type, unwrap) {
  const events = target._events;
  if (events === undefined) return [];
  const l = events[type];
  if (l === undefined) return [];
  if (typeof l === 'function') return unwrap ? [l.listener || l] : [l];
  if (!unwrap) return l.slice();
  const out = new Array(l.length);
  for (let i = 0; i < l.length; ++i) out[i] = l[i].listener || l[i];
  return out;
}

EventEmitter.prototype.listeners = function listeners(type) {
  return listenersOf(this, type, true);
};

EventEmitter.prototype.rawListeners = function rawListeners(type) {
  return listenersOf(this, type, false);
};

function listenerCount(type, listener) {
  const events = this._events;
  if (events === undefined) return 0;
  const l = events[type];
  if (typeof l === 'function') {
    if (listener != null) return (listener === l || listener === l.listener) ? 1 : 0;
    return 1;
  }
  if (l === undefined) return 0;
  if (listener == null) return l.length;
  let n = 0;
  for (let i = 0; i < l.length; ++i) {
    if (l[i] === listener || l[i].listener === listener) n++;
  }
  return n;
}

EventEmitter.prototype.listenerCount = listenerCount;

EventEmitter.listenerCount = function (emitter, type) {
  if (typeof emitter.listenerCount === 'function') return emitter.listenerCount(type);
  return listenerCount.call(emitter, type);
};

EventEmitter.prototype.eventNames = function eventNames() {
  if (this._eventsCount > 0) {
    const events = this._events;
    return Reflect.ownKeys(events).filter((k) => events[k] !== undefined);
  }
  return [];
};

// ---------------------------------------------------------------------------
// Module-level helpers: once, on, getEventListeners, setMaxListeners, ...

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
  if (typeof Symbol.dispose === 'symbol') disposable[Symbol.dispose] = dispose;
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
  const closeEvents = options.close || [];

  const unconsumedEvents = [];
  const unconsumedPromises = [];
  let error = null;
  let finished = false;

  const done = () => ({ value: undefined, done: true });

  function eventHandler(...args) {
    const p = unconsumedPromises.shift();
    if (p) p.resolve({ value: args, done: false });
    else unconsumedEvents.push(args);
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
        return Promise.resolve({ value: unconsumedEvents.shift(), done: false });
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
      unconsumedEvents.length = 0;
      return Promise.resolve(done());
    },
    throw(err) {
      if (!(err instanceof Error)) throw invalidArgType('EventEmitter.AsyncIterator', 'an instance of Error', err);
      errorHandler(err);
      return Promise.resolve(done());
    },
    [Symbol.asyncIterator]() { return this; },
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
  throw invalidArgType('emitter', 'an instance of EventEmitter or EventTarget', emitterOrTarget);
}

function getMaxListeners(emitterOrTarget) {
  if (emitterOrTarget && typeof emitterOrTarget.getMaxListeners === 'function') {
    return getMaxListenersOf(emitterOrTarget);
  }
  if (emitterOrTarget && emitterOrTarget[kMaxEventTargetListeners] !== undefined) {
    return emitterOrTarget[kMaxEventTargetListeners];
  }
  throw invalidArgType('emitter', 'an instance of EventEmitter or EventTarget', emitterOrTarget);
}

function setMaxListeners(n = defaultMaxListeners, ...eventTargets) {
  validateMaxListeners(n, 'n');
  if (eventTargets.length === 0) {
    defaultMaxListeners = n;
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

EventEmitter.addAbortListener = addAbortListener;
EventEmitter.once = once;
EventEmitter.on = on;
EventEmitter.getEventListeners = getEventListeners;
EventEmitter.getMaxListeners = getMaxListeners;
EventEmitter.EventEmitter = EventEmitter;
EventEmitter.usingDomains = false;
EventEmitter.captureRejectionSymbol = kRejection;
EventEmitter.errorMonitor = kErrorMonitor;
EventEmitter.setMaxListeners = setMaxListeners;
Object.defineProperty(EventEmitter, 'kMaxEventTargetListeners', {
  value: kMaxEventTargetListeners, enumerable: false, configurable: false, writable: false,
});
Object.defineProperty(EventEmitter, 'kMaxEventTargetListenersWarned', {
  value: kMaxEventTargetListenersWarned, enumerable: false, configurable: false, writable: false,
});

module.exports = EventEmitter;
