'use strict';
// tls: node's TLS module on Go's crypto/tls. TLSSocket, Server and connect
// are in _tls_wrap; this module makes secure contexts and checks a
// server's name against its certificate as node does.

const net = require('net');
const { Buffer } = require('buffer');
const binding = require('internal/tls');
const { makeNodeError, codes: base } = require('internal/errors');
const { ERR_INVALID_ARG_TYPE } = base;

const ERR_TLS_CERT_ALTNAME_INVALID = makeNodeError(Error, 'ERR_TLS_CERT_ALTNAME_INVALID',
  (reason) => `Hostname/IP does not match certificate's altnames: ${reason}`);
const ERR_TLS_INVALID_PROTOCOL_VERSION = makeNodeError(TypeError, 'ERR_TLS_INVALID_PROTOCOL_VERSION',
  (protocol, x) => `${JSON.stringify(protocol)} is not a valid ${x} TLS protocol version`);
const ERR_TLS_PROTOCOL_VERSION_CONFLICT = makeNodeError(TypeError, 'ERR_TLS_PROTOCOL_VERSION_CONFLICT',
  (prevProtocol, protocol) => `TLS protocol version ${prevProtocol} conflicts with secureProtocol ${protocol}`);
const ERR_GONODE_NO_PFX = makeNodeError(Error, 'ERR_GONODE_NO_PFX',
  () => 'options.pfx (PKCS#12) is not supported by gonode: give key and cert in PEM');

const protocolVersions = { 'TLSv1': 0x0301, 'TLSv1.1': 0x0302, 'TLSv1.2': 0x0303, 'TLSv1.3': 0x0304 };

// SecureContext holds a context of the binding (its context property, as
// node's holds its native one).
function SecureContext(context) {
  this.context = context;
}

// pemList reads a key, cert or ca option: one PEM input or an array of
// them, each a string or bytes (keys also { pem, passphrase }).
function pemList(value, name, allowObjects) {
  if (value === undefined || value === null) return undefined;
  const list = Array.isArray(value) ? value : [value];
  return list.map((v) => {
    if (allowObjects && v !== null && typeof v === 'object' && !ArrayBuffer.isView(v)) v = v.pem;
    if (typeof v === 'string') return Buffer.from(v);
    if (ArrayBuffer.isView(v)) return Buffer.from(v.buffer, v.byteOffset, v.byteLength);
    throw new ERR_INVALID_ARG_TYPE(`options.${name}`, ['string', 'Buffer', 'TypedArray', 'DataView'], v);
  });
}

function versionOf(v, which, def) {
  if (v === undefined || v === null) v = def;
  if (typeof v !== 'string') throw new ERR_INVALID_ARG_TYPE(`options.${which}Version`, 'string', v);
  const n = protocolVersions[v];
  if (n === undefined) throw new ERR_TLS_INVALID_PROTOCOL_VERSION(v, which === 'min' ? 'minimum' : 'maximum');
  return n;
}

function createSecureContext(options) {
  if (options === undefined) options = {};
  else if (options === null || typeof options !== 'object') throw new ERR_INVALID_ARG_TYPE('options', 'Object', options);
  if (options.pfx !== undefined && options.pfx !== null) throw new ERR_GONODE_NO_PFX();
  if (options.secureProtocol && (options.minVersion || options.maxVersion)) {
    throw new ERR_TLS_PROTOCOL_VERSION_CONFLICT(options.minVersion || options.maxVersion, options.secureProtocol);
  }
  let passphrase = options.passphrase;
  if (Array.isArray(options.key)) {
    const withPass = options.key.find((k) => k && typeof k === 'object' && k.passphrase !== undefined);
    if (withPass) passphrase = withPass.passphrase;
  }
  const context = binding.createContext({
    keys: pemList(options.key, 'key', true),
    certs: pemList(options.cert, 'cert', false),
    ca: pemList(options.ca, 'ca', false),
    passphrase,
    minVersion: versionOf(options.minVersion, 'min', module.exports.DEFAULT_MIN_VERSION),
    maxVersion: versionOf(options.maxVersion, 'max', module.exports.DEFAULT_MAX_VERSION),
  });
  return new SecureContext(context);
}

// ------------------------------------------------ checkServerIdentity

function unfqdn(host) {
  return host.replace(/[.]$/, '');
}

function splitHost(host) {
  return unfqdn(host).replace(/[A-Z]/g, (c) => c.toLowerCase()).split('.');
}

// check matches a host name against a certificate's name pattern, with a
// wildcard allowed only as the whole or part of the first label of a name
// of three labels or more.
function check(hostParts, pattern, wildcards) {
  if (!pattern) return false;
  const patternParts = splitHost(pattern);
  if (hostParts.length !== patternParts.length) return false;
  if (patternParts.includes('')) return false;
  if (patternParts.some((s) => /[^\u0021-\u007F]/u.test(s))) return false;
  for (let i = hostParts.length - 1; i > 0; i -= 1) {
    if (hostParts[i] !== patternParts[i]) return false;
  }
  const hostSubdomain = hostParts[0];
  const patternSubdomain = patternParts[0];
  const patternSubdomainParts = patternSubdomain.split('*');
  if (patternSubdomainParts.length === 1 || patternSubdomain.includes('xn--')) return hostSubdomain === patternSubdomain;
  if (!wildcards) return false;
  if (patternSubdomainParts.length > 2) return false;
  if (patternParts.length <= 2) return false;
  const [prefix, suffix] = patternSubdomainParts;
  if (prefix.length + suffix.length > hostSubdomain.length) return false;
  return hostSubdomain.startsWith(prefix) && hostSubdomain.endsWith(suffix);
}

// canonicalizeIP writes an address as node's altnames list it.
function canonicalizeIP(ip) {
  if (net.isIPv6(ip)) return new URL(`http://[${ip}]/`).hostname.slice(1, -1);
  return ip;
}

// splitAltNames splits subjectaltname, whose entries may be quoted (JSON
// strings) when they contain commas or quotes.
function splitAltNames(altNames) {
  if (!altNames.includes('"')) return altNames.split(', ');
  const result = [];
  let current = '';
  let offset = 0;
  while (offset !== altNames.length) {
    const nextSep = altNames.indexOf(', ', offset);
    const nextQuote = altNames.indexOf('"', offset);
    if (nextQuote !== -1 && (nextSep === -1 || nextQuote < nextSep)) {
      current += altNames.substring(offset, nextQuote);
      const match = /^"((?:[^"\\]|\\.)*)"/.exec(altNames.substring(nextQuote));
      if (!match) throw new Error('Invalid subject alternative name string');
      current += JSON.parse(match[0]);
      offset = nextQuote + match[0].length;
    } else if (nextSep !== -1) {
      current += altNames.substring(offset, nextSep);
      result.push(current);
      current = '';
      offset = nextSep + 2;
    } else {
      current += altNames.substring(offset);
      offset = altNames.length;
    }
  }
  result.push(current);
  return result;
}

function checkServerIdentity(hostname, cert) {
  const subject = cert.subject;
  const altNames = cert.subjectaltname;
  const dnsNames = [];
  const ips = [];
  hostname = '' + hostname;
  if (altNames) {
    for (const name of splitAltNames(altNames)) {
      if (name.startsWith('DNS:')) dnsNames.push(name.slice(4));
      else if (name.startsWith('IP Address:')) ips.push(canonicalizeIP(name.slice(11)));
    }
  }
  let valid = false;
  let reason = 'Unknown reason';
  hostname = unfqdn(hostname);
  if (net.isIP(hostname)) {
    valid = ips.includes(canonicalizeIP(hostname));
    if (!valid) reason = `IP: ${hostname} is not in the cert's list: ` + ips.join(', ');
  } else if (dnsNames.length > 0 || (subject && subject.CN)) {
    const hostParts = splitHost(hostname);
    const wildcard = (pattern) => check(hostParts, pattern, true);
    if (dnsNames.length > 0) {
      valid = dnsNames.some(wildcard);
      if (!valid) reason = `Host: ${hostname}. is not in the cert's altnames: ${altNames}`;
    } else {
      const cn = subject.CN;
      valid = Array.isArray(cn) ? cn.some(wildcard) : wildcard(cn);
      if (!valid) reason = `Host: ${hostname}. is not cert's CN: ${cn}`;
    }
  } else {
    reason = 'Cert does not contain a DNS name';
  }
  if (!valid) {
    const err = new ERR_TLS_CERT_ALTNAME_INVALID(reason);
    err.reason = reason;
    err.host = hostname;
    err.cert = cert;
    return err;
  }
  return undefined;
}

// getCiphers lists the suites Go's crypto/tls offers, by OpenSSL's names in
// lower case, as node lists its own.
function getCiphers() {
  return [
    'aes128-gcm-sha256', 'aes128-sha', 'aes128-sha256', 'aes256-gcm-sha384', 'aes256-sha',
    'ecdhe-ecdsa-aes128-gcm-sha256', 'ecdhe-ecdsa-aes128-sha', 'ecdhe-ecdsa-aes128-sha256',
    'ecdhe-ecdsa-aes256-gcm-sha384', 'ecdhe-ecdsa-aes256-sha', 'ecdhe-ecdsa-chacha20-poly1305',
    'ecdhe-rsa-aes128-gcm-sha256', 'ecdhe-rsa-aes128-sha', 'ecdhe-rsa-aes128-sha256',
    'ecdhe-rsa-aes256-gcm-sha384', 'ecdhe-rsa-aes256-sha', 'ecdhe-rsa-chacha20-poly1305',
    'tls_aes_128_gcm_sha256', 'tls_aes_256_gcm_sha384', 'tls_chacha20_poly1305_sha256',
  ];
}

function createServer(options, listener) {
  const { Server } = require('_tls_wrap');
  return new Server(options, listener);
}

module.exports = {
  CLIENT_RENEG_LIMIT: 3,
  CLIENT_RENEG_WINDOW: 600,
  DEFAULT_CIPHERS: 'TLS_AES_256_GCM_SHA384:TLS_CHACHA20_POLY1305_SHA256:TLS_AES_128_GCM_SHA256:' +
    'ECDHE-RSA-AES128-GCM-SHA256:ECDHE-ECDSA-AES128-GCM-SHA256:ECDHE-RSA-AES256-GCM-SHA384:' +
    'ECDHE-ECDSA-AES256-GCM-SHA384:DHE-RSA-AES128-GCM-SHA256:ECDHE-RSA-AES128-SHA256:' +
    'DHE-RSA-AES128-SHA256:ECDHE-RSA-AES256-SHA384:DHE-RSA-AES256-SHA384:ECDHE-RSA-AES256-SHA256:' +
    'DHE-RSA-AES256-SHA256:HIGH:!aNULL:!eNULL:!EXPORT:!DES:!RC4:!MD5:!PSK:!SRP:!CAMELLIA',
  DEFAULT_ECDH_CURVE: 'auto',
  DEFAULT_MIN_VERSION: 'TLSv1.2',
  DEFAULT_MAX_VERSION: 'TLSv1.3',
  checkServerIdentity,
  createSecureContext,
  createServer,
  getCiphers,
  SecureContext,
};

// rootCertificates: the authorities trusted without ca (the system's; node
// lists its bundled ones), read on first use.
let rootCertificates;
Object.defineProperty(module.exports, 'rootCertificates', {
  __proto__: null,
  configurable: false,
  enumerable: true,
  get() {
    if (rootCertificates === undefined) rootCertificates = Object.freeze(binding.rootCertificates());
    return rootCertificates;
  },
});

// The socket, server and connect are compiled on first use; like node's
// they can be replaced (instrumentation wraps tls.connect).
for (const name of ['connect', 'Server', 'TLSSocket']) {
  Object.defineProperty(module.exports, name, {
    __proto__: null,
    configurable: true,
    enumerable: true,
    get() { return require('_tls_wrap')[name]; },
    set(value) {
      Object.defineProperty(this, name, {
        __proto__: null, value, writable: true, enumerable: true, configurable: true,
      });
    },
  });
}
