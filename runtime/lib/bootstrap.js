// Loop helpers the Go side calls; compiled once per process.
(function (runTicks, reportUncaught) {
  'use strict';
  // Well-known symbols goja lacks; protocols that use them (async iteration,
  // explicit resource management) work when called by hand.
  for (const name of ['asyncIterator', 'dispose', 'asyncDispose']) {
    if (typeof Symbol[name] !== 'symbol') {
      Object.defineProperty(Symbol, name, { value: Symbol('Symbol.' + name) });
    }
  }
  // V8's Error.captureStackTrace, which much of npm calls.
  if (typeof Error.captureStackTrace !== 'function') {
    Object.defineProperty(Error, 'captureStackTrace', {
      writable: true,
      configurable: true,
      value: function captureStackTrace(obj) {
        const frames = String(new Error().stack).split('\n').slice(2);
        let header;
        try {
          header = Error.prototype.toString.call(obj);
        } catch {
          header = 'Error';
        }
        Object.defineProperty(obj, 'stack', {
          value: [header, ...frames].join('\n'),
          writable: true,
          configurable: true,
        });
      },
    });
  }
  if (Error.stackTraceLimit === undefined) Error.stackTraceLimit = 10;
  const resolved = Promise.resolve();
  return {
    // invoke runs a macrotask callback, then the nextTick queue, inside one
    // top-level call so that goja drains promise jobs after both, as Node
    // drains microtasks after the tick queue.
    invoke(fn, thisArg, args) {
      const r = Reflect.apply(fn, thisArg, args);
      runTicks();
      return r;
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
