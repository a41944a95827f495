'use strict';
// node's inspector module, minus the protocol: see inspector.go.

const EventEmitter = require('events');

const { codes: { ERR_INVALID_ARG_TYPE }, makeNodeError } = require('internal/errors');

const ERR_INSPECTOR_ALREADY_CONNECTED = makeNodeError(Error, 'ERR_INSPECTOR_ALREADY_CONNECTED',
  (what) => `${what} is already connected`);
const ERR_INSPECTOR_NOT_WORKER = makeNodeError(Error, 'ERR_INSPECTOR_NOT_WORKER', () => 'Current thread is not a worker');
const ERR_INSPECTOR_NOT_CONNECTED = makeNodeError(Error, 'ERR_INSPECTOR_NOT_CONNECTED', () => 'Session is not connected');
const ERR_INSPECTOR_COMMAND = makeNodeError(Error, 'ERR_INSPECTOR_COMMAND', (code, message) => `Inspector error ${code}: ${message}`);
const ERR_INSPECTOR_NOT_AVAILABLE = makeNodeError(Error, 'ERR_INSPECTOR_NOT_AVAILABLE', () => 'Inspector is not available');
const ERR_INSPECTOR_NOT_ACTIVE = makeNodeError(Error, 'ERR_INSPECTOR_NOT_ACTIVE', () => 'Inspector is not active');

const kConnected = Symbol('kConnected');

class Session extends EventEmitter {
  constructor() {
    super();
    this[kConnected] = false;
  }

  connect() {
    if (this[kConnected]) {
      throw new ERR_INSPECTOR_ALREADY_CONNECTED('The inspector session');
    }
    this[kConnected] = true;
  }

  connectToMainThread() {
    throw new ERR_INSPECTOR_NOT_WORKER();
  }

  disconnect() {
    this[kConnected] = false;
  }

  post(method, params, callback) {
    if (typeof method !== 'string') throw new ERR_INVALID_ARG_TYPE('method', 'string', method);
    if (!callback && typeof params === 'function') {
      callback = params;
      params = null;
    }
    if (params && typeof params !== 'object') throw new ERR_INVALID_ARG_TYPE('params', 'Object', params);
    if (callback && typeof callback !== 'function') throw new ERR_INVALID_ARG_TYPE('callback', 'Function', callback);
    if (!this[kConnected]) throw new ERR_INSPECTOR_NOT_CONNECTED();
    // No domain of the protocol is there: every method is unknown. The
    // answer comes at once, as node's (synchronous) dispatch gives it.
    if (callback) callback(new ERR_INSPECTOR_COMMAND(-32601, `'${method}' wasn't found`), undefined);
  }
}

function open() {
  throw new ERR_INSPECTOR_NOT_AVAILABLE();
}

function close() {}

function url() {
  return undefined;
}

function waitForDebugger() {
  throw new ERR_INSPECTOR_NOT_ACTIVE();
}

// inspector.console writes to the inspector's console only: here, nowhere.
const inspectorConsole = {};
for (const name of Object.keys(console)) {
  if (typeof console[name] === 'function') inspectorConsole[name] = function() {};
}

module.exports = { open, close, url, waitForDebugger, console: inspectorConsole, Session };
