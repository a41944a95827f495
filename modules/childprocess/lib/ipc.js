'use strict';
// internal/child_process/ipc: what the JavaScript sides of an IPC channel
// share. The channel is set up in Go (channel.setup in channel.go: a
// target's send(), disconnect(), connected and channel, message delivery
// (NODE-IPC.md §3) and the liveness control (§1.3)), so that a forked child
// compiles no JavaScript for it. What a channel does beyond plain messages
// (send()'s slow path, disconnect(), the channel's end) lives in
// internal/child_process/ipc_io, and the handle protocol (§4: the handle
// queue, ACK/NACK) in internal/child_process/ipc_handles, both loaded when
// first needed.

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

// The symbols Go's channel setup marks targets and controls with.
const {
  kChannelHandle, kPendingMessages, kAfterChannelEnd, kWrites,
} = require('internal/child_process_wrap').ipcSymbols;
const INTERNAL_PREFIX = 'NODE_';

let handles;
function lazyHandles() {
  if (handles === undefined) handles = require('internal/child_process/ipc_handles');
  return handles;
}

function isInternal(message) {
  return message !== null && typeof message === 'object' && typeof message.cmd === 'string' &&
    message.cmd.length > INTERNAL_PREFIX.length && message.cmd.startsWith(INTERNAL_PREFIX);
}

module.exports = {
  isInternal, lazyError, lazyCode, lazyHandles,
  kChannelHandle, kPendingMessages, kAfterChannelEnd, kWrites,
};
