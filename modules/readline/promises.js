'use strict';
// node's 'readline/promises' module: an Interface whose question() returns a
// promise, and the Readline class that batches cursor actions for a stream.

const {
  Interface: _Interface, AbortError, kQuestion, kQuestionCancel, kTabComplete, kTabCompleter,
} = require('internal/readline/interface');
const {
  CSI, validateAbortSignal, validateBoolean, validateInteger,
} = require('internal/readline/callbacks');
const { isWritable } = require('internal/streams/utils');
const { ERR_INVALID_ARG_TYPE } = require('internal/errors').codes;

class Interface extends _Interface {
  // eslint-disable-next-line no-useless-constructor
  constructor(input, output, completer, terminal) {
    super(input, output, completer, terminal);
  }

  // kTabComplete awaits what the completer returns, a promise or not.
  async [kTabComplete](lastKeypressWasTab) {
    this.pause();
    let value;
    try {
      value = await this.completer(this.line.slice(0, this.cursor));
    } catch (err) {
      this[kTabCompleter](lastKeypressWasTab, err);
      return;
    } finally {
      this.resume();
    }
    this[kTabCompleter](lastKeypressWasTab, null, value);
  }

  question(query, options = {}) {
    return new Promise((resolve, reject) => {
      let cb = resolve;
      const signal = options && options.signal;
      if (signal) {
        validateAbortSignal(signal, 'options.signal');
        if (signal.aborted) {
          reject(new AbortError(undefined, { cause: signal.reason }));
          return;
        }
        const onAbort = () => {
          this[kQuestionCancel]();
          reject(new AbortError(undefined, { cause: signal.reason }));
        };
        signal.addEventListener('abort', onAbort, { once: true });
        cb = (answer) => {
          signal.removeEventListener('abort', onAbort);
          resolve(answer);
        };
      }
      this[kQuestion](query, cb);
    });
  }
}

const kStream = Symbol('kStream');
const kTodo = Symbol('kTodo');
const kAutoCommit = Symbol('kAutoCommit');

// Readline queues cursor actions for stream until commit() (or writes each
// on the next tick with autoCommit).
class Readline {
  constructor(stream, options = undefined) {
    if (!isWritable(stream)) throw new ERR_INVALID_ARG_TYPE('stream', 'Writable', stream);
    this[kStream] = stream;
    this[kTodo] = [];
    this[kAutoCommit] = false;
    if (options != null && options.autoCommit != null) {
      validateBoolean(options.autoCommit, 'options.autoCommit');
      this[kAutoCommit] = options.autoCommit;
    }
  }

  cursorTo(x, y = undefined) {
    validateInteger(x, 'x');
    if (y != null) validateInteger(y, 'y');
    return queue(this, y == null ? `\x1b[${x + 1}G` : `\x1b[${y + 1};${x + 1}H`);
  }

  moveCursor(dx, dy) {
    if (dx || dy) {
      validateInteger(dx, 'dx');
      validateInteger(dy, 'dy');
      let data = '';
      if (dx < 0) data += `\x1b[${-dx}D`;
      else if (dx > 0) data += `\x1b[${dx}C`;
      if (dy < 0) data += `\x1b[${-dy}A`;
      else if (dy > 0) data += `\x1b[${dy}B`;
      queue(this, data);
    }
    return this;
  }

  clearLine(dir) {
    validateInteger(dir, 'dir', -1, 1);
    return queue(this, dir < 0 ? CSI.kClearToLineBeginning : dir > 0 ? CSI.kClearToLineEnd : CSI.kClearLine);
  }

  clearScreenDown() {
    return queue(this, CSI.kClearScreenDown);
  }

  commit() {
    return new Promise((resolve) => {
      this[kStream].write(this[kTodo].join(''), resolve);
      this[kTodo] = [];
    });
  }

  rollback() {
    this[kTodo] = [];
    return this;
  }
}

function queue(rl, data) {
  if (rl[kAutoCommit]) process.nextTick(() => rl[kStream].write(data));
  else rl[kTodo].push(data);
  return rl;
}

function createInterface(input, output, completer, terminal) {
  return new Interface(input, output, completer, terminal);
}

module.exports = { Interface, Readline, createInterface };
