'use strict';
// https: gonode has no TLS. https.Agent (an http.Agent for https: origins,
// port 443) and globalAgent exist, so code that only names them loads;
// servers and requests throw ERR_GONODE_NO_TLS.

const http = require('http');
const { unsupported, ERR_GONODE_NO_TLS } = require('internal/tls/unsupported');

class Agent extends http.Agent {
  constructor(options) {
    super(options);
    this.defaultPort = 443;
    this.protocol = 'https:';
    this.maxCachedSessions = this.options.maxCachedSessions === undefined ? 100 : this.options.maxCachedSessions;
  }

  // createConnection fails as a connection that cannot be made does: the
  // request emits the error.
  createConnection(options, oncreate) {
    process.nextTick(oncreate, new ERR_GONODE_NO_TLS('An https connection'));
  }
}

module.exports = {
  Agent,
  globalAgent: new Agent({ keepAlive: true, scheduling: 'lifo', timeout: 5000 }),
  Server: unsupported('Server', 'https.Server'),
  createServer: unsupported('createServer', 'https.createServer()'),
  get: unsupported('get', 'https.get()'),
  request: unsupported('request', 'https.request()'),
};
