'use strict';
// internal/dns/utils: what dns and dns/promises share: argument checks, the
// default result order, the Resolver base class over a channel of the
// binding, and node's DNS errors.

const binding = require('internal/dns/binding');
const { codes, makeNodeError } = require('internal/errors');
const { validateString, validateFunction, validateBoolean, validateNumber, validateArray, validateInt32, validateOneOf } = require('internal/validators');
const { ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE, ERR_OUT_OF_RANGE } = codes;

// Port checks, IP literals and their errors are net's.
const { validatePort, codes: { ERR_INVALID_IP_ADDRESS, ERR_SOCKET_BAD_PORT } } = require('internal/net');

// The error node's C++ throws for a local address it refuses.
const ERR_LOCAL_ADDRESS = makeNodeError(TypeError, 'ERR_INVALID_ARG_VALUE', (message) => message);

const isIP = (s) => binding.ipVersion(`${s}`);

function validateHints(hints) {
  if ((hints & ~(binding.AI_ADDRCONFIG | binding.AI_ALL | binding.AI_V4MAPPED)) !== 0) {
    throw new ERR_INVALID_ARG_VALUE('hints', hints);
  }
}

const validDnsOrders = ['verbatim', 'ipv4first', 'ipv6first'];
const validFamilies = [0, 4, 6];
let dnsOrder = 'verbatim';

function setDefaultResultOrder(value) {
  validateOneOf(value, 'dnsOrder', validDnsOrders);
  dnsOrder = value;
}

function getDefaultResultOrder() {
  return dnsOrder;
}

// lookupOptions checks dns.lookup's options as node does and returns
// { family, hints, all, order }.
function lookupOptions(options) {
  let hints = 0;
  let family = 0;
  let all = false;
  let order = dnsOrder;
  if (options?.hints != null) {
    validateNumber(options.hints, 'options.hints');
    hints = options.hints >>> 0;
    validateHints(hints);
  }
  if (options?.family != null) {
    switch (options.family) {
      case 'IPv4': family = 4; break;
      case 'IPv6': family = 6; break;
      default:
        validateOneOf(options.family, 'options.family', validFamilies);
        family = options.family;
    }
  }
  if (options?.all != null) {
    validateBoolean(options.all, 'options.all');
    all = options.all;
  }
  if (options?.verbatim != null) {
    validateBoolean(options.verbatim, 'options.verbatim');
    order = options.verbatim ? 'verbatim' : 'ipv4first';
  }
  if (options?.order != null) {
    validateOneOf(options.order, 'options.order', validDnsOrders);
    order = options.order;
  }
  return { family, hints, all, order };
}

// getaddrinfo resolves hostname and hands cb(errno) or cb(null, addresses)
// the addresses in the requested order. It returns an error number for a
// request that cannot start.
function getaddrinfo(hostname, family, hints, order, cb) {
  return binding.getaddrinfo(hostname, family, hints, (err, addresses) => {
    if (err) return cb(err);
    if (order !== 'verbatim') {
      const first = order === 'ipv4first' ? 4 : 6;
      const a = addresses.filter((x) => isIP(x) === first);
      const b = addresses.filter((x) => isIP(x) !== first);
      addresses = a.concat(b);
    }
    cb(null, addresses);
  });
}

let invalidHostnameWarningEmitted = false;
function emitInvalidHostnameWarning(hostname) {
  if (!invalidHostnameWarningEmitted) {
    process.emitWarning(
      `The provided hostname "${hostname}" is not a valid hostname, and is supported in the dns module solely for compatibility.`,
      'DeprecationWarning', 'DEP0118');
    invalidHostnameWarningEmitted = true;
  }
}

const uvCodes = { '-3008': 'ENOTFOUND', '-3007': 'ENOTFOUND', '-3001': 'EAI_AGAIN', '-3002': 'EAI_FAIL', '-22': 'EINVAL' };

// dnsException: "getaddrinfo ENOTFOUND example.invalid". A number is a
// libuv error (errno set), a string a c-ares code (errno undefined).
function dnsException(code, syscall, hostname) {
  let errno;
  if (typeof code === 'number') {
    errno = code;
    code = uvCodes[code] || `Unknown system error ${code}`;
  }
  const e = new Error(`${syscall} ${code}${hostname ? ` ${hostname}` : ''}`);
  e.errno = errno;
  e.code = code;
  e.syscall = syscall;
  if (hostname) e.hostname = hostname;
  Error.captureStackTrace(e, dnsException);
  return e;
}

const IANA_DNS_PORT = 53;
const IPv6RE = /^\[([^[\]]*)\]/;
const addrSplitRE = /(^.+?)(?::(\d+))?$/;

// The record types of the query functions: [binding name, wire type].
const queryTypes = {
  queryAny: 255, queryA: 1, queryAaaa: 28, queryCaa: 257, queryCname: 5, queryMx: 15, queryNs: 2,
  queryTxt: 16, querySrv: 33, queryPtr: 12, queryNaptr: 35, querySoa: 6,
};

// ChannelWrap is the handle a Resolver holds: c-ares' channel in node.
class ChannelWrap {
  constructor(timeout, tries) {
    this._c = binding.createChannel(timeout, tries);
  }
  getServers() { return this._c.getServers(); }
  setServers(list) { return this._c.setServers(list); }
  setLocalAddress(ipv4, ipv6) { return this._c.setLocalAddress(ipv4, ipv6); }
  cancel() { this._c.cancel(); }
  // query(bindingName, name, cb): cb(code) or cb(null, result, ttls); 0, or
  // an error number for a request that cannot start.
  query(bindingName, name, cb) {
    if (bindingName === 'getHostByAddr') {
      const arpa = binding.reverseName(name);
      if (!arpa) return -22;
      const aliases = this._c.hostsAliases(name);
      if (aliases !== null) {
        process.nextTick(cb, null, aliases);
        return 0;
      }
      this._c.query(12, arpa, cb);
      return 0;
    }
    this._c.query(queryTypes[bindingName], name, cb);
    return 0;
  }
}

// ResolverBase is what dns.Resolver and dns.promises.Resolver share.
class ResolverBase {
  constructor(options = undefined) {
    const { timeout = -1, tries = 4 } = { ...options };
    validateInt32(timeout, 'options.timeout', -1);
    validateInt32(tries, 'options.tries', 1);
    this._handle = new ChannelWrap(timeout, tries);
  }

  cancel() {
    this._handle.cancel();
  }

  getServers() {
    return this._handle.getServers().map((val) => {
      if (!val[1] || val[1] === IANA_DNS_PORT) return val[0];
      const host = isIP(val[0]) === 6 ? `[${val[0]}]` : val[0];
      return `${host}:${val[1]}`;
    });
  }

  setServers(servers) {
    validateArray(servers, 'servers');
    const newSet = [];
    servers.forEach((serv, index) => {
      validateString(serv, `servers[${index}]`);
      let ipVersion = isIP(serv);
      if (ipVersion !== 0) return newSet.push([ipVersion, serv, IANA_DNS_PORT]);
      const match = IPv6RE.exec(serv);
      if (match) {
        ipVersion = isIP(match[1]);
        if (ipVersion !== 0) {
          const port = parseInt(serv.replace(addrSplitRE, '$2')) || IANA_DNS_PORT;
          return newSet.push([ipVersion, match[1], port]);
        }
      }
      const addrSplitMatch = addrSplitRE.exec(serv);
      if (addrSplitMatch) {
        const hostIP = addrSplitMatch[1];
        const port = addrSplitMatch[2] || IANA_DNS_PORT;
        ipVersion = isIP(hostIP);
        if (ipVersion !== 0) return newSet.push([ipVersion, hostIP, parseInt(port)]);
      }
      throw new ERR_INVALID_IP_ADDRESS(serv);
    });
    this._handle.setServers(newSet);
  }

  setLocalAddress(ipv4, ipv6) {
    validateString(ipv4, 'ipv4');
    if (ipv6 !== undefined) validateString(ipv6, 'ipv6');
    const refused = this._handle.setLocalAddress(ipv4, ipv6);
    if (refused !== undefined) throw new ERR_LOCAL_ADDRESS(refused);
  }
}

let defaultResolver;
function getDefaultResolver() {
  if (defaultResolver === undefined) defaultResolver = new ResolverBase();
  return defaultResolver;
}

const resolverKeys = [
  'getServers', 'resolve', 'resolve4', 'resolve6', 'resolveAny', 'resolveCaa', 'resolveCname', 'resolveMx',
  'resolveNaptr', 'resolveNs', 'resolvePtr', 'resolveSoa', 'resolveSrv', 'resolveTxt', 'reverse',
];

// bindDefaultResolver sets target's resolver functions to source's, bound
// to the one default resolver.
function bindDefaultResolver(target, source) {
  const resolver = getDefaultResolver();
  for (const key of resolverKeys) target[key] = source[key].bind(resolver);
}

function createResolverClass(resolver) {
  const resolveMap = { __proto__: null };
  class Resolver extends ResolverBase {}
  Resolver.prototype.resolveAny = resolveMap.ANY = resolver('queryAny');
  Resolver.prototype.resolve4 = resolveMap.A = resolver('queryA');
  Resolver.prototype.resolve6 = resolveMap.AAAA = resolver('queryAaaa');
  Resolver.prototype.resolveCaa = resolveMap.CAA = resolver('queryCaa');
  Resolver.prototype.resolveCname = resolveMap.CNAME = resolver('queryCname');
  Resolver.prototype.resolveMx = resolveMap.MX = resolver('queryMx');
  Resolver.prototype.resolveNs = resolveMap.NS = resolver('queryNs');
  Resolver.prototype.resolveTxt = resolveMap.TXT = resolver('queryTxt');
  Resolver.prototype.resolveSrv = resolveMap.SRV = resolver('querySrv');
  Resolver.prototype.resolvePtr = resolveMap.PTR = resolver('queryPtr');
  Resolver.prototype.resolveNaptr = resolveMap.NAPTR = resolver('queryNaptr');
  Resolver.prototype.resolveSoa = resolveMap.SOA = resolver('querySoa');
  Resolver.prototype.reverse = resolver('getHostByAddr');
  return { resolveMap, Resolver };
}

const errorCodes = {
  NODATA: 'ENODATA',
  FORMERR: 'EFORMERR',
  SERVFAIL: 'ESERVFAIL',
  NOTFOUND: 'ENOTFOUND',
  NOTIMP: 'ENOTIMP',
  REFUSED: 'EREFUSED',
  BADQUERY: 'EBADQUERY',
  BADNAME: 'EBADNAME',
  BADFAMILY: 'EBADFAMILY',
  BADRESP: 'EBADRESP',
  CONNREFUSED: 'ECONNREFUSED',
  TIMEOUT: 'ETIMEOUT',
  EOF: 'EOF',
  FILE: 'EFILE',
  NOMEM: 'ENOMEM',
  DESTRUCTION: 'EDESTRUCTION',
  BADSTR: 'EBADSTR',
  BADFLAGS: 'EBADFLAGS',
  NONAME: 'ENONAME',
  BADHINTS: 'EBADHINTS',
  NOTINITIALIZED: 'ENOTINITIALIZED',
  LOADIPHLPAPI: 'ELOADIPHLPAPI',
  ADDRGETNETWORKPARAMS: 'EADDRGETNETWORKPARAMS',
  CANCELLED: 'ECANCELLED',
};

module.exports = {
  binding,
  isIP,
  codes: { ...codes, ERR_INVALID_IP_ADDRESS, ERR_SOCKET_BAD_PORT },
  validateString,
  validateFunction,
  validatePort,
  validateOneOf,
  validFamilies,
  lookupOptions,
  getaddrinfo,
  emitInvalidHostnameWarning,
  dnsException,
  setDefaultResultOrder,
  getDefaultResultOrder,
  getDefaultResolver,
  bindDefaultResolver,
  createResolverClass,
  errorCodes,
};
