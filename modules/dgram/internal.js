'use strict';
// internal/dgram: what dgram.js shares with the handle passing and the
// cluster primary, as node's lib/internal/dgram.js: the state symbol, new
// UDP handles, and the bound handle a cluster primary shares.

const internal = require('internal/net');
const { UDP } = require('internal/dgram/binding');
const { validateFunction } = internal;
const { ERR_SOCKET_BAD_TYPE } = internal.codes;

const kStateSymbol = Symbol('state symbol');
const UV_EINVAL = -22;

// newHandle makes the UDP handle of a socket of type ('udp4' or 'udp6')
// whose addresses lookup resolves (dns.lookup by default).
function newHandle(type, lookup) {
  if (lookup === undefined) lookup = internal.lookup;
  else validateFunction(lookup, 'lookup');
  if (type === 'udp4') {
    const handle = new UDP();
    handle.lookup = (address, callback) => lookup(address || '127.0.0.1', 4, callback);
    return handle;
  }
  if (type === 'udp6') {
    const handle = new UDP();
    handle.lookup = (address, callback) => lookup(address || '::1', 6, callback);
    return handle;
  }
  throw new ERR_SOCKET_BAD_TYPE();
}

// createSocketHandle makes a UDP handle bound to address:port, or opened on
// fd; or it returns a negative errno.
function createSocketHandle(address, port, addressType, fd, flags) {
  const handle = newHandle(addressType);
  let err = 0;
  if (Number.isInteger(fd) && fd > 0 && fd <= 0x7fffffff) {
    err = internal.binding.guessHandleType(fd) === 'UDP' ? handle.open(fd) : UV_EINVAL;
  } else if (port || address) {
    err = handle.bind(address, port || 0, flags);
  }
  if (err) {
    handle.close();
    return err;
  }
  return handle;
}

module.exports = { kStateSymbol, newHandle, createSocketHandle };
