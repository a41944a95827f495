'use strict';
// Readable.prototype operators (map, filter, forEach, toArray, ...), written
// with explicit async iterators since the engine has no async generators.

const { AbortError, codes } = require('internal/streams/errors');
const {
  validateAbortSignal, validateInteger, validateObject, asyncIteratorOf, isNodeStream, isWritable,
  newAbortController,
} = require('internal/streams/utils');
const { addAbortSignalNoValidate } = require('internal/streams/add-abort-signal');
const { finished } = require('internal/streams/end-of-stream');

const kEmpty = Symbol('kEmpty');
const kEof = Symbol('kEof');

function validateOptions(options) {
  if (options != null) validateObject(options, 'options');
  if (options && options.signal != null) validateAbortSignal(options.signal, 'options.signal');
}

function validateFn(fn, name = 'fn') {
  if (typeof fn !== 'function') throw codes.ERR_INVALID_ARG_TYPE(name, ['Function', 'AsyncFunction'], fn);
}

function aborted(options) {
  return !!(options && options.signal && options.signal.aborted);
}

// iterable wraps a function returning an iterator as an async iterable.
function iterable(makeIterator) {
  return { [Symbol.asyncIterator]: makeIterator };
}

// forOf calls body(value) for each value of source, stopping (and closing
// the iterator, as for-await does) when body returns true or throws.
async function forOf(source, body) {
  const it = asyncIteratorOf(source);
  for (;;) {
    const { value, done } = await it.next();
    if (done) return;
    let stop;
    try {
      stop = await body(value);
    } catch (err) {
      if (typeof it.return === 'function') {
        try {
          await it.return();
        } catch {
          // The body's error wins.
        }
      }
      throw err;
    }
    if (stop) {
      if (typeof it.return === 'function') await it.return();
      return;
    }
  }
}

function compose(stream, options) {
  validateOptions(options);
  if (isNodeStream(stream) && !isWritable(stream)) {
    throw codes.ERR_INVALID_ARG_VALUE('stream', stream, 'must be writable');
  }
  const composed = require('internal/streams/compose')(this, stream);
  if (options && options.signal) addAbortSignalNoValidate(options.signal, composed);
  return composed;
}

function map(fn, options) {
  validateFn(fn);
  validateOptions(options);
  let concurrency = 1;
  if (options && options.concurrency != null) concurrency = Math.floor(options.concurrency);
  let highWaterMark = concurrency - 1;
  if (options && options.highWaterMark != null) highWaterMark = Math.floor(options.highWaterMark);
  validateInteger(concurrency, 'options.concurrency', 1);
  validateInteger(highWaterMark, 'options.highWaterMark', 0);
  highWaterMark += concurrency;
  const stream = this;
  return iterable(() => mapIterator(stream, fn, options, concurrency, highWaterMark));
}

// mapIterator runs fn over up to `concurrency` values at once and yields the
// results in order.
function mapIterator(stream, fn, options, concurrency, highWaterMark) {
  const signal = options && options.signal;
  const signalOpt = { signal };
  const queue = [];
  let next = null;
  let resume = null;
  let done = false;
  let cnt = 0;
  let pendingShift = false;
  let closed = false;

  function onCatch() {
    done = true;
    afterItemProcessed();
  }

  function afterItemProcessed() {
    cnt -= 1;
    maybeResume();
  }

  function maybeResume() {
    if (resume && !done && cnt < concurrency && queue.length < highWaterMark) {
      resume();
      resume = null;
    }
  }

  function wake() {
    if (next) {
      next();
      next = null;
    }
  }

  async function pump() {
    try {
      await forOf(stream, async (val) => {
        if (done) return true;
        if (signal && signal.aborted) throw new AbortError();
        try {
          val = fn(val, signalOpt);
          if (val === kEmpty) return false;
          val = Promise.resolve(val);
        } catch (err) {
          val = Promise.reject(err);
        }
        cnt += 1;
        val.then(afterItemProcessed, onCatch);
        queue.push(val);
        wake();
        if (!done && (queue.length >= highWaterMark || cnt >= concurrency)) {
          await new Promise((resolve) => {
            resume = resolve;
          });
        }
        return false;
      });
      queue.push(kEof);
    } catch (err) {
      const val = Promise.reject(err);
      val.then(afterItemProcessed, onCatch);
      queue.push(val);
    } finally {
      done = true;
      wake();
    }
  }

  function close() {
    closed = true;
    done = true;
    if (resume) {
      resume();
      resume = null;
    }
  }

  pump();

  async function step() {
    if (closed) return { value: undefined, done: true };
    if (pendingShift) {
      pendingShift = false;
      queue.shift();
      maybeResume();
    }
    try {
      for (;;) {
        while (queue.length > 0) {
          const val = await queue[0];
          if (val === kEof) {
            close();
            return { value: undefined, done: true };
          }
          if (signal && signal.aborted) throw new AbortError();
          if (val !== kEmpty) {
            pendingShift = true;
            return { value: val, done: false };
          }
          queue.shift();
          maybeResume();
        }
        await new Promise((resolve) => {
          next = resolve;
        });
      }
    } catch (err) {
      close();
      throw err;
    }
  }

  let chain = Promise.resolve();
  return {
    next() {
      const p = chain.then(step);
      chain = p.then(() => {}, () => {});
      return p;
    },
    return(value) {
      const p = chain.then(() => {
        close();
        return { value, done: true };
      });
      chain = p;
      return p;
    },
    [Symbol.asyncIterator]() {
      return this;
    },
  };
}

function filter(fn, options) {
  validateFn(fn);
  async function filterFn(value, opts) {
    if (await fn(value, opts)) return value;
    return kEmpty;
  }
  return map.call(this, filterFn, options);
}

function flatMap(fn, options) {
  const values = map.call(this, fn, options);
  return iterable(() => {
    let outer;
    let inner = null;
    async function step() {
      outer ??= asyncIteratorOf(values);
      for (;;) {
        if (inner) {
          const r = await inner.next();
          if (!r.done) return { value: r.value, done: false };
          inner = null;
        }
        const o = await outer.next();
        if (o.done) return { value: undefined, done: true };
        inner = asyncIteratorOf(o.value);
      }
    }
    return {
      next: step,
      async return(value) {
        if (inner && typeof inner.return === 'function') await inner.return();
        if (outer && typeof outer.return === 'function') await outer.return();
        return { value, done: true };
      },
      [Symbol.asyncIterator]() {
        return this;
      },
    };
  });
}

function toIntegerOrInfinity(number) {
  number = Number(number);
  if (Number.isNaN(number)) return 0;
  if (number < 0) throw codes.ERR_OUT_OF_RANGE('number', '>= 0', number);
  return number;
}

// sliceIterable yields the values of source whose position passes keep().
function sliceIterable(source, options, keep, stopAfter) {
  return iterable(() => {
    let it;
    let index = 0;
    let finished = false;
    return {
      async next() {
        if (finished) return { value: undefined, done: true };
        if (aborted(options)) throw new AbortError();
        it ??= asyncIteratorOf(source);
        for (;;) {
          if (stopAfter(index)) {
            finished = true;
            if (typeof it.return === 'function') await it.return();
            return { value: undefined, done: true };
          }
          const r = await it.next();
          if (r.done) {
            finished = true;
            return r;
          }
          if (aborted(options)) throw new AbortError();
          if (keep(index++)) return { value: r.value, done: false };
        }
      },
      async return(value) {
        finished = true;
        if (it && typeof it.return === 'function') await it.return();
        return { value, done: true };
      },
      [Symbol.asyncIterator]() {
        return this;
      },
    };
  });
}

function drop(number, options) {
  validateOptions(options);
  number = toIntegerOrInfinity(number);
  return sliceIterable(this, options, (i) => i >= number, () => false);
}

function take(number, options) {
  validateOptions(options);
  number = toIntegerOrInfinity(number);
  return sliceIterable(this, options, () => true, (i) => i >= number);
}

async function some(fn, options) {
  let found = false;
  await forOf(filter.call(this, fn, options), () => {
    found = true;
    return true;
  });
  return found;
}

async function every(fn, options) {
  validateFn(fn);
  return !(await some.call(this, async (...args) => !(await fn(...args)), options));
}

async function find(fn, options) {
  let result;
  await forOf(filter.call(this, fn, options), (value) => {
    result = value;
    return true;
  });
  return result;
}

async function forEach(fn, options) {
  validateFn(fn);
  async function forEachFn(value, opts) {
    await fn(value, opts);
    return kEmpty;
  }
  await forOf(map.call(this, forEachFn, options), () => false);
}

async function reduce(reducer, initialValue, options) {
  validateFn(reducer, 'reducer');
  validateOptions(options);
  let hasInitialValue = arguments.length > 1;
  if (aborted(options)) {
    const err = new AbortError(undefined, { cause: options.signal.reason });
    this.once('error', () => {});
    await finished(this.destroy(err));
    throw err;
  }
  const ac = newAbortController();
  const signal = ac ? ac.signal : undefined;
  if (ac && options && options.signal) {
    options.signal.addEventListener('abort', () => ac.abort(), { once: true });
  }
  let gotAny = false;
  try {
    await forOf(this, async (value) => {
      gotAny = true;
      if (aborted(options)) throw new AbortError();
      if (!hasInitialValue) {
        initialValue = value;
        hasInitialValue = true;
      } else {
        initialValue = await reducer(initialValue, value, { signal });
      }
      return false;
    });
    if (!gotAny && !hasInitialValue) {
      const err = codes.ERR_MISSING_ARGS('reduce');
      err.message = 'Reduce of an empty stream requires an initial value';
      throw err;
    }
  } finally {
    if (ac) ac.abort();
  }
  return initialValue;
}

async function toArray(options) {
  validateOptions(options);
  const result = [];
  await forOf(this, (value) => {
    if (aborted(options)) throw new AbortError(undefined, { cause: options.signal.reason });
    result.push(value);
    return false;
  });
  return result;
}

// streamReturning results become Readables (Readable.from); promiseReturning
// results are returned as they are. stream.js defines both sets on
// Readable.prototype and loads this module on their first use.
module.exports = {
  streamReturning: { drop, filter, flatMap, map, take, compose },
  promiseReturning: { every, forEach, reduce, toArray, some, find },
};
