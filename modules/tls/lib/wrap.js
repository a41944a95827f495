'use strict';
// _tls_wrap: tls.TLSSocket, tls.Server and tls.connect, after node's
// lib/_tls_wrap.js. A TLSSocket is a net.Socket whose _handle is a TLSWrap:
// the stream handle net.Socket drives (readStart, writeBuffer, shutdown,
// close, ...), backed by a session of the Go binding internal/tls, which
// carries its ciphertext over a transport stream — the net.Socket it
// connected, the one its server accepted, or any Duplex the caller gave.

const net = require('net');
// (tls loads this module only on first use of its socket, server or
// connect: it is complete by then.)
const tls = require('tls');
const { Duplex } = require('stream');
const { Buffer } = require('buffer');
const binding = require('internal/tls');
const { binding: netBinding } = require('internal/net');
const { makeNodeError, codes: base } = require('internal/errors');

const { UV_EOF } = netBinding;
const UV_EINVAL = -22;
const UV_EPIPE = -32;

const ERR_TLS_HANDSHAKE_TIMEOUT = makeNodeError(Error, 'ERR_TLS_HANDSHAKE_TIMEOUT', () => 'TLS handshake timeout');
const ERR_TLS_INVALID_STATE = makeNodeError(Error, 'ERR_TLS_INVALID_STATE',
  () => 'TLS socket connection must be securely established');
const { ERR_INVALID_ARG_TYPE, ERR_INTERNAL_ASSERTION } = base;
const { validateBuffer, validateString, validateUint32 } = require('internal/validators');

const kSocket = Symbol('kSocket');
const kHandshakeTimer = Symbol('kHandshakeTimer');
const kErrorEmitted = Symbol('kErrorEmitted');
const kConnectOptions = Symbol('kConnectOptions');
const kSNICallback = Symbol('snicallback');
// kRejection: why JavaScript failed the handshake (the server's check, an
// SNICallback's error), the socket's error in place of the session's.
const kRejection = Symbol('kRejection');

// ------------------------------------------------------------- TLSWrap

// TLSWrap is a TLSSocket's handle. Its session encrypts what net.Socket
// writes and decrypts what the transport reads; the session calls back
// oncipher, ondata, onend, onerror and onhandshake on it.
function TLSWrap(transport, context, isServer, options) {
  this.transport = transport;
  this.reading = false;
  this.onread = null;
  this.bytesWritten = 0;
  this.session = binding.newSession(context.context, isServer, options, this);
  this.closed = false;
  this.ended = false;
  this[kSocket] = null;
  // A transport the wrap reads ends its writing side itself, after
  // close_notify (shutdown), not when the peer's side ends. It sends each
  // record at once: the session writes a flight's records one by one (and
  // a client's Finished apart from its first data), which Nagle's
  // algorithm would hold for the peer's delayed ACK (OpenSSL writes them
  // together).
  if (transport instanceof net.Socket) {
    transport.allowHalfOpen = true;
    transport.setNoDelay(true);
  }
  // Ciphertext is bytes: a transport that decoded text before the upgrade
  // (STARTTLS) reads Buffers from now on, as node's TLSWrap, which takes
  // the handle, does.
  const rs = transport._readableState;
  if (rs && rs.decoder) {
    rs.decoder = null;
    rs.encoding = null;
  }
  transport.on('data', (chunk) => {
    this.session.receive(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
  });
  const onEnd = () => {
    if (this.ended) return;
    this.ended = true;
    this.session.receiveEnd();
  };
  // pendingAck is oncipher's done while the transport drains.
  this.pendingAck = null;
  this.onDrain = () => this.ack(undefined);
  transport.on('end', onEnd);
  transport.on('close', () => {
    onEnd();
    this.ack('closed');
  });
  transport.on('error', (err) => {
    const socket = this[kSocket];
    if (socket !== null) socket.destroy(err);
  });
  // Whoever read the transport before (a proxy's CONNECT answer read with
  // 'readable') may have left it paused; node's TLSWrap reads the handle
  // whatever the stream's state.
  if (transport.readableFlowing !== true && typeof transport.resume === 'function') transport.resume();
}

// oncipher gives the transport ciphertext; done() once it has room for
// more (a write without a callback takes net.Socket's shortest path). A
// transport that fails is destroyed, and the session with it.
TLSWrap.prototype.oncipher = function oncipher(buf, done) {
  const t = this.transport;
  if (t.destroyed || !t.writable) {
    done('closed');
    return;
  }
  if (t.write(buf)) {
    done();
    return;
  }
  this.pendingAck = done;
  t.once('drain', this.onDrain);
};

// ack completes a pending oncipher: the transport drained (err
// undefined), or closed first.
TLSWrap.prototype.ack = function ack(err) {
  const done = this.pendingAck;
  if (done === null) return;
  this.pendingAck = null;
  done(err);
};

TLSWrap.prototype.ondata = function ondata(buf) {
  this.onread(buf.length, buf);
};

TLSWrap.prototype.onend = function onend() {
  this.onread(UV_EOF);
};

TLSWrap.prototype.onerror = function onerror(err) {
  const socket = this[kSocket];
  if (socket !== null) socket.destroy(err);
};

// onkeylog: a line of the session's key log (once asked for) for the
// socket's 'keylog'.
TLSWrap.prototype.onkeylog = function onkeylog(line) {
  const socket = this[kSocket];
  if (socket !== null) socket.emit('keylog', line);
};

// onsession: a client's session got a session from the server, for
// resuming later: the socket emits 'session' with it, encoded only when
// someone listens.
TLSWrap.prototype.onsession = function onsession() {
  const socket = this[kSocket];
  if (socket !== null && socket.listenerCount('session') > 0) socket.emit('session', this.session.session());
};

TLSWrap.prototype.onhandshake = function onhandshake(err) {
  const socket = this[kSocket];
  if (socket !== null) socket._handshakeDone(err);
};

// onverify: a client's session has the server's certificate and asks
// whether to go on.
TLSWrap.prototype.onverify = function onverify() {
  const socket = this[kSocket];
  return socket !== null && verifyServer(socket);
};

// onsni: a server's session has the server name the client gave and asks
// for its context: done(context), done(null) for the default, or
// done(null, true) to fail the handshake.
TLSWrap.prototype.onsni = function onsni(servername, done) {
  const socket = this[kSocket];
  if (socket === null || socket.destroyed) {
    done(null, true);
    return;
  }
  socket._SNICallback(servername, (err, context) => {
    if (err) {
      socket[kRejection] = err;
      done(null, true);
      return;
    }
    done(context ? context.context || context : null);
  });
};

// start begins the handshake. A net.Socket transport with nothing left to
// read in JavaScript is the session's to read and write itself.
TLSWrap.prototype.start = function start() {
  const t = this.transport;
  const attachable = t instanceof net.Socket && t.readableLength === 0 && !t.readableEnded;
  this.session.start(attachable ? t : undefined);
};

TLSWrap.prototype.readStart = function readStart() {
  this.session.readStart();
  if (typeof this.transport.resume === 'function') this.transport.resume();
  return 0;
};

TLSWrap.prototype.readStop = function readStop() {
  this.session.readStop();
  if (typeof this.transport.pause === 'function') this.transport.pause();
  return 0;
};

// The writes take net.Socket's write requests: 0, the write was done at
// once; 1, the request's callback follows (with this handle as this, and
// a status); or an errno.
TLSWrap.prototype.writeBuffer = function writeBuffer(req, buf) {
  if (this.closed) return UV_EPIPE;
  this.bytesWritten += buf.length;
  return this.session.write(buf, req);
};

TLSWrap.prototype.writev = function writev(req, bufs) {
  if (this.closed) return UV_EPIPE;
  for (const b of bufs) this.bytesWritten += b.length;
  return this.session.write(bufs, req);
};

TLSWrap.prototype.writeUtf8String = function writeUtf8String(req, s) {
  return this.writeBuffer(req, Buffer.from(s, 'utf8'));
};

TLSWrap.prototype.writeLatin1String = function writeLatin1String(req, s) {
  return this.writeBuffer(req, Buffer.from(s, 'latin1'));
};

// bytesRead counts the plaintext the session read, for JavaScript or for
// Go code that took it.
Object.defineProperty(TLSWrap.prototype, 'bytesRead', {
  __proto__: null,
  get() { return this.session.bytesRead(); },
});

Object.defineProperty(TLSWrap.prototype, 'writeQueueSize', {
  __proto__: null,
  get() { return this.closed ? 0 : this.session.writeQueueSize(); },
});

Object.defineProperty(TLSWrap.prototype, 'fd', {
  __proto__: null,
  get() {
    const h = this.transport._handle;
    return h && typeof h.fd === 'number' ? h.fd : -1;
  },
});

// shutdown sends close_notify after the queued writes, then ends the
// transport's writing side.
TLSWrap.prototype.shutdown = function shutdown(cb) {
  this.session.shutdown((status) => {
    const t = this.transport;
    if (!t.destroyed && t.writable) t.end();
    cb(status);
  });
  return 0;
};

// close ends the session and destroys the transport; cb follows the
// transport's 'close'.
TLSWrap.prototype.close = function close(cb) {
  if (this.closed) return;
  this.closed = true;
  this.session.close();
  const t = this.transport;
  if (typeof cb === 'function') {
    // (A closed handle's callback runs in a later phase of the loop, after
    // the ticks: a socket destroyed with an error emits it before 'close'.)
    if (t instanceof net.Socket && !t.closed) t.once('close', () => cb());
    else setImmediate(cb);
  }
  if (!t.destroyed) t.destroy();
};

TLSWrap.prototype.reset = function reset(cb) {
  const t = this.transport;
  if (t instanceof net.Socket && !t.destroyed && t._handle) {
    this.closed = true;
    this.session.close();
    t.once('close', () => cb());
    t.resetAndDestroy();
    return 0;
  }
  this.close(cb);
  return 0;
};

// The addresses and socket options are the transport's.
TLSWrap.prototype.getpeername = function getpeername(out) {
  return copyAddress(this.transport, '_getpeername', out);
};

TLSWrap.prototype.getsockname = function getsockname(out) {
  return copyAddress(this.transport, '_getsockname', out);
};

function copyAddress(t, method, out) {
  if (!(t instanceof net.Socket)) return UV_EINVAL;
  const addr = t[method]();
  if (addr.address === undefined) return UV_EINVAL;
  Object.assign(out, addr);
  return 0;
}

TLSWrap.prototype.setNoDelay = function setNoDelay(enable) {
  if (typeof this.transport.setNoDelay === 'function') this.transport.setNoDelay(enable);
  return 0;
};

TLSWrap.prototype.setKeepAlive = function setKeepAlive(enable, delaySecs) {
  if (typeof this.transport.setKeepAlive === 'function') this.transport.setKeepAlive(enable, delaySecs * 1000);
  return 0;
};

TLSWrap.prototype.ref = function ref() {
  this.session.ref();
  if (typeof this.transport.ref === 'function') this.transport.ref();
};

TLSWrap.prototype.unref = function unref() {
  this.session.unref();
  if (typeof this.transport.unref === 'function') this.transport.unref();
};

TLSWrap.prototype.hasRef = function hasRef() {
  return this.session.hasRef();
};

// ----------------------------------------------------------- TLSSocket

// TLSSocket(socket, options) is node's: socket is the transport (a
// net.Socket or any Duplex), or undefined for one connect() opens.
function TLSSocket(socket, opts) {
  if (!(this instanceof TLSSocket)) return new TLSSocket(socket, opts);
  const tlsOptions = { ...opts };
  if (socket !== undefined && socket !== null && !(socket instanceof Duplex)) {
    throw new ERR_INVALID_ARG_TYPE('socket', ['net.Socket', 'stream.Duplex'], socket);
  }
  const context = tlsOptions.secureContext || tls.createSecureContext(tlsOptions);
  const transport = socket || new net.Socket({ allowHalfOpen: true });
  // (the wrap makes the transport half-open: read the caller's first.)
  const allowHalfOpen = socket ? socket.allowHalfOpen : tlsOptions.allowHalfOpen;
  const isServer = Boolean(tlsOptions.isServer);
  const servername = !isServer && typeof tlsOptions.servername === 'string' ? tlsOptions.servername : '';
  const server = isServer ? tlsOptions.server : undefined;
  const sniCallback = isServer ? tlsOptions.SNICallback : undefined;
  const wrap = new TLSWrap(transport, context, isServer, {
    servername,
    ALPNProtocols: alpnList(tlsOptions.ALPNProtocols),
    requestCert: Boolean(tlsOptions.requestCert),
    rejectUnauthorized: tlsOptions.rejectUnauthorized !== false,
    SNI: typeof sniCallback === 'function' &&
      (sniCallback !== defaultSNICallback || (server !== undefined && server._contexts.length > 0)),
  });

  this._tlsOptions = tlsOptions;
  this._secureEstablished = false;
  this._controlReleased = false;
  this.secureConnecting = true;
  this._SNICallback = typeof sniCallback === 'function' ? sniCallback : null;
  if (server !== undefined) this.server = server;
  this.servername = null;
  this.alpnProtocol = null;
  this.authorized = false;
  this.authorizationError = null;
  this.encrypted = true;
  this[kHandshakeTimer] = null;
  this[kErrorEmitted] = false;

  net.Socket.call(this, {
    handle: wrap,
    allowHalfOpen,
    pauseOnCreate: tlsOptions.pauseOnConnect,
    manualStart: true,
  });
  wrap[kSocket] = this;
  this.on('error', this._tlsError);
  this.on('newListener', onNewListener);
  // (a server's connection logs its keys from the start for the server's
  // 'keylog' listeners: see tlsConnectionListener)
  if (server !== undefined && server.listenerCount('keylog') > 0) wrap.session.enableKeylog();
  if (socket instanceof net.Socket) {
    // Events of the transport that a caller of tls.connect() expects on
    // the TLSSocket.
    if (socket.connecting) {
      this.connecting = true;
      socket.once('connect', () => this._transportConnected());
    }
  }
  if (!tlsOptions.pauseOnConnect) this.read(0);
  // A server's side answers the client's hello whenever it comes; a
  // client's starts once connected (tls.connect).
  if (isServer) this._start();
}
Object.setPrototypeOf(TLSSocket.prototype, net.Socket.prototype);
Object.setPrototypeOf(TLSSocket, net.Socket);

// alpnList turns ALPNProtocols (strings, Buffers, or node's wire format in
// one Buffer) into a list of names.
function alpnList(protocols) {
  if (protocols === undefined || protocols === null) return undefined;
  if (Buffer.isBuffer(protocols) || protocols instanceof Uint8Array) {
    const out = [];
    for (let i = 0; i < protocols.length;) {
      const n = protocols[i];
      out.push(Buffer.from(protocols.subarray(i + 1, i + 1 + n)).toString('latin1'));
      i += 1 + n;
    }
    return out;
  }
  if (!Array.isArray(protocols)) {
    throw new ERR_INVALID_ARG_TYPE('options.ALPNProtocols', ['Array', 'Buffer', 'TypedArray', 'DataView'], protocols);
  }
  return protocols.map((p) => (typeof p === 'string' ? p : Buffer.from(p).toString('latin1')));
}

// connect opens the transport of a TLSSocket made without one, and starts
// the handshake once it connected.
TLSSocket.prototype.connect = function connect(...args) {
  const t = this._handle ? this._handle.transport : null;
  if (!(t instanceof net.Socket)) return net.Socket.prototype.connect.apply(this, args);
  const normalized = net._normalizeArgs(args);
  const [options, cb] = normalized;
  if (typeof cb === 'function') this.once('connect', cb);
  this.connecting = true;
  t.on('lookup', (...a) => this.emit('lookup', ...a));
  t.once('connect', () => this._transportConnected());
  t.connect(options);
  return this;
};

TLSSocket.prototype._transportConnected = function _transportConnected() {
  if (this.destroyed) return;
  this.connecting = false;
  this.emit('connect');
  this.emit('ready');
  this._start();
};

// _start begins the handshake.
TLSSocket.prototype._start = function _start() {
  if (this.destroyed || !this._handle) return;
  const timeout = this._tlsOptions.handshakeTimeout;
  if (this._tlsOptions.isServer && timeout > 0) {
    this[kHandshakeTimer] = setTimeout(() => this.destroy(new ERR_TLS_HANDSHAKE_TIMEOUT()), timeout);
    this[kHandshakeTimer].unref();
  }
  this._handle.start();
};

TLSSocket.prototype._releaseControl = function _releaseControl() {
  if (this._controlReleased) return false;
  this._controlReleased = true;
  this.removeListener('error', this._tlsError);
  return true;
};

// _tlsError is the 'error' listener of a socket whose control is not yet
// released (a server's socket before its handshake is done): the error
// goes to '_tlsError' (the server's 'tlsClientError') only. It returns the
// error once control is released.
TLSSocket.prototype._tlsError = function _tlsError(err) {
  this.emit('_tlsError', err);
  if (this._controlReleased) return err;
  return null;
};

// _handshakeDone runs when the session finished its handshake (err null)
// or failed it.
TLSSocket.prototype._handshakeDone = function _handshakeDone(err) {
  clearTimeout(this[kHandshakeTimer]);
  if (this.destroyed) return;
  if (err) {
    this.destroy(this[kRejection] || err);
    return;
  }
  const info = this._handle.session.info();
  this._secureEstablished = true;
  this.secureConnecting = false;
  this.alpnProtocol = info.alpnProtocol;
  if (this._tlsOptions.isServer) {
    this.servername = info.servername || false;
    onServerSecure(this);
  } else {
    onConnectSecure(this);
  }
};

// verifyErrorOf is the error of the session's check of the peer's chain,
// or null.
function verifyErrorOf(session) {
  const found = session.verifyError();
  if (found === null) return null;
  const err = new Error(found[1]);
  err.code = found[0];
  return err;
}

function onServerSecure(socket) {
  const options = socket._tlsOptions;
  if (options.requestCert) {
    const err = verifyErrorOf(socket._handle.session);
    socket.authorized = err === null;
    if (err) socket.authorizationError = err.code;
  }
  socket._releaseControl();
  socket._handle.session.allowWrites();
  socket.emit('secure');
  if (options.server && !socket.destroyed) options.server.emit('secureConnection', socket);
}

// verifyServer checks the server's chain and name as node does, and
// reports whether the handshake goes on: not when it rejects the server
// (the reason becomes the socket's error, kRejection).
function verifyServer(socket) {
  if (socket.destroyed) return false;
  const options = socket[kConnectOptions] || socket._tlsOptions;
  let verifyError = verifyErrorOf(socket._handle.session);
  if (!verifyError) {
    const hostname = options.servername || options.host || 'localhost';
    const check = options.checkServerIdentity || tls.checkServerIdentity;
    verifyError = check(hostname, socket.getPeerCertificate(true));
  }
  if (!verifyError) {
    socket.authorized = true;
    return true;
  }
  socket.authorized = false;
  socket.authorizationError = verifyError.code || verifyError.message;
  if (options.rejectUnauthorized === false) return true;
  socket[kRejection] = verifyError;
  return false;
}

// onConnectSecure lets a client's writes go once its handshake is done.
function onConnectSecure(socket) {
  socket._handle.session.allowWrites();
  socket.emit('secure');
  socket.emit('secureConnect');
}

TLSSocket.prototype.getPeerCertificate = function getPeerCertificate(detailed) {
  if (!this._handle) return null;
  return this._handle.session.peerCertificate(Boolean(detailed)) || null;
};

TLSSocket.prototype.getCertificate = function getCertificate() {
  if (!this._handle) return null;
  return this._handle.session.ownCertificate(false) || null;
};

function infoOf(socket) {
  return socket._handle ? socket._handle.session.info() : null;
}

TLSSocket.prototype.getProtocol = function getProtocol() {
  const info = infoOf(this);
  return info ? info.protocol : null;
};

TLSSocket.prototype.getCipher = function getCipher() {
  const info = infoOf(this);
  if (!info) return undefined;
  return { name: info.cipher, standardName: info.standardCipher, version: info.protocol === 'TLSv1.3' ? 'TLSv1.3' : 'TLSv1/SSLv3' };
};

TLSSocket.prototype.isSessionReused = function isSessionReused() {
  if (!this._handle) return null;
  const info = infoOf(this);
  return Boolean(info && info.reused);
};

// getSession() is the latest session the server issued, which
// tls.connect's session option resumes (gonode's encoding, not OpenSSL's).
TLSSocket.prototype.getSession = function getSession() {
  return this._handle ? this._handle.session.session() : null;
};

// exportKeyingMaterial(length, label[, context]) derives keying material
// from the established connection (RFC 5705), as the peer does.
TLSSocket.prototype.exportKeyingMaterial = function exportKeyingMaterial(length, label, context) {
  validateUint32(length, 'length', true);
  validateString(label, 'label');
  if (context !== undefined) validateBuffer(context, 'context');
  if (!this._secureEstablished || !this._handle) throw new ERR_TLS_INVALID_STATE();
  return this._handle.session.exportKeyingMaterial(length, label, context);
};

TLSSocket.prototype.getTLSTicket = function getTLSTicket() {
  return undefined;
};

TLSSocket.prototype.setServername = function setServername(name) {
  if (typeof name !== 'string') throw new ERR_INVALID_ARG_TYPE('name', 'string', name);
  this._tlsOptions.servername = name;
};

// setSession(session) offers session (as getSession gave it; a string is
// its latin1 bytes) for resumption, before the handshake.
TLSSocket.prototype.setSession = function setSession(session) {
  session = sessionBytes(session);
  if (this._handle) this._handle.session.setSession(session);
};

// sessionBytes is a session given to setSession as the handle takes it.
function sessionBytes(session) {
  if (typeof session === 'string') session = Buffer.from(session, 'latin1');
  if (!ArrayBuffer.isView(session)) {
    const err = new TypeError('Session must be a buffer');
    err.code = 'ERR_INVALID_ARG_TYPE';
    throw err;
  }
  return session;
}

TLSSocket.prototype.setMaxSendFragment = function setMaxSendFragment(size) {
  return size >= 512 && size <= 16384;
};

TLSSocket.prototype.disableRenegotiation = function disableRenegotiation() {};

// ------------------------------------------------------------- connect

// normalizeConnectArgs reads tls.connect's forms: (options[, cb]),
// (port[, host][, options][, cb]), (path[, options][, cb]).
function normalizeConnectArgs(listArgs) {
  const args = net._normalizeArgs(listArgs);
  const options = args[0];
  const cb = args[1];
  if (listArgs[1] !== null && typeof listArgs[1] === 'object') Object.assign(options, listArgs[1]);
  else if (listArgs[2] !== null && typeof listArgs[2] === 'object') Object.assign(options, listArgs[2]);
  return cb ? [options, cb] : [options];
}

function connect(...args) {
  args = normalizeConnectArgs(args);
  let options = args[0];
  const cb = args[1];
  const allowUnauthorized = process.env.NODE_TLS_REJECT_UNAUTHORIZED === '0';
  options = {
    rejectUnauthorized: !allowUnauthorized,
    ciphers: tls.DEFAULT_CIPHERS,
    checkServerIdentity: tls.checkServerIdentity,
    minDHSize: 1024,
    ...options,
  };
  if (!options.keepAlive) options.singleUse = true;
  if (options.host === undefined && options.socket === undefined) options.host = 'localhost';
  const context = options.secureContext || tls.createSecureContext(options);
  // (a bad session throws before the socket, which would keep the
  // process alive, is made)
  const session = options.session ? sessionBytes(options.session) : undefined;
  let servername = options.servername;
  if (servername === undefined && options.host && !net.isIP(options.host)) servername = options.host;
  const tlssock = new TLSSocket(options.socket, {
    allowHalfOpen: options.allowHalfOpen,
    secureContext: context,
    isServer: false,
    requestCert: true,
    rejectUnauthorized: options.rejectUnauthorized !== false,
    ALPNProtocols: options.ALPNProtocols,
    servername,
  });
  if (session) tlssock.setSession(session);
  tlssock[kConnectOptions] = options;
  if (cb) tlssock.once('secureConnect', cb);
  if (!options.socket) {
    if (options.timeout) tlssock.setTimeout(options.timeout);
    tlssock.connect(options);
  } else if (!options.socket.connecting) {
    tlssock._start();
  }
  tlssock._releaseControl();
  return tlssock;
}

// -------------------------------------------------------------- Server

// Server(options[, secureConnectionListener]) is a net.Server whose
// connections are served over TLS; 'secureConnection' gives each
// TLSSocket once its handshake is done.
function Server(options, listener) {
  if (!(this instanceof Server)) return new Server(options, listener);
  if (typeof options === 'function') {
    listener = options;
    options = {};
  } else if (options == null) {
    options = {};
  } else if (typeof options !== 'object') {
    throw new ERR_INVALID_ARG_TYPE('options', 'Object', options);
  }
  if (options.SNICallback !== undefined && typeof options.SNICallback !== 'function') {
    throw new ERR_INVALID_ARG_TYPE('options.SNICallback', 'function', options.SNICallback);
  }
  this._contexts = [];
  this[kSNICallback] = options.SNICallback || defaultSNICallback;
  this.requestCert = options.requestCert === true;
  this.rejectUnauthorized = options.rejectUnauthorized !== false;
  this.ALPNProtocols = options.ALPNProtocols;
  this.handshakeTimeout = options.handshakeTimeout || 120 * 1000;
  this.setSecureContext(options);
  net.Server.call(this, options, tlsConnectionListener);
  if (listener) this.on('secureConnection', listener);
}
Object.setPrototypeOf(Server.prototype, net.Server.prototype);
Object.setPrototypeOf(Server, net.Server);

Server.prototype.setSecureContext = function setSecureContext(options) {
  this._sharedCreds = tls.createSecureContext(options);
  if (options.ticketKeys) {
    this.ticketKeys = options.ticketKeys;
    this.setTicketKeys(this.ticketKeys);
  }
};

// addContext serves servername (a pattern: * stands for one label) with
// context (a SecureContext or its options) through the default
// SNICallback.
Server.prototype.addContext = function addContext(servername, context) {
  if (typeof servername !== 'string') throw new ERR_INVALID_ARG_TYPE('servername', 'string', servername);
  const re = new RegExp('^' + servername.replace(/([.^$+?\-\\[\]{}])/g, '\\$1').replaceAll('*', '[^.]*') + '$');
  const secureContext = context instanceof tls.SecureContext ? context : tls.createSecureContext(context);
  this._contexts.push([re, secureContext.context]);
};

// defaultSNICallback picks the context of the last addContext() whose
// pattern matches servername (this: the TLSSocket).
function defaultSNICallback(servername, callback) {
  const contexts = this.server._contexts;
  for (let i = contexts.length - 1; i >= 0; --i) {
    if (contexts[i][0].test(servername)) {
      callback(null, contexts[i][1]);
      return;
    }
  }
  callback(null, undefined);
}

// getTicketKeys() is the 48 bytes of keys the server's session tickets are
// encrypted with (random unless set); setTicketKeys(keys) sets them, for
// the connections from then on: servers (cluster workers, say) with the
// same keys resume each other's sessions.
Server.prototype.getTicketKeys = function getTicketKeys() {
  return binding.getTicketKeys(this._sharedCreds.context);
};

Server.prototype.setTicketKeys = function setTicketKeys(keys) {
  validateBuffer(keys);
  if (keys.byteLength !== 48) throw new ERR_INTERNAL_ASSERTION('Session ticket keys must be a 48-byte buffer');
  binding.setTicketKeys(this._sharedCreds.context, keys);
};

function tlsConnectionListener(rawSocket) {
  const socket = new TLSSocket(rawSocket, {
    secureContext: this._sharedCreds,
    isServer: true,
    server: this,
    requestCert: this.requestCert,
    rejectUnauthorized: this.rejectUnauthorized,
    handshakeTimeout: this.handshakeTimeout,
    ALPNProtocols: this.ALPNProtocols,
    SNICallback: this[kSNICallback],
    pauseOnConnect: this.pauseOnConnect,
  });
  socket.on('_tlsError', onSocketTLSError);
  // A server's 'keylog' listeners get its connections' key logs.
  if (this.listenerCount('keylog') > 0) socket.on('keylog', (line) => this.emit('keylog', line, socket));
}

// onNewListener asks a socket's session for its key log once the socket
// has a 'keylog' listener.
function onNewListener(event) {
  if (event === 'keylog' && this._handle) this._handle.session.enableKeylog();
}

// onSocketTLSError reports the first failure of a server's socket before
// its handshake is done as the server's 'tlsClientError'.
function onSocketTLSError(err) {
  if (this._controlReleased || this[kErrorEmitted]) return;
  this[kErrorEmitted] = true;
  this._tlsOptions.server.emit('tlsClientError', err, this);
}

module.exports = { TLSSocket, Server, connect };
