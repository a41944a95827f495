'use strict';
// dns: lookup and lookupService (the system resolver), and the resolve*
// functions and Resolver class (DNS queries to the configured servers).

const {
  binding, isIP, codes, validateString, validateFunction, validatePort, validateOneOf, validFamilies,
  lookupOptions, getaddrinfo, emitInvalidHostnameWarning, dnsException, setDefaultResultOrder,
  getDefaultResultOrder, getDefaultResolver, bindDefaultResolver, createResolverClass, errorCodes,
} = require('internal/dns/utils');
const { kCustomPromisifyArgs } = require('internal/util/promisify');
const { ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE, ERR_MISSING_ARGS } = codes;

// lookup(hostname[, options], callback)
function lookup(hostname, options, callback) {
  let family = 0;
  let hints = 0;
  let all = false;
  let order = getDefaultResultOrder();

  if (hostname) validateString(hostname, 'hostname');

  if (typeof options === 'function') {
    callback = options;
  } else if (typeof options === 'number') {
    validateFunction(callback, 'callback');
    validateOneOf(options, 'family', validFamilies);
    family = options;
  } else if (options !== undefined && typeof options !== 'object') {
    validateFunction(arguments.length === 2 ? options : callback, 'callback');
    throw new ERR_INVALID_ARG_TYPE('options', ['integer', 'object'], options);
  } else {
    validateFunction(callback, 'callback');
    ({ family, hints, all, order } = lookupOptions(options));
  }

  if (!hostname) {
    emitInvalidHostnameWarning(hostname);
    if (all) process.nextTick(callback, null, []);
    else process.nextTick(callback, null, null, family === 6 ? 6 : 4);
    return {};
  }

  const matchedFamily = isIP(hostname);
  if (matchedFamily) {
    if (all) process.nextTick(callback, null, [{ address: hostname, family: matchedFamily }]);
    else process.nextTick(callback, null, hostname, matchedFamily);
    return {};
  }

  const req = new GetAddrInfoReqWrap();
  const err = getaddrinfo(hostname, family, hints, order, (err, addresses) => {
    if (err) return callback(dnsException(err, 'getaddrinfo', hostname));
    if (all) {
      callback(null, addresses.map((address) => ({ address, family: family || isIP(address) })));
    } else {
      callback(null, addresses[0], family || isIP(addresses[0]));
    }
  });
  if (err) {
    process.nextTick(callback, dnsException(err, 'getaddrinfo', hostname));
    return {};
  }
  return req;
}
Object.defineProperty(lookup, kCustomPromisifyArgs, {
  __proto__: null, value: ['address', 'family'], enumerable: false,
});

function GetAddrInfoReqWrap() {}
function GetNameInfoReqWrap() {}
function QueryReqWrap() {}

// lookupService(address, port, callback)
function lookupService(address, port, callback) {
  if (arguments.length !== 3) throw new ERR_MISSING_ARGS('address', 'port', 'callback');
  validateString(address, 'address');
  if (isIP(address) === 0) throw new ERR_INVALID_ARG_VALUE('address', address);
  validatePort(port);
  validateFunction(callback, 'callback');
  port = +port;
  binding.getnameinfo(address, port, (err, hostname, service) => {
    if (err) return callback(dnsException(err, 'getnameinfo', address));
    callback(null, hostname, service);
  });
  return new GetNameInfoReqWrap();
}
Object.defineProperty(lookupService, kCustomPromisifyArgs, {
  __proto__: null, value: ['hostname', 'service'], enumerable: false,
});

function resolver(bindingName) {
  function query(name, /* options, */ callback) {
    let options;
    if (arguments.length > 2) {
      options = callback;
      callback = arguments[2];
    }
    validateString(name, 'name');
    validateFunction(callback, 'callback');
    const ttl = !!(options && options.ttl);
    const err = this._handle.query(bindingName, name, (code, result, ttls) => {
      if (code) return callback(dnsException(code, bindingName, name));
      if (ttls && ttl) result = result.map((address, index) => ({ address, ttl: ttls[index] }));
      callback(null, result);
    });
    if (err) throw dnsException(err, bindingName, name);
    return new QueryReqWrap();
  }
  Object.defineProperty(query, 'name', { __proto__: null, value: bindingName });
  return query;
}

const { Resolver, resolveMap } = createResolverClass(resolver);

Resolver.prototype.resolve = function resolve(hostname, rrtype, callback) {
  let fn;
  if (typeof rrtype === 'string') {
    fn = resolveMap[rrtype];
  } else if (typeof rrtype === 'function') {
    fn = resolveMap.A;
    callback = rrtype;
  } else {
    throw new ERR_INVALID_ARG_TYPE('rrtype', 'string', rrtype);
  }
  if (typeof fn === 'function') return Reflect.apply(fn, this, [hostname, callback]);
  throw new ERR_INVALID_ARG_VALUE('rrtype', rrtype);
};

function defaultResolverSetServers(servers) {
  getDefaultResolver().setServers(servers);
}

module.exports = {
  lookup,
  lookupService,
  Resolver,
  getDefaultResultOrder,
  setDefaultResultOrder,
  setServers: defaultResolverSetServers,
  ADDRCONFIG: binding.AI_ADDRCONFIG,
  ALL: binding.AI_ALL,
  V4MAPPED: binding.AI_V4MAPPED,
  ...errorCodes,
};

bindDefaultResolver(module.exports, Resolver.prototype);

let promises = null;
Object.defineProperty(module.exports, 'promises', {
  __proto__: null,
  configurable: true,
  enumerable: true,
  get() {
    if (promises === null) promises = require('internal/dns/promises');
    return promises;
  },
});
