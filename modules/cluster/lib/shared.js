'use strict';
// internal/cluster/shared_handle: SCHED_NONE, and UDP under any policy
// (NODE-IPC.md §7.4). The primary creates and binds the socket once and
// sends it to every worker asking; each worker listens (or receives) on it
// itself and the kernel spreads the connections.

function SharedHandle(key, address, { port, addressType, fd, flags }) {
  this.key = key;
  this.workers = [];
  this.handle = null;
  this.errno = 0;
  let rval;
  if (addressType === 'udp4' || addressType === 'udp6') {
    rval = require('internal/dgram').createSocketHandle(address, port, addressType, fd, flags);
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
