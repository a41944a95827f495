// timers/promises: promise forms of setTimeout, setImmediate and
// setInterval (an object with next(), since goja has no async generators).
'use strict';
const timers = require('timers');
const { validate } = require('internal/timers');

function abortError(signal) {
  const err = new Error('The operation was aborted');
  err.name = 'AbortError';
  err.code = 'ABORT_ERR';
  if (signal && signal.reason !== undefined) err.cause = signal.reason;
  return err;
}

function schedule(set, clear, delay, value, options = {}) {
  try {
    validate(delay, options);
  } catch (err) {
    return Promise.reject(err);
  }
  const { signal, ref = true } = options;
  if (signal && signal.aborted) return Promise.reject(abortError(signal));
  let onAbort;
  const promise = new Promise((resolve, reject) => {
    const handle = set(() => resolve(value), delay);
    if (!ref) handle.unref();
    if (signal) {
      onAbort = () => {
        clear(handle);
        reject(abortError(signal));
      };
      signal.addEventListener('abort', onAbort, { once: true });
    }
  });
  return onAbort === undefined ? promise : promise.finally(() => signal.removeEventListener('abort', onAbort));
}

exports.setTimeout = function setTimeout(delay, value, options) {
  return schedule(timers.setTimeout, timers.clearTimeout, delay, value, options);
};

exports.setImmediate = function setImmediate(value, options) {
  return schedule((fn) => timers.setImmediate(fn), timers.clearImmediate, undefined, value, options);
};

// setInterval's iterator yields value once per tick (ticks that came while
// nobody waited are kept), until return() or the signal aborts; as node's
// async generator, bad arguments and an aborted signal reject the first
// next().
exports.setInterval = function setInterval(delay, value, options = {}) {
  let failed;
  try {
    validate(undefined, options);
  } catch (err) {
    failed = err;
  }
  const { signal, ref = true } = failed ? {} : options;
  if (!failed && signal && signal.aborted) failed = abortError(signal);
  const waiting = [];
  let ticks = 0;
  let done = false;
  let handle;
  let onAbort;
  const finish = () => {
    done = true;
    if (handle) timers.clearInterval(handle);
    if (onAbort) signal.removeEventListener('abort', onAbort);
  };
  if (!failed) {
    handle = timers.setInterval(() => {
      if (waiting.length > 0) waiting.shift().resolve({ value, done: false });
      else ticks++;
    }, delay);
    if (!ref) handle.unref();
    if (signal) {
      onAbort = () => {
        finish();
        failed = abortError(signal);
        while (waiting.length > 0) waiting.shift().reject(failed);
      };
      signal.addEventListener('abort', onAbort, { once: true });
    }
  }
  const iterator = {
    next() {
      if (failed) {
        const err = failed;
        failed = undefined;
        finish();
        return Promise.reject(err);
      }
      if (done) return Promise.resolve({ value: undefined, done: true });
      if (ticks > 0) {
        ticks--;
        return Promise.resolve({ value, done: false });
      }
      return new Promise((resolve, reject) => waiting.push({ resolve, reject }));
    },
    return() {
      finish();
      while (waiting.length > 0) waiting.shift().resolve({ value: undefined, done: true });
      return Promise.resolve({ value: undefined, done: true });
    },
    [Symbol.asyncIterator]() {
      return iterator;
    },
  };
  return iterator;
};

exports.scheduler = {
  wait(delay, options) {
    return exports.setTimeout(delay, undefined, options);
  },
  yield() {
    return exports.setImmediate();
  },
};
