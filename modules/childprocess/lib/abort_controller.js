'use strict';
// internal/abort_controller: a minimal, spec-shaped AbortController and
// AbortSignal (the parts node's APIs use: aborted, reason, 'abort' listeners,
// onabort, throwIfAborted, AbortSignal.abort/timeout/any), for runtimes
// without a global one.

const kAbort = Symbol('kAbort');
const kListeners = Symbol('kListeners');
const kCreate = Symbol('kCreate');

function abortReason() {
  const err = new Error('This operation was aborted');
  err.name = 'AbortError';
  Object.defineProperty(err, 'code', { value: 20, enumerable: false, configurable: true, writable: true });
  return err;
}

class AbortSignal {
  constructor(key) {
    if (key !== kCreate) {
      const err = new TypeError('Illegal constructor');
      err.code = 'ERR_ILLEGAL_CONSTRUCTOR';
      throw err;
    }
    this[kListeners] = [];
    this._aborted = false;
    this._reason = undefined;
    this.onabort = null;
  }

  get aborted() { return this._aborted; }

  get reason() { return this._reason; }

  throwIfAborted() {
    if (this._aborted) throw this._reason;
  }

  addEventListener(type, listener, options) {
    if (listener == null) return;
    const once = typeof options === 'object' && options !== null && !!options.once;
    const list = this[kListeners];
    if (list.some((l) => l.type === type && l.listener === listener)) return;
    list.push({ type, listener, once });
  }

  removeEventListener(type, listener) {
    const list = this[kListeners];
    const i = list.findIndex((l) => l.type === type && l.listener === listener);
    if (i !== -1) list.splice(i, 1);
  }

  dispatchEvent(event) {
    const call = (fn) => {
      try {
        if (typeof fn === 'function') fn.call(this, event);
        else if (fn && typeof fn.handleEvent === 'function') fn.handleEvent(event);
      } catch (err) {
        process.nextTick(() => { throw err; });
      }
    };
    if (event.type === 'abort' && typeof this.onabort === 'function') call(this.onabort);
    for (const l of this[kListeners].slice()) {
      if (l.type !== event.type) continue;
      if (l.once) this.removeEventListener(l.type, l.listener);
      call(l.listener);
    }
    return true;
  }

  [kAbort](reason) {
    if (this._aborted) return;
    this._aborted = true;
    this._reason = reason === undefined ? abortReason() : reason;
    this.dispatchEvent({ type: 'abort', target: this, currentTarget: this, isTrusted: true });
  }

  static abort(reason) {
    const signal = new AbortSignal(kCreate);
    signal._aborted = true;
    signal._reason = reason === undefined ? abortReason() : reason;
    return signal;
  }

  static timeout(ms) {
    const signal = new AbortSignal(kCreate);
    const t = setTimeout(() => {
      const err = new Error('The operation was aborted due to timeout');
      err.name = 'TimeoutError';
      Object.defineProperty(err, 'code', { value: 23, enumerable: false, configurable: true, writable: true });
      signal[kAbort](err);
    }, ms);
    if (t && typeof t.unref === 'function') t.unref();
    return signal;
  }

  static any(signals) {
    const signal = new AbortSignal(kCreate);
    for (const s of signals) {
      if (s.aborted) {
        signal._aborted = true;
        signal._reason = s.reason;
        return signal;
      }
    }
    for (const s of signals) s.addEventListener('abort', () => signal[kAbort](s.reason), { once: true });
    return signal;
  }

  get [Symbol.toStringTag]() { return 'AbortSignal'; }
}

class AbortController {
  constructor() {
    this._signal = new AbortSignal(kCreate);
  }

  get signal() { return this._signal; }

  abort(reason) {
    this._signal[kAbort](reason);
  }

  get [Symbol.toStringTag]() { return 'AbortController'; }
}

module.exports = { AbortController, AbortSignal };
