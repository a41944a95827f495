// EventTarget, Event, AbortController and AbortSignal: the web-platform
// event classes Node exposes as globals. Compiled on first use.
'use strict';

const kListeners = Symbol('kListeners');
const kStop = Symbol('kStop');

class Event {
  #type;
  constructor(type, options = {}) {
    if (arguments.length === 0) {
      const err = new TypeError('The "type" argument must be specified');
      err.code = 'ERR_MISSING_ARGS';
      throw err;
    }
    this.#type = `${type}`;
    this.bubbles = !!options.bubbles;
    this.cancelable = !!options.cancelable;
    this.composed = !!options.composed;
    this.defaultPrevented = false;
    this.timeStamp = performanceNow();
    this.target = null;
    this.currentTarget = null;
    this.isTrusted = false;
    this[kStop] = false;
  }
  get type() { return this.#type; }
  get srcElement() { return this.target; }
  get eventPhase() { return this.currentTarget ? 2 : 0; }
  get cancelBubble() { return this[kStop]; }
  get returnValue() { return !this.defaultPrevented; }
  composedPath() { return this.currentTarget ? [this.currentTarget] : []; }
  preventDefault() { if (this.cancelable) this.defaultPrevented = true; }
  stopPropagation() {}
  stopImmediatePropagation() { this[kStop] = true; }
  get [Symbol.toStringTag]() { return 'Event'; }
}
Event.NONE = 0;
Event.CAPTURING_PHASE = 1;
Event.AT_TARGET = 2;
Event.BUBBLING_PHASE = 3;

function performanceNow() {
  const [s, ns] = process.hrtime();
  return s * 1e3 + ns / 1e6;
}

class EventTarget {
  constructor() {
    Object.defineProperty(this, kListeners, { value: new Map() });
  }
  addEventListener(type, listener, options = {}) {
    if (listener == null) return;
    if (typeof options === 'boolean') options = { capture: options };
    const list = this[kListeners].get(type) || [];
    if (list.some((l) => l.listener === listener && l.capture === !!options.capture)) return;
    const entry = { listener, once: !!options.once, capture: !!options.capture };
    list.push(entry);
    this[kListeners].set(type, list);
    if (options.signal) {
      options.signal.addEventListener('abort', () => this.removeEventListener(type, listener, options), { once: true });
    }
  }
  removeEventListener(type, listener, options = {}) {
    if (typeof options === 'boolean') options = { capture: options };
    const list = this[kListeners].get(type);
    if (!list) return;
    const i = list.findIndex((l) => l.listener === listener && l.capture === !!options.capture);
    if (i >= 0) list.splice(i, 1);
  }
  dispatchEvent(event) {
    if (!(event instanceof Event)) {
      const err = new TypeError('The "event" argument must be an instance of Event. Received ' + typeof event);
      err.code = 'ERR_INVALID_ARG_TYPE';
      throw err;
    }
    event.target = this;
    event.currentTarget = this;
    const list = this[kListeners].get(event.type);
    if (list) {
      for (const entry of list.slice()) {
        if (entry.once) this.removeEventListener(event.type, entry.listener, entry);
        try {
          if (typeof entry.listener === 'function') entry.listener.call(this, event);
          else if (entry.listener && typeof entry.listener.handleEvent === 'function') entry.listener.handleEvent(event);
        } catch (err) {
          process.nextTick(() => { throw err; });
        }
        if (event[kStop]) break;
      }
    }
    event.currentTarget = null;
    return !event.defaultPrevented;
  }
  get [Symbol.toStringTag]() { return 'EventTarget'; }
}

function abortReason(reason) {
  if (reason !== undefined) return reason;
  const err = new Error('This operation was aborted');
  err.name = 'AbortError';
  err.code = 20;
  return err;
}

let constructing = false;

class AbortSignal extends EventTarget {
  constructor() {
    if (!constructing) {
      const err = new TypeError('Illegal constructor');
      err.code = 'ERR_ILLEGAL_CONSTRUCTOR';
      throw err;
    }
    super();
    this.aborted = false;
    this.reason = undefined;
    this.onabort = null;
  }
  throwIfAborted() {
    if (this.aborted) throw this.reason;
  }
  static abort(reason) {
    const s = newSignal();
    s.aborted = true;
    s.reason = abortReason(reason);
    return s;
  }
  static timeout(ms) {
    const s = newSignal();
    const t = setTimeout(() => {
      const err = new Error('The operation was aborted due to timeout');
      err.name = 'TimeoutError';
      err.code = 23;
      abortSignal(s, err);
    }, ms);
    t.unref();
    return s;
  }
  static any(signals) {
    const s = newSignal();
    for (const sig of signals) {
      if (sig.aborted) {
        abortSignal(s, sig.reason);
        return s;
      }
    }
    for (const sig of signals) sig.addEventListener('abort', () => abortSignal(s, sig.reason), { once: true });
    return s;
  }
  get [Symbol.toStringTag]() { return 'AbortSignal'; }
}

function newSignal() {
  constructing = true;
  try {
    return new AbortSignal();
  } finally {
    constructing = false;
  }
}

function abortSignal(signal, reason) {
  if (signal.aborted) return;
  signal.aborted = true;
  signal.reason = abortReason(reason);
  const event = new Event('abort');
  if (typeof signal.onabort === 'function') signal.onabort.call(signal, event);
  signal.dispatchEvent(event);
}

class AbortController {
  #signal = newSignal();
  get signal() { return this.#signal; }
  abort(reason) { abortSignal(this.#signal, reason); }
  get [Symbol.toStringTag]() { return 'AbortController'; }
}

module.exports = { Event, EventTarget, AbortController, AbortSignal };
