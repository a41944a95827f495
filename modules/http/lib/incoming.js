'use strict';
// _http_incoming: IncomingMessage, a request on the server or a response on
// the client — a Readable whose body the Go parser pushes.

const EE = require('events');
const { Readable, finished } = require('stream');
const { lazyOwnList } = require('_http_common');
const { ReadableState } = Readable;

const kHeaders = Symbol('kHeaders');
const kHeadersDistinct = Symbol('kHeadersDistinct');
const kTrailers = Symbol('kTrailers');
const kTrailersDistinct = Symbol('kTrailersDistinct');
const kParserOf = Symbol('kParserOf');
const kHeadersCount = Symbol('kHeadersCount');
const kOwed = Symbol('kOwed');
const kState = Symbol('kState');

// IncomingMessage is a Readable whose stream state is created on first use:
// most requests are never read as streams (a GET without a body), and the
// state is the costliest part of a message.
// Its EventEmitter state, too, is made on first use, but for
// captureRejections, which an emitter takes when it is made.
function IncomingMessage(socket) {
  if (EE.captureRejections) EE.init.call(this);
  this.socket = socket;
  this.rawHeaders = [];
}
Object.setPrototypeOf(IncomingMessage.prototype, Readable.prototype);
Object.setPrototypeOf(IncomingMessage, Readable);

// Defaults shared through the prototype; a message sets only what differs.
Object.assign(IncomingMessage.prototype, {
  [kState]: null,
  [kHeaders]: null,
  [kHeadersDistinct]: null,
  [kHeadersCount]: Infinity,
  [kTrailers]: null,
  [kTrailersDistinct]: null,
  [kParserOf]: null,
  [kOwed]: 0,
  joinDuplicateHeaders: false,
  aborted: false,
  // A parsed message's upgrade is a boolean (own only when true).
  upgrade: false,
  httpVersionMajor: null,
  httpVersionMinor: null,
  url: '',
  method: null,
  statusCode: null,
  statusMessage: null,
  complete: false,
  _consuming: false,
  _dumped: false,
  // EventEmitter's defaults, nearer (see dumpUnread).
  _events: undefined,
  _eventsCount: 0,
});

Object.defineProperty(IncomingMessage.prototype, '_readableState', {
  __proto__: null,
  get() {
    let state = this[kState];
    if (state === null) {
      const socket = this.socket;
      state = this[kState] = new ReadableState(
        socket ? { highWaterMark: socket.readableHighWaterMark } : undefined, this, false);
      state.readingMore = true;
      // The body ended (and nothing of it was pushed) while there was no
      // state: see endMessage.
      if (this.complete) this.push(null);
      if (this._dumped) this.resume();
    }
    return state;
  },
  set(state) { this[kState] = state; },
  configurable: true,
});

// endMessage marks the end of the body of a message just made complete:
// push(null), or nothing while nobody made the stream state (which then
// starts out ended).
function endMessage(msg) {
  if (msg[kState] !== null) msg.push(null);
}

// rawTrailers is an own property made on first use: most messages have
// no trailers and nobody asks.
Object.defineProperty(IncomingMessage.prototype, 'rawTrailers', lazyOwnList('rawTrailers'));

// httpVersion is major.minor (own once set): an object has a fast path
// for up to 8 own properties, and a request needs no more.
Object.defineProperty(IncomingMessage.prototype, 'httpVersion', {
  __proto__: null,
  get() {
    const major = this.httpVersionMajor;
    const minor = this.httpVersionMinor;
    if (major === null || minor === null) return null;
    if (major === 1) return minor === 1 ? '1.1' : minor === 0 ? '1.0' : `1.${minor}`;
    return `${major}.${minor}`;
  },
  set(version) {
    Object.defineProperty(this, 'httpVersion', {
      __proto__: null, value: version, writable: true, enumerable: true, configurable: true,
    });
  },
  configurable: true,
});

// connection and client are other names of socket.
for (const name of ['connection', 'client']) {
  Object.defineProperty(IncomingMessage.prototype, name, {
    __proto__: null,
    get() { return this.socket; },
    set(val) { this.socket = val; },
    configurable: true,
  });
}

// The header objects are built on first use, from at most kHeadersCount
// entries of rawHeaders (the server's maxHeadersCount).
function headerGetter(cache, rawKey, add) {
  return {
    get() {
      if (!this[cache]) {
        const dst = {};
        const src = this[rawKey];
        const n = rawKey === 'rawHeaders' ? Math.min(src.length, this[kHeadersCount]) : src.length;
        for (let i = 0; i < n; i += 2) add.call(this, src[i], src[i + 1], dst);
        this[cache] = dst;
      }
      return this[cache];
    },
    set(val) { this[cache] = val; },
    configurable: true,
  };
}

Object.defineProperties(IncomingMessage.prototype, {
  headers: headerGetter(kHeaders, 'rawHeaders', addHeaderLine),
  headersDistinct: headerGetter(kHeadersDistinct, 'rawHeaders', addHeaderLineDistinct),
  trailers: headerGetter(kTrailers, 'rawTrailers', addHeaderLine),
  trailersDistinct: headerGetter(kTrailersDistinct, 'rawTrailers', addHeaderLineDistinct),
});

IncomingMessage.prototype.setTimeout = function setTimeout(msecs, callback) {
  if (callback) this.on('timeout', callback);
  this.socket.setTimeout(msecs);
  return this;
};

// The parser pushes the body as it arrives; reading hands the parser back
// the credits of the chunks the stream had to hold and, as node's, resumes
// the socket that pushBody paused.
IncomingMessage.prototype._read = function _read() {
  if (!this._consuming) {
    this._readableState.readingMore = false;
    this._consuming = true;
  }
  releaseCredits(this);
  if (this.socket && this.socket.readable) readStart(this.socket);
};

// read marks the message as consumed too: the parser may have pushed the
// whole body and its end before anybody read, and then reading never calls
// _read (node's parser hands the body over as it reads, after the request
// handler ran, so there _read has marked it).
IncomingMessage.prototype.read = function read(n) {
  if (!this._consuming) {
    this._readableState.readingMore = false;
    this._consuming = true;
  }
  return Readable.prototype.read.call(this, n);
};

function releaseCredits(msg) {
  const parser = msg[kParserOf];
  while (msg[kOwed] > 0) {
    msg[kOwed]--;
    if (parser) parser.consumed();
  }
}

// pushBody hands a body chunk from parser to the stream; the parser reads on
// once the stream takes it. A full stream pauses the socket ('pause'), as
// node's parser stops reading it, until the stream is read (_read).
function pushBody(msg, chunk, parser) {
  msg[kParserOf] = parser;
  if (msg._dumped || msg.destroyed) {
    parser.consumed();
  } else if (msg.push(chunk)) {
    parser.consumed();
  } else {
    msg[kOwed]++;
    readStop(msg.socket);
  }
}

IncomingMessage.prototype._destroy = function _destroy(err, cb) {
  releaseCredits(this);
  if (!this.readableEnded || !this.complete) {
    this.aborted = true;
    this.emit('aborted');
  }
  if (this.socket && !this.socket.destroyed && this.aborted) {
    this.socket.destroy(err);
    const cleanup = finished(this.socket, (e) => {
      if (e && e.code === 'ERR_STREAM_PREMATURE_CLOSE') e = null;
      cleanup();
      process.nextTick(onError, this, e || err, cb);
    });
  } else {
    process.nextTick(onError, this, err, cb);
  }
};

// Only an 'error' listener gets to see the error, as in node.
function onError(self, error, cb) {
  if (self.listenerCount('error') === 0) cb();
  else cb(error);
}

IncomingMessage.prototype._addHeaderLines = function _addHeaderLines(headers, n) {
  if (headers && headers.length) {
    const dest = this.complete ? this.trailers : this.headers;
    for (let i = 0; i < n; i += 2) addHeaderLine.call(this, headers[i], headers[i + 1], dest);
  }
};

// How duplicates of a header combine in message.headers: 0 joins with ', ',
// 1 collects an array (set-cookie), 2 joins with '; ' (cookie), 3 keeps the
// first (the fields that may appear only once).
const kJoin = 0;
const kArray = 1;
const kCookie = 2;
const kFirst = 3;
const fieldKinds = {
  __proto__: null,
  'set-cookie': kArray,
  'cookie': kCookie,
};
for (const f of ['content-type', 'content-length', 'user-agent', 'referer', 'host', 'authorization',
  'proxy-authorization', 'if-modified-since', 'if-unmodified-since', 'from', 'location',
  'max-forwards', 'retry-after', 'etag', 'last-modified', 'server', 'age', 'expires']) {
  fieldKinds[f] = kFirst;
}

function addHeaderLine(field, value, dest) {
  field = field.toLowerCase();
  const kind = fieldKinds[field];
  if (kind === kArray) {
    if (dest[field] !== undefined) dest[field].push(value);
    else dest[field] = [value];
  } else if (kind === kFirst && !this.joinDuplicateHeaders) {
    if (dest[field] === undefined) dest[field] = value;
  } else if (typeof dest[field] === 'string') {
    dest[field] += (kind === kCookie ? '; ' : ', ') + value;
  } else {
    dest[field] = value;
  }
}
IncomingMessage.prototype._addHeaderLine = addHeaderLine;

function addHeaderLineDistinct(field, value, dest) {
  field = field.toLowerCase();
  if (!dest[field]) dest[field] = [value];
  else dest[field].push(value);
}
IncomingMessage.prototype._addHeaderLineDistinct = addHeaderLineDistinct;

// _dump discards a body nobody reads, so that the connection can move on.
// A message whose stream state nobody made and that nobody listens to is
// just marked: its state, if made later, starts out flowing to its end.
function dump() {
  if (!this._dumped) {
    this._dumped = true;
    if (this[kState] === null && this._eventsCount === 0) return;
    this.removeAllListeners('data');
    this.resume();
  }
}
IncomingMessage.prototype._dump = dump;

// dumpUnread dumps the message (_dump) unless somebody started reading it
// (the server does this once the response is done); a message without
// stream state or listeners is marked as _dump would mark it.
function dumpUnread(msg) {
  const state = msg[kState];
  if (state === null) {
    // (Nobody consumes a message without stream state.)
    if (msg._dump === dump && msg._eventsCount === 0) {
      msg._dumped = true;
      return;
    }
    if (msg._consuming) return;
  } else if (msg._consuming || state.resumeScheduled) {
    return;
  }
  msg._dump();
}

module.exports = {
  IncomingMessage, pushBody, endMessage, dumpUnread, readStart, readStop, kHeadersCount, kStreamState: kState,
};

function readStart(socket) {
  if (socket && !socket._paused && socket.readable) socket.resume();
}

function readStop(socket) {
  if (socket) socket.pause();
}
