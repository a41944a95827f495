'use strict';
// internal/cluster/child: the cluster module in a worker process
// (NODE-IPC.md §7). Servers listen through the primary (_getServer, called
// by net's and dgram's listen/bind): under SCHED_RR the primary accepts and
// sends each connection ('newconn'), and the server runs on a stand-in
// handle; otherwise the primary sends the bound socket itself.

const EventEmitter = require('events');
const Worker = require('internal/cluster/worker');
const { internal, sendHelper } = require('internal/cluster/utils');

// The longest timer delay: the round-robin stand-in handle keeps the
// process alive with an interval this long, as a listening socket would.
const TIMEOUT_MAX = 2 ** 31 - 1;

const cluster = new EventEmitter();
// handles maps the primary's key of each server this worker listens with to
// { handle, owner, listening }: the (stand-in or shared) handle, the
// net.Server or dgram.Socket using it, and whether it is listening on it.
const handles = new Map();
// indexes counts the listens per address:port:addressType:fd; the index is
// part of the primary's key, so a worker's second listen(0) gets a port of
// its own while every worker's first one shares one.
const indexes = new Map();

module.exports = cluster;

cluster.isWorker = true;
cluster.isMaster = false;
cluster.isPrimary = false;
cluster.worker = null;
cluster.Worker = Worker;

function noop() {}

// _setupWorker runs before user code (the startup hook): it makes
// cluster.worker and announces 'online'.
cluster._setupWorker = function _setupWorker() {
  const worker = new Worker({ id: +process.env.NODE_UNIQUE_ID | 0, process, state: 'online' });
  cluster.worker = worker;
  process.once('disconnect', () => {
    worker.emit('disconnect');
    // The primary went away without asking: leave at once.
    if (!worker.exitedAfterDisconnect) process.exit(0);
  });
  process.on('internalMessage', internal(worker, onmessage));
  send({ act: 'online' });

  function onmessage(message, handle) {
    if (message.act === 'newconn') onconnection(message, handle);
    else if (message.act === 'disconnect') disconnectWorker(worker, true);
  }
};

// _getServer asks the primary for the listening handle of obj (a net.Server
// or dgram.Socket); cb(errno, handle) gets it.
cluster._getServer = function _getServer(obj, options, cb) {
  let address = options.address;
  if (options.port < 0 && typeof address === 'string' && process.platform !== 'win32') {
    address = require('path').resolve(address);
  }
  const indexesKey = [address, options.port, options.addressType, options.fd].join(':');
  let indexSet = indexes.get(indexesKey);
  if (indexSet === undefined) {
    indexSet = { nextIndex: 0, set: new Set() };
    indexes.set(indexesKey, indexSet);
  }
  const index = indexSet.nextIndex++;
  indexSet.set.add(index);

  const message = { act: 'queryServer', index, data: null, ...options };
  message.address = address;
  // Server data the workers share (tls ticket keys).
  if (obj._getServerData) message.data = obj._getServerData();

  let entry = null;
  send(message, (reply, handle) => {
    if (typeof obj._setServerData === 'function') obj._setServerData(reply.data);
    const place = { obj, indexesKey, index };
    entry = handle ? shared(reply, handle, place, cb) : rr(reply, place, cb);
  });

  obj.once('listening', () => {
    // The server may have been closed already.
    if (!indexes.has(indexesKey)) return;
    if (entry !== null) entry.listening = true;
    cluster.worker.state = 'listening';
    const sockname = obj.address();
    message.act = 'listening';
    message.port = (sockname && sockname.port) || options.port;
    send(message);
  });
};

function removeIndex(indexesKey, index) {
  const indexSet = indexes.get(indexesKey);
  if (!indexSet) return;
  indexSet.set.delete(index);
  if (indexSet.set.size === 0) indexes.delete(indexesKey);
}

// register records a handle under the primary's key.
function register(key, handle, { obj }) {
  const entry = { handle, owner: obj, listening: false };
  handles.set(key, entry);
  return entry;
}

// release forgets a handle whose server closed and tells the primary.
function release(key, { indexesKey, index }) {
  send({ act: 'close', key });
  handles.delete(key);
  removeIndex(indexesKey, index);
}

// shared: the primary sent the bound socket; closing it releases this
// worker's share.
function shared(message, handle, place, cb) {
  const key = message.key;
  const close = handle.close;
  handle.close = function closeShared(...args) {
    release(key, place);
    return close.apply(handle, args);
  };
  const entry = register(key, handle, place);
  cb(message.errno, handle);
  return entry;
}

// rr: the primary listens and will send connections; the server gets a
// stand-in handle (listen() does nothing, address() is the primary's).
function rr(message, place, cb) {
  if (message.errno) {
    cb(message.errno, null);
    return null;
  }
  let key = message.key;
  let timer = null;

  function ref() {
    if (!timer) timer = setInterval(noop, TIMEOUT_MAX);
  }

  function unref() {
    if (timer) {
      clearInterval(timer);
      timer = null;
    }
  }

  function listen() {
    return 0;
  }

  // Connections still in flight when the server closes are refused (see
  // onconnection) and go back to the primary.
  function close() {
    if (key === undefined) return;
    unref();
    release(key, place);
    key = undefined;
  }

  function getsockname(out) {
    if (key) Object.assign(out, message.sockname);
    return 0;
  }

  const handle = { close, listen, ref, unref };
  handle.ref();
  if (message.sockname) handle.getsockname = getsockname; // TCP only.
  const entry = register(key, handle, place);
  cb(0, handle);
  return entry;
}

// onconnection takes a round-robin connection, or refuses it when its server
// is gone or full.
function onconnection(message, handle) {
  const entry = handles.get(message.key);
  let accepted = entry !== undefined && typeof entry.handle.onconnection === 'function';
  if (accepted && entry.listening) {
    const server = entry.owner;
    if (server.maxConnections != null && server._connections >= server.maxConnections) accepted = false;
  }
  send({ ack: message.seq, accepted });
  if (accepted) entry.handle.onconnection(0, handle);
  else handle.close();
}

function send(message, cb) {
  return sendHelper(process, message, null, cb);
}

// disconnectWorker closes every server (each waits for its connections to
// end), then disconnects: at once when the primary asked, else after the
// primary acknowledged exitedAfterDisconnect.
function disconnectWorker(worker, primaryInitiated) {
  worker.exitedAfterDisconnect = true;
  let waiting = 1;
  function closed() {
    if (--waiting !== 0) return;
    if (primaryInitiated) process.disconnect();
    else send({ act: 'exitedAfterDisconnect' }, () => process.disconnect());
  }
  for (const entry of handles.values()) {
    waiting++;
    if (entry.listening) {
      entry.owner.close(closed);
    } else {
      entry.handle.close();
      closed();
    }
  }
  handles.clear();
  closed();
}

Worker.prototype.disconnect = function disconnect() {
  if (this.state !== 'disconnecting' && this.state !== 'destroying') {
    this.state = 'disconnecting';
    disconnectWorker(this, false);
  }
  return this;
};

Worker.prototype.destroy = function destroy() {
  if (this.state === 'destroying') return;
  this.exitedAfterDisconnect = true;
  if (!this.isConnected()) {
    process.exit(0);
  } else {
    this.state = 'destroying';
    send({ act: 'exitedAfterDisconnect' }, () => process.disconnect());
    process.once('disconnect', () => process.exit(0));
  }
};
