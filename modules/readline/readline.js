'use strict';
// node's 'readline' module: createInterface and the callback-style
// Interface (callable without new, question with a callback), the cursor
// functions and emitKeypressEvents.

const internal = require('internal/readline/interface');
const {
  Interface: _Interface, InterfaceConstructor, AbortError, kQuestion, kQuestionCancel,
} = internal;
const {
  cursorTo, moveCursor, clearLine, clearScreenDown, validateAbortSignal,
} = require('internal/readline/callbacks');
const { emitKeypressEvents } = require('internal/readline/emitKeypressEvents');

function Interface(input, output, completer, terminal) {
  if (!(this instanceof Interface)) return new Interface(input, output, completer, terminal);
  // A completer that does not take a callback returns its answer.
  if (input && input.input && typeof input.completer === 'function' && input.completer.length !== 2) {
    const realCompleter = input.completer;
    input.completer = (v, cb) => cb(null, realCompleter(v));
  } else if (typeof completer === 'function' && completer.length !== 2) {
    const realCompleter = completer;
    completer = (v, cb) => cb(null, realCompleter(v));
  }
  InterfaceConstructor.call(this, input, output, completer, terminal);
}
Object.setPrototypeOf(Interface.prototype, _Interface.prototype);
Object.setPrototypeOf(Interface, _Interface);

// question writes query and calls cb with the next line; an aborted
// options.signal cancels it.
Interface.prototype.question = function question(query, options, cb) {
  cb = typeof options === 'function' ? options : cb;
  if (options === null || typeof options !== 'object') options = {};
  if (options.signal) {
    const signal = options.signal;
    validateAbortSignal(signal, 'options.signal');
    if (signal.aborted) return;
    const onAbort = () => this[kQuestionCancel]();
    signal.addEventListener('abort', onAbort, { once: true });
    const cleanup = () => signal.removeEventListener('abort', onAbort);
    const original = cb;
    cb = typeof cb === 'function' ? (answer) => {
      cleanup();
      return original(answer);
    } : cleanup;
  }
  if (typeof cb === 'function') this[kQuestion](query, cb);
};

// util.promisify(rl.question) gives a promise that an aborted signal rejects.
Object.defineProperty(Interface.prototype.question, Symbol.for('nodejs.util.promisify.custom'), {
  __proto__: null,
  value: function question(query, options) {
    if (options === null || typeof options !== 'object') options = {};
    const signal = options.signal;
    if (signal && signal.aborted) return Promise.reject(new AbortError(undefined, { cause: signal.reason }));
    return new Promise((resolve, reject) => {
      let cb = resolve;
      if (signal) {
        const onAbort = () => reject(new AbortError(undefined, { cause: signal.reason }));
        signal.addEventListener('abort', onAbort, { once: true });
        cb = (answer) => {
          signal.removeEventListener('abort', onAbort);
          resolve(answer);
        };
      }
      this.question(query, options, cb);
    });
  },
  writable: true, configurable: true,
});

// The underscore names of the internal state and methods stay reachable
// (and replaceable: programs mute output by assigning _writeToOutput).
for (const key of Object.values(internal)) {
  if (typeof key !== 'symbol' || !key.description.startsWith('_')) continue;
  Object.defineProperty(Interface.prototype, key.description, {
    __proto__: null,
    get() { return this[key]; },
    set(value) { this[key] = value; },
    configurable: true,
    enumerable: false,
  });
}
Object.defineProperty(Interface.prototype, '_getCursorPos', {
  __proto__: null,
  get() { return this.getCursorPos; },
  set(value) { this.getCursorPos = value; },
  configurable: true,
});

function createInterface(input, output, completer, terminal) {
  return new Interface(input, output, completer, terminal);
}

module.exports = {
  Interface,
  clearLine,
  clearScreenDown,
  createInterface,
  cursorTo,
  emitKeypressEvents,
  moveCursor,
};

let promises;
Object.defineProperty(module.exports, 'promises', {
  __proto__: null,
  configurable: true,
  enumerable: true,
  get() {
    if (promises === undefined) promises = require('readline/promises');
    return promises;
  },
});
