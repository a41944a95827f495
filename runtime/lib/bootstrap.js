// Loop helpers the Go side calls; compiled once per process.
(function (reportUncaught, callTask) {
  'use strict';
  // Made on the first microtask: a program that queues none never makes
  // Promise.
  let resolved;
  return {
    // invoke runs a macrotask callback, then the nextTick queue (both in
    // callTask), inside one top-level call so that goja drains promise jobs
    // after both, as Node drains microtasks after the tick queue.
    invoke() {
      return callTask();
    },
    queueMicrotask(fn) {
      (resolved ??= Promise.resolve()).then(() => {
        try {
          fn();
        } catch (err) {
          reportUncaught(err);
        }
      });
    },
  };
})
