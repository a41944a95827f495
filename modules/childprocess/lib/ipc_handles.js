'use strict';
// internal/child_process/ipc_handles: the handle protocol of an IPC channel
// (NODE-IPC.md §4): sending a handle, the queue that holds sends behind an
// unacknowledged one, ACK/NACK, and turning a received descriptor into an
// object. lib/ipc.js loads it on the first handle sent or the first
// NODE_HANDLE* message received, so that a forked child that only passes
// messages never compiles it.

const { lazyError, isInternal, kPendingMessages } = require('internal/child_process/ipc');
const { writeMessage, afterWrite, discardHandle } = require('internal/child_process/ipc_io');

const ERR_IPC_UNEXPECTED_ACK = lazyError('ERR_IPC_UNEXPECTED_ACK', Error,
  (cmd) => `Received ${cmd} while no handle was being sent`);
const MAX_HANDLE_RETRANSMISSIONS = 3;

// The functions below take the channel's context, made by channel.setup (setup.go):
// { target, channel, onEOF }.

// sendHandle sends message with handle (an object of a registered handle
// type), or queues it behind a handle still waiting for its ACK.
function sendHandle(ctx, message, handle, options, callback) {
  const { target, channel } = ctx;
  const type = channel.handleType(handle);
  // Hold every send behind a handle that is not acknowledged yet.
  if (target._handleQueue) {
    target._handleQueue.push({ callback, handle, options, message });
    return target._handleQueue.length === 1;
  }
  const wire = { cmd: 'NODE_HANDLE', type, msg: message };
  const token = channel.serializeHandle(target, handle, wire, !!(options && options.keepOpen));
  // An object without a live native handle goes out as plain text.
  if (token === null) return writeMessage(ctx, message, options, callback);
  return writeWithToken(ctx, wire, token, options, callback);
}

// writeWithToken writes a NODE_HANDLE message with its descriptor token and
// arms the queue; a socket's token stays pending until the ACK.
function writeWithToken(ctx, message, token, options, callback) {
  const { target, channel } = ctx;
  const cb = typeof callback === 'function' ? callback : undefined;
  let r;
  try {
    r = channel.write(message, token, cb && (() => cb(null)));
  } catch (err) {
    token.close();
    throw err;
  }
  if (r >= 0) {
    if (!target._handleQueue) target._handleQueue = [];
    if (token.closeOnAck && target._pendingMessage === null) {
      target._pendingMessage = { callback, message, token, options, retransmissions: 0 };
    }
  }
  return afterWrite(ctx, r, options, cb);
}

function closePendingHandle(target) {
  target._pendingMessage.token.close();
  target._pendingMessage = null;
}

// internalMessage handles a received NODE_HANDLE, NODE_HANDLE_ACK or
// NODE_HANDLE_NACK message.
function internalMessage(ctx, message, handle) {
  const { target, channel } = ctx;
  if (message.cmd !== 'NODE_HANDLE') {
    acknowledged(ctx, message.cmd);
    return;
  }
  // NACK without a descriptor; else ACK first (failing to ACK is not the
  // user's error), then convert.
  if (channel.acknowledge(message, handle) === 'NODE_HANDLE_NACK') return;
  channel.deserializeHandle(target, message, handle, (obj) => {
    deliver(ctx, message.msg, obj, isInternal(message.msg));
  });
}

// acknowledged ends the wait for an ACK (or NACK): a pending socket is
// closed (or resent after a NACK), then the queued sends go out.
function acknowledged(ctx, cmd) {
  const { target } = ctx;
  if (!Array.isArray(target._handleQueue)) {
    // A peer acknowledging nothing: node would crash; report it instead.
    const ex = new ERR_IPC_UNEXPECTED_ACK(cmd);
    if (target.listenerCount('error') > 0) target.emit('error', ex);
    else process.emitWarning(ex.message, 'Warning', ex.code);
    return;
  }
  const pending = target._pendingMessage;
  if (pending) {
    if (cmd === 'NODE_HANDLE_ACK') {
      closePendingHandle(target);
    } else if (pending.retransmissions++ === MAX_HANDLE_RETRANSMISSIONS) {
      closePendingHandle(target);
      process.emitWarning('Handle did not reach the receiving process correctly',
        'SentHandleNotReceivedWarning');
    }
  }
  const queue = target._handleQueue;
  target._handleQueue = null;
  if (target._pendingMessage) {
    const p = target._pendingMessage;
    writeWithToken(ctx, p.message, p.token, p.options, p.callback);
  }
  // Send the queued messages in order until one handle arms a new queue;
  // the rest, checked when first queued, stay queued behind it as they are
  // (the old queue, minus what went out, becomes the new one: a long queue
  // is not copied at every ACK).
  let i = 0;
  while (i < queue.length && !target._handleQueue) {
    const args = queue[i++];
    target._send(args.message, args.handle, args.options, args.callback);
  }
  if (i < queue.length) {
    const next = target._handleQueue;
    queue.splice(0, i);
    if (next.length > 0) queue.push(...next);
    target._handleQueue = queue;
  }
  // A disconnect() waiting for the queue to drain.
  if (!target.connected && target.channel && !target._handleQueue) target._disconnect();
}

// deliver emits a message that came with a handle, on the next tick.
function deliver(ctx, message, handle, internal) {
  const { target } = ctx;
  if (!target.channel) {
    discardHandle(handle);
    return;
  }
  process.nextTick(emitMessage, ctx, internal ? 'internalMessage' : 'message', message, handle);
}

function emitMessage(ctx, event, message, handle) {
  const { target } = ctx;
  if (event === 'internalMessage' || target.listenerCount('message')) {
    target.emit(event, message, handle);
    return;
  }
  // Nobody listens yet: the message waits for a listener (as in node). A
  // handle riding with it does not keep the process alive meanwhile, and is
  // closed if the channel goes away before anyone takes it.
  if (!target.channel) {
    discardHandle(handle);
    return;
  }
  if (handle && typeof handle.unref === 'function') handle.unref();
  target.channel[kPendingMessages].push([event, message, handle]);
}

module.exports = { sendHandle, internalMessage, closePendingHandle };
