'use strict';
// internal/assert/call_tracker: the (deprecated) assert.CallTracker.

const {
  codes: { ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE, ERR_OUT_OF_RANGE, ERR_UNAVAILABLE_DURING_EXIT },
} = require('internal/errors');
const AssertionError = require('internal/assert/assertion_error');

const noop = Function.prototype;
let warned = false;

class CallTracker {
  #calls = new Map(); // tracked function -> context

  constructor() {
    if (!warned) {
      warned = true;
      process.emitWarning('assert.CallTracker is deprecated.', 'DeprecationWarning', 'DEP0173');
    }
  }

  #context(fn) {
    const ctx = this.#calls.get(fn);
    if (!ctx) throw new ERR_INVALID_ARG_VALUE('fn', fn, 'is not a tracked function');
    return ctx;
  }

  calls(fn, expected = 1) {
    if (typeof fn === 'number') {
      expected = fn;
      fn = noop;
    } else if (fn === undefined) {
      fn = noop;
    }
    if (process._exiting) throw new ERR_UNAVAILABLE_DURING_EXIT();
    if (typeof expected !== 'number') throw new ERR_INVALID_ARG_TYPE('exact', 'number', expected);
    if (!Number.isInteger(expected) || expected < 1) {
      throw new ERR_OUT_OF_RANGE('exact', `>= 1 && <= ${2 ** 32 - 1}`, expected);
    }
    const ctx = { exact: expected, actual: 0, name: fn.name || 'calls', stackTrace: new Error(), calls: [] };
    // A null-prototype handler: traps inherited from Object.prototype
    // (a program's Object.prototype.get) must not apply.
    const tracked = new Proxy(fn, {
      __proto__: null,
      apply(target, thisArg, args) {
        ctx.actual++;
        // Copy the arguments: the array handed to the trap is not ours to keep.
        ctx.calls.push({ thisArg, arguments: Array.prototype.slice.call(args) });
        return Reflect.apply(target, thisArg, args);
      },
    });
    this.#calls.set(tracked, ctx);
    return tracked;
  }

  getCalls(fn) {
    return this.#context(fn).calls.slice();
  }

  reset(fn) {
    if (fn === undefined) {
      for (const ctx of this.#calls.values()) {
        ctx.actual = 0;
        ctx.calls = [];
      }
      return;
    }
    const ctx = this.#context(fn);
    ctx.actual = 0;
    ctx.calls = [];
  }

  report() {
    const errors = [];
    for (const ctx of this.#calls.values()) {
      if (ctx.actual !== ctx.exact) {
        errors.push({
          message: `Expected the ${ctx.name} function to be executed ${ctx.exact} time(s) but was executed ` +
            `${ctx.actual} time(s).`,
          actual: ctx.actual,
          expected: ctx.exact,
          operator: ctx.name,
          stack: ctx.stackTrace,
        });
      }
    }
    return errors;
  }

  verify() {
    const errors = this.report();
    if (errors.length === 0) return;
    const message = errors.length === 1 ? errors[0].message : 'Functions were not called the expected number of times';
    throw new AssertionError({ message, details: errors });
  }
}

module.exports = CallTracker;
