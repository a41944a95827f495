'use strict';
// internal/perf/observe: what other core modules use to make entries for
// PerformanceObserver without loading perf_hooks — whether an entry type
// is observed, and startPerf/stopPerf, which time an operation, as node's.

const binding = require('internal/perf');

const hasObserver = binding.hasObserver;

// startPerf keeps context (the entry's name, type and detail) with the
// start time under key on target.
function startPerf(target, key, context = {}) {
  target[key] = { ...context, startTime: binding.now() };
}

// stopPerf hands the observers the entry of what startPerf timed under key
// on target, its detail that of both contexts.
function stopPerf(target, key, context = {}) {
  const ctx = target[key];
  if (!ctx) return;
  const startTime = ctx.startTime;
  // (Entries are observed, so perf_hooks is loaded.)
  const { createNodeEntry, enqueue } = require('perf_hooks');
  enqueue(createNodeEntry(ctx.name, ctx.type, startTime, binding.now() - startTime,
    { ...ctx.detail, ...context.detail }));
}

module.exports = { hasObserver, startPerf, stopPerf };
