'use strict';
// internal/child_process/ipc: the JavaScript side of an IPC channel, shared by
// a parent's ChildProcess and a forked child's process object: setting the
// channel up, message delivery (NODE-IPC.md §3) and the liveness control
// (§1.3). What a channel does beyond plain messages (send()'s slow path,
// disconnect(), the channel's end) lives in internal/child_process/ipc_io,
// and the handle protocol (§4: the handle queue, ACK/NACK) in
// internal/child_process/ipc_handles, both loaded when first needed.

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

const kChannelHandle = Symbol('kChannelHandle');
const kPendingMessages = Symbol('kPendingMessages');
const kAfterChannelEnd = Symbol('kAfterChannelEnd');
// kWrites is the channel a target sent on, kept after it closed (see
// ipc_io's whenWritten).
const kWrites = Symbol('kWrites');
const kSockets = Symbol.for('gonode.ipc.sockets');
const kState = Symbol('kState');
const INTERNAL_PREFIX = 'NODE_';

let io;
function lazyIO() {
  if (io === undefined) io = require('internal/child_process/ipc_io');
  return io;
}

let handles;
function lazyHandles() {
  if (handles === undefined) handles = require('internal/child_process/ipc_handles');
  return handles;
}

function isInternal(message) {
  return message !== null && typeof message === 'object' && typeof message.cmd === 'string' &&
    message.cmd.length > INTERNAL_PREFIX.length && message.cmd.startsWith(INTERNAL_PREFIX);
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
  // these run on EOF, for user messages nobody listens to yet (queued), and
  // for a write that failed later.
  const ctx = { target, channel, onEOF };
  channel.readStart(target, () => lazyIO().onEnd(ctx), (message) => {
    target.channel[kPendingMessages].push(['message', message, undefined]);
  }, (errno) => {
    lazyIO().writeFailed(ctx, errno, undefined, undefined);
  });

  // Replay user messages that arrived while nobody listened.
  target.on('newListener', function () {
    process.nextTick(replayPending, target);
  });

  // The handle protocol's messages; others are for their own listeners
  // (cluster).
  target.on('internalMessage', function (message, handle) {
    const { cmd } = message;
    if (cmd === 'NODE_HANDLE' || cmd === 'NODE_HANDLE_ACK' || cmd === 'NODE_HANDLE_NACK') {
      lazyHandles().internalMessage(ctx, message, handle);
    }
  });

  // send's fast path (a plain message, nothing queued) runs in Go: see
  // channel.sendFunction. The rest is in ipc_io, as are _send and
  // disconnect.
  target.send = channel.sendFunction(function send(message, handle, options, callback) {
    return lazyIO().send(this, message, handle, options, callback);
  }, (r) => lazyIO().writeFailed(ctx, r, undefined, undefined));
  target._send = function _send(message, handle, options, callback) {
    return lazyIO()._send(ctx, this, message, handle, options, callback);
  };
  target.connected = true;
  target.disconnect = function disconnect() {
    lazyIO().disconnect(this);
  };
  target._disconnect = function _disconnect() {
    lazyIO()._disconnect(ctx, this);
  };
  return control;
}

function replayPending(target) {
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

module.exports = {
  setupChannel, forkChild, isInternal, lazyError, lazyCode, lazyHandles,
  kChannelHandle, kPendingMessages, kAfterChannelEnd, kWrites,
};
