'use strict';
// internal/cluster/utils: the NODE_CLUSTER envelope (NODE-IPC.md §7.2).
// Every message a process sends carries the next number of its one seq
// counter; a request expecting an answer keeps its callback under that
// number, and the answer names it in `ack`.

const callbacks = new Map();
let seq = 0;

// A write carrying a handle fails only when the peer is gone, and its exit
// and disconnect clean up after it: node reports such a failure to nobody
// (its write completes asynchronously and the status is dropped), so the
// primary is not brought down by a worker killed mid-handoff.
const kSwallowErrors = { swallowErrors: true };

// sendHelper sends message to proc (a worker's ChildProcess, or process in a
// worker), with a handle if given, and calls cb(reply, handle) on the answer.
// Nothing is sent while the channel is down.
function sendHelper(proc, message, handle, cb) {
  if (!proc.connected) return false;
  message = { cmd: 'NODE_CLUSTER', ...message, seq };
  if (typeof cb === 'function') callbacks.set(seq, { proc, cb });
  seq += 1;
  return proc.send(message, handle, handle ? kSwallowErrors : undefined);
}

// internal returns the 'internalMessage' listener for one peer: answers go
// to their callbacks, other NODE_CLUSTER messages to onmessage; both are
// called with worker as this.
function internal(worker, onmessage) {
  return function onInternalMessage(message, handle) {
    if (message.cmd !== 'NODE_CLUSTER') return;
    if (message.ack !== undefined) {
      const pending = callbacks.get(message.ack);
      if (pending !== undefined) {
        callbacks.delete(message.ack);
        pending.cb.call(worker, message, handle);
        return;
      }
    }
    onmessage.call(worker, message, handle);
  };
}

// forget drops the callbacks waiting for answers from proc, whose channel
// has closed: none can come any more.
function forget(proc) {
  for (const [n, pending] of callbacks) {
    if (pending.proc === proc) callbacks.delete(n);
  }
}

module.exports = { sendHelper, internal, forget };
