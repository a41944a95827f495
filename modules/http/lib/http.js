'use strict';
// http: node's HTTP/1.1 server and client.

const { METHODS, STATUS_CODES, validateHeaderName, validateHeaderValue } = require('_http_common');
const { IncomingMessage } = require('_http_incoming');
const { OutgoingMessage } = require('_http_outgoing');
const { Server, ServerResponse, maxHeaderSize } = require('_http_server');

// The client side (_http_agent, _http_client) is compiled on first use: a
// server never pays for it.
function lazy(name, load) {
  return {
    configurable: true,
    enumerable: true,
    get: load,
    set(value) {
      Object.defineProperty(this, name, {
        __proto__: null, value, writable: true, enumerable: true, configurable: true,
      });
    },
  };
}

function createServer(opts, requestListener) {
  return new Server(opts, requestListener);
}

function request(url, options, cb) {
  const { ClientRequest } = require('_http_client');
  return new ClientRequest(url, options, cb);
}

function get(url, options, cb) {
  const req = request(url, options, cb);
  req.end();
  return req;
}

module.exports = {
  _connectionListener: require('_http_server')._connectionListener,
  METHODS: METHODS.slice().sort(),
  STATUS_CODES,
  Agent: undefined,
  ClientRequest: undefined,
  IncomingMessage,
  OutgoingMessage,
  Server,
  ServerResponse,
  createServer,
  validateHeaderName,
  validateHeaderValue,
  get,
  request,
  setMaxIdleHTTPParsers(max) {
    require('internal/streams/utils').validateInteger(max, 'max', 1);
  },
  maxHeaderSize,
};

Object.defineProperty(module.exports, 'Agent', lazy('Agent', () => require('_http_agent').Agent));
Object.defineProperty(module.exports, 'ClientRequest', lazy('ClientRequest', () => require('_http_client').ClientRequest));
Object.defineProperty(module.exports, 'globalAgent', {
  __proto__: null,
  configurable: true,
  enumerable: true,
  get() { return require('_http_agent').globalAgent; },
  set(value) { require('_http_agent').globalAgent = value; },
});
