'use strict';
// internal/cluster/round_robin_handle: SCHED_RR (NODE-IPC.md §7.4). The
// primary listens; each accepted connection waits in a queue until a worker
// is free, and goes to it as a net.Native handle with act 'newconn'. A
// worker has at most one connection in flight: its answer (accepted true or
// false) frees it for the next one, and a refused connection goes to
// another worker.

const net = require('net');
const { sendHelper } = require('internal/cluster/utils');
const { binding } = require('internal/net');

function refuseConnection() {
  throw new Error('a round-robin server accepted a connection itself');
}

function RoundRobinHandle(key, address, { port, fd, flags, backlog, readableAll, writableAll }) {
  this.key = key;
  // all: the workers sharing the handle; free: those with no connection in
  // flight, in the order they became free; inFlight: worker id -> the
  // connection handle it was sent.
  this.all = new Map();
  this.free = new Map();
  this.inFlight = new Map();
  this.queue = [];
  this.handle = null;
  this.server = net.createServer(refuseConnection);
  if (fd >= 0) {
    this.server.listen({ fd, backlog });
  } else if (port >= 0) {
    this.server.listen({ port, host: address, ipv6Only: Boolean(flags & binding.TCP_IPV6ONLY), backlog });
  } else {
    this.server.listen({ path: address, backlog, readableAll, writableAll });
  }
  this.server.once('listening', () => {
    this.handle = this.server._handle;
    this.handle.onconnection = (err, handle) => this.distribute(err, handle);
    this.server._handle = null;
    this.server = null;
  });
}

// add answers a worker's queryServer once the primary listens: send(errno,
// reply, handle).
RoundRobinHandle.prototype.add = function add(worker, send) {
  this.all.set(worker.id, worker);
  const done = () => {
    if (this.handle.getsockname) {
      const out = {};
      this.handle.getsockname(out);
      send(null, { sockname: out }, null);
    } else {
      send(null, null, null); // A Unix socket.
    }
    this.handoff(worker); // Connections may be waiting already.
  };
  if (this.server === null) {
    done();
    return;
  }
  this.server.once('listening', done);
  this.server.once('error', (err) => send(err.errno, null));
};

// remove takes worker out of the rotation; it reports whether that was the
// last worker, in which case the listener and the waiting connections are
// closed.
RoundRobinHandle.prototype.remove = function remove(worker) {
  if (!this.all.delete(worker.id)) return false;
  this.free.delete(worker.id);
  if (this.all.size !== 0) return false;
  for (const handle of this.queue) handle.close();
  this.queue = [];
  if (this.handle !== null) {
    this.handle.close();
    this.handle = null;
  }
  return true;
};

// disconnected drops the connection in flight to a worker whose channel
// closed: no answer will come. The primary's copy is closed; if the worker
// got the connection it keeps serving it with its own copy.
RoundRobinHandle.prototype.disconnected = function disconnected(worker) {
  const handle = this.inFlight.get(worker.id);
  if (handle !== undefined) {
    this.inFlight.delete(worker.id);
    handle.close();
  }
};

// distribute queues an accepted connection and wakes a free worker.
RoundRobinHandle.prototype.distribute = function distribute(err, handle) {
  if (err) return; // A failed accept has no connection.
  this.queue.push(handle);
  for (const [id, worker] of this.free) {
    this.free.delete(id);
    this.handoff(worker);
    break;
  }
};

// handoff sends worker the next waiting connection, or marks it free.
RoundRobinHandle.prototype.handoff = function handoff(worker) {
  if (!this.all.has(worker.id)) return; // The worker closed its server.
  const handle = this.queue.shift();
  if (handle === undefined) {
    this.free.set(worker.id, worker);
    return;
  }
  this.inFlight.set(worker.id, handle);
  sendHelper(worker.process, { act: 'newconn', key: this.key }, handle, (reply) => {
    this.inFlight.delete(worker.id);
    if (reply.accepted) handle.close();
    else this.distribute(0, handle); // The worker is closing: try another.
    this.handoff(worker);
  });
};

module.exports = RoundRobinHandle;
