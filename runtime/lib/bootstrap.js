// Loop helpers the Go side calls; compiled once per process.
(function (reportUncaught, callTask) {
  'use strict';
  // Well-known symbols goja lacks; protocols that use them (async iteration,
  // explicit resource management) work when called by hand.
  for (const name of ['asyncIterator', 'dispose', 'asyncDispose']) {
    if (typeof Symbol[name] !== 'symbol') {
      Object.defineProperty(Symbol, name, { value: Symbol('Symbol.' + name) });
    }
  }
  const resolved = Promise.resolve();
  return {
    // invoke runs a macrotask callback, then the nextTick queue (both in
    // callTask), inside one top-level call so that goja drains promise jobs
    // after both, as Node drains microtasks after the tick queue.
    invoke() {
      return callTask();
    },
    queueMicrotask(fn) {
      resolved.then(() => {
        try {
          fn();
        } catch (err) {
          reportUncaught(err);
        }
      });
    },
  };
})
