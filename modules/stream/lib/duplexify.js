'use strict';
// duplexify(body): Duplex.from() — turn streams, iterables, promises,
// functions and { readable, writable } pairs into a Duplex.

const {
  isReadable, isWritable, isIterable, isNodeStream, isReadableNodeStream,
  isWritableNodeStream, isDuplexNodeStream, isReadableStream, isWritableStream,
  newAbortController, deferred,
} = require('internal/streams/utils');
const eos = require('internal/streams/end-of-stream');
const { AbortError, codes } = require('internal/streams/errors');
const { destroyer } = require('internal/streams/destroy');
const Duplex = require('internal/streams/duplex');
const Readable = require('internal/streams/readable');
const Writable = require('internal/streams/writable');
const from = require('internal/streams/from');

class Duplexify extends Duplex {
  constructor(options) {
    super(options);
    // Duplex leaves readable/writable: false options to its subclasses here.
    if (options && options.readable === false) {
      this._readableState.readable = false;
      this._readableState.ended = true;
      this._readableState.endEmitted = true;
    }
    if (options && options.writable === false) {
      this._writableState.writable = false;
      this._writableState.ending = true;
      this._writableState.ended = true;
      this._writableState.finished = true;
    }
  }
}

function duplexify(body, name) {
  if (isDuplexNodeStream(body)) return body;
  if (isReadableNodeStream(body)) return duplexifyPair({ readable: body });
  if (isWritableNodeStream(body)) return duplexifyPair({ writable: body });
  if (isNodeStream(body)) return duplexifyPair({ writable: false, readable: false });
  if (isReadableStream(body)) return duplexifyPair({ readable: Readable.fromWeb(body) });
  if (isWritableStream(body)) return duplexifyPair({ writable: Writable.fromWeb(body) });

  if (typeof body === 'function') {
    const { value, write, final, destroy } = fromAsyncFn(body);

    if (isDuplexNodeStream(value)) return value;

    if (isIterable(value)) {
      return from(Duplexify, value, { objectMode: true, write, final, destroy });
    }

    const then = value && value.then;
    if (typeof then === 'function') {
      let d;
      const promise = then.call(value, (val) => {
        if (val != null) throw codes.ERR_INVALID_RETURN_VALUE('nully', 'body', val);
      }, (err) => {
        destroyer(d, err);
      });

      d = new Duplexify({
        objectMode: true,
        readable: false,
        write,
        final(cb) {
          final(async () => {
            try {
              await promise;
              process.nextTick(cb, null);
            } catch (err) {
              process.nextTick(cb, err);
            }
          });
        },
        destroy,
      });
      return d;
    }

    throw codes.ERR_INVALID_RETURN_VALUE('Iterable, AsyncIterable or AsyncFunction', name, value);
  }

  // A Blob is read as the promise of its bytes.
  if (body instanceof require('buffer').Blob) return duplexify(body.arrayBuffer());

  if (isIterable(body)) return from(Duplexify, body, { objectMode: true, writable: false });

  if (body && isReadableStream(body.readable) && isWritableStream(body.writable)) return Duplexify.fromWeb(body);

  if (body && (typeof body.writable === 'object' || typeof body.readable === 'object')) {
    const readable = body.readable ?
      (isReadableNodeStream(body.readable) ? body.readable : duplexify(body.readable)) : undefined;
    const writable = body.writable ?
      (isWritableNodeStream(body.writable) ? body.writable : duplexify(body.writable)) : undefined;
    return duplexifyPair({ readable, writable });
  }

  const then = body && body.then;
  if (typeof then === 'function') {
    let d;
    then.call(body, (val) => {
      if (val != null) d.push(val);
      d.push(null);
    }, (err) => {
      destroyer(d, err);
    });
    d = new Duplexify({ objectMode: true, writable: false, read() {} });
    return d;
  }

  throw codes.ERR_INVALID_ARG_TYPE(name,
    ['Blob', 'ReadableStream', 'WritableStream', 'Stream', 'Iterable', 'AsyncIterable', 'Function',
      '{ readable, writable } pair', 'Promise'], body);
}

// fromAsyncFn calls fn with an async iterator of the chunks written to the
// duplex; write/final/destroy feed that iterator.
function fromAsyncFn(fn) {
  let { promise, resolve } = deferred();
  const ac = newAbortController();
  const signal = ac ? ac.signal : undefined;
  let finished = false;

  const source = {
    async next() {
      if (finished) return { value: undefined, done: true };
      const pending = promise;
      promise = null;
      const { chunk, done, cb } = await pending;
      process.nextTick(cb);
      if (done) {
        finished = true;
        return { value: undefined, done: true };
      }
      if (signal && signal.aborted) {
        finished = true;
        throw new AbortError(undefined, { cause: signal.reason });
      }
      ({ promise, resolve } = deferred());
      return { value: chunk, done: false };
    },
    async return(value) {
      finished = true;
      return { value, done: true };
    },
    [Symbol.asyncIterator]() {
      return this;
    },
  };

  const value = fn(source, { signal });

  return {
    value,
    write(chunk, encoding, cb) {
      const r = resolve;
      resolve = null;
      r({ chunk, done: false, cb });
    },
    final(cb) {
      const r = resolve;
      resolve = null;
      r({ done: true, cb });
    },
    destroy(err, cb) {
      if (ac) ac.abort();
      cb(err);
    },
  };
}

function duplexifyPair(pair) {
  const r = pair.readable && typeof pair.readable.read !== 'function' ?
    Readable.wrap(pair.readable) : pair.readable;
  const w = pair.writable;

  let readable = !!isReadable(r);
  let writable = !!isWritable(w);

  let ondrain;
  let onfinish;
  let onreadable;
  let onclose;
  let d;

  function onfinished(err) {
    const cb = onclose;
    onclose = null;
    if (cb) cb(err);
    else if (err) d.destroy(err);
  }

  d = new Duplexify({
    readableObjectMode: !!(r && r.readableObjectMode),
    writableObjectMode: !!(w && w.writableObjectMode),
    readable,
    writable,
  });

  if (writable) {
    eos(w, (err) => {
      writable = false;
      if (err) destroyer(r, err);
      onfinished(err);
    });

    d._write = function (chunk, encoding, callback) {
      if (w.write(chunk, encoding)) callback();
      else ondrain = callback;
    };

    d._final = function (callback) {
      w.end();
      onfinish = callback;
    };

    w.on('drain', () => {
      if (ondrain) {
        const cb = ondrain;
        ondrain = null;
        cb();
      }
    });

    w.on('finish', () => {
      if (onfinish) {
        const cb = onfinish;
        onfinish = null;
        cb();
      }
    });
  }

  if (readable) {
    eos(r, (err) => {
      readable = false;
      if (err) destroyer(r, err);
      onfinished(err);
    });

    r.on('readable', () => {
      if (onreadable) {
        const cb = onreadable;
        onreadable = null;
        cb();
      }
    });

    r.on('end', () => {
      d.push(null);
    });

    d._read = function () {
      for (;;) {
        const buf = r.read();
        if (buf === null) {
          onreadable = d._read;
          return;
        }
        if (!d.push(buf)) return;
      }
    };
  }

  d._destroy = function (err, callback) {
    if (!err && onclose !== null) err = new AbortError();
    onreadable = null;
    ondrain = null;
    onfinish = null;
    if (onclose === null) {
      callback(err);
    } else {
      onclose = callback;
      destroyer(w, err);
      destroyer(r, err);
    }
  };

  return d;
}

module.exports = duplexify;
