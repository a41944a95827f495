'use strict';
// stream.duplexPair: two Duplex streams joined back to back, what one side
// writes the other reads. A write completes when the other side has read
// the chunk; ending one side ends the other's readable half.

const Duplex = require('internal/streams/duplex');

const kOther = Symbol('kOther');
const kPendingWrite = Symbol('kPendingWrite');

class DuplexSide extends Duplex {
  constructor(options) {
    super(options);
    this[kOther] = null;
    this[kPendingWrite] = null;
  }

  _read() {
    const done = this[kPendingWrite];
    if (done) {
      this[kPendingWrite] = null;
      done();
    }
  }

  _write(chunk, encoding, callback) {
    if (chunk.length === 0) {
      process.nextTick(callback);
      return;
    }
    this[kOther].push(chunk);
    this[kOther][kPendingWrite] = callback;
  }

  _final(callback) {
    this[kOther].on('end', callback);
    this[kOther].push(null);
  }
}

module.exports = function duplexPair(options) {
  const a = new DuplexSide(options);
  const b = new DuplexSide(options);
  a[kOther] = b;
  b[kOther] = a;
  return [a, b];
};
