'use strict';
// internal/child_process/ipc_io: what an IPC channel does once it is in use
// beyond plain messages: send()'s slow path (the fast path, a plain message
// with nothing queued, runs in Go: see channel.sendFunction), write errors,
// disconnect() with handles in flight (the common case and the channel's
// end are Go's: see setupTarget and ipcLib.onEnd), and the wait for that
// end before a child's 'exit'. lib/ipc.js loads it on first need, so that a
// forked child that only passes plain messages never compiles it (a fork's
// first message comes sooner, and its exit costs no compiling).
//
// The functions take the channel's context, made by channel.setup (setup.go):
// { target, channel, onEOF }.

const {
  lazyError, lazyCode, lazyHandles, kChannelHandle, kPendingMessages, kAfterChannelEnd, kWrites,
} = require('internal/child_process/ipc');

const ERR_INVALID_ARG_TYPE = lazyCode('ERR_INVALID_ARG_TYPE');
const ERR_MISSING_ARGS = lazyCode('ERR_MISSING_ARGS');
const ERR_IPC_CHANNEL_CLOSED = lazyError('ERR_IPC_CHANNEL_CLOSED', Error, () => 'Channel closed');
const ERR_IPC_DISCONNECTED = lazyError('ERR_IPC_DISCONNECTED', Error, () => 'IPC channel is already disconnected');

const kDefaultOptions = Object.freeze({ swallowErrors: false });
// channel.write() returns a negative errno, or these flags: the write is
// still pending; the write queue is at or over kQueueLimit bytes.
const kPending = 1;
const kQueueFull = 2;
const kQueueLimit = 65536 * 2;

const errnoCodes = { __proto__: null, 9: 'EBADF', 32: 'EPIPE', 104: 'ECONNRESET', 11: 'EAGAIN', 105: 'ENOBUFS' };

function writeError(err) {
  const code = errnoCodes[-err] || `Unknown system error ${err}`;
  const ex = new Error(`write ${code}`);
  ex.errno = err;
  ex.code = code;
  ex.syscall = 'write';
  return ex;
}

// send is target.send's slow path: node's argument handling, then _send, or
// ERR_IPC_CHANNEL_CLOSED once disconnected.
function send(self, message, handle, options, callback) {
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
  if (self.connected) return self._send(message, handle, options, callback);
  const ex = new ERR_IPC_CHANNEL_CLOSED();
  if (typeof callback === 'function') process.nextTick(callback, ex);
  else process.nextTick(() => self.emit('error', ex));
  return false;
}

// _send checks message, then sends it with its handle (the handle protocol),
// queues it behind a handle not yet acknowledged, or writes it.
function _send(ctx, self, message, handle, options, callback) {
  if (message === undefined) throw new ERR_MISSING_ARGS('message');
  if (typeof message !== 'string' && typeof message !== 'object' &&
      typeof message !== 'number' && typeof message !== 'boolean') {
    throw new ERR_INVALID_ARG_TYPE('message', ['string', 'object', 'number', 'boolean'], message);
  }
  if (typeof options === 'boolean') options = { swallowErrors: options };
  if (handle) return lazyHandles().sendHandle(ctx, message, handle, options, callback);
  // Hold every send behind a handle that is not acknowledged yet, except
  // the replies to the peer's handles.
  if (self._handleQueue &&
      !(message && (message.cmd === 'NODE_HANDLE_ACK' || message.cmd === 'NODE_HANDLE_NACK'))) {
    self._handleQueue.push({ callback, handle: null, options, message });
    return self._handleQueue.length === 1;
  }
  return writeMessage(ctx, message, options, callback);
}

// writeFailed reports an immediate write error as node does: to the
// callback, else as 'error', on nextTick.
function writeFailed(ctx, r, options, cb) {
  if (!(options && options.swallowErrors)) {
    const ex = writeError(r);
    if (cb) process.nextTick(cb, ex);
    else process.nextTick(() => ctx.target.emit('error', ex));
  }
  return ctx.channel.writeQueueSize() < kQueueLimit;
}

// writeMessage writes one wire message without a handle and reports the
// outcome through afterWrite.
function writeMessage(ctx, message, options, callback) {
  const cb = typeof callback === 'function' ? callback : undefined;
  const r = ctx.channel.write(message, null, cb && (() => cb(null)), Boolean(options && options.swallowErrors));
  return afterWrite(ctx, r, options, cb);
}

// afterWrite reports the outcome of channel.write (r) as node does:
// callbacks on nextTick for writes done at once, on completion otherwise;
// errors only for immediate failures.
function afterWrite(ctx, r, options, cb) {
  if (r < 0) return writeFailed(ctx, r, options, cb);
  if ((r & kPending) === 0 && cb) process.nextTick(cb, null);
  return (r & kQueueFull) === 0;
}

function disconnect(self) {
  if (!self.connected) {
    self.emit('error', new ERR_IPC_DISCONNECTED());
    return;
  }
  self.connected = false;
  // With handles in flight, disconnect once the queue has drained.
  if (!self._handleQueue) self._disconnect();
}

function _disconnect(ctx, self) {
  const undelivered = self.channel[kPendingMessages];
  self.channel = null;
  self[kChannelHandle] = null;
  // (Only the handle protocol, loaded by then, sets _pendingMessage.)
  if (self._pendingMessage) lazyHandles().closePendingHandle(self);
  // Sockets queued behind an unacknowledged handle can no longer be sent,
  // and handles of messages nobody took can no longer be delivered: close
  // them rather than leave them to the garbage collector.
  const queue = self._handleQueue;
  self._handleQueue = null;
  if (queue) {
    for (const q of queue) {
      if (q.handle && typeof q.handle.destroy === 'function' && !(q.options && q.options.keepOpen)) q.handle.destroy();
    }
  }
  for (const [, , handle] of undelivered) discardHandle(handle);
  process.nextTick(finishDisconnect, ctx);
}

function finishDisconnect(ctx) {
  ctx.channel.close();
  ctx.target.emit('disconnect');
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

module.exports = {
  send, _send, writeFailed, writeMessage, afterWrite, disconnect, _disconnect,
  afterChannelEnd, discardHandle,
};
