'use strict';
// internal/tls/unsupported: the functions of tls and https that need TLS.

const { makeNodeError } = require('internal/errors');

const ERR_GONODE_NO_TLS = makeNodeError(Error, 'ERR_GONODE_NO_TLS',
  (what) => `${what} needs TLS, which gonode does not support`);

// unsupported returns a function named name that throws ERR_GONODE_NO_TLS
// about what, whether called or constructed.
function unsupported(name, what) {
  return { [name]: function () { throw new ERR_GONODE_NO_TLS(what); } }[name];
}

module.exports = { unsupported, ERR_GONODE_NO_TLS };
