// timers/promises: promise forms of setTimeout, setImmediate and
// setInterval (an object with next(), since goja has no async generators).
'use strict';
const timers = require('timers');

function abortError(signal) {
  const err = new Error('The operation was aborted');
  err.name = 'AbortError';
  err.code = 'ABORT_ERR';
  if (signal && signal.reason !== undefined) err.cause = signal.reason;
  return err;
}

function schedule(set, clear, delay, value, options) {
  options = options || {};
  const signal = options.signal;
  if (signal && signal.aborted) return Promise.reject(abortError(signal));
  return new Promise((resolve, reject) => {
    let onAbort;
    const handle = set(() => {
      if (signal) signal.removeEventListener('abort', onAbort);
      resolve(value);
    }, delay);
    if (options.ref === false && handle.unref) handle.unref();
    if (signal) {
      onAbort = () => {
        clear(handle);
        reject(abortError(signal));
      };
      signal.addEventListener('abort', onAbort, { once: true });
    }
  });
}

exports.setTimeout = function setTimeout(delay, value, options) {
  return schedule(timers.setTimeout, timers.clearTimeout, delay, value, options);
};

exports.setImmediate = function setImmediate(value, options) {
  return schedule((fn) => timers.setImmediate(fn), timers.clearImmediate, 0, value, options);
};

exports.setInterval = function setInterval(delay, value, options) {
  const waiting = [];
  let ticks = 0;
  let done = false;
  const handle = timers.setInterval(() => {
    if (waiting.length > 0) waiting.shift()({ value, done: false });
    else ticks++;
  }, delay);
  if (options && options.ref === false) handle.unref();
  const iterator = {
    next() {
      if (done) return Promise.resolve({ value: undefined, done: true });
      if (ticks > 0) {
        ticks--;
        return Promise.resolve({ value, done: false });
      }
      return new Promise((resolve) => waiting.push(resolve));
    },
    return() {
      done = true;
      timers.clearInterval(handle);
      while (waiting.length > 0) waiting.shift()({ value: undefined, done: true });
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
