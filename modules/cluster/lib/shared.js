'use strict';
// internal/cluster/shared_handle: SCHED_NONE, and UDP under any policy
// (NODE-IPC.md §7.4). The primary creates and binds the socket once and
// sends it to every worker asking; each worker listens (or receives) on it
// itself and the kernel spreads the connections.

const UV_EINVAL = -22;

// createSocketHandle makes the UDP handle to share (node's
// dgram._createSocketHandle): bound to address:port, or opened on fd; or it
// returns a negative errno.
function createSocketHandle(address, port, fd, flags) {
  const { UDP } = require('internal/dgram/binding');
  const handle = new UDP();
  let err = 0;
  if (typeof fd === 'number' && fd > 0) {
    const { binding } = require('internal/net');
    err = binding.guessHandleType(fd) === 'UDP' ? handle.open(fd) : UV_EINVAL;
  } else if (port || address) {
    err = handle.bind(address, port || 0, flags);
  }
  if (err) {
    handle.close();
    return err;
  }
  return handle;
}

function SharedHandle(key, address, { port, addressType, fd, flags }) {
  this.key = key;
  this.workers = [];
  this.handle = null;
  this.errno = 0;
  let rval;
  if (addressType === 'udp4' || addressType === 'udp6') {
    rval = createSocketHandle(address, port, fd, flags);
  } else {
    rval = require('net')._createServerHandle(address, port, addressType, fd, flags);
  }
  if (typeof rval === 'number') this.errno = rval;
  else this.handle = rval;
}

// add answers a worker's queryServer: the socket, or the bind error.
SharedHandle.prototype.add = function add(worker, send) {
  this.workers.push(worker);
  send(this.errno, null, this.handle);
};

// remove reports whether worker was the last one, in which case the
// primary's copy of the socket is closed.
SharedHandle.prototype.remove = function remove(worker) {
  const index = this.workers.indexOf(worker);
  if (index === -1) return false;
  this.workers.splice(index, 1);
  if (this.workers.length !== 0) return false;
  if (this.handle !== null) {
    this.handle.close();
    this.handle = null;
  }
  return true;
};

module.exports = SharedHandle;
