'use strict';
// internal/dns/promises: dns.promises, the dns functions returning promises.

const {
  binding, isIP, codes, validateString, validatePort, validateOneOf, validFamilies, lookupOptions,
  getaddrinfo, emitInvalidHostnameWarning, dnsException, setDefaultResultOrder, getDefaultResultOrder,
  getDefaultResolver, bindDefaultResolver, createResolverClass, errorCodes,
} = require('internal/dns/utils');
const { ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE, ERR_MISSING_ARGS } = codes;

function lookup(hostname, options) {
  let family = 0;
  let hints = 0;
  let all = false;
  let order = getDefaultResultOrder();

  if (hostname) validateString(hostname, 'hostname');

  if (typeof options === 'number') {
    validateOneOf(options, 'family', validFamilies);
    family = options;
  } else if (options !== undefined && typeof options !== 'object') {
    throw new ERR_INVALID_ARG_TYPE('options', ['integer', 'object'], options);
  } else {
    ({ family, hints, all, order } = lookupOptions(options));
  }

  return new Promise((resolve, reject) => {
    if (!hostname) {
      emitInvalidHostnameWarning(hostname);
      resolve(all ? [] : { address: null, family: family === 6 ? 6 : 4 });
      return;
    }
    const matchedFamily = isIP(hostname);
    if (matchedFamily !== 0) {
      const result = { address: hostname, family: matchedFamily };
      resolve(all ? [result] : result);
      return;
    }
    const err = getaddrinfo(hostname, family, hints, order, (err, addresses) => {
      if (err) return reject(dnsException(err, 'getaddrinfo', hostname));
      if (all) {
        resolve(addresses.map((address) => ({ address, family: family || isIP(address) })));
      } else {
        resolve({ address: addresses[0], family: family || isIP(addresses[0]) });
      }
    });
    if (err) reject(dnsException(err, 'getaddrinfo', hostname));
  });
}

function lookupService(address, port) {
  if (arguments.length !== 2) throw new ERR_MISSING_ARGS('address', 'port');
  validateString(address, 'address');
  if (isIP(address) === 0) throw new ERR_INVALID_ARG_VALUE('address', address);
  validatePort(port);
  port = +port;
  return new Promise((resolve, reject) => {
    binding.getnameinfo(address, port, (err, hostname, service) => {
      if (err) return reject(dnsException(err, 'getnameinfo', address));
      resolve({ hostname, service });
    });
  });
}

function resolver(bindingName) {
  function query(name, options) {
    validateString(name, 'name');
    const ttl = !!(options && options.ttl);
    return new Promise((resolve, reject) => {
      const err = this._handle.query(bindingName, name, (code, result, ttls) => {
        if (code) return reject(dnsException(code, bindingName, name));
        if (ttls && ttl) result = result.map((address, index) => ({ address, ttl: ttls[index] }));
        resolve(result);
      });
      if (err) reject(dnsException(err, bindingName, name));
    });
  }
  Object.defineProperty(query, 'name', { __proto__: null, value: bindingName });
  return query;
}

const { Resolver, resolveMap } = createResolverClass(resolver);

Resolver.prototype.resolve = function resolve(hostname, rrtype) {
  let fn;
  if (rrtype !== undefined) {
    validateString(rrtype, 'rrtype');
    fn = resolveMap[rrtype];
    if (typeof fn !== 'function') throw new ERR_INVALID_ARG_VALUE('rrtype', rrtype);
  } else {
    fn = resolveMap.A;
  }
  return Reflect.apply(fn, this, [hostname]);
};

module.exports = {
  lookup,
  lookupService,
  Resolver,
  getDefaultResultOrder,
  setDefaultResultOrder,
  setServers(servers) {
    getDefaultResolver().setServers(servers);
  },
  ...errorCodes,
};

bindDefaultResolver(module.exports, Resolver.prototype);
