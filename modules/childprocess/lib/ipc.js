'use strict';
// internal/child_process/ipc: the JavaScript side of an IPC channel, shared by
// a parent's ChildProcess and a forked child's process object: send(),
// disconnect(), message delivery (NODE-IPC.md §3) and the liveness control
// (§1.3). The handle protocol (§4: the handle queue, ACK/NACK) lives in
// internal/child_process/ipc_handles, loaded when first needed.

const EventEmitter = require('events');

// Node-shaped error classes are built on first use, so that a forked child
// starting up does not load internal/errors. Use them with new, as classes.
function lazyError(code, Base, format) {
  let ctor;
  return function makeError(...args) {
    if (ctor === undefined) ctor = require('internal/errors').makeNodeError(Base, code, format);
    return new ctor(...args);
  };
}

// lazyCode is one of internal/errors' shared codes, loaded on first use.
function lazyCode(code) {
  return function makeError(...args) {
    return new (require('internal/errors').codes[code])(...args);
  };
}

const ERR_INVALID_ARG_TYPE = lazyCode('ERR_INVALID_ARG_TYPE');
const ERR_MISSING_ARGS = lazyCode('ERR_MISSING_ARGS');
const ERR_IPC_CHANNEL_CLOSED = lazyError('ERR_IPC_CHANNEL_CLOSED', Error, () => 'Channel closed');
const ERR_IPC_DISCONNECTED = lazyError('ERR_IPC_DISCONNECTED', Error, () => 'IPC channel is already disconnected');

const kChannelHandle = Symbol('kChannelHandle');
const kPendingMessages = Symbol('kPendingMessages');
const kAfterChannelEnd = Symbol('kAfterChannelEnd');
// kWrites is the channel a target sent on, kept after it closed (see
// whenWritten).
const kWrites = Symbol('kWrites');
const kSockets = Symbol.for('gonode.ipc.sockets');
const kState = Symbol('kState');
const kDefaultOptions = Object.freeze({ swallowErrors: false });
// channel.write() returns a negative errno, or these flags: the write is
// still pending; the write queue is at or over kQueueLimit bytes.
const kPending = 1;
const kQueueFull = 2;
const kQueueLimit = 65536 * 2;
const INTERNAL_PREFIX = 'NODE_';

let handles;
function lazyHandles() {
  if (handles === undefined) handles = require('internal/child_process/ipc_handles');
  return handles;
}

const errnoCodes = { __proto__: null, 9: 'EBADF', 32: 'EPIPE', 104: 'ECONNRESET', 11: 'EAGAIN', 105: 'ENOBUFS' };

function writeError(err) {
  const code = errnoCodes[-err] || `Unknown system error ${err}`;
  const ex = new Error(`write ${code}`);
  ex.errno = err;
  ex.code = code;
  ex.syscall = 'write';
  return ex;
}

function isInternal(message) {
  return message !== null && typeof message === 'object' && typeof message.cmd === 'string' &&
    message.cmd.length > INTERNAL_PREFIX.length && message.cmd.startsWith(INTERNAL_PREFIX);
}

// afterChannelEnd runs fn once the child's end of the channel has been read
// to its end, so that a child's 'exit' comes after the messages it sent and
// its 'disconnect', as with node: the exit is seen by a goroutine woken by
// SIGCHLD, which can overtake the channel's reader. If the end does not come
// soon (another process holds the child's end), fn runs anyway.
function afterChannelEnd(target, fn) {
  if (!target[kChannelHandle]) {
    whenWritten(target, fn);
    return;
  }
  let done = false;
  const run = () => {
    if (done) return;
    done = true;
    clearTimeout(timer);
    fn();
  };
  const timer = setTimeout(run, 100);
  target[kAfterChannelEnd] = run;
}

// whenWritten runs fn once the callbacks of target's sends have all run
// (at once if none is due, or if target never had a channel): so 'exit'
// follows them, as with node, where a write's callback comes before the
// peer can read it, let alone exit.
function whenWritten(target, fn) {
  const channel = target[kWrites];
  if (channel) channel.whenWritten(fn);
  else fn();
}

// discardHandle closes a received handle nobody will take: a socket is
// destroyed, a server or dgram socket closed.
function discardHandle(handle) {
  if (!handle) return;
  if (typeof handle.destroy === 'function') handle.destroy();
  else if (typeof handle.close === 'function') handle.close();
}

// Control is target.channel: ref()/unref() set the channel's liveness
// explicitly; until then it is ref'd while the counter (listeners, in a
// child) is positive, or always in a parent.
class Control extends EventEmitter {
  constructor(channel, base) {
    super();
    this[kState] = { channel, base, refs: 0, explicit: false };
    this[kPendingMessages] = [];
  }

  refCounted() {
    const s = this[kState];
    if (++s.refs === 1 && !s.explicit) s.channel.setRef(true, false);
  }

  unrefCounted() {
    const s = this[kState];
    if (--s.refs === 0 && !s.explicit) {
      s.channel.setRef(s.base, false);
      this.emit('unref');
    }
  }

  ref() {
    const s = this[kState];
    s.explicit = true;
    s.channel.setRef(true, true);
  }

  unref() {
    const s = this[kState];
    s.explicit = true;
    s.channel.setRef(false, true);
  }

  get fd() {
    return this[kState].channel.fd;
  }
}

// setupChannel gives target send(), disconnect(), connected and channel over
// the native channel, and starts reading. base is the channel's liveness
// before any counting: true in a parent, false in a child. onEOF runs after
// the peer closed (the parent's maybeClose).
function setupChannel(target, channel, onEOF, base = true) {
  const control = new Control(channel, base);
  channel.setRef(base, false);
  target.channel = control;
  target[kChannelHandle] = channel;
  target[kWrites] = channel;
  let warned = false;
  Object.defineProperty(target, '_channel', {
    get() {
      if (!warned) {
        warned = true;
        process.emitWarning('_channel is deprecated. Use ChildProcess.channel instead.', 'DeprecationWarning', 'DEP0129');
      }
      return target.channel;
    },
    set(val) { target.channel = val; },
    configurable: true,
    enumerable: false,
  });
  target._handleQueue = null;
  target._pendingMessage = null;
  // Socket lists by the peer's server key (internal/net/handles): keys come
  // off the wire, so no inherited name (toString, __proto__) may match one.
  target[kSockets] = { got: { __proto__: null }, send: { __proto__: null } };

  // The native side emits each read's messages (see channel.readStart):
  // this runs on EOF, and queues user messages nobody listens to yet.
  channel.readStart(target, () => {
    if (target.connected) target.disconnect();
    // disconnect() waits for an ACK while handles are in flight; at EOF none
    // can come.
    if (target.channel) target._disconnect();
    channel.close();
    target[kChannelHandle] = null;
    if (onEOF) onEOF(target);
    const afterEnd = target[kAfterChannelEnd];
    if (afterEnd) {
      target[kAfterChannelEnd] = null;
      whenWritten(target, () => process.nextTick(afterEnd));
    }
  }, (message) => {
    target.channel[kPendingMessages].push(['message', message, undefined]);
  }, (errno) => {
    writeFailed(errno, kDefaultOptions, undefined);
  });

  // Replay user messages that arrived while nobody listened.
  target.on('newListener', function () {
    process.nextTick(() => {
      if (!target.channel || !target.listenerCount('message')) return;
      const messages = target.channel[kPendingMessages];
      const { length } = messages;
      if (!length) return;
      for (let i = 0; i < length; i++) {
        const handle = messages[i][2];
        if (handle && typeof handle.ref === 'function') handle.ref();
        target.emit.apply(target, messages[i]);
      }
      target.channel[kPendingMessages] = [];
    });
  });

  // The handle protocol's messages; others are for their own listeners
  // (cluster).
  target.on('internalMessage', function (message, handle) {
    const { cmd } = message;
    if (cmd === 'NODE_HANDLE' || cmd === 'NODE_HANDLE_ACK' || cmd === 'NODE_HANDLE_NACK') {
      lazyHandles().internalMessage(ctx, message, handle);
    }
  });

  // send is target.send but for its fast path (a plain message, nothing
  // queued), which runs in Go: see channel.sendFunction.
  function send(message, handle, options, callback) {
    if (typeof handle === 'function') {
      callback = handle;
      handle = undefined;
      options = undefined;
    } else if (typeof options === 'function') {
      callback = options;
      options = undefined;
    } else if (options !== undefined && (options === null || typeof options !== 'object' || Array.isArray(options))) {
      throw new ERR_INVALID_ARG_TYPE('options', 'Object', options);
    }
    options = options === undefined ? kDefaultOptions : { swallowErrors: false, ...options };
    if (this.connected) return this._send(message, handle, options, callback);
    const ex = new ERR_IPC_CHANNEL_CLOSED();
    if (typeof callback === 'function') process.nextTick(callback, ex);
    else process.nextTick(() => this.emit('error', ex));
    return false;
  }
  target.send = channel.sendFunction(send, (r) => writeFailed(r, kDefaultOptions, undefined));

  // writeFailed reports an immediate write error as node does: to the
  // callback, else as 'error', on nextTick.
  function writeFailed(r, options, cb) {
    if (!(options && options.swallowErrors)) {
      const ex = writeError(r);
      if (cb) process.nextTick(cb, ex);
      else process.nextTick(() => target.emit('error', ex));
    }
    return channel.writeQueueSize() < kQueueLimit;
  }

  // writeMessage writes one wire message without a handle and reports the
  // outcome through afterWrite.
  function writeMessage(message, options, callback) {
    const cb = typeof callback === 'function' ? callback : undefined;
    return afterWrite(channel.write(message, null, cb && (() => cb(null)), Boolean(options && options.swallowErrors)), options, cb);
  }

  // afterWrite reports the outcome of channel.write (r) as node does:
  // callbacks on nextTick for writes done at once, on completion otherwise;
  // errors only for immediate failures.
  function afterWrite(r, options, cb) {
    if (r < 0) return writeFailed(r, options, cb);
    if ((r & kPending) === 0 && cb) process.nextTick(cb, null);
    return (r & kQueueFull) === 0;
  }

  const ctx = { target, channel, writeMessage, afterWrite, discardHandle };

  target._send = function _send(message, handle, options, callback) {
    if (message === undefined) throw new ERR_MISSING_ARGS('message');
    if (typeof message !== 'string' && typeof message !== 'object' &&
        typeof message !== 'number' && typeof message !== 'boolean') {
      throw new ERR_INVALID_ARG_TYPE('message', ['string', 'object', 'number', 'boolean'], message);
    }
    if (typeof options === 'boolean') options = { swallowErrors: options };
    if (handle) return lazyHandles().sendHandle(ctx, message, handle, options, callback);
    // Hold every send behind a handle that is not acknowledged yet, except
    // the replies to the peer's handles.
    if (this._handleQueue &&
        !(message && (message.cmd === 'NODE_HANDLE_ACK' || message.cmd === 'NODE_HANDLE_NACK'))) {
      this._handleQueue.push({ callback, handle: null, options, message });
      return this._handleQueue.length === 1;
    }
    return writeMessage(message, options, callback);
  };

  target.connected = true;

  target.disconnect = function disconnect() {
    if (!this.connected) {
      this.emit('error', new ERR_IPC_DISCONNECTED());
      return;
    }
    this.connected = false;
    // With handles in flight, disconnect once the queue has drained.
    if (!this._handleQueue) this._disconnect();
  };

  target._disconnect = function _disconnect() {
    const undelivered = this.channel[kPendingMessages];
    this.channel = null;
    this[kChannelHandle] = null;
    // (Only the handle protocol, loaded by then, sets _pendingMessage.)
    if (this._pendingMessage) lazyHandles().closePendingHandle(this);
    // Sockets queued behind an unacknowledged handle can no longer be sent,
    // and handles of messages nobody took can no longer be delivered: close
    // them rather than leave them to the garbage collector.
    const queue = this._handleQueue;
    this._handleQueue = null;
    if (queue) {
      for (const q of queue) {
        if (q.handle && typeof q.handle.destroy === 'function' && !(q.options && q.options.keepOpen)) q.handle.destroy();
      }
    }
    for (const [, , handle] of undelivered) discardHandle(handle);
    let fired = false;
    function finish() {
      if (fired) return;
      fired = true;
      channel.close();
      target.emit('disconnect');
    }
    process.nextTick(finish);
  };

  return control;
}

// forkChild sets the channel up on process in a forked child: unref'd, and
// ref'd while process has 'message' or 'disconnect' listeners.
function forkChild(channel) {
  const control = setupChannel(process, channel, null, false);
  process.on('newListener', function onNewListener(name) {
    if (name === 'message' || name === 'disconnect') control.refCounted();
  });
  process.on('removeListener', function onRemoveListener(name) {
    if (name === 'message' || name === 'disconnect') control.unrefCounted();
  });
}

module.exports = { setupChannel, forkChild, afterChannelEnd, isInternal, lazyError, lazyCode, kPendingMessages };
