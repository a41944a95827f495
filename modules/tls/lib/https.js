'use strict';
// https: HTTP over TLS, after node's lib/https.js. The server is a
// tls.Server whose secure connections http serves; the agent's
// connections are tls.connect()'s.

const tls = require('tls');
const url = require('url');
const { Agent: HttpAgent } = require('_http_agent');
const { ClientRequest } = require('_http_client');
const { Server: HttpServer, _connectionListener, initHTTPServer } = require('_http_server');
const { codes: { ERR_INVALID_ARG_TYPE } } = require('internal/errors');

function Server(opts, requestListener) {
  if (!(this instanceof Server)) return new Server(opts, requestListener);
  if (typeof opts === 'function') {
    requestListener = opts;
    opts = {};
  } else if (opts == null) {
    opts = {};
  } else if (typeof opts !== 'object') {
    throw new ERR_INVALID_ARG_TYPE('options', 'object', opts);
  }
  opts = { ...opts };
  if (!opts.ALPNProtocols) opts.ALPNProtocols = ['http/1.1'];
  tls.Server.call(this, { noDelay: true, ...opts }, _connectionListener);
  initHTTPServer(this, opts, requestListener);
  this.addListener('tlsClientError', function onTLSClientError(err, conn) {
    if (!this.emit('clientError', err, conn)) conn.destroy(err);
  });
}
Object.setPrototypeOf(Server.prototype, tls.Server.prototype);
Object.setPrototypeOf(Server, tls.Server);

for (const name of ['close', 'closeAllConnections', 'closeIdleConnections', 'setTimeout']) {
  Server.prototype[name] = HttpServer.prototype[name];
}

function createServer(opts, requestListener) {
  return new Server(opts, requestListener);
}

// The TLS options that make connections of an agent differ, in node's
// order: its pool keeps them apart (how each is written: see getName).
const tlsNameOptions = [
  'ca', 'cert', 'clientCertEngine', 'ciphers', 'key', 'pfx', 'rejectUnauthorized', 'servername', 'minVersion',
  'maxVersion', 'secureProtocol', 'crl', 'honorCipherOrder', 'ecdhCurve', 'dhparam', 'secureOptions',
  'sessionIdContext', 'sigalgs', 'privateKeyIdentifier', 'privateKeyEngine',
];
const namedWhenDefined = new Set(['rejectUnauthorized', 'honorCipherOrder', 'secureOptions']);

class Agent extends HttpAgent {
  constructor(options) {
    super(options);
    this.defaultPort = 443;
    this.protocol = 'https:';
    this.maxCachedSessions = this.options.maxCachedSessions === undefined ? 100 : this.options.maxCachedSessions;
    this._sessionCache = { map: {}, list: [] };
  }

  createConnection(port, host, options) {
    if (port !== null && typeof port === 'object') {
      options = port;
    } else if (host !== null && typeof host === 'object') {
      options = { ...host };
    } else if (options === null || typeof options !== 'object') {
      options = {};
    } else {
      options = { ...options };
    }
    if (typeof port === 'number') options.port = port;
    if (typeof host === 'string') options.host = host;
    // A connection of the pool resumes the session the last one to the
    // same place got, and keeps the newest; one that fails forgets it.
    const key = options._agentKey;
    if (key) {
      const session = this._getSession(key);
      if (session) options = { session, ...options };
    }
    const socket = tls.connect(options);
    if (key) {
      socket.on('session', (session) => this._cacheSession(key, session));
      socket.once('close', (hadError) => {
        if (hadError) this._evictSession(key);
      });
    }
    return socket;
  }

  _getSession(key) {
    return this._sessionCache.map[key];
  }

  // _cacheSession keeps session for key, forgetting the oldest key's once
  // maxCachedSessions keys have one (none are kept when it is 0).
  _cacheSession(key, session) {
    const cache = this._sessionCache;
    if (this.maxCachedSessions === 0) return;
    if (cache.map[key]) {
      cache.map[key] = session;
      return;
    }
    if (cache.list.length >= this.maxCachedSessions) delete cache.map[cache.list.shift()];
    cache.list.push(key);
    cache.map[key] = session;
  }

  _evictSession(key) {
    const i = this._sessionCache.list.indexOf(key);
    if (i === -1) return;
    this._sessionCache.list.splice(i, 1);
    delete this._sessionCache.map[key];
  }

  getName(options = {}) {
    let name = super.getName(options);
    for (const key of tlsNameOptions) {
      name += ':';
      const value = options[key];
      if (namedWhenDefined.has(key)) {
        if (value !== undefined) name += value;
      } else if (key === 'servername') {
        if (value && value !== options.host) name += value;
      } else if (key === 'sigalgs') {
        if (value) name += JSON.stringify(value);
      } else if (value) {
        name += value;
      }
    }
    return name;
  }
}

const globalAgent = new Agent({ keepAlive: true, scheduling: 'lifo', timeout: 5000 });

// request(url[, options][, cb]) or request(options[, cb]): http's
// ClientRequest with this module's agent by default.
function request(...args) {
  let options = {};
  if (typeof args[0] === 'string') {
    options = url.urlToHttpOptions(new URL(args.shift()));
  } else if (args[0] instanceof URL) {
    options = url.urlToHttpOptions(args.shift());
  }
  if (args[0] && typeof args[0] !== 'function') Object.assign(options, args.shift());
  options._defaultAgent = module.exports.globalAgent;
  args.unshift(options);
  return Reflect.construct(ClientRequest, args);
}

function get(input, options, cb) {
  const req = request(input, options, cb);
  req.end();
  return req;
}

module.exports = { Agent, globalAgent, Server, createServer, get, request };
