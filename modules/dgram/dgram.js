'use strict';
// dgram: UDP sockets over the native UDP handle, following Node's
// lib/dgram.js: bind states, the send queue while binding, connect and
// disconnect, the send argument forms, and the cluster hooks of bind().

const EventEmitter = require('events');
const { Buffer } = require('buffer');
const internal = require('internal/net');
const binding = require('internal/dgram/binding');
const {
  validateString, validateNumber, validateInteger, validatePort, errnoException, exceptionWithHostPort,
} = internal;
const {
  ERR_INVALID_ARG_TYPE, ERR_MISSING_ARGS, ERR_BUFFER_OUT_OF_BOUNDS, ERR_INVALID_FD_TYPE,
  ERR_SOCKET_ALREADY_BOUND, ERR_SOCKET_BAD_BUFFER_SIZE, ERR_SOCKET_DGRAM_IS_CONNECTED,
  ERR_SOCKET_DGRAM_NOT_CONNECTED, ERR_SOCKET_DGRAM_NOT_RUNNING,
} = internal.codes;
const { kStateSymbol: kState, newHandle, createSocketHandle } = require('internal/dgram');

const kOwner = Symbol('owner');

const BIND_STATE_UNBOUND = 0;
const BIND_STATE_BINDING = 1;
const BIND_STATE_BOUND = 2;

const CONNECT_STATE_DISCONNECTED = 0;
const CONNECT_STATE_CONNECTING = 1;
const CONNECT_STATE_CONNECTED = 2;

const RECV_BUFFER = true;
const SEND_BUFFER = false;

let cluster;
function loadCluster() {
  if (cluster === undefined) {
    try {
      cluster = require('cluster');
    } catch (err) {
      if (!err || err.code !== 'MODULE_NOT_FOUND') throw err;
      cluster = null;
    }
  }
  return cluster;
}

function isWorker() {
  const c = loadCluster();
  return c !== null && c.isWorker === true;
}

function isArrayBufferView(v) {
  return ArrayBuffer.isView(v);
}

function Socket(type, listener) {
  EventEmitter.call(this);
  let lookup;
  let recvBufferSize;
  let sendBufferSize;
  let options;
  if (type !== null && typeof type === 'object') {
    options = type;
    type = options.type;
    lookup = options.lookup;
    recvBufferSize = options.recvBufferSize;
    sendBufferSize = options.sendBufferSize;
    // As node, a falsy size (0, null, NaN) is no size.
    if (recvBufferSize) validateInteger(recvBufferSize, 'options.recvBufferSize', 0, 4294967295);
    if (sendBufferSize) validateInteger(sendBufferSize, 'options.sendBufferSize', 0, 4294967295);
  }
  const handle = newHandle(type, lookup);
  handle[kOwner] = this;
  this.type = type;
  if (typeof listener === 'function') this.on('message', listener);
  this[kState] = {
    handle,
    receiving: false,
    bindState: BIND_STATE_UNBOUND,
    connectState: CONNECT_STATE_DISCONNECTED,
    queue: undefined,
    reuseAddr: options && options.reuseAddr,
    reusePort: options && options.reusePort,
    ipv6Only: options && options.ipv6Only,
    recvBufferSize,
    sendBufferSize,
  };
  if (options && options.signal !== undefined) {
    const { signal } = options;
    if (signal === null || typeof signal !== 'object' || !('aborted' in signal)) {
      throw new ERR_INVALID_ARG_TYPE('options.signal', 'AbortSignal', signal);
    }
    const onAborted = () => {
      if (this[kState].handle) this.close();
    };
    if (signal.aborted) {
      onAborted();
    } else {
      signal.addEventListener('abort', onAborted, { once: true });
      this.once('close', () => signal.removeEventListener('abort', onAborted));
    }
  }
}
Object.setPrototypeOf(Socket.prototype, EventEmitter.prototype);
Object.setPrototypeOf(Socket, EventEmitter);

function createSocket(type, listener) {
  return new Socket(type, listener);
}

function startListening(socket) {
  const state = socket[kState];
  state.handle.onmessage = onMessage;
  state.handle.recvStart();
  state.receiving = true;
  state.bindState = BIND_STATE_BOUND;
  if (state.recvBufferSize) bufferSize(socket, state.recvBufferSize, RECV_BUFFER);
  if (state.sendBufferSize) bufferSize(socket, state.sendBufferSize, SEND_BUFFER);
  socket.emit('listening');
}

// replaceHandle swaps in a handle from elsewhere (the cluster primary, or
// one received over IPC), keeping the socket's lookup.
function replaceHandle(self, newHandle) {
  const state = self[kState];
  const oldHandle = state.handle;
  newHandle.lookup = oldHandle.lookup;
  newHandle[kOwner] = self;
  oldHandle.close();
  state.handle = newHandle;
}

function bufferSize(self, size, buffer) {
  if (size >>> 0 !== size) throw new ERR_SOCKET_BAD_BUFFER_SIZE();
  const ctx = {};
  const ret = self[kState].handle.bufferSize(size, buffer, ctx);
  if (ret === undefined) {
    const err = new Error(`Could not get or set buffer size: ${ctx.syscall} returned ${ctx.code} (${ctx.message})`);
    err.code = 'ERR_SOCKET_BUFFER_SIZE';
    err.info = ctx;
    err.errno = ctx.errno;
    err.syscall = ctx.syscall;
    throw err;
  }
  return ret;
}

function bindServerHandle(self, options, cb) {
  const state = self[kState];
  loadCluster()._getServer(self, options, (err, handle) => {
    if (err) {
      cb(err);
      return;
    }
    if (!state.handle) {
      // Closed while waiting for the primary.
      handle.close();
      return;
    }
    replaceHandle(self, handle);
    startListening(self);
  });
}

Socket.prototype.bind = function bind(port_, address_ /* , callback */) {
  let port = port_;
  healthCheck(this);
  const state = this[kState];
  if (state.bindState !== BIND_STATE_UNBOUND) throw new ERR_SOCKET_ALREADY_BOUND();
  state.bindState = BIND_STATE_BINDING;

  const cb = arguments.length && arguments[arguments.length - 1];
  if (typeof cb === 'function') {
    const removeListeners = () => {
      this.removeListener('error', removeListeners);
      this.removeListener('listening', onListening);
    };
    const onListening = () => {
      removeListeners();
      cb.call(this);
    };
    this.on('error', removeListeners);
    this.on('listening', onListening);
  }

  // bind(handle): a native UDP handle (received over IPC).
  if (port !== null && typeof port === 'object' && typeof port.recvStart === 'function') {
    replaceHandle(this, port);
    startListening(this);
    return this;
  }

  // bind({fd}): open an existing descriptor.
  if (port !== null && typeof port === 'object' && Number.isInteger(port.fd) && port.fd > 0) {
    const { fd } = port;
    const exclusive = !!port.exclusive;
    if (isWorker() && !exclusive) {
      bindServerHandle(this, { address: null, port: null, addressType: this.type, fd, flags: null }, (err) => {
        this.emit('error', exceptionWithHostPort(err, 'bind', null, null));
        state.bindState = BIND_STATE_UNBOUND;
      });
      return this;
    }
    const type = internal.binding.guessHandleType(fd);
    if (type !== 'UDP') throw new ERR_INVALID_FD_TYPE(type);
    const err = state.handle.open(fd);
    if (err) throw errnoException(err, 'open');
    startListening(this);
    return this;
  }

  let address;
  let exclusive;
  if (port !== null && typeof port === 'object') {
    address = port.address || '';
    exclusive = !!port.exclusive;
    port = port.port;
  } else {
    address = typeof address_ === 'function' ? '' : address_;
    exclusive = false;
  }
  if (!address) address = this.type === 'udp4' ? '0.0.0.0' : '::';

  state.handle.lookup(address, (err, ip) => {
    if (!state.handle) return;
    if (err) {
      state.bindState = BIND_STATE_UNBOUND;
      this.emit('error', err);
      return;
    }
    let flags = 0;
    if (state.reuseAddr) flags |= binding.UV_UDP_REUSEADDR;
    if (state.ipv6Only) flags |= binding.UV_UDP_IPV6ONLY;
    if (state.reusePort) flags |= binding.UV_UDP_REUSEPORT;
    if (isWorker() && !exclusive) {
      bindServerHandle(this, { address: ip, port, addressType: this.type, fd: -1, flags }, (e) => {
        state.bindState = BIND_STATE_UNBOUND;
        this.emit('error', exceptionWithHostPort(e, 'bind', ip, port));
      });
      return;
    }
    const e = state.handle.bind(ip, port || 0, flags);
    if (e) {
      state.bindState = BIND_STATE_UNBOUND;
      this.emit('error', exceptionWithHostPort(e, 'bind', ip, port));
      return;
    }
    startListening(this);
  });
  return this;
};

Socket.prototype.connect = function connect(port, address, callback) {
  port = validatePort(port, 'Port', false);
  if (typeof address === 'function') {
    callback = address;
    address = '';
  } else if (address === undefined) {
    address = '';
  }
  validateString(address, 'address');
  const state = this[kState];
  if (state.connectState !== CONNECT_STATE_DISCONNECTED) throw new ERR_SOCKET_DGRAM_IS_CONNECTED();
  state.connectState = CONNECT_STATE_CONNECTING;
  if (state.bindState === BIND_STATE_UNBOUND) this.bind({ port: 0, exclusive: true }, null);
  if (state.bindState !== BIND_STATE_BOUND) {
    enqueue(this, () => doConnectLookup(this, port, address, callback));
    return;
  }
  doConnectLookup(this, port, address, callback);
};

function doConnectLookup(self, port, address, callback) {
  const state = self[kState];
  if (callback) self.once('connect', callback);
  state.handle.lookup(address, (ex, ip) => doConnect(ex, self, ip, address, port, callback));
}

function doConnect(ex, self, ip, address, port, callback) {
  const state = self[kState];
  if (!state.handle) return;
  if (!ex) {
    const err = state.handle.connect(ip, port);
    if (err) ex = exceptionWithHostPort(err, 'connect', address, port);
  }
  if (ex) {
    state.connectState = CONNECT_STATE_DISCONNECTED;
    process.nextTick(() => {
      if (callback) {
        self.removeListener('connect', callback);
        callback(ex);
      } else {
        self.emit('error', ex);
      }
    });
    return;
  }
  state.connectState = CONNECT_STATE_CONNECTED;
  process.nextTick(() => self.emit('connect'));
}

Socket.prototype.disconnect = function disconnect() {
  const state = this[kState];
  if (state.connectState !== CONNECT_STATE_CONNECTED) throw new ERR_SOCKET_DGRAM_NOT_CONNECTED();
  const err = state.handle.disconnect();
  if (err) throw errnoException(err, 'connect');
  state.connectState = CONNECT_STATE_DISCONNECTED;
};

// sendto is the legacy form: send(buffer, offset, length, port, address, cb).
Socket.prototype.sendto = function sendto(buffer, offset, length, port, address, callback) {
  validateNumber(offset, 'offset');
  validateNumber(length, 'length');
  validateNumber(port, 'port');
  validateString(address, 'address');
  this.send(buffer, offset, length, port, address, callback);
};

function sliceBuffer(buffer, offset, length) {
  if (typeof buffer === 'string') {
    buffer = Buffer.from(buffer);
  } else if (!isArrayBufferView(buffer)) {
    throw new ERR_INVALID_ARG_TYPE('buffer', ['Buffer', 'TypedArray', 'DataView', 'string'], buffer);
  }
  offset = offset >>> 0;
  length = length >>> 0;
  if (offset > buffer.byteLength) throw new ERR_BUFFER_OUT_OF_BOUNDS('offset');
  if (offset + length > buffer.byteLength) throw new ERR_BUFFER_OUT_OF_BOUNDS('length');
  return Buffer.from(buffer.buffer, buffer.byteOffset + offset, length);
}

function fixBufferList(list) {
  const out = new Array(list.length);
  for (let i = 0; i < list.length; i++) {
    const buf = list[i];
    if (typeof buf === 'string') out[i] = Buffer.from(buf);
    else if (!isArrayBufferView(buf)) return null;
    else out[i] = Buffer.from(buf.buffer, buf.byteOffset, buf.byteLength);
  }
  return out;
}

// enqueue holds an operation until the implicit bind completes.
function enqueue(self, fn) {
  const state = self[kState];
  if (state.queue === undefined) {
    state.queue = [];
    self.once(EventEmitter.errorMonitor, onListenError);
    self.once('listening', onListenSuccess);
  }
  state.queue.push(fn);
}

function onListenSuccess() {
  this.removeListener(EventEmitter.errorMonitor, onListenError);
  clearQueue.call(this);
}

function onListenError() {
  this.removeListener('listening', onListenSuccess);
  this[kState].queue = undefined;
}

function clearQueue() {
  const state = this[kState];
  const queue = state.queue;
  state.queue = undefined;
  for (const fn of queue) fn();
}

// send(buffer, offset, length, port[, address][, cb]), send(bufferOrList,
// port[, address][, cb]), and on a connected socket send(buffer, offset,
// length[, cb]) or send(bufferOrList[, cb]).
Socket.prototype.send = function send(buffer, offset, length, port, address, callback) {
  let list;
  const state = this[kState];
  const connected = state.connectState === CONNECT_STATE_CONNECTED;
  if (!connected) {
    if (address || (port && typeof port !== 'function')) {
      buffer = sliceBuffer(buffer, offset, length);
    } else {
      callback = port;
      port = offset;
      address = length;
    }
  } else {
    if (typeof length === 'number') {
      buffer = sliceBuffer(buffer, offset, length);
      if (typeof port === 'function') {
        callback = port;
        port = null;
      }
    } else {
      callback = offset;
    }
    if (port || address) throw new ERR_SOCKET_DGRAM_IS_CONNECTED();
  }

  if (!Array.isArray(buffer)) {
    if (typeof buffer === 'string') {
      list = [Buffer.from(buffer)];
    } else if (!isArrayBufferView(buffer)) {
      throw new ERR_INVALID_ARG_TYPE('buffer', ['Buffer', 'TypedArray', 'DataView', 'string'], buffer);
    } else {
      list = [buffer];
    }
  } else if (!(list = fixBufferList(buffer))) {
    throw new ERR_INVALID_ARG_TYPE('buffer list arguments', ['Buffer', 'TypedArray', 'DataView', 'string'], buffer);
  }

  if (!connected) port = validatePort(port, 'Port', false);
  if (typeof callback !== 'function') callback = undefined;
  if (typeof address === 'function') {
    callback = address;
    address = undefined;
  } else if (address != null) {
    validateString(address, 'address');
  }

  healthCheck(this);
  if (state.bindState === BIND_STATE_UNBOUND) this.bind({ port: 0, exclusive: true }, null);
  if (list.length === 0) list.push(Buffer.alloc(0));

  // Not bound yet: send once the implicit bind completes.
  if (state.bindState !== BIND_STATE_BOUND) {
    enqueue(this, this.send.bind(this, list, port, address, callback));
    return;
  }

  const afterDns = (ex, ip) => doSend(ex, this, ip, list, address, port, callback);
  if (!connected) state.handle.lookup(address, afterDns);
  else afterDns(null, null);
};

function doSend(ex, self, ip, list, address, port, callback) {
  const state = self[kState];
  if (ex) {
    if (typeof callback === 'function') {
      process.nextTick(callback, ex);
      return;
    }
    process.nextTick(() => self.emit('error', ex));
    return;
  } else if (!state.handle) {
    return;
  }
  const req = { list, address, port, callback, oncomplete: callback ? afterSend : undefined };
  let err;
  if (port) err = state.handle.send(req, list, list.length, port, ip, !!callback);
  else err = state.handle.send(req, list, list.length, !!callback);
  if (err >= 1) {
    // Sent at once: the result is the size + 1.
    if (callback) process.nextTick(callback, null, err - 1);
    return;
  }
  if (err && callback) {
    // Not emitted as 'error', as Node.
    process.nextTick(callback, exceptionWithHostPort(err, 'send', address, port));
  }
}

function afterSend(status, sent) {
  const err = status ? exceptionWithHostPort(status, 'send', this.address, this.port) : null;
  this.callback(err, sent);
}

Socket.prototype[Symbol.asyncDispose] = async function asyncDispose() {
  if (!this[kState].handle) return undefined;
  return new Promise((resolve) => this.close(resolve));
};

Socket.prototype.close = function close(callback) {
  const state = this[kState];
  const queue = state.queue;
  if (typeof callback === 'function') this.on('close', callback);
  if (queue !== undefined) {
    queue.push(this.close.bind(this));
    return this;
  }
  healthCheck(this);
  stopReceiving(this);
  state.handle.close();
  state.handle = null;
  process.nextTick(socketCloseNT, this);
  return this;
};

function socketCloseNT(self) {
  self.emit('close');
}

Socket.prototype.address = function address() {
  healthCheck(this);
  const out = {};
  const err = this[kState].handle.getsockname(out);
  if (err) throw errnoException(err, 'getsockname');
  return out;
};

Socket.prototype.remoteAddress = function remoteAddress() {
  healthCheck(this);
  const state = this[kState];
  if (state.connectState !== CONNECT_STATE_CONNECTED) throw new ERR_SOCKET_DGRAM_NOT_CONNECTED();
  const out = {};
  const err = state.handle.getpeername(out);
  if (err) throw errnoException(err, 'getpeername');
  return out;
};

Socket.prototype.setBroadcast = function setBroadcast(arg) {
  const err = this[kState].handle.setBroadcast(arg ? 1 : 0);
  if (err) throw errnoException(err, 'setBroadcast');
};

Socket.prototype.setTTL = function setTTL(ttl) {
  validateNumber(ttl, 'ttl');
  const err = this[kState].handle.setTTL(ttl);
  if (err) throw errnoException(err, 'setTTL');
  return ttl;
};

Socket.prototype.setMulticastTTL = function setMulticastTTL(ttl) {
  validateNumber(ttl, 'ttl');
  const err = this[kState].handle.setMulticastTTL(ttl);
  if (err) throw errnoException(err, 'setMulticastTTL');
  return ttl;
};

Socket.prototype.setMulticastLoopback = function setMulticastLoopback(arg) {
  const err = this[kState].handle.setMulticastLoopback(arg ? 1 : 0);
  if (err) throw errnoException(err, 'setMulticastLoopback');
  return arg;
};

Socket.prototype.setMulticastInterface = function setMulticastInterface(interfaceAddress) {
  healthCheck(this);
  validateString(interfaceAddress, 'interfaceAddress');
  const err = this[kState].handle.setMulticastInterface(interfaceAddress);
  if (err) throw errnoException(err, 'setMulticastInterface');
};

Socket.prototype.addMembership = function addMembership(multicastAddress, interfaceAddress) {
  healthCheck(this);
  if (!multicastAddress) throw new ERR_MISSING_ARGS('multicastAddress');
  const err = this[kState].handle.addMembership(multicastAddress, interfaceAddress);
  if (err) throw errnoException(err, 'addMembership');
};

Socket.prototype.dropMembership = function dropMembership(multicastAddress, interfaceAddress) {
  healthCheck(this);
  if (!multicastAddress) throw new ERR_MISSING_ARGS('multicastAddress');
  const err = this[kState].handle.dropMembership(multicastAddress, interfaceAddress);
  if (err) throw errnoException(err, 'dropMembership');
};

Socket.prototype.addSourceSpecificMembership = function addSourceSpecificMembership(sourceAddress, groupAddress,
  interfaceAddress) {
  healthCheck(this);
  validateString(sourceAddress, 'sourceAddress');
  validateString(groupAddress, 'groupAddress');
  const err = this[kState].handle.addSourceSpecificMembership(sourceAddress, groupAddress, interfaceAddress);
  if (err) throw errnoException(err, 'addSourceSpecificMembership');
};

Socket.prototype.dropSourceSpecificMembership = function dropSourceSpecificMembership(sourceAddress, groupAddress,
  interfaceAddress) {
  healthCheck(this);
  validateString(sourceAddress, 'sourceAddress');
  validateString(groupAddress, 'groupAddress');
  const err = this[kState].handle.dropSourceSpecificMembership(sourceAddress, groupAddress, interfaceAddress);
  if (err) throw errnoException(err, 'dropSourceSpecificMembership');
};

function healthCheck(socket) {
  if (!socket[kState].handle) throw new ERR_SOCKET_DGRAM_NOT_RUNNING();
}

function stopReceiving(socket) {
  const state = socket[kState];
  if (!state.receiving) return;
  state.handle.recvStop();
  state.receiving = false;
}

// onMessage is the handle's onmessage: a datagram or a receive error.
function onMessage(nread, handle, buf, rinfo) {
  const self = handle[kOwner];
  if (nread < 0) {
    self.emit('error', errnoException(nread, 'recvmsg'));
    return;
  }
  rinfo.size = buf.length;
  self.emit('message', buf, rinfo);
}

Socket.prototype.ref = function ref() {
  const { handle } = this[kState];
  if (handle) handle.ref();
  return this;
};

Socket.prototype.unref = function unref() {
  const { handle } = this[kState];
  if (handle) handle.unref();
  return this;
};

Socket.prototype.setRecvBufferSize = function setRecvBufferSize(size) {
  bufferSize(this, size, RECV_BUFFER);
};

Socket.prototype.setSendBufferSize = function setSendBufferSize(size) {
  bufferSize(this, size, SEND_BUFFER);
};

Socket.prototype.getRecvBufferSize = function getRecvBufferSize() {
  return bufferSize(this, 0, RECV_BUFFER);
};

Socket.prototype.getSendBufferSize = function getSendBufferSize() {
  return bufferSize(this, 0, SEND_BUFFER);
};

Socket.prototype.getSendQueueSize = function getSendQueueSize() {
  return this[kState].handle.getSendQueueSize();
};

Socket.prototype.getSendQueueCount = function getSendQueueCount() {
  return this[kState].handle.getSendQueueCount();
};

binding.setSocketClass(Socket, kOwner);

// The internals node deprecated (DEP0112), as node keeps them.
for (const name of ['handle', 'receiving', 'bindState', 'queue', 'reuseAddr']) {
  const msg = `Socket.prototype._${name} is deprecated`;
  Object.defineProperty(Socket.prototype, '_' + name, {
    __proto__: null,
    configurable: true,
    get: dep0112(function() { return this[kState][name]; }, msg),
    set: dep0112(function(value) { this[kState][name] = value; }, msg),
  });
}

Socket.prototype._healthCheck = dep0112(function() {
  healthCheck(this);
}, 'Socket.prototype._healthCheck() is deprecated');

Socket.prototype._stopReceiving = dep0112(function() {
  stopReceiving(this);
}, 'Socket.prototype._stopReceiving() is deprecated');

// dep0112 is util.deprecate(fn, msg, 'DEP0112'), made on first call (util
// is not loaded before).
function dep0112(fn, msg) {
  let deprecated;
  return function() {
    if (deprecated === undefined) deprecated = require('util').deprecate(fn, msg, 'DEP0112');
    return Reflect.apply(deprecated, this, arguments);
  };
}

module.exports = {
  _createSocketHandle: dep0112(createSocketHandle, 'dgram._createSocketHandle() is deprecated'),
  createSocket,
  Socket,
};
